import { describe, expect, it } from 'vitest';
import { DataFactory } from 'n3';
import { cellText, htmlTable, textTable, toTable } from '../../src/render/table.js';

const ref = (id: string, label: string) => ({ id, iri: `https://w3id.org/claimgraph/id/${id}`, label });

describe('tables', () => {
  it('flattens helper results: refs to labels, arrays to comma lists, evidence to its text, quantities with units', () => {
    const rows = [
      {
        id: 'q1',
        iri: 'x',
        label: 'A quote',
        speaker: ref('donald-trump', 'Donald Trump'),
        about: [ref('a', 'Alpha'), ref('b', 'Beta')],
        evidence: { iri: 'e', begin: 1, end: 5, text: 'the words', sentences: [] },
        range: { value: 300, unit: 'km', claim: ref('c', 'C') },
      },
    ];
    const t = toTable(rows);
    expect(t.columns).toEqual(['id', 'label', 'speaker', 'about', 'evidence', 'range']); // iri left out beside id
    expect(t.rows[0]).toEqual(['q1', 'A quote', 'Donald Trump', 'Alpha, Beta', 'the words', '300 km']);
  });

  it('reads SPARQL rows in the order of their variables, with RDF terms as their values', () => {
    const rows = Object.assign(
      [
        { n: 3, who: DataFactory.namedNode('https://example.org/x') },
        { n: 12, who: DataFactory.literal('y') },
      ],
      { variables: ['who', 'n'] },
    );
    const text = textTable(rows);
    expect(text.split('\n')).toEqual(['who                     n', '─────────────────────  ──', 'https://example.org/x   3', 'y                      12']);
    expect(toTable({ rows: [{ a: 1 }], variables: ['a'] }).rows).toEqual([['1']]);
  });

  it('shows key/value objects as two columns', () => {
    expect(toTable({ claims: 19, quotations: 7 })).toMatchObject({
      columns: ['key', 'value'],
      rows: [
        ['claims', '19'],
        ['quotations', '7'],
      ],
    });
  });

  it('aligns by code points and cuts long cells in plain text', () => {
    const text = textTable([
      { a: '“é”', b: 'x' },
      { a: 'abcd', b: 'y' },
    ]);
    expect(text.split('\n')[2]).toBe('“é”   x');
    expect(textTable([{ a: 'z'.repeat(100) }], { maxWidth: 10 }).split('\n')[2]).toBe(`${'z'.repeat(9)}…`);
    expect(textTable([{ a: 1 }, { a: 2 }, { a: 3 }], { limit: 2 })).toMatch(/… 1 more row$/);
    expect(textTable([])).toBe('(no rows)');
  });

  it('escapes every cell and header in HTML', () => {
    const html = htmlTable([{ '<b>': `<script>alert("x")</script> & 'y'` }]);
    expect(html).not.toContain('<script>');
    expect(html).toContain('<th style="text-align:left">&lt;b&gt;</th>');
    expect(html).toContain('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;');
    expect(htmlTable([{ n: 5 }])).toContain('<td style="text-align:right">5</td>');
  });

  it('turns any value into one cell', () => {
    expect(cellText(undefined)).toBe('');
    expect(cellText([1, null, 'a'])).toBe('1, a');
    expect(cellText({ x: 1 })).toBe('{"x":1}');
    expect(cellText(true)).toBe('true');
  });
});
