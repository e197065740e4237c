/**
 * Walks over the projection: neighbourhoods, shortest connections, centrality.
 *
 * When every edge may be followed, graphology-traversal walks the projection. When some may not
 * (other layers, the hub links, skipped by default), graphology-traversal cannot skip them, and
 * copying the graph without them cost more than the rest of the walk (0.7 s at a million
 * triples, on every call); so that walk is written here, over the projection in place, skipping
 * those edges as it meets them. Where a copy would have listed a node's neighbours in the order
 * their first followed edge was added, so does `around`, so the walks give what they gave over
 * the copy, ties between equally short paths included (test/traverse/walk.property.test.ts).
 */
import { bfsFromNode } from 'graphology-traversal';
import { InvalidArgumentError } from '../errors.js';
import { pagerank } from '../lazy.js';
import type { Kind, Ref } from '../model/types.js';
import { describe } from '../model/view.js';
import { type EdgeAttributes, HUB_PREDICATES, isArticleStep, type Layer, type Projection } from './projection.js';

export interface WalkOptions {
  /** How many hops (default 1). */
  depth?: number;
  /** Follow edges out of the node, into it, or both (default). */
  direction?: 'out' | 'in' | 'both';
  /** Layers whose edges may be followed (default: all). */
  layers?: Layer[];
  /**
   * Also go through the hubs that connect everything, so tell nothing: an article's mention and
   * part-of links, step 1 of every chain, an article or its own voice in the middle. Default false.
   */
  hubs?: boolean;
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
  /** The step as a sentence: subject, predicate, object in the edge's direction. */
  text: string;
  /** The statement the step rests on: one of its ends, or the claim whose content says it. */
  statement?: Ref;
  /** The sentence of that statement (from `kg.path`). */
  evidence?: string;
}

export interface Path {
  nodes: (Ref & { kind: Kind })[];
  steps: PathStep[];
}

type Direction = NonNullable<WalkOptions['direction']>;
/** Which edges a walk may follow; null when all of them. */
type Follow = ((attrs: EdgeAttributes) => boolean) | null;

/** The edges of the layers named, and the hub links only when asked for. */
function follows(layers?: Layer[], hubs = true): Follow {
  if (!layers && hubs) return null;
  return (a) => (!layers || layers.includes(a.layer)) && (hubs || !(HUB_PREDICATES.includes(a.predicate) || isArticleStep(a)));
}

/**
 * Where an edge stands in the order edges were added: every edge of the projection is added by
 * `addDirectedEdge`, whose generated keys (`geid_<graph>_<n>`) count up.
 */
const added = (edge: string) => Number(edge.slice(edge.lastIndexOf('_') + 1));

/**
 * The nodes one followed edge from `node`, as graphology lists the neighbours of a graph holding
 * only the followed edges: those of edges into it, then those of edges out of it not already
 * listed, each side in the order of its first followed edge. With every edge followed, that is
 * the projection's own order.
 */
function around(graph: Projection, node: string, direction: Direction, follow: Follow): string[] {
  const side = (into: boolean, listed?: Set<string>) => {
    const first = new Map<string, number>();
    const each = (edge: string, attrs: EdgeAttributes, source: string, target: string) => {
      const next = into ? source : target;
      if (listed?.has(next) || (follow && !follow(attrs))) return;
      first.set(next, Math.min(first.get(next) ?? Number.POSITIVE_INFINITY, added(edge)));
    };
    if (into) graph.forEachInEdge(node, each);
    else graph.forEachOutEdge(node, each);
    return follow ? [...first].sort((a, b) => a[1] - b[1]).map(([n]) => n) : [...first.keys()];
  };
  if (direction !== 'both') return side(direction === 'in');
  const inbound = side(true);
  return [...inbound, ...side(false, new Set(inbound))];
}

/** The edge a step takes from `from` to `to` (the last added of those followed), if any. */
const edgeOf = (graph: Projection, from: string, to: string, follow: Follow) =>
  graph.outEdges(from, to).find((e) => !follow || follow(graph.getEdgeAttributes(e)));

const DIRECTIONS = ['out', 'in', 'both'];
const MODE = { out: 'outbound', in: 'inbound', both: 'directed' } as const;
const LAYERS = ['fact', 'claim', 'editorial'];
const STATEMENT_KINDS = new Set(['claim', 'quotation']);
const HUB_KINDS = new Set(['article', 'voice']);
/** Edge labels read as verbs in a step's sentence. */
const VERBS: Record<string, string> = { content: 'speaks of', holder: 'is held by', reportStep: 'reached the page through', about: 'is about' };

/** Walk options of the right shape, or an InvalidArgumentError that says which. */
function checkOptions(options: WalkOptions | undefined): WalkOptions {
  if (options === undefined) return {};
  if (options === null || typeof options !== 'object' || Array.isArray(options))
    throw new InvalidArgumentError("Walk options must be an object such as { depth: 2, layers: ['fact'] }, or nothing.");
  if (options.direction !== undefined && (typeof options.direction !== 'string' || !DIRECTIONS.includes(options.direction)))
    throw new InvalidArgumentError(`direction must be 'out', 'in' or 'both', got ${describe(options.direction)}.`);
  if (options.layers !== undefined && (!Array.isArray(options.layers) || !options.layers.every((l) => LAYERS.includes(l)))) {
    throw new InvalidArgumentError(`layers must be a list of ${LAYERS.map((l) => `'${l}'`).join(', ')}.`);
  }
  return options;
}

