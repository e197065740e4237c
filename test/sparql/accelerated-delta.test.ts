// The accelerated copy catches up by the delta: after adds and removes it answers as
// Comunica over the store does, the stats say a delta was sent rather than a reload,
// and every case the log cannot cover (a new worker, a dropped log, another store)
// reloads the copy whole.
import type { Quad } from '@rdfjs/types';
import { DataFactory, Store } from 'n3';
import { afterEach, describe, expect, it } from 'vitest';
import { QueryTimeoutError } from '../../src/errors.js';
import { ClaimGraph } from '../../src/index.js';
import { SparqlEngine } from '../../src/sparql/engine.js';
import { VersionedStore } from '../../src/store.js';
import { PREFIXES } from '../../src/vocab.js';
import { id, smallStore } from './fixture.js';

const { namedNode, literal, quad, blankNode } = DataFactory;
const XSD = 'http://www.w3.org/2001/XMLSchema#';
const g = namedNode('urn:test:g');
const p = namedNode('urn:test:p');

const ALL = 'SELECT ?s ?p ?o ?g WHERE { { ?s ?p ?o } UNION { GRAPH ?g { ?s ?p ?o } } }';
/** Rows as sorted text; Comunica prefixes the blank node labels it returns (bc_0_), Oxigraph keeps them. */
const key = (rows: unknown[]) =>
  rows.map((r) => JSON.stringify(Object.entries(r as object).sort(([a], [b]) => a.localeCompare(b))).replace(/_:bc_\d+_/g, '_:')).sort();

const engines: SparqlEngine[] = [];
afterEach(async () => {
  for (const e of engines.splice(0)) await e.close();
});

function fresh(): { store: VersionedStore; sparql: SparqlEngine } {
  const store = new VersionedStore();
  for (const q of smallStore()) store.addQuad(q);
  const sparql = new SparqlEngine(() => store);
  engines.push(sparql);
  return { store, sparql };
}

/** Every quad through both engines: the copy and the store hold the same. */
async function expectSameAsStore(sparql: SparqlEngine, query = ALL) {
  const [fromStore, fromCopy] = await Promise.all([sparql.select(query, { engine: 'comunica' }), sparql.select(query, { engine: 'oxigraph' })]);
  expect(key(fromCopy)).toEqual(key(fromStore));
  return fromCopy;
}

describe('the store’s change log', () => {
  it('gives the net changes since a version, and a batch is one version', () => {
    const store = new VersionedStore();
    const a = quad(id('a'), p, literal('a'));
    const b = quad(blankNode('b'), p, id('x'), g);
    store.addQuad(a);
    const v1 = store.version;
    store.batch(() => {
      store.addQuad(b);
      store.removeQuad(a);
      store.addQuad(quad(id('c'), p, literal('c')));
      store.removeQuad(quad(id('c'), p, literal('c')));
    });
    expect(store.version).toBe(v1 + 1);
    const changes = store.changesSince(v1)!;
    expect(changes.added.map(String)).toEqual([String(b)]);
    expect(changes.added[0]!.subject.termType).toBe('BlankNode');
    expect(changes.removed.map(String)).toEqual([String(a)]);
    expect(store.changesSince(store.version)).toEqual({ added: [], removed: [] });
    expect(store.changesSince(store.version + 1)).toBeUndefined();
  });

  it('a load through the graph, and a corpus of several articles, is one change', async () => {
    const kg = new ClaimGraph();
    await kg.loadString('<urn:a> <urn:p> "1" . <urn:b> <urn:p> "2" .', { format: 'ntriples' });
    expect(kg.store.version).toBe(1);
    await kg.remove(kg.store.getQuads(null, null, null, null));
    expect(kg.store.version).toBe(2);
    expect(kg.store.changesSince(1)!.removed).toHaveLength(2);
    const { loadCorpus } = await import('../../src/corpus.js');
    const corpus = await loadCorpus(undefined, { validate: false });
    expect(corpus.articles().length).toBeGreaterThan(1);
    expect(corpus.store.version).toBe(1);
  });

  it('logs every way n3 changes a store: addAll of a store sharing the term index (copied by id), removeMatches, deleteGraph', async () => {
    const store = new VersionedStore();
    const other = new Store(undefined, { entityIndex: (store as unknown as { _entityIndex: object })._entityIndex } as never);
    other.addQuad(quad(id('a'), p, literal('1'), g));
    other.addQuad(quad(id('b'), p, literal('2'), g));
    store.addAll(other);
    expect(store.size).toBe(2);
    expect(store.version).toBe(2);
    expect(
      store
        .changesSince(0)!
        .added.map((q) => q.object.value)
        .sort(),
    ).toEqual(['1', '2']);
    const v = store.version;
    await new Promise((done) => store.deleteGraph(g).on('end', done));
    expect(store.size).toBe(0);
    expect(store.changesSince(v)!.removed).toHaveLength(2);
  });

  it('is dropped past its bound, and a version before the drop is no longer covered', () => {
    const store = new VersionedStore();
    store.maxLogChanges = 3;
    store.addQuad(quad(id('a'), p, literal('1')));
    const v = store.version;
    store.batch(() => {
      for (let i = 0; i < 5; i++) store.addQuad(quad(id('a'), p, literal(`x${i}`)));
    });
    expect(store.changesSince(v)).toBeUndefined();
    expect(store.changesSince(store.version)).toEqual({ added: [], removed: [] });
  });
});

