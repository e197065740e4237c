/**
 * What a picture shows and where: the nodes of a neighbourhood or a list, the edges
 * among them (parallel ones merged), and positions from a deterministic layout.
 */
import type Graph from 'graphology';
import { UndirectedGraph } from 'graphology';
import { InvalidArgumentError } from '../errors.js';
import { forceAtlas2, noverlap } from '../lazy.js';
import { type EdgeAttributes, HUB_PREDICATES, isArticleStep, type Layer, type NodeAttributes, type Projection } from '../traverse/projection.js';

export interface SelectOptions {
  /** Hops from the start node(s): default 1 for one node, 0 for a list. */
  depth?: number;
  /** Layers whose edges are followed and drawn (default: all). */
  layers?: Layer[];
  /**
   * Predicates neither followed nor drawn. Default: `cg:mentions` and `schema:isPartOf`,
   * which tie everything to its article and would make every neighbourhood the whole graph.
   */
  hide?: string[];
  /** Refuse pictures with more nodes than this (default 200): they are unreadable. */
  maxNodes?: number;
}

const DEFAULT_HIDDEN = HUB_PREDICATES;

/** An edge of the picture: parallel projection edges in one direction become one, with their labels joined. */
export interface DrawEdge {
  source: string;
  target: string;
  labels: string[];
  /** Every merged edge states claim content (drawn dashed). */
  content: boolean;
  /** An edge runs the other way too (both are drawn curved). */
  reverse: boolean;
}

export interface Selection {
  nodes: (NodeAttributes & { key: string; start: boolean; degree: number })[];
  edges: DrawEdge[];
}

/** The nodes within `depth` hops of the start nodes, following edges either way. */
export function selectNodes(graph: Projection, starts: string[], options: SelectOptions = {}): Selection {
  const depth = options.depth ?? (starts.length === 1 ? 1 : 0);
  if (!Number.isInteger(depth) || depth < 0) throw new InvalidArgumentError(`depth must be a whole number of hops (0 or more), got ${depth}.`);
  const hidden = new Set(options.hide ?? DEFAULT_HIDDEN);
  // Step 1 of every chain of reports is the article itself: an edge from every statement to it.
  const usable = (attrs: EdgeAttributes) => !hidden.has(attrs.predicate) && (!options.layers || options.layers.includes(attrs.layer)) && !isArticleStep(attrs);

  const seen = new Set(starts);
  let frontier = [...seen];
  for (let d = 0; d < depth && frontier.length; d++) {
    const next: string[] = [];
    for (const node of frontier)
      graph.forEachEdge(node, (_, attrs, s, t) => {
        const other = s === node ? t : s;
        if (usable(attrs) && !seen.has(other)) seen.add(other), next.push(other);
      });
    frontier = next;
  }
  const max = options.maxNodes ?? 200;
  if (seen.size > max)
    throw new InvalidArgumentError(`The picture would have ${seen.size} nodes (more than ${max}): lower depth, pick layers, or raise maxNodes.`);

  const merged = new Map<string, DrawEdge>();
  graph.forEachEdge((_, attrs, s, t) => {
    if (!seen.has(s) || !seen.has(t) || s === t || !usable(attrs)) return;
    const key = `${s}\u0000${t}`;
    const e = merged.get(key) ?? { source: s, target: t, labels: [], content: true, reverse: false };
    if (!e.labels.includes(attrs.label)) e.labels.push(attrs.label);
    e.content &&= attrs.claim !== undefined;
    merged.set(key, e);
  });
  for (const e of merged.values()) {
    e.reverse = merged.has(`${e.target}\u0000${e.source}`);
    // Say it once: the speaker is also the last step of the chain; a named node is also what the claim is about.
    if (e.labels.includes('holder')) e.labels = e.labels.filter((l) => l !== 'reportStep');
    if (e.labels.length > 1) e.labels = e.labels.filter((l) => l !== 'content');
  }
  const degree = new Map<string, number>();
  for (const e of merged.values()) for (const n of [e.source, e.target]) degree.set(n, (degree.get(n) ?? 0) + 1);
  const startSet = new Set(starts);
  return {
    nodes: [...seen].map((key) => ({ ...graph.getNodeAttributes(key), key, start: startSet.has(key), degree: degree.get(key) ?? 0 })),
    edges: [...merged.values()],
  };
}

