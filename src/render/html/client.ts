/**
 * Browser side of the explorer page. Bundled into client.bundle.js (committed; rebuild with
 * `node scripts/build-page.mjs` after editing this file or anything it imports).
 */
import { MultiDirectedGraph } from 'graphology';
import Sigma, { DEFAULT_STYLES } from 'sigma';
import { extremityArrow, layerFill, sdfCircle, sdfDiamond, sdfSquare, sdfTriangle } from 'sigma/rendering';
import { matchesFilter, renderPanel, type StatementFilter } from './panel.js';
import { STATEMENT_KINDS, type EdgeAttrs, type Layer, type NodeAttrs, type PagePayload } from './types.js';
import { KIND_COLOURS, NO_VALUE_COLOUR, SOURCING_COLOURS, colourFor, nodeSize, shapeFor } from './visual.js';

type ColourBy = 'kind' | 'sourcing';

/** A ring in the outer 35% of any SDF shape (sdf runs from about -1 at the centre to 0 at the outline). */
const ringLayer = {
  name: 'ring',
  uniforms: [],
  attributes: [{ name: 'ringColor', size: 4, type: WebGL2RenderingContext.UNSIGNED_BYTE, normalized: true, source: 'ringColor' }],
  glsl: `
vec4 layer_ring(vec4 v_ringColor) {
  float inner = smoothstep(-0.35 - context.aaWidth, -0.35 + context.aaWidth, context.sdf);
  return vec4(v_ringColor.rgb, v_ringColor.a * inner);
}`,
};

const payload = JSON.parse(document.getElementById('claimgraph-data')!.textContent!) as PagePayload;
const graph = new MultiDirectedGraph<NodeAttrs & { size: number }, EdgeAttrs>();
graph.import(payload.graph as never);
graph.forEachNode((key) => graph.setNodeAttribute(key, 'size', nodeSize(graph.degree(key), graph.order)));

const ui = {
  colourBy: 'kind' as ColourBy,
  layers: { fact: true, claim: true, editorial: true } as Record<Layer, boolean>,
  filter: { hedge: '', sourcing: '', article: '' } as StatementFilter,
  selected: null as string | null,
};
const small = graph.order <= 300;
const truncate = (s: string) => (s.length > 42 ? `${s.slice(0, 40)}…` : s);

const sigma = new Sigma(graph, document.getElementById('graph')!, {
  customNodeState: { isSelected: false },
  customGraphState: { colourBy: 'kind' as ColourBy },
  primitives: {
    nodes: {
      shapes: [sdfCircle(), sdfSquare(), sdfDiamond(), sdfTriangle()],
      layers: [layerFill(), ringLayer as never],
      variables: { ringColor: { type: 'color', default: 'rgba(0,0,0,0)' } },
    },
    edges: { extremities: [extremityArrow()], defaultHead: 'arrow' },
  },
  styles: {
    nodes: [
      DEFAULT_STYLES.nodes,
      {
        shape: (a) => shapeFor(a.kind),
        label: (a) => truncate(a.label),
        color: (a, _s, g) => (g.colourBy === 'kind' ? colourFor(KIND_COLOURS, a.kind) : colourFor(SOURCING_COLOURS, a.sourcing)),
        ringColor: (a, _s, g) => (g.colourBy === 'kind' && a.sourcing ? colourFor(SOURCING_COLOURS, a.sourcing) : 'rgba(0,0,0,0)'),
      },
      { whenState: 'isHighlighted', then: { labelVisibility: 'visible', depth: 'topNodes' } },
      {
        whenState: 'isSelected',
        then: { labelVisibility: 'visible', depth: 'topNodes', size: (a) => a.size * 1.5, backdropVisibility: 'visible' },
      },
    ],
    edges: [
      DEFAULT_STYLES.edges,
      {
        color: (a) => (a.layer === 'claim' ? '#e3a9bf' : a.layer === 'editorial' ? '#9aa0a6' : '#cfd4da'),
        size: small ? 1.5 : 0.5,
        label: (a) => a.label,
        // Predicates only for the selected node's edges: on every edge they bury the node labels.
        labelVisibility: 'hidden',
      },
      { whenState: 'isHighlighted', then: { color: '#555b66', size: small ? 2.5 : 1.5, labelVisibility: 'visible' } },
    ],
  },
  settings: {
    renderEdgeLabels: true,
    // Every label only where they fit; on denser graphs sigma's label grid keeps the larger nodes' labels.
    labelDensity: graph.order <= 40 ? 3 : small ? 1 : 0.6,
    labelRenderedSizeThreshold: small ? 1 : 8,
    hideEdgesOnMove: !small,
    stagePadding: 40,
    // Sizes are screen pixels (nodeSize() is written for that), not layout units.
    itemSizesReference: 'screen',
    // Fit whole labels, not just node centres, into the view (long statement labels would hide under the panel).
    autoRescaleContent: small ? 'labels' : 'nodes',
  },
});

