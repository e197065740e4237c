// The queries Oxigraph answers otherwise than SPARQL 1.1 asks (src/sparql/oxigraph-gaps.ts) go to
// Comunica under the default engine choice, or are rewritten; every other query, the bundled named
// queries among them, stays with Oxigraph.
import { Store } from 'n3';
import { afterAll, describe, expect, it } from 'vitest';
import { loadArticle, type ClaimGraph } from '../../src/index.js';
import { enginesCreated } from '../../src/sparql/engine.js';
import { checkQuery } from '../../src/sparql/guard.js';
import { oxigraphGaps } from '../../src/sparql/oxigraph-gaps.js';
import { PREFIXES } from '../../src/vocab.js';
import { id } from './fixture.js';

const gaps = (query: string, store = new Store()) => oxigraphGaps(checkQuery(query).parsed, store);

describe('queries Oxigraph answers otherwise', () => {
  it('are told from the query', () => {
    expect(gaps('SELECT (BNODE(?s) AS ?b) WHERE { ?s ?p ?o }').comunica).toBe('BNODE with an argument');
    expect(gaps('SELECT (BNODE() AS ?b) WHERE { ?s ?p ?o }').comunica).toBeUndefined();
    expect(gaps('SELECT ?a WHERE { GRAPH ?g { ?a ?p ?o MINUS { ?b ?p ?o } } }').comunica).toBe('MINUS inside GRAPH ?g');
    expect(gaps('SELECT ?a WHERE { ?a ?p ?o MINUS { ?b ?p ?o } }').comunica).toBeUndefined();
    expect(gaps('SELECT ?s WHERE { ?s <urn:p>* <urn:o> }').comunica).toBe('a path of length zero from a constant not in the graph');
    expect(gaps('SELECT ?o WHERE { <urn:s> (<urn:p>/<urn:q>?)? ?o }').comunica).toBeDefined();
    expect(gaps('SELECT ?s WHERE { ?s <urn:p>+ <urn:o> }').comunica).toBeUndefined();
    expect(gaps('SELECT ?s WHERE { ?s <urn:p>* ?o }').comunica).toBeUndefined();
    expect(gaps('SELECT (GROUP_CONCAT(?o) AS ?all) WHERE { ?s ?p ?o }')).toEqual({ groupConcat: true });
    const optional = 'SELECT * WHERE { ?b <urn:title> ?t OPTIONAL';
    expect(gaps(`${optional} { { ?b <urn:price> ?p FILTER(?t = "T2") } } }`).comunica).toBeDefined();
    expect(gaps(`${optional} { { { ?b <urn:price> ?p FILTER(?t = "T2") } } } }`).comunica).toBeDefined();
    expect(gaps(`${optional} { ?b <urn:price> ?p FILTER(?t = "T2") } }`).comunica).toBeUndefined();
    expect(gaps(`${optional} { { ?b <urn:price> ?p FILTER(?p > 1) } } }`).comunica).toBeUndefined();
  });

  it('a path from a constant of the graph stays with Oxigraph', async () => {
    const kg = await loadArticle();
    const store = kg.store;
    expect(gaps('SELECT ?s WHERE { ?s schema:about* id:donald-trump }', store).comunica).toBeUndefined();
    expect(gaps('SELECT ?s WHERE { ?s schema:about* id:nobody-at-all }', store).comunica).toBeDefined();
    expect(gaps('SELECT ?s WHERE { GRAPH ?g { ?s schema:about* id:donald-trump } }', store).comunica).toBeDefined();
    expect(gaps('SELECT ?s FROM <urn:g> WHERE { ?s schema:about* id:donald-trump }', store).comunica).toBeDefined();
    const about = (o: string) => oxigraphGaps(checkQuery('SELECT ?s WHERE { ?s schema:about* ?o }').parsed, store, new Map([['o', id(o)]])).comunica;
    expect(about('donald-trump')).toBeUndefined();
    expect(about('nobody-at-all')).toBeDefined();
  });
});

describe('answers on the default path', () => {
  let kg: ClaimGraph;
  afterAll(() => kg?.close());

  it('the named queries all go to Oxigraph: no Comunica engine is built', async () => {
    kg = await loadArticle();
    for (const name of kg.namedQueries()) {
      const text = kg.namedQuery(name);
      expect(gaps(text, kg.store).comunica, name).toBeUndefined();
      if (/^\s*(#.*\n\s*)*(PREFIX[^\n]*\n\s*)*SELECT/i.test(text)) await kg.select(text);
    }
    expect(enginesCreated().local).toBe(0);
  });

  it('follow SPARQL 1.1 where Oxigraph alone does not', async () => {
    const rows = await kg.select('SELECT (GROUP_CONCAT(?o) AS ?all) WHERE { VALUES ?o { "1"@en "2"@en } }');
    expect(rows[0]!.all).toMatch(/^(1 2|2 1)$/);
    expect((rows.terms[0]!.all as { language: string }).language).toBe('');
    expect((await kg.select('SELECT ?s WHERE { ?s schema:about* id:nobody-at-all }')).map((r) => r.s)).toEqual([`${PREFIXES.id}nobody-at-all`]);
    const [b] = (await kg.select('SELECT (BNODE("x") AS ?a) (BNODE("x") AS ?b) WHERE {}')).terms;
    expect(b!.a!.equals(b!.b!)).toBe(true);
  });
});
