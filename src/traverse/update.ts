/**
 * Follows a change of the store in a projection, in place: from the quads added and removed
 * (the store's change log), the nodes whose attributes, fact edges, statement parts or
 * mention counts can differ are found and recomputed by the same steps as the build
 * (projection.ts), so the graph equals one built afresh from the store as it is now.
 */
import type { Quad, Term } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { cg, itsrdf, nif, prov, rdf } from '../vocab.js';
import { DEFAULT_GRAPH, type GraphView } from '../model/view.js';
import type { Changes } from '../store.js';
import {
  type Context,
  type Projection,
  addClaimContent,
  addNode,
  addFactEdges,
  addSteps,
  articleOfSpan,
  canName,
  countMention,
  countNote,
  isBase,
  isClaim,
  isFactEdge,
  isStepEdge,
  nodeAttributes,
  removeClaimContent,
  setMentionEdge,
  stateOf,
} from './projection.js';

const { namedNode } = DataFactory;

/**
 * The largest change (quads added and removed, over the store's size) that `kg.graph()`
 * follows by its delta; a larger one builds the projection afresh. Measured in bench/README.md.
 */
export const PROJECTION_DELTA_SHARE = 0.2;
const STEP_PARTS = new Set([cg.position, prov.agent, cg.document].map((t) => t.value));
const SPAN_ENDS = new Set([nif.beginIndex, nif.endIndex].map((t) => t.value));

/**
 * Brings `graph` (built by `buildProjection`) from the store as it was to the store as it is,
 * given the net changes between the two and a view of the store now. Returns false when the
 * graph carries no build state (then build it afresh); if it throws, the graph is half updated
 * and must be rebuilt.
 */
export function updateProjection(graph: Projection, view: GraphView, changes: Changes): boolean {
  const state = stateOf(graph);
  if (!state) return false;
  const store = view.store;
  const ctx: Context = { graph, view, state, added: new Set() };

  const touched = new Set<string>(); // subjects and objects of changed quads: attributes, fact edges, statement parts
  const typed = new Set<string>(); // subjects whose rdf:type changed: whether they are nodes, and may be named
  const claims = new Set<string>(); // statements whose content and chain to redo
  const attributes = new Set<string>(); // nodes whose attributes to redo
  const mentions = new Map<string, Set<string>>(); // article → entities whose mention edge to redo
  const mention = (article: string, entity: string) => {
    let set = mentions.get(article);
    if (!set) mentions.set(article, (set = new Set()));
    set.add(entity);
  };
  const subjectsOf = (p: Term, o: Term) => store.getSubjects(p as never, o as never, DEFAULT_GRAPH);

  const visit = (q: Quad, by: number) => {
    const s = q.subject;
    const p = q.predicate.value;
    if (s.termType === 'NamedNode') touched.add(s.value);
    if (q.object.termType === 'NamedNode') touched.add(q.object.value);
    if (p === rdf.type.value && s.termType === 'NamedNode') {
      typed.add(s.value);
      if (q.object.equals(cg.EditorialNote)) countNote(state, q, by);
    }
    if (q.graph.termType === 'DefaultGraph') {
      if (p === itsrdf.taIdentRef.value) {
        const article = articleOfSpan(s.value);
        countMention(state, article, q.object.value, by);
        mention(article, q.object.value);
      } else if (STEP_PARTS.has(p)) for (const c of subjectsOf(cg.reportStep, s)) claims.add(c.value);
      else if (SPAN_ENDS.has(p)) for (const c of subjectsOf(cg.evidence, s)) attributes.add(c.value);
    } else for (const c of subjectsOf(cg.content, q.graph)) claims.add(c.value);
  };
  for (const q of changes.removed) visit(q, -1);
  for (const q of changes.added) visit(q, 1);

  // Nodes in their own right that came or went; what may name them is redone.
  const came: string[] = [];
  const went: string[] = [];
  for (const k of typed) {
    const now = isBase(ctx, k);
    if (now !== state.base.has(k)) {
      if (now) state.base.add(k), came.push(k);
      else state.base.delete(k), went.push(k);
    }
    for (const c of state.refs.get(k) ?? []) claims.add(c);
  }
  for (const k of came) addNode(ctx, k);

  // Fact edges: of the nodes touched, and of the nodes pointing at one that came or went.
  const facts = new Set<string>();
  for (const k of touched) if (graph.hasNode(k)) facts.add(k);
  for (const k of [...came, ...went])
    for (const s of subjectsOf(null as never, namedNode(k))) if (s.termType === 'NamedNode' && state.base.has(s.value)) facts.add(s.value);
  for (const k of facts) {
    graph.forEachOutEdge(k, (e, a) => {
      if (isFactEdge(a)) graph.dropEdge(e);
    });
    if (state.base.has(k)) addFactEdges(ctx, k);
    attributes.add(k);
  }

  // Statements: contents first (they may add or free nodes), then chains, which end at nodes.
  for (const k of touched) if (state.claims.has(k) || isClaim(ctx, k)) claims.add(k);
  const maybeGone = new Set<string>(went);
  for (const c of claims) {
    for (const x of removeClaimContent(ctx, c)) maybeGone.add(x), attributes.add(x);
    if (isClaim(ctx, c)) for (const x of addClaimContent(ctx, c).literals.keys()) attributes.add(x);
  }
  for (const x of maybeGone) {
    if (graph.hasNode(x) && !state.base.has(x) && !state.blanks.has(x) && !(state.refs.get(x)?.size && canName(ctx, x))) {
      graph.dropNode(x);
      ctx.added.delete(x);
    }
  }
  const steps = new Set(claims);
  for (const x of ctx.added)
    for (const p of [prov.agent, cg.document])
      for (const step of subjectsOf(p, namedNode(x))) for (const c of subjectsOf(cg.reportStep, step)) steps.add(c.value);
  for (const c of steps) {
    if (!graph.hasNode(c)) continue;
    graph.forEachOutEdge(c, (e, a) => {
      if (isStepEdge(a)) graph.dropEdge(e);
    });
    if (state.claims.has(c)) addSteps(ctx, c);
  }

  // Mentions: the counts that changed, and those of nodes that came.
  for (const x of ctx.added) {
    for (const a of state.mentionedBy.get(x) ?? []) mention(a, x);
    for (const e of state.mentions.get(x)?.keys() ?? []) mention(x, e);
  }
  for (const [article, entities] of mentions) for (const e of entities) setMentionEdge(ctx, article, e);

  for (const set of [touched, attributes, ctx.added]) for (const k of set) if (graph.hasNode(k)) graph.replaceNodeAttributes(k, nodeAttributes(ctx, k));
  return true;
}
