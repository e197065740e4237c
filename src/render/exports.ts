/**
 * The projection for graph tools: GraphML (Cytoscape, Gephi, yEd), GEXF (Gephi), DOT
 * (Graphviz) and Mermaid. Attributes are flattened to strings, numbers and booleans,
 * which is all these formats hold.
 */
import type Graph from 'graphology';
import type { Term } from '@rdfjs/types';
import { InvalidArgumentError, UnsupportedFormatError } from '../errors.js';
import { gexf } from '../lazy.js';
import type { EdgeAttributes, NodeAttributes, Projection } from '../traverse/projection.js';
import { selectNodes, type SelectOptions } from './layout.js';
import { styleOf } from './style.js';
import { targetKeys, xmlText, type DrawTarget } from './svg.js';

export const GRAPH_FORMATS = ['graphml', 'gexf', 'dot', 'mermaid'] as const;
export type GraphFormat = (typeof GRAPH_FORMATS)[number];

type Simple = string | number | boolean;
const simple = (attrs: object): Record<string, Simple> => {
  const out: Record<string, Simple> = {};
  for (const [k, v] of Object.entries(attrs)) {
    if (typeof v === 'string' || typeof v === 'boolean' || (typeof v === 'number' && Number.isFinite(v))) out[k] = v;
    else if (v !== undefined && v !== null) out[k] = typeof v === 'object' ? JSON.stringify(v) : String(v);
  }
  return out;
};

/** The part of the projection around some nodes (all edges among them, none hidden unless asked). */
export function subProjection(graph: Projection, keys?: string[], options: SelectOptions = {}): Projection {
  if (!keys) return graph;
  const sel = selectNodes(graph, keys, { hide: [], ...options, maxNodes: options.maxNodes ?? Infinity });
  const nodes = new Set(sel.nodes.map((n) => n.key));
  const hidden = new Set(options.hide ?? []);
  const sub: Projection = graph.nullCopy();
  for (const n of nodes) sub.addNode(n, graph.getNodeAttributes(n));
  graph.forEachEdge((key, attrs, s, t) => {
    if (nodes.has(s) && nodes.has(t) && !hidden.has(attrs.predicate) && (!options.layers || options.layers.includes(attrs.layer)))
      sub.addDirectedEdgeWithKey(key, s, t, attrs);
  });
  return sub;
}

// ── GraphML ──────────────────────────────────────────────────────────────────

const graphmlType = (values: Simple[]) =>
  values.every((v) => typeof v === 'boolean')
    ? 'boolean'
    : values.every((v) => typeof v === 'number')
      ? values.every(Number.isInteger)
        ? 'long'
        : 'double'
      : 'string';

/** GraphML with one <key> per attribute; the `label` key is what Gephi and Cytoscape show. */
export function toGraphML(graph: Projection): string {
  const nodes = graph.mapNodes((key, a) => ({ key, attrs: simple(a) }));
  const edges = graph.mapEdges((key, a, source, target) => ({ key, source, target, attrs: simple(a) }));
  const keys: string[] = [];
  const ids = { node: new Map<string, string>(), edge: new Map<string, string>() };
  for (const [kind, items] of [
    ['node', nodes],
    ['edge', edges],
  ] as const) {
    const names = [...new Set(items.flatMap((i) => Object.keys(i.attrs)))];
    for (const name of names) {
      const id = `${kind[0]}${ids[kind].size}`;
      ids[kind].set(name, id);
      const type = graphmlType(items.map((i) => i.attrs[name]).filter((v): v is Simple => v !== undefined));
      keys.push(`  <key id="${id}" for="${kind}" attr.name="${xmlText(name)}" attr.type="${type}"/>`);
    }
  }
  const data = (kind: 'node' | 'edge', attrs: Record<string, Simple>) =>
    Object.entries(attrs)
      .map(([k, v]) => `<data key="${ids[kind].get(k)}">${xmlText(String(v))}</data>`)
      .join('');
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...keys,
    '  <graph id="claimgraph" edgedefault="directed">',
    ...nodes.map((n) => `    <node id="${xmlText(n.key)}">${data('node', n.attrs)}</node>`),
    ...edges.map((e) => `    <edge id="${xmlText(e.key)}" source="${xmlText(e.source)}" target="${xmlText(e.target)}">${data('edge', e.attrs)}</edge>`),
    '  </graph>',
    '</graphml>',
    '',
  ].join('\n');
}

// ── GEXF ─────────────────────────────────────────────────────────────────────

