// The store's term ids start far from n3's 2 (so n3's index objects are small hash tables,
// not flat arrays sized by the first vocabulary ids), and nothing the store does depends on
// where they start: a store sharing another entity index, quads given to the constructor,
// the count of literals kept by value, the change log.
import { DataFactory, Store } from 'n3';
import { describe, expect, it } from 'vitest';
import { VersionedStore } from '../src/store.js';

const { namedNode, literal, quad, defaultGraph } = DataFactory;
const XSD = 'http://www.w3.org/2001/XMLSchema#';
const s = namedNode('urn:test:s');
const p = namedNode('urn:test:p');
const decimal = literal('1.0', namedNode(`${XSD}decimal`));
type Ids = { _termToNumericId(term: unknown): number; _entityIndex: unknown };

describe('VersionedStore term ids', () => {
  it('start at 2^16 in its own entity index, with the default graph still 1', () => {
    const store = new VersionedStore();
    store.addQuad(quad(s, p, decimal));
    const ids = store as unknown as Ids;
    expect(ids._termToNumericId(s)).toBe(1 << 16);
    expect(ids._termToNumericId(decimal)).toBe((1 << 16) + 2);
    expect(ids._termToNumericId(defaultGraph())).toBe(1);
    expect(store.getQuads(s, null, null, null)).toEqual([quad(s, p, decimal)]);
    expect(store.literalsKeptByValue).toBe(1);
    expect(store.literalKeptByValue()).toEqual(decimal);
  });

  it('count quads given to the constructor, and to a store sharing an n3 entity index', () => {
    const given = new VersionedStore([quad(s, p, decimal), quad(s, p, literal('x'))]);
    expect(given.size).toBe(2);
    expect(given.literalsKeptByValue).toBe(1);
    expect(given.version).toBe(0);
    const plain = new Store([quad(s, p, literal('a'))]);
    const shared = new VersionedStore(undefined, { entityIndex: (plain as unknown as Ids)._entityIndex });
    shared.addQuad(quad(s, p, decimal));
    shared.addQuad(quad(s, p, literal('2', namedNode(`${XSD}nonNegativeInteger`))));
    expect((shared as unknown as Ids)._termToNumericId(s)).toBe(2);
    expect(shared.literalsKeptByValue).toBe(2);
    shared.removeQuad(quad(s, p, decimal));
    expect(shared.literalsKeptByValue).toBe(1);
    expect(shared.changesSince(0)).toEqual({ added: [quad(s, p, literal('2', namedNode(`${XSD}nonNegativeInteger`)))], removed: [] });
  });

  it('an object <> (the empty IRI) is a term like any other', () => {
    const store = new VersionedStore();
    store.addQuad(quad(s, p, namedNode('')));
    store.addQuad(quad(s, p, decimal));
    expect(store.size).toBe(2);
    expect(store.literalsKeptByValue).toBe(1);
    store.removeQuad(quad(s, p, namedNode('')));
    expect(store.literalsKeptByValue).toBe(1);
    expect(store.changesSince(0)?.added).toEqual([quad(s, p, decimal)]);
  });
});

describe('VersionedStore.objectsBySubject', () => {
  it("gives a subject's objects by predicate as getObjects does, in any graph, after removals, for any kind of term", () => {
    const store = new VersionedStore();
    const g = namedNode('urn:test:g');
    const q = namedNode('urn:test:q');
    const objects = [literal('x'), literal('y', 'en'), decimal, DataFactory.blankNode('b1'), namedNode('<odd'), namedNode('urn:test:o')];
    for (const o of objects) store.addQuads([quad(s, p, o), quad(s, q, o, g)]);
    store.addQuad(quad(s, q, literal('only in the default graph')));
    store.removeQuad(quad(s, p, literal('x')));
    store.removeQuad(quad(s, q, literal('only in the default graph')));
    const terms = new Map();
    for (const graph of [defaultGraph(), g]) {
      const read = store.objectsBySubject(s, graph, terms);
      const expected = new Map([p, q].map((pred) => [pred.value, store.getObjects(s, pred, graph)] as const).filter(([, os]) => os.length > 0));
      expect([...read.keys()]).toEqual([...expected.keys()]);
      // Same terms in the same order (equals compares kind, value, language and datatype).
      for (const [pred, os] of expected) {
        expect(read.get(pred)).toHaveLength(os.length);
        for (const [i, t] of read.get(pred)!.entries()) expect(t.equals(os[i]!)).toBe(true);
      }
    }
    expect(store.objectsBySubject(namedNode('urn:test:nobody'), defaultGraph(), terms).size).toBe(0);
    expect(store.objectsBySubject(s, namedNode('urn:test:no-graph'), terms).size).toBe(0);
  });
});
