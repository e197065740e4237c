/** Walks over the projection: neighbourhoods, shortest connections, centrality. */
import { bfsFromNode } from 'graphology-traversal';
import pagerank from 'graphology-metrics/centrality/pagerank.js';
import { InvalidArgumentError } from '../errors.js';
import type { Kind, Ref } from '../model/types.js';
import { describe } from '../model/view.js';
import { HUB_PREDICATES, isArticleStep, type Layer, type Projection } from './projection.js';

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

const MODE = { out: 'outbound', in: 'inbound', both: 'directed' } as const;

/** The subgraph that a walk may use: the layers named, and the hub links only when asked for. */
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
  if (options.direction !== undefined && (typeof options.direction !== 'string' || !Object.hasOwn(MODE, options.direction)))
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
  const g = restrict(graph, options.layers, options.hubs === true);
  const out: Neighbor[] = [];
  bfsFromNode(
    g,
    start,
    (node, attrs, d) => {
      if (d > depth) return true;
      if (d > 0) out.push({ id: attrs.id, iri: attrs.iri, label: attrs.label, kind: attrs.kind, depth: d });
      // An article or its own voice is listed, but the walk does not go on through it.
      return d >= depth || (!options.hubs && node !== start && HUB_KINDS.has(attrs.kind));
    },
    { mode: MODE[options.direction ?? 'both'] },
  );
  return out;
}

/** The shortest connection between two nodes, following edges either way; null when none. */
export function shortestPath(graph: Projection, from: string, to: string, options: Pick<WalkOptions, 'layers' | 'hubs'> = {}): Path | null {
  options = checkOptions(options);
  checkNode(graph, from);
  checkNode(graph, to);
  const g = restrict(graph, options.layers, options.hubs === true);
  const parent = new Map<string, string | null>([[from, null]]);
  if (from !== to) {
    bfsFromNode(
      g,
      from,
      (node, attrs) => {
        if (node === to) return true;
        // An article connects every entity it mentions, its own voice every statement it makes:
        // never a step in the middle of a path.
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

/** PageRank over the projection (edge directions kept), highest first. */
export function centrality(graph: Projection, options: { kinds?: Kind[]; limit?: number } = {}): (Ref & { kind: Kind; score: number })[] {
  if (graph.order === 0) return []; // PageRank over no nodes never converges
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
