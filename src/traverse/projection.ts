/**
 * The graphology projection: entities, statements, sources, documents and articles
 * as nodes; predicates on edges; literals as node attributes. Claim contents become
 * edges tagged with their claim (layer "claim"), and an edge from the claim to each
 * node its content names. Derived from the store, never edited on its own.
 */
import type { Term } from '@rdfjs/types';
import Graph from 'graphology';
import type { AbstractGraph } from 'graphology-types';
import { DataFactory } from 'n3';
import { notationOf } from '../ontology.js';
import { cg, compact, itsrdf, nif, prov, rdf, rdfs, schema, skos } from '../vocab.js';
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

export function buildProjection(view: GraphView): Projection {
  const graph: Projection = new Graph({ type: 'directed', multi: true, allowSelfLoops: true });
  const store = view.store;
  const isNode = (iri: string) => graph.hasNode(iri);

  // Nodes: every typed IRI of the default graph that is not structural.
  for (const s of new Set(store.getSubjects(rdf.type, null, DEFAULT_GRAPH).map((t) => t.value))) {
    if (s.startsWith('_:') || view.types(s).some((t) => NOT_NODES.has(t))) continue;
    const kind = view.kind(s);
    const layer: Layer = kind === 'claim' || kind === 'quotation' ? 'claim' : kind === 'note' ? 'editorial' : 'fact';
    graph.addNode(s, { id: view.shortId(s), kind, label: view.label(s), layer, iri: s });
  }
  // Notes live in the editorial graph.
  for (const n of store.getSubjects(rdf.type, cg.EditorialNote, null)) {
    const text = view.objectsInAnyGraph(n.value, namedNode('http://www.w3.org/ns/oa#bodyValue'))[0]?.value ?? '';
    graph.mergeNode(n.value, {
      id: view.shortId(n.value),
      kind: 'note',
      label: text.length > 60 ? `${text.slice(0, 57)}…` : text,
      layer: 'editorial',
      iri: n.value,
    });
  }

  // Default-graph triples between nodes become edges; literals and controlled values become attributes.
  for (const q of store.getQuads(null, null, null, DEFAULT_GRAPH)) {
    const s = q.subject.value;
    if (!isNode(s) || SKIP.has(q.predicate.value)) continue;
    const p = compact(q.predicate.value);
    if (AS_ATTRIBUTES.has(q.predicate.value)) graph.setNodeAttribute(s, p.slice(p.indexOf(':') + 1), notationOf(q.object.value) ?? compact(q.object.value));
    else if (q.object.termType === 'Literal') {
      if (!graph.hasNodeAttribute(s, p)) graph.setNodeAttribute(s, p, q.object.value);
    } else if (isNode(q.object.value)) addEdge(graph, s, q.object.value, p, 'fact');
  }

  for (const s of graph.nodes()) {
    const kind = graph.getNodeAttribute(s, 'kind');
    if (kind !== 'claim' && kind !== 'quotation') continue;
    // The chain of reports: one edge per step's agent and document.
    for (const step of view.objects(s, cg.reportStep)) {
      const position = Number(view.object(step.value, cg.position)?.value);
      for (const p of [prov.agent, cg.document]) {
        const o = view.object(step.value, p)?.value;
        if (o && isNode(o) && o !== s) addEdge(graph, s, o, 'cg:reportStep', 'claim', { position });
      }
    }
    // Evidence as attributes.
    const ev = view.object(s, cg.evidence)?.value;
    if (ev) {
      graph.setNodeAttribute(s, 'begin', Number(view.object(ev, nif.beginIndex)?.value));
      graph.setNodeAttribute(s, 'end', Number(view.object(ev, nif.endIndex)?.value));
    }
    // Claim contents: edges tagged with their claim, and an edge from the claim to each node named.
    const g = view.contentGraph(s);
    if (!g) continue;
    const named = new Set<string>();
    for (const q of store.getQuads(null, null, null, namedNode(g))) {
      const subj = contentNode(graph, view, q.subject, s);
      if (q.object.termType === 'Literal') {
        if (subj) graph.setNodeAttribute(subj, compact(q.predicate.value), q.object.value);
        continue;
      }
      const obj = contentNode(graph, view, q.object, s);
      if (subj && obj && q.predicate.value !== rdf.type.value) addEdge(graph, subj, obj, compact(q.predicate.value), 'claim', { claim: s });
      for (const x of [subj, obj]) if (x && !x.includes('#_') && x !== s) named.add(x);
    }
    for (const x of named) addEdge(graph, s, x, 'cg:content', 'claim');
  }

  // Mentions: one edge per article and entity, with the count.
  const mentions = new Map<string, number>();
  for (const q of store.getQuads(null, itsrdf.taIdentRef, null, DEFAULT_GRAPH)) {
    const article = q.subject.value.replace(/\/text#char=.*$/, '');
    if (isNode(article) && isNode(q.object.value)) {
      const key = `${article}\u0000${q.object.value}`;
      mentions.set(key, (mentions.get(key) ?? 0) + 1);
    }
  }
  for (const [key, count] of mentions) {
    const [article, entity] = key.split('\u0000') as [string, string];
    addEdge(graph, article, entity, 'cg:mentions', 'fact', { count });
  }
  return graph;
}

/** A content term as a node key: IRIs that are nodes, blank nodes as nodes of their claim. */
function contentNode(graph: Projection, view: GraphView, term: Term, claim: string): string | undefined {
  if (term.termType === 'NamedNode') {
    if (graph.hasNode(term.value)) return term.value;
    if (view.types(term.value).length || term.value.startsWith('https://w3id.org/claimgraph/id/')) {
      graph.addNode(term.value, { id: view.shortId(term.value), kind: view.kind(term.value), label: view.label(term.value), layer: 'claim', iri: term.value });
      return term.value;
    }
    return undefined; // vocabulary values (schema:PotentialActionStatus) stay attributes of the edge's claim
  }
  if (term.termType === 'BlankNode') {
    const key = `${claim}#_${term.value}`;
    if (!graph.hasNode(key)) {
      const g = view.contentGraph(claim)!;
      const text = view.store.getObjects(term, schema.text, namedNode(g))[0]?.value ?? view.store.getObjects(term, schema.value, namedNode(g))[0]?.value;
      graph.addNode(key, { id: key, kind: 'concept', label: text ?? 'value', layer: 'claim', iri: key });
    }
    return key;
  }
  return undefined;
}

function addEdge(graph: Projection, s: string, o: string, predicate: string, layer: Layer, extra: Partial<EdgeAttributes> = {}) {
  graph.addDirectedEdge(s, o, { predicate, label: predicate.slice(predicate.indexOf(':') + 1), layer, ...extra });
}