/** A small seeded generator (mulberry32): the same picture on every run. */
function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface LayoutOptions {
  /** ForceAtlas2 iterations (default 600). */
  iterations?: number;
  seed?: number;
  /** Half the room each node needs, in pixels (its radius or half its label). */
  room: (key: string) => number;
}

const MARGIN = 6;

/** How much the layout must grow for no two rooms to overlap (1 when none do). */
function worstOverlap(g: UndirectedGraph<{ x: number; y: number }>, room: Map<string, number>): number {
  const nodes = g.mapNodes((key, a) => ({ x: a.x, y: a.y, r: room.get(key)! }));
  let worst = 1;
  for (let i = 0; i < nodes.length; i++)
    for (let j = i + 1; j < nodes.length; j++) {
      const a = nodes[i]!,
        b = nodes[j]!;
      const d = Math.hypot(a.x - b.x, a.y - b.y);
      worst = Math.max(worst, (a.r + b.r) / Math.max(d, 1));
    }
  return worst;
}

/**
 * Positions in pixels. Start: a circle in node order with seeded jitter (so symmetric
 * graphs do not stay on a line); then ForceAtlas2 with fixed iterations; then the
 * result scaled to the room the nodes need and noverlap in pixel units, so labels fit.
 */
export function layout(selection: Selection, options: LayoutOptions): Map<string, { x: number; y: number }> {
  const g = new UndirectedGraph<{ x: number; y: number }>();
  const rng = seeded(options.seed ?? 1);
  const n = selection.nodes.length;
  selection.nodes.forEach((node, i) => {
    const angle = (2 * Math.PI * i) / Math.max(n, 1);
    g.addNode(node.key, { x: 100 * Math.cos(angle) + 10 * (rng() - 0.5), y: 100 * Math.sin(angle) + 10 * (rng() - 0.5) });
  });
  for (const e of selection.edges) if (!g.hasEdge(e.source, e.target)) g.addEdge(e.source, e.target);

  if (n > 1) {
    forceAtlas2().assign(g as unknown as Graph, {
      iterations: options.iterations ?? 600,
      // The inferred settings use strong gravity, which keeps separate components on the page.
      settings: forceAtlas2().inferSettings(g as unknown as Graph),
    });
  }
  // Scale so the nodes' rooms fill about half the area, then push apart in pixels.
  // Noverlap moves one node of a pair at a time and stalls when packed too tight, so
  // it needs that slack; a last uniform stretch removes what overlap remains.
  const room = new Map(g.mapNodes((key) => [key, options.room(key) + MARGIN] as const));
  const span = 1.4 * Math.sqrt([...room.values()].reduce((sum, r) => sum + 4 * r * r, 0));
  const xs = g.mapNodes((_, a) => a.x);
  const ys = g.mapNodes((_, a) => a.y);
  const spread = Math.max(Math.max(...xs) - Math.min(...xs), Math.max(...ys) - Math.min(...ys), 1e-9);
  const scale = n > 1 ? span / spread : 1;
  g.updateEachNodeAttributes((_, a) => ({ x: a.x * scale, y: a.y * scale }));
  if (n > 1) {
    noverlap().assign(g as unknown as Graph, {
      maxIterations: 300,
      inputReducer: (key, a) => ({ x: a.x, y: a.y, size: room.get(key)! - MARGIN }),
      settings: { margin: MARGIN, ratio: 1, expansion: 1.1, speed: 2, gridSize: 20 },
    });
    const stretch = Math.min(2, worstOverlap(g, room));
    if (stretch > 1) g.updateEachNodeAttributes((_, a) => ({ x: a.x * stretch, y: a.y * stretch }));
  }
  return new Map(g.mapNodes((key, a) => [key, { x: a.x, y: a.y }] as const));
}
