/** Positions computed before the page is built, so the browser never runs a layout. */
import { forceAtlas2, noverlap } from '../../lazy.js';
import { MultiDirectedGraph } from 'graphology';
import type { PagePayload } from './types.js';
import { nodeSize } from './visual.js';

/**
 * `layout`: undefined lays out only when some node lacks x/y; true always lays out (existing
 * positions are the seed); false never does (nodes without x/y go on a circle).
 * Deterministic: the seed is a circle in node order and both algorithms have fixed iteration counts.
 */
export function layoutGraph(graphData: PagePayload['graph'], layout?: boolean): PagePayload['graph'] {
  const graph = new MultiDirectedGraph();
  graph.import(structuredClone(graphData));
  const missing = graph.filterNodes((_, a) => !Number.isFinite(a.x) || !Number.isFinite(a.y));
  if (missing.length === 0 && layout !== true) return graphData;

  const n = graph.order;
  let i = 0;
  graph.forEachNode((key, a) => {
    const angle = (2 * Math.PI * i++) / Math.max(n, 1);
    if (!Number.isFinite(a.x) || !Number.isFinite(a.y)) graph.mergeNodeAttributes(key, { x: 100 * Math.cos(angle), y: 100 * Math.sin(angle) });
  });

  if (layout !== false && n > 1) {
    forceAtlas2().assign(graph, {
      iterations: n > 1000 ? 120 : 400,
      settings: { ...forceAtlas2().inferSettings(graph), barnesHutOptimize: n > 500, adjustSizes: false },
    });
    // Noverlap works in graph units: convert the on-screen radius using the spread FA2 produced.
    let minX = Infinity,
      maxX = -Infinity,
      minY = Infinity,
      maxY = -Infinity;
    graph.forEachNode((_, a) => {
      minX = Math.min(minX, a.x);
      maxX = Math.max(maxX, a.x);
      minY = Math.min(minY, a.y);
      maxY = Math.max(maxY, a.y);
    });
    const unitsPerPixel = Math.max(maxX - minX, maxY - minY, 1e-6) / 700;
    noverlap().assign(graph, {
      maxIterations: 60,
      inputReducer: (key, a) => ({ x: a.x, y: a.y, size: nodeSize(graph.degree(key), n) * unitsPerPixel }),
      // Small graphs show every label, so leave room for a line of text between nodes.
      settings: { margin: (n > 300 ? 3 : 14) * unitsPerPixel, ratio: 1.2 },
    });
  }

  const out = graph.export() as unknown as PagePayload['graph'];
  for (const node of out.nodes) {
    node.attributes.x = Math.round(node.attributes.x! * 100) / 100;
    node.attributes.y = Math.round(node.attributes.y! * 100) / 100;
  }
  return out;
}
