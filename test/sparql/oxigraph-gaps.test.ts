// The queries Oxigraph answers otherwise than SPARQL 1.1 asks (src/sparql/oxigraph-gaps.ts) go to
// Comunica under the default engine choice, or are rewritten; every other query, the bundled named
// queries among them, stays with Oxigraph.
import { DataFactory, Store } from 'n3';
import { afterAll, describe, expect, it } from 'vitest';
import { loadArticle, type ClaimGraph } from '../../src/index.js';
import { enginesCreated } from '../../src/sparql/engine.js';
import { checkQuery } from '../../src/sparql/guard.js';
import { oxigraphGaps } from '../../src/sparql/oxigraph-gaps.js';
import { VersionedStore } from '../../src/store.js';
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

describe('literals Oxigraph keeps by value', () => {
  const { literal, namedNode, quad } = DataFactory;
  const xsd = (t: string) => namedNode(PREFIXES.xsd + t);
  const offset = quad(id('span'), namedNode(`${PREFIXES.nif}beginIndex`), literal('5', xsd('nonNegativeInteger')));
  const price = quad(id('item'), namedNode(`${PREFIXES.schema}price`), literal('1.50', xsd('decimal')));

  it('are counted by the store, however they come and go', () => {
    const store = new VersionedStore([offset]);
    expect(store.literalsKeptByValue).toBe(1);
    store.addQuad(price);
    store.addQuad(price); // already there: not counted twice
    store.addQuad(quad(id('item'), namedNode(`${PREFIXES.schema}name`), literal('kept', 'en')));
    expect(store.literalsKeptByValue).toBe(2);
    expect(store.literalKeptByValue()?.value).toMatch(/^(5|1\.50)$/);
    store.removeQuads(store.getQuads(id('item'), null, null, null));
    expect(store.literalsKeptByValue).toBe(1);
    expect(store.literalKeptByValue()?.value).toBe('5');
    expect(store.literalKeptByValue()?.value).toBe('5');
    store.removeQuad(offset);
    expect(store.literalsKeptByValue).toBe(0);
    expect(store.literalKeptByValue()).toBeUndefined();
  });

  it('in the data send every query to Comunica, with the stored terms in the answer', () => {
    const store = new VersionedStore([offset]);
    expect(gaps('SELECT ?s WHERE { ?s a ?t }', store).comunica).toBe(
      `the graph holds 1 literal Oxigraph keeps by value such as "5"^^<${PREFIXES.xsd}nonNegativeInteger>`,
    );
    store.removeQuad(offset);
    expect(gaps('SELECT ?s WHERE { ?s a ?t }', store).comunica).toBeUndefined();
  });

  it('in the query go to Comunica, unless only compared or computed with', () => {
    expect(gaps('SELECT ?x WHERE { VALUES ?x { "01"^^xsd:integer } }').comunica).toBe('a literal in the query Oxigraph keeps by value');
    expect(gaps('SELECT ?s WHERE { ?s ?p "1.0"^^xsd:decimal }').comunica).toBeDefined();
    expect(gaps('SELECT ?s WHERE { ?s ?p ?o FILTER(sameTerm(?o, 1.0)) }').comunica).toBeDefined();
    expect(gaps('SELECT ?s WHERE { ?s ?p ?o FILTER(?o >= 1.0 && ?o * 2.0 < 30.0E0) }').comunica).toBeUndefined();
    expect(gaps('SELECT ?s WHERE { ?s ?p 1.5 }').comunica).toBeUndefined();
    const bound = oxigraphGaps(checkQuery('SELECT ?s WHERE { ?s ?p ?o }').parsed, new Store(), new Map([['o', literal('1.0', xsd('decimal'))]]));
    expect(bound.comunica).toBe('a binding Oxigraph keeps by value');
  });

  it('through the graph: the answer is the stored term, and Oxigraph answers again once they are gone', async () => {
    const kg = await loadArticle();
    try {
      const query = `SELECT ?b WHERE { ${'<'}${id('span').value}> nif:beginIndex ?b }`;
      await kg.add([offset]);
      const [row] = (await kg.select(query)).terms;
      expect((row!.b as { datatype: { value: string } }).datatype.value).toBe(`${PREFIXES.xsd}nonNegativeInteger`);
      expect(enginesCreated().local).toBeGreaterThan(0);
      await kg.remove([offset]);
      expect(gaps(query, kg.store).comunica).toBeUndefined();
      expect(await kg.select(query)).toHaveLength(0);
    } finally {
      await kg.close();
    }
  });
});
