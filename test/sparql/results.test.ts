// Rows and the standard result formats, against hand-written expected text.
import { DataFactory } from 'n3';
import { describe, expect, it } from 'vitest';
import { SparqlEngine } from '../../src/sparql/engine.js';
import { rowsOf, toCsv, toSparqlJson, toTsv } from '../../src/sparql/results.js';
import { smallStore } from './fixture.js';

const { namedNode, literal, blankNode } = DataFactory;
const XSD = 'http://www.w3.org/2001/XMLSchema#';

const rows = rowsOf(
  ['x', 'v'],
  [
    { x: namedNode('http://example.org/a'), v: literal('say "hi", then\tgo\nnow', 'en') },
    { x: blankNode('b0'), v: literal('3', namedNode(`${XSD}integer`)) },
    { x: namedNode('http://example.org/c'), v: literal('1.5', namedNode(`${XSD}decimal`)) },
    { v: literal('true', namedNode(`${XSD}boolean`)) },
    { x: literal('plain') },
  ],
);

describe('rows', () => {
  it('plain values by variable, terms alongside', () => {
    expect(rows.variables).toEqual(['x', 'v']);
    expect([...rows]).toEqual([
      { x: 'http://example.org/a', v: 'say "hi", then\tgo\nnow' },
      { x: '_:b0', v: 3 },
      { x: 'http://example.org/c', v: 1.5 },
      { v: true },
      { x: 'plain' },
    ]);
    expect(rows.terms[1]!.x!.termType).toBe('BlankNode');
    expect(rows.filter((r) => r.v === 3)).not.toHaveProperty('terms');
  });
});

describe('formats', () => {
  it('SPARQL 1.1 JSON results, and a boolean for ASK', () => {
    expect(JSON.parse(toSparqlJson(rows))).toEqual({
      head: { vars: ['x', 'v'] },
      results: {
        bindings: [
          { x: { type: 'uri', value: 'http://example.org/a' }, v: { type: 'literal', value: 'say "hi", then\tgo\nnow', 'xml:lang': 'en' } },
          { x: { type: 'bnode', value: 'b0' }, v: { type: 'literal', value: '3', datatype: `${XSD}integer` } },
          { x: { type: 'uri', value: 'http://example.org/c' }, v: { type: 'literal', value: '1.5', datatype: `${XSD}decimal` } },
          { v: { type: 'literal', value: 'true', datatype: `${XSD}boolean` } },
          { x: { type: 'literal', value: 'plain' } },
        ],
      },
    });
    expect(toSparqlJson(true)).toBe('{"head":{},"boolean":true}');
    expect(toSparqlJson(false)).toBe('{"head":{},"boolean":false}');
  });

  it('CSV: bare values, quoted when they hold a quote, comma or line break, CRLF line ends', () => {
    expect(toCsv(rows)).toBe(
      'x,v\r\n' + 'http://example.org/a,"say ""hi"", then\tgo\nnow"\r\n' + '_:b0,3\r\n' + 'http://example.org/c,1.5\r\n' + ',true\r\n' + 'plain,\r\n',
    );
  });

  it('TSV: ?variables, terms in Turtle syntax, escapes for tab and newline', () => {
    expect(toTsv(rows)).toBe(
      '?x\t?v\n' +
        '<http://example.org/a>\t"say \\"hi\\", then\\tgo\\nnow"@en\n' +
        '_:b0\t3\n' +
        `<http://example.org/c>\t"1.5"^^<${XSD}decimal>\n` +
        `\t"true"^^<${XSD}boolean>\n` +
        '"plain"\t\n',
    );
  });

  it('a real result serialises with the projection’s column order', async () => {
    const result = await new SparqlEngine(smallStore).select('SELECT ?label ?p WHERE { ?p rdfs:label ?label FILTER(LANG(?label) = "") } ORDER BY ?label');
    expect(toCsv(result)).toBe(
      'label,p\r\n' +
        'Alice Adams,https://w3id.org/claimgraph/id/alice\r\n' +
        '"Bob ""the Builder"" Brown",https://w3id.org/claimgraph/id/bob\r\n' +
        '"Carol, Chen",https://w3id.org/claimgraph/id/carol\r\n',
    );
  });
});
