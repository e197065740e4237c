// What a reader types for a speaker or an entity, read the way the article names it: without a
// leading "the", by surname alone when one person has it, and `article` for the article's own voice.
import { beforeAll, describe, expect, it } from 'vitest';
import { ClaimGraph } from '../../src/index.js';

const fixture = new URL('../fixtures/millbrook-library-sundays.yaml', import.meta.url).pathname;
const ids = (list: { id: string }[]) => list.map((s) => s.id.replace(/^.*\//, '')).sort();

let kg: ClaimGraph;
beforeAll(async () => {
  kg = new ClaimGraph();
  await kg.loadFile(fixture);
});

describe('the local-news fixture', () => {
  it('reads its headline as a sentence of its own', () => {
    const [headline] = kg.evidence('headline');
    expect(headline!.sentences.map((s) => s.text)).toEqual(['Millbrook library to open on Sundays']);
    const [first] = kg.evidence('sunday-opening-from-may');
    expect(first!.sentences.map((s) => s.text)).toEqual([
      'The public library on St. Anne Street will open on Sundays from May, head librarian Ana Ruiz said on Monday.',
    ]);
  });
});

describe('speakers and entities by name', () => {
  it('finds an outlet whose label starts with "The" without it, and with it in any case', () => {
    for (const name of ['Harmon Ledger', 'harmon ledger', 'The Harmon Ledger', 'the Harmon Ledger']) {
      expect(ids(kg.statements({ speaker: name })), name).toEqual(['extra-hours-cost', 'foundation-offer']);
    }
    expect(kg.entity('Harmon Ledger').id).toBe('harmon-ledger');
    expect(kg.evidence('Harmon Ledger').map((e) => e.text)).toEqual(['The Harmon Ledger', 'The newspaper']);
  });

  it('takes a surname alone when one person has it', () => {
    expect(ids(kg.statements({ speaker: 'Ruiz' }))).toEqual(['families-asked', 'sunday-opening-from-may']);
    expect(ids(kg.claims({ speaker: 'okafor' }))).toEqual(['budget-vote']);
    expect(kg.entity('Okafor').id).toBe('tomas-okafor');
  });

  it('takes the same loose names in traversal', () => {
    expect(kg.neighbors('Harmon Ledger', { depth: 1 }).length).toBeGreaterThan(0);
    const path = kg.path('Ruiz', 'Harmon Ledger');
    expect([path!.nodes[0]!.id, path!.nodes.at(-1)!.id]).toEqual(['ana-ruiz', 'harmon-ledger']);
  });

  it('names every candidate when a surname is shared', async () => {
    const two = new ClaimGraph();
    await two.loadFile(fixture);
    await two.loadString(
      '@prefix schema: <http://schema.org/> . @prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> . <https://w3id.org/claimgraph/id/marta-ruiz> a schema:Person ; rdfs:label "Marta Ruiz" .',
      { format: 'turtle', validate: false },
    );
    expect(() => two.statements({ speaker: 'Ruiz' })).toThrow(/"Ruiz" could be 2 speakers: ana-ruiz \(Ana Ruiz\), marta-ruiz \(Marta Ruiz\)/);
    expect(ids(two.statements({ speaker: 'Ana Ruiz' }))).toEqual(['families-asked', 'sunday-opening-from-may']);
  });

  it('still reports an unknown name with the closest ones', () => {
    expect(() => kg.statements({ speaker: 'Ruis' })).toThrow(/Unknown speaker "Ruis"\. Did you mean "Ana Ruiz"/);
    expect(() => kg.statements({ speaker: 'Ana' })).toThrow(/Unknown speaker "Ana"/); // a first name is no surname
  });

  it('selects the article’s own voice with speaker: article, as the annotation names it', () => {
    expect(ids(kg.statements({ speaker: 'article' }))).toEqual(['closed-since-2011', 'headline']);
    expect(ids(kg.claims({ speaker: 'the article' }))).toEqual(['closed-since-2011', 'headline']);
    expect(kg.statements({ speaker: 'article' }).every((s) => s.sourcing === 'article-voice')).toBe(true);
    expect(kg.quotations({ speaker: 'article' })).toEqual([]);
  });

  it('keeps the article filter with speaker: article over several articles', async () => {
    const both = new ClaimGraph();
    await both.loadFile(fixture);
    await both.loadFile(new URL('../../data/articles/envoys-tomahawk-question.yaml', import.meta.url).pathname);
    const all = both.statements({ speaker: 'article' });
    const here = both.statements({ speaker: 'article', article: 'millbrook-library-sundays' });
    expect(ids(here)).toEqual(['closed-since-2011', 'headline']);
    expect(all.length).toBeGreaterThan(here.length);
    expect(all.every((s) => s.sourcing === 'article-voice')).toBe(true);
  });

  it('selects statements of an unspecified source with speaker: unspecified', async () => {
    const both = new ClaimGraph();
    await both.loadFile(fixture);
    await both.loadFile(new URL('../../data/articles/envoys-tomahawk-question.yaml', import.meta.url).pathname);
    expect(both.statements({ speaker: 'unspecified', article: 'millbrook-library-sundays' })).toEqual([]);
    expect(ids(both.statements({ speaker: 'unspecified' }))).toEqual(['envoys-pressing']);
  });
});
