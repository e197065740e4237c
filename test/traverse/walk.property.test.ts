// The walks read the projection in place, skipping the edges they may not follow. They used to
// copy it without those edges first (`restrict` below) and walk the copy with graphology-traversal;
// that implementation is kept here as the definition, and the walks must give exactly what it
// gives, order included: which neighbours come first, and which of several equally short paths.
import fc from 'fast-check';
import { bfsFromNode } from 'graphology-traversal';
import { Parser } from 'n3';
import { readFileSync, readdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus } from '../../bench/generate.js';
import { ClaimGraph } from '../../src/graph.js';
import { packagePath } from '../../src/paths.js';
import { HUB_PREDICATES, isArticleStep, type Layer, type Projection } from '../../src/traverse/projection.js';
import { type Neighbor, type Path, type WalkOptions, neighbors, shortestPath } from '../../src/traverse/walk.js';

// ── the definition: the walks as they were, over a restricted copy ───────────

const MODE = { out: 'outbound', in: 'inbound', both: 'directed' } as const;
const STATEMENT_KINDS = new Set(['claim', 'quotation']);
const HUB_KINDS = new Set(['article', 'voice']);
const VERBS: Record<string, string> = { content: 'speaks of', holder: 'is held by', reportStep: 'reached the page through', about: 'is about' };

function restrict(graph: Projection, layers?: Layer[], hubs = true): Projection {
  if (!layers && hubs) return graph;
  const sub = graph.emptyCopy();
  graph.forEachEdge((edge, attrs, s, t) => {
    if (layers && !layers.includes(attrs.layer)) return;
    if (!hubs && (HUB_PREDICATES.includes(attrs.predicate) || isArticleStep(attrs))) return;
    sub.addDirectedEdgeWithKey(edge, s, t, attrs);
  });
  return sub;
}

function referenceNeighbors(graph: Projection, start: string, options: WalkOptions = {}): Neighbor[] {
  const depth = options.depth ?? 1;
  const g = restrict(graph, options.layers, options.hubs === true);
  const out: Neighbor[] = [];
  bfsFromNode(
    g,
    start,
    (node, attrs, d) => {
      if (d > depth) return true;
      if (d > 0) out.push({ id: attrs.id, iri: attrs.iri, label: attrs.label, kind: attrs.kind, depth: d });
      return d >= depth || (!options.hubs && node !== start && HUB_KINDS.has(attrs.kind));
    },
    { mode: MODE[options.direction ?? 'both'] },
  );
  return out;
}

function referencePath(graph: Projection, from: string, to: string, options: Pick<WalkOptions, 'layers' | 'hubs'> = {}): Path | null {
  const g = restrict(graph, options.layers, options.hubs === true);
  const parent = new Map<string, string | null>([[from, null]]);
  if (from !== to) {
    bfsFromNode(
      g,
      from,
      (node, attrs) => {
        if (node === to) return true;
        if (!options.hubs && node !== from && HUB_KINDS.has(attrs.kind)) return true;
        g.forEachNeighbor(node, (next) => {
          if (!parent.has(next)) parent.set(next, node);
        });
        return parent.has(to);
      },
      { mode: 'directed' },
    );
    if (!parent.has(to)) return null;
  }
  const nodes: string[] = [];
  for (let n: string | null = to; n !== null; n = parent.get(n) ?? null) nodes.unshift(n);
  const ref = (n: string) => {
    const a = g.getNodeAttributes(n);
    return { id: a.id, iri: a.iri, label: a.label, kind: a.kind };
  };
  const steps = nodes.slice(1).map((n, i) => {
    const prev = nodes[i]!;
    const forward = g.outEdges(prev, n)[0];
    const edge = forward ?? g.outEdges(n, prev)[0]!;
    const attrs = g.getEdgeAttributes(edge);
    const [subject, object] = forward !== undefined ? [prev, n] : [n, prev];
    const said = attrs.claim ?? [prev, n].find((x) => STATEMENT_KINDS.has(g.getNodeAttribute(x, 'kind')));
    return {
      from: ref(prev),
      to: ref(n),
      predicate: attrs.predicate,
      forward: forward !== undefined,
      text: `${g.getNodeAttribute(subject, 'label')} ${VERBS[attrs.label] ?? attrs.label} ${g.getNodeAttribute(object, 'label')}${attrs.claim ? ', as the statement says' : ''}`,
      ...(said && g.hasNode(said) ? { statement: { id: g.getNodeAttribute(said, 'id'), iri: said, label: g.getNodeAttribute(said, 'label') } } : {}),
    };
  });
  return { nodes: nodes.map(ref), steps };
}