/** A walk starts and ends at nodes of the projection; a class or a structural node of the store is not one. */
function checkNode(graph: Projection, iri: string): void {
  if (!graph.hasNode(iri)) {
    throw new InvalidArgumentError(
      `<${iri}> is in the store but not a node of the graph walked (classes, vocabulary values, text spans and attribution steps are not). Start from an entity, statement, source, document or note.`,
    );
  }
}

export function neighbors(graph: Projection, start: string, options: WalkOptions = {}): Neighbor[] {
  options = checkOptions(options);
  checkNode(graph, start);
  const depth = options.depth ?? 1;
  if (!Number.isInteger(depth) || depth < 0) throw new InvalidArgumentError(`depth must be a whole number of hops (0 or more), got ${describe(depth)}.`);
  const follow = follows(options.layers, options.hubs === true);
  const out: Neighbor[] = [];
  const direction = options.direction ?? 'both';
  if (follow === null) {
    bfsFromNode(
      graph,
      start,
      (_node, attrs, d) => {
        if (d > depth) return true;
        if (d > 0) out.push({ id: attrs.id, iri: attrs.iri, label: attrs.label, kind: attrs.kind, depth: d });
        return d >= depth;
      },
      { mode: MODE[direction] },
    );
    return out;
  }
  // Breadth first: each node listed once, at the depth it was first reached.
  const queue: [string, number][] = [[start, 0]];
  const seen = new Set([start]);
  for (const [node, d] of queue) {
    const attrs = graph.getNodeAttributes(node);
    if (d > 0) out.push({ id: attrs.id, iri: attrs.iri, label: attrs.label, kind: attrs.kind, depth: d });
    // An article or its own voice is listed, but the walk does not go on through it.
    if (d >= depth || (!options.hubs && node !== start && HUB_KINDS.has(attrs.kind))) continue;
    for (const next of around(graph, node, direction, follow)) {
      if (!seen.has(next)) seen.add(next), queue.push([next, d + 1]);
    }
  }
  return out;
}

/** The shortest connection between two nodes, following edges either way; null when none. */
export function shortestPath(graph: Projection, from: string, to: string, options: Pick<WalkOptions, 'layers' | 'hubs'> = {}): Path | null {
  options = checkOptions(options);
  checkNode(graph, from);
  checkNode(graph, to);
  const follow = follows(options.layers, options.hubs === true);
  const parent = new Map<string, string | null>([[from, null]]);
  // Breadth first from `from` until `to` is reached; each node's parent is the first node it was reached from.
  const queue = [from];
  for (const node of queue) {
    if (parent.has(to)) break;
    // An article connects every entity it mentions, its own voice every statement it makes:
    // never a step in the middle of a path.
    if (!options.hubs && node !== from && HUB_KINDS.has(graph.getNodeAttribute(node, 'kind'))) continue;
    for (const next of around(graph, node, 'both', follow)) {
      if (!parent.has(next)) parent.set(next, node), queue.push(next);
    }
  }
  if (!parent.has(to)) return null;
  const nodes: string[] = [];
  for (let n: string | null = to; n !== null; n = parent.get(n) ?? null) nodes.unshift(n);
  const ref = (n: string) => {
    const a = graph.getNodeAttributes(n);
    return { id: a.id, iri: a.iri, label: a.label, kind: a.kind };
  };
  const steps = nodes.slice(1).map((n, i) => {
    const prev = nodes[i]!;
    const forward = edgeOf(graph, prev, n, follow);
    const edge = forward ?? edgeOf(graph, n, prev, follow)!;
    const attrs = graph.getEdgeAttributes(edge);
    const [subject, object] = forward !== undefined ? [prev, n] : [n, prev];
    const said = attrs.claim ?? [prev, n].find((x) => STATEMENT_KINDS.has(graph.getNodeAttribute(x, 'kind')));
    return {
      from: ref(prev),
      to: ref(n),
      predicate: attrs.predicate,
      forward: forward !== undefined,
      text: `${graph.getNodeAttribute(subject, 'label')} ${VERBS[attrs.label] ?? attrs.label} ${graph.getNodeAttribute(object, 'label')}${attrs.claim ? ', as the statement says' : ''}`,
      ...(said && graph.hasNode(said)
        ? { statement: { id: graph.getNodeAttribute(said, 'id'), iri: said, label: graph.getNodeAttribute(said, 'label') } }
        : {}),
    };
  });
  return { nodes: nodes.map(ref), steps };
}

/** PageRank over the projection (edge directions kept), highest first. */
export function centrality(graph: Projection, options: { kinds?: Kind[]; limit?: number } = {}): (Ref & { kind: Kind; score: number })[] {
  if (graph.order === 0) return []; // PageRank over no nodes never converges
  const scores = pagerank()(graph, { getEdgeWeight: null }); // reads the projection in place (same scores as over a copy)
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
