/**
 * The graphology projection: entities, statements, sources, documents and articles
 * as nodes; predicates on edges; literals as node attributes. Claim contents become
 * edges tagged with their claim (layer "claim"), and an edge from the claim to each
 * node its content names. Derived from the store, never edited on its own.
 *
 * Built from per-node steps (a node's attributes and fact edges, a statement's content and
 * chain, an article's mentions of an entity), which `updateProjection` (update.ts) calls
 * again for just the nodes a change touches; both paths share them, so a projection kept
 * up to date by deltas equals one built afresh.
 */
import type { Quad, Term } from '@rdfjs/types';
import Graph from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import { DataFactory } from 'n3';
import { notationOf } from '../ontology.js';
import { PREFIXES, cg, compact, itsrdf, nif, oa, prov, rdf, rdfs, schema, skos } from '../vocab.js';
import type { Kind } from '../model/types.js';
import { DEFAULT_GRAPH, type GraphView } from '../model/view.js';

const { namedNode } = DataFactory;

export type Layer = 'fact' | 'claim' | 'editorial';

export interface NodeAttributes {
  /** Short id, as in the typed views. */
  id: string;
  kind: Kind;
  label: string;
  layer: Layer;
  iri: string;
  sourcing?: string;
  hedge?: string;
  [literal: string]: unknown;
}

export interface EdgeAttributes {
  predicate: string;
  label: string;
  layer: Layer;
  /** Content edges: the claim that states them. */
  claim?: string;
  /** Attribution edges: the position in the chain of reports. */
  position?: number;
  /** Mention edges: how often the article mentions the entity. */
  count?: number;
}

/**
 * Typed by graphology's interface (graphology-types), not its class: the class is the default
 * export of a CommonJS declaration file, which an ES module consumer under nodenext sees as a namespace.
 */
export type Projection = AbstractGraph<NodeAttributes, EdgeAttributes>;

/** Links true of any two things one article mentions: its mention and part-of links. */
export const HUB_PREDICATES: readonly string[] = ['cg:mentions', 'schema:isPartOf'];

/** Step 1 of every chain of reports is the article itself: an edge from every statement to it. */
export const isArticleStep = (attrs: EdgeAttributes) => attrs.predicate === 'cg:reportStep' && attrs.position === 1;

/** Structural nodes that become attributes or edges rather than nodes. */
// Annotators are left out: an edge from every record to its curator would put all statements two hops apart.
const NOT_NODES = new Set(
  [nif.Sentence, nif.Phrase, nif.Context, cg.ReportStep, prov.Person, prov.SoftwareAgent, skos.Concept, skos.ConceptScheme].map((t) => t.value),
);
const AS_ATTRIBUTES = new Set([cg.hedge, cg.sourcing, cg.channel, cg.category, cg.certainty, cg.polarity, cg.time, cg.stance].map((t) => t.value));
// appearance and firstAppearance repeat schema:isPartOf for records of one article.
const SKIP = new Set(
  [
    rdf.type,
    rdfs.label,
    cg.reportStep,
    cg.evidence,
    cg.quotedPart,
    cg.content,
    cg.annotatedBy,
    schema.claimInterpreter,
    schema.appearance,
    schema.firstAppearance,
  ].map((t) => t.value),
);

/**
 * What a projection keeps beside the graph so that a change can be followed without reading
 * the whole store again: which nodes are nodes in their own right, what each statement's
 * content put in, and the mention counts of every article.
 */
export interface ProjectionState {
  /** Nodes in their own right: IRIs typed in the default graph with no structural type, and editorial notes. */
  readonly base: Set<string>;
  /** Per IRI, its rdf:type cg:EditorialNote quads counted by graph (`''` the default), where its text is read. */
  readonly notes: Map<string, Map<string, number>>;
  /** Statements (claims and quotations among `base`) with what their content added. */
  readonly claims: Map<string, ClaimPart>;
  /** Per IRI named in a statement's content (as subject or object): the statements naming it. */
  readonly refs: Map<string, Set<string>>;
  /** Per node, the statements whose content gives it literal attributes. */
  readonly literalBy: Map<string, Set<string>>;
  /** Blank nodes of contents, keyed `<statement>#_<label>`, with their labels. */
  readonly blanks: Map<string, string>;
  /** Every itsrdf:taIdentRef of the default graph counted: article → entity → mentions. */
  readonly mentions: Map<string, Map<string, number>>;
  /** Per entity, the articles that mention it. */
  readonly mentionedBy: Map<string, Set<string>>;
}