describe('the accelerated copy follows the store by deltas', () => {
  it('adds and removes go as a delta, and the copy answers as the store does', async () => {
    const { store, sparql } = fresh();
    await expectSameAsStore(sparql);
    const { stats } = sparql.accelerated;
    expect(stats.loads).toBe(1);
    store.batch(() => {
      store.addQuad(quad(id('dora'), namedNode(`${PREFIXES.rdf}type`), namedNode(`${PREFIXES.schema}Person`)));
      store.addQuad(quad(id('dora'), p, literal('Dora "D" Diaz\nsecond line'), g));
      store.removeQuad(store.getQuads(id('alice'), null, null, null)[0]!);
    });
    const rows = await expectSameAsStore(sparql);
    expect(rows.some((r) => String(r.o) === 'Dora "D" Diaz\nsecond line')).toBe(true);
    expect(stats).toMatchObject({ loads: 1, deltas: 1, workers: 1 });
    const people = await sparql.select('SELECT ?x WHERE { ?x a schema:Person }', { engine: 'oxigraph' });
    expect(people.map((r) => String(r.x))).toContain(id('dora').value);
  });

  it('blank-node quads survive a delta, and can be removed by one', async () => {
    const { store, sparql } = fresh();
    await expectSameAsStore(sparql);
    const b = blankNode('span1');
    const quads: Quad[] = [quad(b, p, literal('in the default graph')), quad(id('claim-1'), p, b), quad(b, p, literal('in a named graph'), g)];
    for (const q of quads) store.addQuad(q);
    const rows = await expectSameAsStore(sparql, 'SELECT ?s ?o WHERE { ?s <urn:test:p> ?o FILTER(isBlank(?s) || isBlank(?o)) }');
    expect(rows).toHaveLength(2);
    const inGraph = await sparql.ask('ASK { GRAPH <urn:test:g> { ?b <urn:test:p> "in a named graph" . FILTER(isBlank(?b)) } }', { engine: 'oxigraph' });
    expect(inGraph).toBe(true);
    // The same blank node across quads: joined on the copy as in the store.
    const joined = await sparql.select('SELECT ?t WHERE { id:claim-1 <urn:test:p> ?b . ?b <urn:test:p> ?t }', { engine: 'oxigraph' });
    expect(joined.map((r) => r.t)).toEqual(['in the default graph']);
    store.removeQuad(quads[0]!);
    await expectSameAsStore(sparql);
    expect(await sparql.select('SELECT ?t WHERE { id:claim-1 <urn:test:p> ?b . ?b <urn:test:p> ?t }', { engine: 'oxigraph' })).toHaveLength(0);
    expect(sparql.accelerated.stats).toMatchObject({ loads: 1, deltas: 2 });
  });

  it('remove then re-add, between two queries and within one delta', async () => {
    const { store, sparql } = fresh();
    const q = quad(id('eve'), p, literal('eve'));
    store.addQuad(q);
    await expectSameAsStore(sparql);
    store.removeQuad(q);
    expect(await sparql.ask('ASK { id:eve ?p ?o }', { engine: 'oxigraph' })).toBe(false);
    store.addQuad(q);
    expect(await sparql.ask('ASK { id:eve ?p ?o }', { engine: 'oxigraph' })).toBe(true);
    // Removed and added again before the next query: the net delta is empty and the quad stays.
    store.removeQuad(q);
    store.addQuad(q);
    store.addQuad(quad(id('eve'), p, literal('temporary')));
    store.removeQuad(quad(id('eve'), p, literal('temporary')));
    await expectSameAsStore(sparql);
    expect(await sparql.select('SELECT ?o WHERE { id:eve <urn:test:p> ?o }', { engine: 'oxigraph' })).toHaveLength(1);
    expect(sparql.accelerated.stats).toMatchObject({ loads: 1, deltas: 3 });
  });

  it('literals Oxigraph holds as one value: removing one keeps the other', async () => {
    const { store, sparql } = fresh();
    const one = quad(id('n'), p, literal('1', namedNode(`${XSD}integer`)));
    const padded = quad(id('n'), p, literal('01', namedNode(`${XSD}integer`)));
    const yes = quad(id('n'), p, literal('true', namedNode(`${XSD}boolean`)));
    const alsoYes = quad(id('n'), p, literal('1', namedNode(`${XSD}boolean`)));
    for (const q of [one, padded, yes, alsoYes]) store.addQuad(q);
    // Before: four quads in the store, two values in the copy.
    expect(await sparql.select('SELECT ?o WHERE { id:n <urn:test:p> ?o }', { engine: 'oxigraph' })).toHaveLength(2);
    store.removeQuad(padded);
    store.removeQuad(alsoYes);
    const count = await sparql.select('SELECT ?o WHERE { id:n <urn:test:p> ?o }', { engine: 'oxigraph' });
    expect(count).toHaveLength(2);
    expect(sparql.accelerated.stats.deltas).toBe(1);
  });

  it('a change after the worker was terminated (by a timeout, or close) is a full reload', async () => {
    const { store, sparql } = fresh();
    for (let i = 0; i < 2000; i++) store.addQuad(quad(id(`w${i}`), p, literal(String(i))));
    await expectSameAsStore(sparql);
    const cartesian = 'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }';
    await expect(sparql.select(cartesian, { timeout: 300, engine: 'oxigraph' })).rejects.toBeInstanceOf(QueryTimeoutError);
    expect(sparql.accelerated.stats.terminated).toBe(1);
    store.addQuad(quad(id('frank'), p, literal('frank')));
    await expectSameAsStore(sparql);
    expect(sparql.accelerated.stats).toMatchObject({ loads: 2, deltas: 0, workers: 2 });
    await sparql.close();
    store.removeQuad(quad(id('frank'), p, literal('frank')));
    await expectSameAsStore(sparql);
    expect(sparql.accelerated.stats).toMatchObject({ loads: 3, deltas: 0, workers: 3 });
  });

  it('a change past the log’s bound is a full reload, and the next small one a delta again', async () => {
    const { store, sparql } = fresh();
    store.maxLogChanges = 10;
    await expectSameAsStore(sparql);
    store.batch(() => {
      for (let i = 0; i < 11; i++) store.addQuad(quad(id(`bulk-${i}`), p, literal(String(i))));
    });
    await expectSameAsStore(sparql);
    expect(sparql.accelerated.stats).toMatchObject({ loads: 2, deltas: 0 });
    store.addQuad(quad(id('small'), p, literal('small')));
    await expectSameAsStore(sparql);
    expect(sparql.accelerated.stats).toMatchObject({ loads: 2, deltas: 1 });
  });

  it('another store object is a full reload', async () => {
    let store = new VersionedStore();
    store.addQuad(quad(id('a'), p, literal('a')));
    const sparql = new SparqlEngine(() => store);
    engines.push(sparql);
    await expectSameAsStore(sparql);
    const other = new VersionedStore();
    other.addQuad(quad(id('b'), p, literal('b')));
    other.addQuad(quad(id('c'), p, literal('c')));
    store = other;
    const rows = await expectSameAsStore(sparql);
    expect(rows).toHaveLength(2);
    expect(sparql.accelerated.stats).toMatchObject({ loads: 2, deltas: 0 });
  });

  it('through the graph: kg.add and kg.remove reach the copy as deltas', async () => {
    const kg = new ClaimGraph();
    engines.push(kg.sparql);
    await kg.loadString('<urn:a> <urn:p> "1" .', { format: 'ntriples' });
    expect(await kg.select('SELECT ?o WHERE { <urn:a> <urn:p> ?o }')).toHaveLength(1);
    await kg.add([quad(namedNode('urn:a'), namedNode('urn:p'), literal('2'))]);
    expect(await kg.select('SELECT ?o WHERE { <urn:a> <urn:p> ?o }')).toHaveLength(2);
    await kg.remove([quad(namedNode('urn:a'), namedNode('urn:p'), literal('1'))]);
    expect((await kg.select('SELECT ?o WHERE { <urn:a> <urn:p> ?o }')).map((r) => r.o)).toEqual(['2']);
    expect(kg.sparql.accelerated.stats).toMatchObject({ loads: 1, deltas: 2 });
  });
});
