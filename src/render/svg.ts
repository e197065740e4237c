/**
 * `kg.draw`: a standalone SVG of a neighbourhood or a list of nodes, styled by kind,
 * with a legend, truncated labels (the full one in <title>) and labelled, arrowed edges.
 */
import type { Term } from '@rdfjs/types';
import { InvalidArgumentError } from '../errors.js';
import type { Projection } from '../traverse/projection.js';
import { layout, selectNodes, type DrawEdge, type SelectOptions, type Selection } from './layout.js';
import { CONTENT_COLOUR, EDGE_COLOUR, KIND_STYLE, styleOf, type Shape } from './style.js';

export interface DrawOptions extends SelectOptions {
  /** Width of the picture in pixels (default: the layout's own, where text is 12 px); the height follows. */
  width?: number;
  /** Label edges with their predicate's short name (default true). */
  showEdgeLabels?: boolean;
  /** Longest node label in characters before it is cut (default 28). */
  labelLength?: number;
  legend?: boolean;
  /** A caption at the top. */
  title?: string;
  iterations?: number;
  seed?: number;
}

/** What to draw: a node (IRI, short id, label or term), a list of them (or of refs), or a graph. */
export type DrawTarget = string | Term | { iri: string } | readonly (string | Term | { iri: string })[] | Projection;

const FONT = 12;
const EDGE_FONT = 10;
/** Average glyph width of a sans-serif face, for room and legend sizes. */
const textWidth = (s: string, size: number) => [...s].length * size * 0.56;

/** XML-escaped text with characters XML 1.0 forbids removed. */
export function xmlText(s: string): string {
  return (
    s
      // XML 1.0 forbids these characters, so they are dropped
      .replace(/[^\x09\x0A\x0D\x20-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '')
      .replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!)
  );
}

const truncate = (s: string, max: number) => {
  const cps = [...s.replace(/\s+/g, ' ').trim()];
  return cps.length > max
    ? `${cps
        .slice(0, max - 1)
        .join('')
        .trimEnd()}…`
    : cps.join('');
};
const r1 = (v: number) => Math.round(v * 10) / 10;

/** The node keys a target names; `resolve` turns names into IRIs (the graph's view). */
export function targetKeys(graph: Projection, target: DrawTarget, resolve: (name: string | Term) => string): string[] {
  const list = typeof target === 'object' && target !== null && 'forEachNode' in target ? target.nodes() : Array.isArray(target) ? target : [target];
  if (list.length === 0) throw new InvalidArgumentError('Nothing to draw: pass a node (id, IRI or label) or a non-empty list of nodes.');
  return [
    ...new Set(
      list.map((t) => {
        const key = typeof t === 'object' && t !== null && 'iri' in t ? t.iri : resolve(t as string | Term);
        if (!graph.hasNode(key))
          throw new InvalidArgumentError(`"${key}" is not a node of the graph projection (entities, statements, sources and documents are).`);
        return key;
      }),
    ),
  ];
}

function shapePath(shape: Shape, r: number): string {
  const pts = (n: number, turn: number) =>
    Array.from({ length: n }, (_, i) => {
      const a = turn + (2 * Math.PI * i) / n;
      return `${r1(r * Math.cos(a))},${r1(r * Math.sin(a))}`;
    }).join(' ');
  if (shape === 'circle') return `<circle r="${r1(r)}"`;
  if (shape === 'square') return `<rect x="${r1(-r * 0.85)}" y="${r1(-r * 0.85)}" width="${r1(r * 1.7)}" height="${r1(r * 1.7)}" rx="2"`;
  if (shape === 'diamond') return `<polygon points="${pts(4, -Math.PI / 2)}"`;
  if (shape === 'triangle') return `<polygon points="${pts(3, -Math.PI / 2)}"`;
  return `<polygon points="${pts(6, 0)}"`;
}