/** What a statement's content added to the projection. */
export interface ClaimPart {
  /** Content edges and the statement's cg:content edges, by key. */
  edges: string[];
  /** IRIs its content names, nodes or not. */
  refs: string[];
  /** Its blank content nodes. */
  blanks: string[];
  /** Literal attributes its content gives nodes, in the content's order (the last of a key wins). */
  literals: Map<string, [string, string][]>;
}

const states = new WeakMap<Projection, ProjectionState>();

/** The state a projection was built with, for `updateProjection`; undefined for a graph built elsewhere. */
export function stateOf(graph: Projection): ProjectionState | undefined {
  return states.get(graph);
}

/** The projection being built or updated, with how to read the store. */
export interface Context {
  readonly graph: Projection;
  readonly view: GraphView;
  readonly state: ProjectionState;
  /** Nodes added while building or updating (their attributes are set last). */
  readonly added: Set<string>;
}

/** Counts an rdf:type cg:EditorialNote quad in (`by` 1) or out (-1). */
export function countNote(state: ProjectionState, q: Quad, by: number): void {
  const graphs = state.notes.get(q.subject.value) ?? new Map<string, number>();
  const n = (graphs.get(q.graph.value) ?? 0) + by;
  if (n > 0) graphs.set(q.graph.value, n);
  else graphs.delete(q.graph.value);
  if (graphs.size) state.notes.set(q.subject.value, graphs);
  else state.notes.delete(q.subject.value);
}

/**
 * A note's text: its oa:bodyValue in the graphs that type it a note (its editorial graph), else in
 * any graph. Asking every graph probes each of them (thousands in a corpus), so that is the fallback.
 */
function noteText(ctx: Context, iri: string): string {
  const store = ctx.view.store;
  const node = namedNode(iri);
  for (const g of ctx.state.notes.get(iri)?.keys() ?? []) {
    const text = store.getObjects(node, oa.bodyValue, g ? namedNode(g) : DEFAULT_GRAPH)[0];
    if (text) return text.value;
  }
  return store.getObjects(node, oa.bodyValue, null)[0]?.value ?? '';
}

/** Whether an IRI is a node in its own right: typed in the default graph and not structural, or an editorial note. */
export function isBase(ctx: Context, iri: string): boolean {
  if (ctx.state.notes.get(iri)) return true;
  const types = ctx.view.types(iri);
  return types.length > 0 && !types.some((t) => NOT_NODES.has(t));
}

/** Whether a node's statement parts (chain, evidence, content) belong in the graph: a claim or quotation in its own right. */
export function isClaim(ctx: Context, iri: string): boolean {
  if (!ctx.state.base.has(iri) || ctx.state.notes.get(iri)) return false;
  const kind = ctx.view.kind(iri);
  return kind === 'claim' || kind === 'quotation';
}

/** Whether a content may name an IRI as a node: a node in its own right, anything typed, or one of claimgraph's ids. */
export function canName(ctx: Context, iri: string): boolean {
  return ctx.state.base.has(iri) || ctx.view.types(iri).length > 0 || iri.startsWith(PREFIXES.id);
}

/** A node whose attributes are still to be set. */
export function addNode(ctx: Context, key: string): void {
  if (ctx.graph.hasNode(key)) return;
  ctx.graph.addNode(key, {} as NodeAttributes);
  ctx.added.add(key);
}

/**
 * A node's attributes: its kind, label and layer; the literals and controlled values of its
 * default-graph triples (nodes in their own right); a statement's evidence span; and the
 * literals that statements' contents give it, in the order of the statements' IRIs.
 */
export function nodeAttributes(ctx: Context, key: string): NodeAttributes {
  const { view, state } = ctx;
  let attrs: NodeAttributes;
  if (state.base.has(key)) {
    if (state.notes.get(key)) {
      const text = noteText(ctx, key);
      attrs = { id: view.shortId(key), kind: 'note', label: text.length > 60 ? `${text.slice(0, 57)}…` : text, layer: 'editorial', iri: key };
    } else {
      const kind = view.kind(key);
      const layer: Layer = kind === 'claim' || kind === 'quotation' ? 'claim' : kind === 'note' ? 'editorial' : 'fact';
      attrs = { id: view.shortId(key), kind, label: view.label(key), layer, iri: key };
    }
    // Literals and controlled values of the default graph become attributes; the first literal of a predicate wins.
    for (const q of view.store.getQuads(namedNode(key), null, null, DEFAULT_GRAPH)) {
      if (SKIP.has(q.predicate.value)) continue;
      const p = compact(q.predicate.value);
      if (AS_ATTRIBUTES.has(q.predicate.value)) attrs[p.slice(p.indexOf(':') + 1)] = notationOf(q.object.value) ?? compact(q.object.value);
      else if (q.object.termType === 'Literal' && !Object.hasOwn(attrs, p)) attrs[p] = q.object.value;
    }
    if (attrs.kind === 'claim' || attrs.kind === 'quotation') {
      const ev = view.object(key, cg.evidence)?.value;
      if (ev) {
        attrs.begin = Number(view.object(ev, nif.beginIndex)?.value);
        attrs.end = Number(view.object(ev, nif.endIndex)?.value);
      }
    }
  } else if (state.blanks.has(key)) {
    attrs = { id: key, kind: 'concept', label: state.blanks.get(key)!, layer: 'claim', iri: key };
  } else {
    attrs = { id: view.shortId(key), kind: view.kind(key), label: view.label(key), layer: 'claim', iri: key };
  }
  const by = state.literalBy.get(key);
  if (by) for (const claim of [...by].sort()) for (const [p, v] of state.claims.get(claim)?.literals.get(key) ?? []) attrs[p] = v;
  return attrs;
}

