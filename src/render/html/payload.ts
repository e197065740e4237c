/** A ClaimGraph as the data of an explorer page: the projection, the article texts, and each node's statements. */
import type { ClaimGraph } from '../../graph.js';
import type { Statement } from '../../model/types.js';
import { GraphView } from '../../model/view.js';
import { nif } from '../../vocab.js';
import { renderPage, type RenderPageOptions } from './page.js';
import type { EdgeAttrs, Layer, NodeAttrs, NodeKind, PagePayload, StatementView } from './types.js';

export interface PayloadOptions {
  /** Page title; by default the article's title, or "N articles". */
  title?: string;
  /** Only this article (slug, IRI or title): its statements, notes and the nodes they touch. */
  article?: string;
  /** Only these layers (default: all three). */
  layers?: Layer[];
}

const KINDS: ReadonlySet<string> = new Set<NodeKind>([
  'person',
  'organization',
  'unnamed-source',
  'place',
  'weapon',
  'event',
  'document',
  'article',
  'concept',
  'claim',
  'quotation',
  'note',
]);

export type ExplorerOptions = PayloadOptions & RenderPageOptions;

/** The explorer page of a graph: one self-contained HTML document. `view` is the graph's current view, when it has one. */
export function explorerPage(kg: ClaimGraph, options: ExplorerOptions = {}, view?: GraphView): string {
  return renderPage(buildPayload(kg, options, view), options);
}

/** The projection knows two kinds the page does not: an article's own voice speaks for the article. */
const nodeKind = (kind: string): NodeKind => (KINDS.has(kind) ? (kind as NodeKind) : kind === 'voice' ? 'article' : 'concept');

export function buildPayload(kg: ClaimGraph, options: PayloadOptions = {}, view = new GraphView(kg.store)): PagePayload {
  const projection = kg.graph();
  const article = view.articleFilter(options.article);
  const layers = new Set<Layer>(options.layers ?? ['fact', 'claim', 'editorial']);
  // IRIs and labels only: kg.articles() also counts each article's contents, which is slow on a corpus.
  const articles = view
    .articleIris()
    .filter((a) => !article || a === article)
    .map((iri) => view.ref(iri));

  // One article: the nodes that belong to it (statements, notes, content values) and their neighbours.
  let keep = (key: string) => layers.has(projection.getNodeAttribute(key, 'layer'));
  if (article) {
    const own = new Set(projection.filterNodes((key) => key === article || key.startsWith(`${article}/`)));
    const near = new Set(own);
    for (const key of own) projection.forEachNeighbor(key, (n) => near.add(n));
    const inLayers = keep;
    keep = (key) => near.has(key) && inLayers(key);
  }

  const nodes: PagePayload['graph']['nodes'] = [];
  projection.forEachNode((key, a) => {
    if (!keep(key)) return;
    const attributes: NodeAttrs = { kind: nodeKind(a.kind), label: a.label, layer: a.layer };
    if (a.sourcing !== undefined) attributes.sourcing = a.sourcing;
    if (a.hedge !== undefined) attributes.hedge = a.hedge;
    nodes.push({ key, attributes });
  });
  const kept = new Set(nodes.map((n) => n.key));
  const edges: PagePayload['graph']['edges'] = [];
  projection.forEachEdge((_key, a, source, target) => {
    if (!kept.has(source) || !kept.has(target) || !layers.has(a.layer)) return;
    // Content edges of another article's claims between shared entities stay out of a one-article page.
    if (article && a.claim && !a.claim.startsWith(`${article}/`)) return;
    const attributes: EdgeAttrs = { predicate: a.predicate, label: a.label, layer: a.layer };
    edges.push({ source, target, attributes });
  });

  // Notes and their targets live in the editorial graph, which the projection does not turn into edges.
  if (layers.has('editorial')) {
    for (const note of kg.notes(article ? { article } : {})) {
      for (const t of note.targets) {
        if (kept.has(note.iri) && kept.has(t.iri))
          edges.push({ source: note.iri, target: t.iri, attributes: { predicate: 'oa:hasTarget', label: 'annotates', layer: 'editorial' } });
      }
    }
  }

  const texts: Record<string, string> = {};
  for (const a of articles) {
    const text = view.object(`${a.iri}/text`, nif.isString)?.value;
    if (text !== undefined) texts[a.iri] = text;
  }

  const statements: PagePayload['statements'] = {};
  const details: PagePayload['details'] = {};
  for (const s of kg.statements(article ? { article } : {})) {
    const nodes = [...touched(s)].filter((key) => kept.has(key));
    if (!nodes.length) continue;
    statements[s.iri] = statementView(s);
    for (const key of nodes) (details[key] ??= { statements: [] }).statements.push(s.iri);
  }

  const title = options.title ?? (articles.length === 1 ? articles[0]!.label : `${articles.length} articles`);
  return { title, graph: { nodes, edges }, texts, statements, details };
}

/** The statement itself, its speaker, what it is about or names, and every report it passed through. */
function touched(s: Statement): Set<string> {
  const keys = new Set([s.iri, s.holder.iri, ...s.about.map((r) => r.iri)]);
  // Blank content nodes are keyed per claim in the projection (see contentNode there).
  const key = (iri: string) => (iri.startsWith('_:') ? `${s.iri}#_${iri.slice(2)}` : iri);
  for (const t of s.content) {
    keys.add(key(t.subject.iri));
    if ('iri' in t.object) keys.add(key(t.object.iri));
  }
  for (const step of s.attribution) for (const r of [step.agent, step.document, step.outlet]) if (r) keys.add(r.iri);
  return keys;
}

function statementView(s: Statement): StatementView {
  return {
    id: s.iri,
    kind: s.kind,
    label: s.label,
    ...(s.kind === 'quotation' ? { text: s.text } : {}),
    speaker: { id: s.holder.iri, label: s.holder.label },
    hedge: s.hedge,
    sourcing: s.sourcing,
    chain: s.attribution.map(({ position, label }) => ({ position, label })),
    evidence: { article: s.evidence.article, begin: s.evidence.begin, end: s.evidence.end, text: s.evidence.text },
  };
}