/** Draw a selection already made from the projection. */
function drawSelection(sel: Selection, options: DrawOptions = {}): string {
  const maxLabel = options.labelLength ?? 28;
  const radius = new Map(sel.nodes.map((n) => [n.key, Math.min(20, 7 + 2.2 * Math.sqrt(n.degree)) + (n.start ? 3 : 0)]));
  const label = new Map(sel.nodes.map((n) => [n.key, truncate(n.label || n.id, maxLabel)]));
  const pos = layout(sel, {
    iterations: options.iterations,
    seed: options.seed,
    room: (k) => Math.max(radius.get(k)! + 8, textWidth(label.get(k)!, FONT) / 2 + 4),
  });

  // Bounds of nodes and their labels (drawn below the node).
  let minX = Infinity,
    maxX = -Infinity,
    minY = Infinity,
    maxY = -Infinity;
  for (const n of sel.nodes) {
    const p = pos.get(n.key)!;
    const r = radius.get(n.key)!;
    const half = Math.max(r, textWidth(label.get(n.key)!, FONT) / 2);
    minX = Math.min(minX, p.x - half);
    maxX = Math.max(maxX, p.x + half);
    minY = Math.min(minY, p.y - r);
    maxY = Math.max(maxY, p.y + r + FONT + 6);
  }
  const kinds = [...new Set(sel.nodes.map((n) => n.kind))].sort((a, b) => Object.keys(KIND_STYLE).indexOf(a) - Object.keys(KIND_STYLE).indexOf(b));
  const hasContent = sel.edges.some((e) => e.content);
  const legendRows = options.legend === false ? 0 : kinds.length + (hasContent ? 1 : 0);
  const legendWidth = legendRows ? 30 + Math.max(...kinds.map((k) => textWidth(styleOf(k).name, 11)), hasContent ? textWidth('stated in a claim', 11) : 0) : 0;
  const pad = 24;
  const top = options.title ? 34 : 0;
  const graphW = maxX - minX + 2 * pad;
  const viewW = Math.max(graphW + legendWidth + (legendRows ? pad : 0), 200);
  const viewH = Math.max(maxY - minY + 2 * pad + top, legendRows * 18 + 2 * pad + top);
  const ox = pad - minX;
  const oy = pad + top - minY;
  const at = (k: string) => ({ x: pos.get(k)!.x + ox, y: pos.get(k)!.y + oy });
  const width = Math.round(options.width ?? viewW);
  const height = Math.round((width * viewH) / viewW);

  const out: string[] = [];
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${r1(viewW)} ${r1(viewH)}" font-family="DejaVu Sans, Helvetica, Arial, sans-serif" role="img">`,
  );
  out.push(`<title>${xmlText(options.title ?? `claimgraph: ${sel.nodes.length} nodes, ${sel.edges.length} edges`)}</title>`);
  out.push('<defs>', arrow('arrow', EDGE_COLOUR), arrow('arrow-content', CONTENT_COLOUR), '</defs>');
  out.push(`<rect width="100%" height="100%" fill="#ffffff"/>`);
  if (options.title) out.push(`<text x="${pad}" y="${pad + 4}" font-size="16" font-weight="bold" fill="#222">${xmlText(options.title)}</text>`);

  out.push('<g class="edges">');
  for (const e of sel.edges) out.push(edgeSvg(e, at(e.source), at(e.target), radius.get(e.target)!, options.showEdgeLabels !== false));
  out.push('</g>', '<g class="nodes">');
  for (const n of sel.nodes) {
    const p = at(n.key);
    const r = radius.get(n.key)!;
    const st = styleOf(n.kind);
    const full = n.label && n.label !== n.id ? `${n.label} (${n.kind}, ${n.id})` : `${n.id} (${n.kind})`;
    out.push(
      `<g class="node" data-kind="${xmlText(n.kind)}" data-id="${xmlText(n.id)}" transform="translate(${r1(p.x)},${r1(p.y)})"><title>${xmlText(full)}</title>` +
        `${shapePath(st.shape, r)} fill="${st.fill}" stroke="${n.start ? '#111' : '#fff'}" stroke-width="${n.start ? 2.5 : 1.5}"/>` +
        `<text y="${r1(r + FONT + 2)}" text-anchor="middle" font-size="${FONT}" fill="#1d232b" stroke="#fff" stroke-width="3" paint-order="stroke"${n.start ? ' font-weight="bold"' : ''}>${xmlText(label.get(n.key)!)}</text></g>`,
    );
  }
  out.push('</g>');
  if (legendRows) out.push(legendSvg(kinds, hasContent, graphW + pad / 2, pad + top));
  out.push('</svg>');
  return out.join('\n');
}