/**
 * The articles each node belongs to: an article itself and what it mentions, the nodes under its
 * IRI (statements, notes, content values), and whatever its statements touch.
 */
const articleIris = Object.keys(payload.texts);
const articlesOf = new Map<string, Set<string>>();
const belongs = (key: string, article: string) => {
  if (!articlesOf.has(key)) articlesOf.set(key, new Set());
  articlesOf.get(key)!.add(article);
};
for (const article of articleIris) {
  if (!graph.hasNode(article)) continue;
  belongs(article, article);
  graph.forEachOutNeighbor(article, (n) => belongs(n, article));
}
graph.forEachNode((key) => {
  for (const article of articleIris) if (key.startsWith(`${article}/`)) belongs(key, article);
  for (const id of payload.details[key]?.statements ?? []) belongs(key, payload.statements[id]!.evidence.article);
});

/** Which nodes the toggles and filters leave on screen. */
function nodeVisible(key: string): boolean {
  const a = graph.getNodeAttributes(key);
  if (!ui.layers[a.layer]) return false;
  // Nodes no article claims (a cited document's publisher, say) stay with every article.
  if (ui.filter.article && articlesOf.has(key) && !articlesOf.get(key)!.has(ui.filter.article)) return false;
  return !STATEMENT_KINDS.has(a.kind) || matchesFilter(a, ui.filter);
}

function applyVisibility(): void {
  const shown: string[] = [],
    hidden: string[] = [];
  graph.forEachNode((key) => (nodeVisible(key) ? shown : hidden).push(key));
  const hiddenSet = new Set(hidden);
  const edgesShown: string[] = [],
    edgesHidden: string[] = [];
  graph.forEachEdge((key, a, source, target) => (ui.layers[a.layer] && !hiddenSet.has(source) && !hiddenSet.has(target) ? edgesShown : edgesHidden).push(key));
  sigma.setNodesState(shown, { isHidden: false }).setNodesState(hidden, { isHidden: true });
  sigma.setEdgesState(edgesShown, { isHidden: false }).setEdgesState(edgesHidden, { isHidden: true });
}

const panel = document.getElementById('panel')!;
function showPanel(): void {
  const key = ui.selected;
  renderPanel(
    panel,
    key ? { key, attrs: graph.getNodeAttributes(key) } : null,
    (key && payload.details[key]?.statements.map((id) => payload.statements[id]!)) || [],
    payload.texts,
    ui.filter,
    select,
    ui.layers.claim,
  );
}

function select(key: string | null): void {
  if (key !== null && !graph.hasNode(key)) return;
  if (ui.selected) {
    sigma.setNodeState(ui.selected, { isSelected: false });
    sigma.setEdgesState(graph.edges(ui.selected), { isHighlighted: false });
  }
  ui.selected = key;
  if (key) {
    sigma.setNodeState(key, { isSelected: true });
    sigma.setEdgesState(graph.edges(key), { isHighlighted: true });
    const d = sigma.getNodeDisplayData(key);
    if (d) void sigma.getCamera().animate({ x: d.x, y: d.y, ratio: Math.min(sigma.getCamera().ratio, small ? 0.8 : 0.3) }, { duration: 400 });
  }
  showPanel();
}

function search(query: string): { key: string; label: string; kind: string }[] {
  const q = query.trim().toLowerCase();
  if (!q) return [];
  const hits: { key: string; label: string; kind: string; rank: number }[] = [];
  graph.forEachNode((key, a) => {
    const at = a.label.toLowerCase().indexOf(q);
    if (at >= 0) hits.push({ key, label: a.label, kind: a.kind, rank: at === 0 ? 0 : 1 });
  });
  hits.sort((x, y) => x.rank - y.rank || x.label.length - y.label.length || x.label.localeCompare(y.label));
  return hits.slice(0, 20).map(({ key, label, kind }) => ({ key, label, kind }));
}

// Search box: matches listed under it; choosing one highlights it, centres the camera and opens the panel.
const input = document.getElementById('search') as HTMLInputElement;
const results = document.getElementById('results') as HTMLUListElement;
let highlighted: string[] = [];
function showResults(): void {
  const hits = search(input.value);
  sigma.setNodesState(highlighted, { isHighlighted: false });
  highlighted = hits.map((h) => h.key);
  sigma.setNodesState(highlighted, { isHighlighted: true });
  results.replaceChildren(
    ...hits.map((h) => {
      const li = document.createElement('li');
      li.setAttribute('role', 'option');
      li.dataset.key = h.key;
      const swatch = Object.assign(document.createElement('span'), { className: 'swatch' });
      swatch.style.background = colourFor(KIND_COLOURS, h.kind);
      li.append(swatch, h.label, Object.assign(document.createElement('span'), { className: 'kind', textContent: h.kind }));
      li.addEventListener('mousedown', (e) => {
        e.preventDefault();
        choose(h.key);
      });
      return li;
    }),
  );
  results.hidden = hits.length === 0;
}
function choose(key: string): void {
  results.hidden = true;
  input.value = graph.getNodeAttribute(key, 'label');
  select(key);
}
input.addEventListener('input', showResults);
input.addEventListener('keydown', (e) => {
  const first = results.querySelector('li');
  if (e.key === 'Enter' && first) choose(first.dataset.key!);
  if (e.key === 'Escape') results.hidden = true;
});
input.addEventListener('blur', () => {
  results.hidden = true;
});

