/** Walks over the projection: neighbourhoods, shortest connections, centrality. */
import { bfsFromNode } from 'graphology-traversal';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import { InvalidArgumentError } from '../errors.js';
import type { Kind, Ref } from '../model/types.js';
import type { Layer, Projection } from './projection.js';

export interface WalkOptions {
  /** How many hops (default 1). */
  depth?: number;
  /** Follow edges out of the node, into it, or both (default). */
  direction?: 'out' | 'in' | 'both';
  /** Layers whose edges may be followed (default: all). */
  layers?: Layer[];
}

export interface Neighbor extends Ref {
  kind: Kind;
  /** Hops from the start. */
  depth: number;
}

export interface PathStep {
  from: Ref;
  to: Ref;
  predicate: string;
  /** True when the edge runs from `from` to `to`. */
  forward: boolean;
}

export interface Path {
  nodes: (Ref & { kind: Kind })[];
  steps: PathStep[];
}

const MODE = { out: 'outbound', in: 'inbound', both: 'directed' } as const;

/** The subgraph that a walk may use. */
function restrict(graph: Projection, layers?: Layer[]): Projection {
  if (!layers) return graph;
  const sub = graph.emptyCopy();
  graph.forEachEdge((edge, attrs, s, t) => {
    if (layers.includes(attrs.layer)) sub.addDirectedEdgeWithKey(edge, s, t, attrs);
  });
  return sub;
}

export function neighbors(graph: Projection, start: string, options: WalkOptions = {}): Neighbor[] {
  const depth = options.depth ?? 1;
  if (!Number.isInteger(depth) || depth < 0) throw new InvalidArgumentError(`depth must be a whole number of hops (0 or more), got ${depth}.`);
  const g = restrict(graph, options.layers);
  const out: Neighbor[] = [];
  bfsFromNode(
    g,
    start,
    (node, attrs, d) => {
      if (d > depth) return true;
      if (d > 0) out.push({ id: attrs.id, iri: attrs.iri, label: attrs.label, kind: attrs.kind, depth: d });
      return d >= depth;
    },
    { mode: MODE[options.direction ?? 'both'] },
  );
  return out;
}

/** The shortest connection between two nodes, following edges either way; null when none. */
export function shortestPath(graph: Projection, from: string, to: string, options: Pick<WalkOptions, 'layers'> = {}): Path | null {
  const g = restrict(graph, options.layers);
  const parent = new Map<string, string | null>([[from, null]]);
  if (from !== to) {
    bfsFromNode(
      g,
      from,
      (node) => {
        if (node === to) return true;
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
    const forward = g.edges(prev, n)[0];
    const edge = forward ?? g.edges(n, prev)[0]!;
    return { from: ref(prev), to: ref(n), predicate: g.getEdgeAttribute(edge, 'predicate'), forward: forward !== undefined };
  });
  return { nodes: nodes.map(ref), steps };
}

/** PageRank over the projection (edge directions kept), highest first. */
export function centrality(graph: Projection, options: { kinds?: Kind[]; limit?: number } = {}): (Ref & { kind: Kind; score: number })[] {
  const simple = graph.copy();
  const scores = pagerank(simple, { getEdgeWeight: null });
  return graph
    .nodes()
    .map((n) => {
      const a = graph.getNodeAttributes(n);
      return { id: a.id, iri: a.iri, label: a.label, kind: a.kind, score: scores[n] ?? 0 };
    })
    .filter((n) => !options.kinds || options.kinds.includes(n.kind))
    .sort((a, b) => b.score - a.score)
    .slice(0, options.limit ?? Infinity);
}