// ── the graphs walked ────────────────────────────────────────────────────────

const RUNS = Math.round(150 * Number(process.env.PROPERTY_RUNS ?? 1));
const dir = packagePath('data', 'articles');
const files = readdirSync(dir)
  .filter((f) => f.endsWith('.trig'))
  .sort();
const articles = files.map((f) => new Parser({ format: 'application/trig' }).parse(readFileSync(`${dir}/${f}`, 'utf8')));

async function graphOf(...parts: (typeof articles)[number][]) {
  const kg = new ClaimGraph();
  for (const p of parts) await kg.add(p);
  return kg.graph();
}

const graphs: [string, () => Promise<Projection>][] = [
  ...files.map((f, i) => [f, () => graphOf(articles[i]!)] as [string, () => Promise<Projection>]),
  ['every article together', () => graphOf(...articles)],
  [
    // The projection follows each change by its delta, so edges were dropped and added in place
    // and no longer sit in the order of a fresh build.
    'every article, two of them taken out and put back in the other order',
    async () => {
      const kg = new ClaimGraph();
      kg.store.maxLogChanges = Number.POSITIVE_INFINITY;
      for (const a of articles) await kg.add(a);
      const g = kg.graph();
      // The two smallest, so that the projection follows by the delta rather than being rebuilt.
      const [a, b] = [...articles].sort((x, y) => x.length - y.length);
      for (const step of [() => kg.remove(a!), () => kg.remove(b!), () => kg.add(b!), () => kg.add(a!)]) {
        await step();
        expect(kg.graph()).toBe(g);
      }
      return g;
    },
  ],
  [
    'a generated corpus',
    async () => {
      const kg = new ClaimGraph();
      await kg.loadString(generateCorpus({ triples: 8_000, seed: 5 }).nquads, { format: 'nquads' });
      return kg.graph();
    },
  ],
];

const layerSets = fc.option(fc.subarray<Layer>(['fact', 'claim', 'editorial']), { nil: undefined });
const hubs = fc.option(fc.boolean(), { nil: undefined });

describe.each(graphs)('the walks in place give what the restricted copy gave: %s', (_name, build) => {
  let graph: Projection;
  let nodes: string[];
  beforeAll(async () => {
    graph = await build();
    nodes = graph.nodes();
  });
  const node = () => fc.nat().map((i) => nodes[i % nodes.length]!);

  it(`neighbours (${RUNS} runs)`, { timeout: 120_000 }, () => {
    const options = fc.record(
      { depth: fc.nat({ max: 4 }), direction: fc.constantFrom('out' as const, 'in' as const, 'both' as const), layers: layerSets, hubs },
      { requiredKeys: [] },
    );
    fc.assert(
      fc.property(node(), options, (start, o) => {
        expect(neighbors(graph, start, o)).toEqual(referenceNeighbors(graph, start, o));
      }),
      { numRuns: RUNS },
    );
  });

  it(`shortest paths (${RUNS} runs)`, { timeout: 120_000 }, () => {
    const options = fc.record({ layers: layerSets, hubs }, { requiredKeys: [] });
    fc.assert(
      fc.property(node(), node(), options, (from, to, o) => {
        expect(shortestPath(graph, from, to, o)).toEqual(referencePath(graph, from, to, o));
      }),
      { numRuns: RUNS },
    );
  });

  it('neighbours and paths from the busiest nodes, every option combination', { timeout: 120_000 }, () => {
    const busiest = [...nodes].sort((a, b) => graph.degree(b) - graph.degree(a)).slice(0, 3);
    const combos = [undefined, ['fact'], ['claim'], ['claim', 'editorial'], ['fact', 'claim', 'editorial']] as (Layer[] | undefined)[];
    for (const start of busiest)
      for (const layers of combos)
        for (const h of [false, true]) {
          for (const direction of ['out', 'in', 'both'] as const) {
            const o = { depth: 2, direction, layers, hubs: h };
            expect(neighbors(graph, start, o)).toEqual(referenceNeighbors(graph, start, o));
          }
          for (const to of busiest) expect(shortestPath(graph, start, to, { layers, hubs: h })).toEqual(referencePath(graph, start, to, { layers, hubs: h }));
        }
  });
});
