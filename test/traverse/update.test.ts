// The projection follows a change by its delta: whatever is loaded, added or removed, the graph
// updated in place equals one built afresh from the store, node for node and edge for edge.
import type { Quad } from '@rdfjs/types';
import fc from 'fast-check';
import { DataFactory, Parser, Store } from 'n3';
import { readFileSync, readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ClaimGraph } from '../../src/graph.js';
import { GraphView } from '../../src/model/view.js';
import { packagePath } from '../../src/paths.js';
import { buildProjection, type Projection } from '../../src/traverse/projection.js';
import { updateProjection } from '../../src/traverse/update.js';
import { rdfs } from '../../src/vocab.js';

const { quad, literal, namedNode, defaultGraph } = DataFactory;
const RUNS = Math.round(40 * Number(process.env.PROPERTY_RUNS ?? 1));

const dir = packagePath('data', 'articles');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.trig'))
  .sort()
  .map((f) => `${dir}/${f}`);
// Each article parsed once, so adding and removing the same quads (blank nodes included) is exact.
const articles = files.map((f) => new Parser({ format: 'application/trig' }).parse(readFileSync(f, 'utf8')));
const everything = articles.flat();

/** Node key + attributes, and edge source + target + attributes, as sorted lists. */
function shape(g: Projection) {
  const sorted = (o: object) => JSON.stringify(Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1))));
  return {
    nodes: g.mapNodes((key, attrs) => `${key} ${sorted(attrs)}`).sort(),
    edges: g.mapEdges((_e, attrs, s, t) => `${s} -> ${t} ${sorted(attrs)}`).sort(),
  };
}

/** A projection that follows `kg` by deltas, checked against a fresh build after each step. */
function follower(kg: ClaimGraph) {
  let version = kg.store.version;
  const graph = buildProjection(new GraphView(kg.store));
  return {
    graph,
    /** Applies the changes since the last step and returns the projection and a fresh build's shapes. */
    step() {
      const changes = kg.store.changesSince(version);
      if (!changes) throw new Error('the change log no longer reaches back');
      const view = new GraphView(kg.store);
      expect(updateProjection(graph, view, changes)).toBe(true);
      version = kg.store.version;
      return { updated: shape(graph), fresh: shape(buildProjection(new GraphView(kg.store))) };
    },
  };
}

describe('the projection updated by a delta equals a fresh build', () => {
  // Terms of the bundled articles, recombined into quads that may or may not make sense.
  const subjects = [...new Set(everything.map((q) => q.subject))];
  const predicates = [...new Map(everything.map((q) => [q.predicate.value, q.predicate])).values()];
  const objects = [...new Set(everything.map((q) => q.object)), literal('a new label'), literal('12')];
  const graphs = [defaultGraph(), ...new Map(everything.filter((q) => q.graph.termType !== 'DefaultGraph').map((q) => [q.graph.value, q.graph])).values()];
  const pick = <T>(xs: readonly T[]) => fc.nat({ max: xs.length - 1 }).map((i) => xs[i]!);
  const article = fc.nat({ max: articles.length - 1 });
  type Op =
    | { op: 'load' | 'add' | 'remove' | 'removeGraphs'; article: number }
    | { op: 'addQuad'; quad: Quad }
    | { op: 'removeQuad'; at: number }
    | { op: 'relabel'; at: number };
  const op: fc.Arbitrary<Op> = fc.oneof(
    fc.record({ op: fc.constantFrom('load' as const, 'add' as const, 'remove' as const, 'removeGraphs' as const), article }),
    fc.record({
      op: fc.constant('addQuad' as const),
      quad: fc.tuple(pick(subjects), pick(predicates), pick(objects), pick(graphs)).map(([s, p, o, g]) => quad(s as never, p as never, o as never, g as never)),
    }),
    fc.record({ op: fc.constant('removeQuad' as const), at: fc.nat() }),
    fc.record({ op: fc.constant('relabel' as const), at: fc.nat() }),
  );

  it(`over random sequences of loading and removing the bundled articles and single quads (${RUNS} sequences)`, { timeout: 240_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(article, { maxLength: 2 }), fc.array(op, { minLength: 1, maxLength: 8 }), async (start, ops) => {
        const kg = new ClaimGraph();
        kg.store.maxLogChanges = Number.POSITIVE_INFINITY; // every step follows by its delta
        for (const a of start) await kg.add(articles[a]!);
        const f = follower(kg);
        for (const o of ops) {
          const all = () => kg.store.getQuads(null, null, null, null);
          if (o.op === 'load') await kg.loadFile(files[o.article]!, { validate: false });
          else if (o.op === 'add') await kg.add(articles[o.article]!);
          else if (o.op === 'remove') await kg.remove(articles[o.article]!);
          else if (o.op === 'removeGraphs') {
            // The article's named graphs whole, with the blank nodes a load named afresh.
            const named = new Set(articles[o.article]!.filter((q) => q.graph.termType !== 'DefaultGraph').map((q) => q.graph.value));
            await kg.remove(all().filter((q) => named.has(q.graph.value)));
          } else if (o.op === 'addQuad') await kg.add([o.quad]);
          else if (o.op === 'removeQuad') {
            const quads = all();
            if (quads.length) await kg.remove([quads[o.at % quads.length]!]);
          } else if (o.op === 'relabel') {
            // A new label for some node.
            const labels = kg.store.getQuads(null, rdfs.label, null, defaultGraph());
            const old = labels[o.at % Math.max(1, labels.length)];
            if (old) await kg.remove([old]), await kg.add([quad(old.subject, rdfs.label, literal(`relabelled ${o.at}`))]);
          }
          const { updated, fresh } = f.step();
          expect(updated.nodes).toEqual(fresh.nodes);
          expect(updated.edges).toEqual(fresh.edges);
        }
      }),
      { numRuns: RUNS },
    );
  });
});