/** GEXF 1.2 with labels, kind colours, and the predicate as the edge kind (Gephi keeps parallel edges of different kinds). */
export function toGEXF(graph: Projection): string {
  return gexf().write(graph as unknown as Graph, {
    version: '1.2',
    formatNode: (_key, a) => {
      const { label, ...rest } = simple(a);
      return { label: String(label), attributes: rest, viz: { color: styleOf(String(a.kind)).fill } };
    },
    formatEdge: (_key, a) => {
      const { label, ...rest } = simple(a);
      return { label: String(label), attributes: rest, kind: String(a.predicate) };
    },
  });
}

// ── DOT and Mermaid ──────────────────────────────────────────────────────────

/** A DOT quoted string: only `"` and `\` need escaping; line breaks become `\n`. */
export const dotString = (s: string) => `"${s.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n/g, '\\n')}"`;

const DOT_SHAPES: Record<string, string> = { circle: 'ellipse', square: 'box', diamond: 'diamond', triangle: 'triangle', hexagon: 'hexagon' };

export function toDOT(graph: Projection): string {
  const lines = [
    'digraph claimgraph {',
    '  graph [rankdir=LR, overlap=false, fontname="Helvetica"];',
    '  node [style=filled, fontname="Helvetica", fontsize=11];',
    '  edge [fontname="Helvetica", fontsize=9, color="#8a8f98"];',
  ];
  graph.forEachNode((key, a: NodeAttributes) => {
    const st = styleOf(a.kind);
    lines.push(`  ${dotString(key)} [label=${dotString(a.label || a.id)}, shape=${DOT_SHAPES[st.shape]}, fillcolor="${st.fill}", kind=${dotString(a.kind)}];`);
  });
  graph.forEachEdge((_, a: EdgeAttributes, s, t) => {
    lines.push(`  ${dotString(s)} -> ${dotString(t)} [label=${dotString(a.label)}${a.claim ? ', style=dashed' : ''}];`);
  });
  lines.push('}', '');
  return lines.join('\n');
}

/** Mermaid label text: quotes and markup characters as entity codes, so any label is safe. */
export const mermaidText = (s: string) => s.replace(/[#"<>&`|[\]{}()]/g, (c) => `#${c.codePointAt(0)};`).replace(/\s+/g, ' ');

export function toMermaid(graph: Projection): string {
  const ids = new Map(graph.nodes().map((key, i) => [key, `n${i}`]));
  const lines = ['flowchart LR'];
  const kinds = new Set<string>();
  graph.forEachNode((key, a: NodeAttributes) => {
    const cls = a.kind.replace(/[^a-z]/g, '_');
    kinds.add(a.kind);
    lines.push(`  ${ids.get(key)}["${mermaidText(a.label || a.id)}"]:::${cls}`);
  });
  graph.forEachEdge((_, a: EdgeAttributes, s, t) => {
    lines.push(`  ${ids.get(s)} ${a.claim ? '-.->' : '-->'}|"${mermaidText(a.label)}"| ${ids.get(t)}`);
  });
  for (const kind of kinds) lines.push(`  classDef ${kind.replace(/[^a-z]/g, '_')} fill:${styleOf(kind).fill},color:#fff`);
  return `${lines.join('\n')}\n`;
}

export interface ExportGraphOptions extends SelectOptions {
  /** Only the part around this node (or these nodes), `depth` hops; default: the whole projection. */
  node?: DrawTarget;
}

/** One of the four formats by name, of the whole projection or the part around `options.node`. */
export function exportGraph(
  graph: Projection,
  format: GraphFormat | string,
  options: ExportGraphOptions = {},
  resolve?: (name: string | Term) => string,
): string {
  const fail = (name: string | Term): string => {
    throw new InvalidArgumentError(`Cannot resolve "${typeof name === 'string' ? name : name.value}" without the graph's view.`);
  };
  const part = options.node === undefined ? graph : subProjection(graph, targetKeys(graph, options.node, resolve ?? fail), options);
  return formatGraph(part, format);
}

function formatGraph(graph: Projection, format: string): string {
  switch (format.toLowerCase()) {
    case 'graphml':
      return toGraphML(graph);
    case 'gexf':
      return toGEXF(graph);
    case 'dot':
    case 'gv':
      return toDOT(graph);
    case 'mermaid':
    case 'mmd':
      return toMermaid(graph);
    default:
      throw new UnsupportedFormatError(`Unknown graph format "${format}". Use one of: ${GRAPH_FORMATS.join(', ')}.`);
  }
}