/** A node's fact edges: its default-graph triples to other nodes in their own right. */
export function addFactEdges(ctx: Context, key: string): void {
  const { graph, state } = ctx;
  for (const q of ctx.view.store.getQuads(namedNode(key), null, null, DEFAULT_GRAPH)) {
    const p = q.predicate.value;
    if (SKIP.has(p) || AS_ATTRIBUTES.has(p) || q.object.termType !== 'NamedNode' || !state.base.has(q.object.value)) continue;
    addEdge(graph, key, q.object.value, compact(p), 'fact');
  }
}

/** Whether an edge is a fact edge (owned by its source). */
export const isFactEdge = (a: EdgeAttributes) => a.layer === 'fact' && a.count === undefined;
/** Whether an edge is a step of its source's chain of reports. */
export const isStepEdge = (a: EdgeAttributes) => a.predicate === 'cg:reportStep' && a.layer === 'claim' && a.claim === undefined;

/**
 * A statement's content: edges tagged with the statement, an edge from the statement to each
 * node named, the content's blank nodes as nodes of the statement; what it added is returned
 * and recorded in the state.
 */
export function addClaimContent(ctx: Context, claim: string): ClaimPart {
  const { graph, view, state } = ctx;
  const part: ClaimPart = { edges: [], refs: [], blanks: [], literals: new Map() };
  state.claims.set(claim, part);
  const g = view.contentGraph(claim);
  if (!g) return part;
  const graphTerm = namedNode(g);
  const refs = new Set<string>();
  const named = new Set<string>();
  const node = (term: Term): string | undefined => {
    if (term.termType === 'NamedNode') {
      refs.add(term.value);
      if (!canName(ctx, term.value)) return undefined; // vocabulary values (schema:PotentialActionStatus) stay attributes of the edge's claim
      addNode(ctx, term.value);
      return term.value;
    }
    if (term.termType !== 'BlankNode') return undefined;
    const key = `${claim}#_${term.value}`;
    if (!state.blanks.has(key)) {
      const text = view.store.getObjects(term, schema.text, graphTerm)[0]?.value ?? view.store.getObjects(term, schema.value, graphTerm)[0]?.value;
      state.blanks.set(key, text ?? 'value');
      part.blanks.push(key);
      addNode(ctx, key);
    }
    return key;
  };
  for (const q of view.store.getQuads(null, null, null, graphTerm)) {
    const subj = node(q.subject);
    if (q.object.termType === 'Literal') {
      if (subj) {
        let list = part.literals.get(subj);
        if (!list) part.literals.set(subj, (list = []));
        list.push([compact(q.predicate.value), q.object.value]);
      }
      continue;
    }
    const obj = node(q.object);
    if (subj && obj && q.predicate.value !== rdf.type.value) part.edges.push(addEdge(graph, subj, obj, compact(q.predicate.value), 'claim', { claim }));
    for (const x of [subj, obj]) if (x && !x.includes('#_') && x !== claim) named.add(x);
  }
  for (const x of named) part.edges.push(addEdge(graph, claim, x, 'cg:content', 'claim'));
  part.refs = [...refs];
  for (const x of refs) addTo(state.refs, x, claim);
  for (const x of part.literals.keys()) addTo(state.literalBy, x, claim);
  return part;
}

/** Takes out what a statement's content added; returns the IRIs it named and the nodes it gave literals. */
export function removeClaimContent(ctx: Context, claim: string): string[] {
  const { graph, state } = ctx;
  const part = state.claims.get(claim);
  if (!part) return [];
  state.claims.delete(claim);
  for (const e of part.edges) if (graph.hasEdge(e)) graph.dropEdge(e);
  for (const key of part.blanks) {
    state.blanks.delete(key);
    if (graph.hasNode(key)) graph.dropNode(key);
  }
  for (const x of part.refs) removeFrom(state.refs, x, claim);
  for (const x of part.literals.keys()) removeFrom(state.literalBy, x, claim);
  return [...part.refs, ...part.literals.keys()];
}