describe('kg.graph() after a change', () => {
  // The smallest article is the one added and removed; the others are there before it.
  const small = articles.reduce((a, b) => (b.length < a.length ? b : a));
  const others = articles.filter((a) => a !== small);
  async function corpus(n = others.length) {
    const kg = new ClaimGraph();
    for (const a of others.slice(0, n)) await kg.add(a);
    return kg;
  }
  const edgesOf = (g: Projection) => g.mapEdges((_e, a, s, t) => `${s} -> ${t} ${a.predicate} ${a.count ?? ''}`);

  it('adding an article adds its nodes and mention edges, to the same graph object', async () => {
    const kg = await corpus();
    const before = kg.graph();
    const nodes = new Set(before.nodes());
    const mentions = before.filterEdges((_e, a) => a.predicate === 'cg:mentions').length;
    const last = small;
    await kg.add(last);
    // The article is small beside the others, so the graph follows it by the delta.
    expect(last.length / kg.size).toBeLessThan(0.1);
    const after = kg.graph();
    expect(after).toBe(before);
    const articleIri = last.find((q) => q.predicate.value.endsWith('sourceUrl'))!.object.value;
    expect(nodes.has(articleIri)).toBe(false);
    expect(after.hasNode(articleIri)).toBe(true);
    expect(after.getNodeAttribute(articleIri, 'kind')).toBe('article');
    const added = after.nodes().filter((n) => !nodes.has(n));
    expect(added.length).toBeGreaterThan(10);
    expect(after.outEdges(articleIri).filter((e) => after.getEdgeAttribute(e, 'predicate') === 'cg:mentions').length).toBeGreaterThan(0);
    expect(after.filterEdges((_e, a) => a.predicate === 'cg:mentions').length).toBeGreaterThan(mentions);
    expect(shape(after)).toEqual(shape(buildProjection(new GraphView(kg.store))));
  });

  it('removing it again removes those nodes and edges and nothing else', async () => {
    const kg = await corpus();
    const before = shape(kg.graph());
    const edges = edgesOf(kg.graph()).sort();
    await kg.add(small);
    kg.graph();
    await kg.remove(small);
    // What the last article shares with the others (entities named in both) was in the store before it and is gone with it.
    const theOthers = new Store(others.flat());
    const shared = small.filter((q) => theOthers.has(q));
    await kg.add(shared);
    const g = kg.graph();
    expect(shape(g)).toEqual(before);
    expect(edgesOf(g).sort()).toEqual(edges);
  });

  it('changing one label changes that node’s label and nothing else', async () => {
    const kg = await corpus(2);
    const g = kg.graph();
    const before = shape(g);
    const trump = `${namedNode('https://w3id.org/claimgraph/id/donald-trump').value}`;
    expect(g.getNodeAttribute(trump, 'label')).toBe('Donald Trump');
    const old = kg.store.getQuads(namedNode(trump), rdfs.label, null, defaultGraph());
    await kg.remove(old);
    await kg.add([quad(namedNode(trump), rdfs.label, literal('President Trump'))]);
    expect(kg.graph()).toBe(g);
    expect(g.getNodeAttribute(trump, 'label')).toBe('President Trump');
    const after = shape(g);
    expect(after.edges).toEqual(before.edges);
    const changed = after.nodes.filter((n) => !before.nodes.includes(n));
    expect(changed).toHaveLength(1);
    expect(changed[0]).toMatch(/^https:\/\/w3id\.org\/claimgraph\/id\/donald-trump /);
  });

  it('rebuilds whole when the change log does not reach back', async () => {
    const kg = await corpus(2);
    const g = kg.graph();
    kg.store.maxLogChanges = 0;
    await kg.add([quad(namedNode('https://w3id.org/claimgraph/id/donald-trump'), rdfs.label, literal('Trump'))]);
    kg.store.maxLogChanges = undefined;
    const rebuilt = kg.graph();
    expect(rebuilt).not.toBe(g);
    expect(shape(rebuilt)).toEqual(shape(buildProjection(new GraphView(kg.store))));
  });
});