function arrow(id: string, fill: string): string {
  return `<marker id="${id}" viewBox="0 0 10 10" refX="9" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse"><path d="M0,0L10,5L0,10z" fill="${fill}"/></marker>`;
}

function edgeSvg(e: DrawEdge, a: { x: number; y: number }, b: { x: number; y: number }, targetRadius: number, withLabel: boolean): string {
  const dx = b.x - a.x,
    dy = b.y - a.y;
  const len = Math.hypot(dx, dy) || 1;
  // Edges both ways bend to opposite sides; the end stops at the target's rim so the arrow shows.
  const bend = e.reverse ? Math.min(40, len * 0.2) : 0;
  const mx = (a.x + b.x) / 2 - (dy / len) * bend,
    my = (a.y + b.y) / 2 + (dx / len) * bend;
  const ex = b.x - mx,
    ey = b.y - my;
  const elen = Math.hypot(ex, ey) || 1;
  const end = { x: b.x - (ex / elen) * (targetRadius + 2), y: b.y - (ey / elen) * (targetRadius + 2) };
  const colour = e.content ? CONTENT_COLOUR : EDGE_COLOUR;
  const d = bend
    ? `M${r1(a.x)},${r1(a.y)}Q${r1(2 * mx - (a.x + b.x) / 2)},${r1(2 * my - (a.y + b.y) / 2)} ${r1(end.x)},${r1(end.y)}`
    : `M${r1(a.x)},${r1(a.y)}L${r1(end.x)},${r1(end.y)}`;
  const text = e.labels.join(', ');
  let s = `<g class="edge"><title>${xmlText(text)}</title><path d="${d}" fill="none" stroke="${colour}" stroke-width="1.2"${e.content ? ' stroke-dasharray="5 3"' : ''} marker-end="url(#${e.content ? 'arrow-content' : 'arrow'})"/>`;
  if (withLabel) {
    s += `<text x="${r1(mx)}" y="${r1(my - 3)}" text-anchor="middle" font-size="${EDGE_FONT}" fill="${e.content ? '#7a4a92' : '#5c626b'}" stroke="#fff" stroke-width="3" paint-order="stroke">${xmlText(truncate(text, 34))}</text>`;
  }
  return `${s}</g>`;
}

function legendSvg(kinds: string[], content: boolean, x: number, y: number): string {
  const rows = kinds.map((k, i) => {
    const st = styleOf(k);
    return `<g transform="translate(${r1(x + 8)},${r1(y + 10 + i * 18)})">${shapePath(st.shape, 6)} fill="${st.fill}"/><text x="14" y="4" font-size="11" fill="#333">${xmlText(st.name)}</text></g>`;
  });
  if (content) {
    const yy = y + 10 + kinds.length * 18;
    rows.push(
      `<g transform="translate(${r1(x + 2)},${r1(yy)})"><path d="M0,0L12,0" stroke="${CONTENT_COLOUR}" stroke-dasharray="4 2"/><text x="20" y="4" font-size="11" fill="#333">stated in a claim</text></g>`,
    );
  }
  return `<g class="legend">${rows.join('')}</g>`;
}

/** The SVG of a neighbourhood (one node, `depth` hops), a list of nodes, or a whole (small) graph. */
export function drawGraph(graph: Projection, target: DrawTarget, resolve: (name: string | Term) => string, options: DrawOptions = {}): string {
  const keys = targetKeys(graph, target, resolve);
  return drawSelection(selectNodes(graph, keys, options), options);
}