/** A statement's chain of reports: one edge per step's agent and document that is a node. */
export function addSteps(ctx: Context, claim: string): void {
  const { graph, view } = ctx;
  for (const step of view.objects(claim, cg.reportStep)) {
    const position = Number(view.object(step.value, cg.position)?.value);
    for (const p of [prov.agent, cg.document]) {
      const o = view.object(step.value, p)?.value;
      if (o && graph.hasNode(o) && o !== claim) addEdge(graph, claim, o, 'cg:reportStep', 'claim', { position });
    }
  }
}

/** The article a mention span belongs to (`<article>/text#char=…`). */
export const articleOfSpan = (span: string) => span.replace(/\/text#char=.*$/, '');

/** Counts one mention more (or less, `by` -1) of an entity by an article. */
export function countMention(state: ProjectionState, article: string, entity: string, by: number): void {
  let counts = state.mentions.get(article);
  if (!counts) state.mentions.set(article, (counts = new Map()));
  const n = (counts.get(entity) ?? 0) + by;
  if (n > 0) {
    counts.set(entity, n);
    addTo(state.mentionedBy, entity, article);
  } else {
    counts.delete(entity);
    if (!counts.size) state.mentions.delete(article);
    removeFrom(state.mentionedBy, entity, article);
  }
}

/** The mention edge from an article to an entity, with its count, when both are nodes. */
export function setMentionEdge(ctx: Context, article: string, entity: string): void {
  const { graph } = ctx;
  if (!graph.hasNode(article) || !graph.hasNode(entity)) return;
  for (const e of graph.outEdges(article, entity)) if (graph.getEdgeAttribute(e, 'count') !== undefined) graph.dropEdge(e);
  const count = ctx.state.mentions.get(article)?.get(entity);
  if (count) addEdge(graph, article, entity, 'cg:mentions', 'fact', { count });
}

export function buildProjection(view: GraphView): Projection {
  const graph: Projection = new Graph({ type: 'directed', multi: true, allowSelfLoops: true });
  const store = view.store;
  const state: ProjectionState = {
    base: new Set(),
    notes: new Map(),
    claims: new Map(),
    refs: new Map(),
    literalBy: new Map(),
    blanks: new Map(),
    mentions: new Map(),
    mentionedBy: new Map(),
  };
  const ctx: Context = { graph, view, state, added: new Set() };

  // Nodes in their own right: every typed IRI of the default graph that is not structural, and the notes (in the editorial graph).
  for (const q of store.getQuads(null, rdf.type, cg.EditorialNote, null)) if (q.subject.termType === 'NamedNode') countNote(state, q, 1);
  for (const s of store.getSubjects(rdf.type, null, DEFAULT_GRAPH)) if (s.termType === 'NamedNode' && isBase(ctx, s.value)) state.base.add(s.value);
  for (const n of state.notes.keys()) state.base.add(n);
  for (const s of state.base) addNode(ctx, s);
  // Default-graph triples between them become edges.
  for (const s of state.base) addFactEdges(ctx, s);
  // Statements: their contents (which may add nodes), then their chains, which may end at those nodes.
  for (const s of state.base) if (isClaim(ctx, s)) addClaimContent(ctx, s);
  for (const s of state.claims.keys()) addSteps(ctx, s);
  // Mentions: one edge per article and entity, with the count.
  for (const q of store.getQuads(null, itsrdf.taIdentRef, null, DEFAULT_GRAPH)) countMention(state, articleOfSpan(q.subject.value), q.object.value, 1);
  for (const [article, counts] of state.mentions) for (const entity of counts.keys()) setMentionEdge(ctx, article, entity);
  for (const key of ctx.added) graph.replaceNodeAttributes(key, nodeAttributes(ctx, key));
  states.set(graph, state);
  return graph;
}

function addEdge(graph: Projection, s: string, o: string, predicate: string, layer: Layer, extra: Partial<EdgeAttributes> = {}): string {
  return graph.addDirectedEdge(s, o, { predicate, label: predicate.slice(predicate.indexOf(':') + 1), layer, ...extra });
}

function addTo(map: Map<string, Set<string>>, key: string, value: string): void {
  let set = map.get(key);
  if (!set) map.set(key, (set = new Set()));
  set.add(value);
}

function removeFrom(map: Map<string, Set<string>>, key: string, value: string): void {
  const set = map.get(key);
  if (set?.delete(value) && !set.size) map.delete(key);
}