for (const radio of Array.from(document.querySelectorAll<HTMLInputElement>('input[name=colour]'))) {
  radio.addEventListener('change', () => {
    ui.colourBy = radio.value as ColourBy;
    sigma.setGraphState({ colourBy: ui.colourBy });
    drawLegend();
  });
}
for (const box of Array.from(document.querySelectorAll<HTMLInputElement>('input[name=layer]'))) {
  box.addEventListener('change', () => {
    ui.layers[box.value as Layer] = box.checked;
    applyVisibility();
    showPanel();
  });
}

// The article filter, shown when the page holds more than one article.
const articleSelect = document.getElementById('filter-article') as HTMLSelectElement;
if (articleIris.length > 1) {
  const label = (iri: string) => (graph.hasNode(iri) ? graph.getNodeAttribute(iri, 'label') : iri);
  for (const iri of [...articleIris].sort((x, y) => label(x).localeCompare(label(y)))) articleSelect.append(new Option(label(iri), iri));
  articleSelect.parentElement!.hidden = false;
}
articleSelect.addEventListener('change', () => {
  ui.filter.article = articleSelect.value;
  applyVisibility();
  showPanel();
});

// Filter choices come from the data, so values outside the controlled lists still show up.
const values = { hedge: new Set<string>(), sourcing: new Set<string>() };
graph.forEachNode((_, a) => {
  if (STATEMENT_KINDS.has(a.kind)) {
    if (a.hedge) values.hedge.add(a.hedge);
    if (a.sourcing) values.sourcing.add(a.sourcing);
  }
});
for (const s of Object.values(payload.statements)) {
  values.hedge.add(s.hedge);
  values.sourcing.add(s.sourcing);
}
for (const facet of ['hedge', 'sourcing'] as const) {
  const select = document.getElementById(`filter-${facet}`) as HTMLSelectElement;
  for (const v of [...values[facet]].sort()) select.append(new Option(v, v));
  select.addEventListener('change', () => {
    ui.filter[facet] = select.value;
    applyVisibility();
    showPanel();
  });
}

function drawLegend(): void {
  const legend = document.getElementById('legend')!;
  const kinds = new Set<string>(),
    sourcings = new Set<string>();
  graph.forEachNode((_, a) => {
    kinds.add(a.kind);
    if (a.sourcing) sourcings.add(a.sourcing);
  });
  const item = (label: string, colour: string, ring = false) => {
    const span = document.createElement('span');
    const swatch = Object.assign(document.createElement('span'), { className: ring ? 'swatch ring' : 'swatch' });
    swatch.style[ring ? 'borderColor' : 'background'] = colour;
    span.append(swatch, label);
    return span;
  };
  const heading = (text: string) => Object.assign(document.createElement('span'), { className: 'title', textContent: text });
  const sourcingItems = [...sourcings].sort().map((s) => item(s, colourFor(SOURCING_COLOURS, s), ui.colourBy === 'kind'));
  legend.replaceChildren(
    ...(ui.colourBy === 'kind'
      ? [
          heading('kind (fill)'),
          ...[...kinds].sort().map((k) => item(k, colourFor(KIND_COLOURS, k))),
          ...(sourcings.size ? [heading('sourcing (ring)'), ...sourcingItems] : []),
        ]
      : [heading('sourcing'), ...sourcingItems, item('no sourcing', NO_VALUE_COLOUR)]),
  );
}

sigma.on('clickNode', ({ node }) => select(node));
sigma.on('clickStage', () => select(null));

/** Test and automation hook: drive the page without hunting for pixels. */
const hook = {
  ready: false,
  firstPaintMs: NaN,
  graph,
  sigma,
  search,
  select,
  visibleNodes: () => graph.filterNodes((key) => nodeVisible(key)),
  get selected() {
    return ui.selected;
  },
};
(window as unknown as { claimgraphExplorer: typeof hook }).claimgraphExplorer = hook;

drawLegend();
applyVisibility();
// First paint, measured from navigation start. Sigma may render inside its constructor or on its own
// animation frame; either way that render is on screen once two more frames have begun.
requestAnimationFrame(() =>
  requestAnimationFrame(() => {
    hook.firstPaintMs = performance.now();
    hook.ready = true;
  }),
);
