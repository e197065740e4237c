// A view's index of names is carried from one version of the store to the next by the change
// (GraphView.after), not rebuilt: after adds and removes of labels and names, looking a node up
// by name must answer as a view built afresh does.
import { DataFactory } from 'n3';
import { describe, expect, it } from 'vitest';
import { UnknownEntityError, loadArticle } from '../../src/index.js';
import { GraphView } from '../../src/model/view.js';
import { PREFIXES, rdfs, schema } from '../../src/vocab.js';

const { namedNode, literal, quad } = DataFactory;
const id = (local: string) => namedNode(PREFIXES.id + local);

describe('the name index after a change', () => {
  it('finds names added, forgets names removed, and keeps a key another name still gives', async () => {
    const kg = await loadArticle();
    expect(kg.entity('Donald Trump').iri).toBe(PREFIXES.id + 'donald-trump'); // the index is built
    const envoy = id('test-envoy');
    const named = [quad(envoy, rdfs.label, literal('Special Envoy')), quad(envoy, schema.alternateName, literal('special envoy'))];
    await kg.add([quad(envoy, namedNode(PREFIXES.rdf + 'type'), schema.Person), ...named]);
    expect(kg.entity('special envoy').iri).toBe(envoy.value);

    await kg.remove([named[0]!]); // the alternate name still gives the same key
    expect(kg.entity('Special Envoy').iri).toBe(envoy.value);
    await kg.remove([named[1]!]);
    expect(() => kg.entity('Special Envoy')).toThrow(UnknownEntityError);

    const trumpLabels = kg.store.getQuads(id('donald-trump'), rdfs.label, null, null);
    await kg.remove(trumpLabels);
    expect(() => kg.entity('Donald Trump')).toThrow(UnknownEntityError);
    await kg.add(trumpLabels);
    expect(kg.entity('Donald Trump').iri).toBe(PREFIXES.id + 'donald-trump');
  });

  it('answers lookups and suggestions as a fresh view does', async () => {
    const kg = await loadArticle();
    const before = new GraphView(kg.store);
    before.resolve('Ukraine'); // the index is built
    const labels = kg.store.getQuads(null, rdfs.label, null, DataFactory.defaultGraph());
    const gone = labels.filter((_, i) => i % 3 === 0);
    await kg.remove(gone);
    await kg.add([quad(id('test-node'), rdfs.label, literal('Ukrainian Navy'))]);
    const carried = GraphView.after(before, kg.store, (v) => kg.store.changesSince(v));
    const fresh = new GraphView(kg.store);
    const ask = (f: () => string) => {
      try {
        return f();
      } catch (e) {
        return (e as Error).message;
      }
    };
    expect(gone.length).toBeGreaterThan(10);
    for (const q of [...labels, quad(id('test-node'), rdfs.label, literal('ukrainian navy'))])
      expect(ask(() => carried.resolve(q.object.value))).toBe(ask(() => fresh.resolve(q.object.value)));
    for (const typed of ['Ukrain', 'Tomahawk', 'Trum', 'Navy']) expect(carried.suggest(typed)).toEqual(fresh.suggest(typed));
  });
});
