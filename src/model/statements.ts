/**
 * Claims and quotations as plain objects: the record's fields, factuality, relations, the chain
 * of reports and the content triples, filtered by speaker, hedge, sourcing, channel or topic.
 */
import type { Literal, Term } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { InvalidArgumentError } from '../errors.js';
import { conceptScheme, notationOf } from '../ontology.js';
import { NUMERIC_DATATYPES, cg, compact, schema } from '../vocab.js';
import { byPosition, optional, sameAs } from './common.js';
import { reservedHolders, resolveEntity } from './entities.js';
import { attributionSteps, spanEvidence, spanOf } from './evidence.js';
import type { Claim, ClaimFilter, ContentTriple, LiteralValue, Quotation, QuotationFilter, Ref, Statement } from './types.js';
import type { GraphView, Props } from './view.js';

const { namedNode } = DataFactory;

export function claims(view: GraphView, filter: ClaimFilter = {}): Claim[] {
  return statements(view, filter, 'claim') as Claim[];
}

export function quotations(view: GraphView, filter: QuotationFilter = {}): Quotation[] {
  return statements(view, filter, 'quotation') as Quotation[];
}

/** Claims and quotations together, in the order of their evidence in the text. */
export function statements(view: GraphView, filter: ClaimFilter = {}, only?: 'claim' | 'quotation'): Statement[] {
  const article = view.articleFilter(filter.article);
  let iris: string[];
  if (filter.speaker !== undefined) {
    const holders = reservedHolders(view, filter.speaker) ?? sameAs(view, resolveEntity(view, filter.speaker, 'speaker'));
    iris = holders.flatMap((x) => view.subjects(cg.holder, x));
  } else iris = [...(only !== 'quotation' ? view.ofType(schema.Claim) : []), ...(only !== 'claim' ? view.ofType(schema.Quotation) : [])];
  const types = only === 'claim' ? [schema.Claim] : only === 'quotation' ? [schema.Quotation] : [schema.Claim, schema.Quotation];
  // Each candidate's quads are read once, for the filters and the record alike.
  let found = iris.filter((s) => types.some((t) => view.isA(s, t))).map((iri) => ({ iri, props: view.props(iri) }));
  const one = (props: Props, p: Term) => props.get(p.value)?.[0]?.value;
  // Statements of the claimgraph model have a source and evidence; others (from other tools) are left to SPARQL.
  found = found.filter(({ props }) => props.has(cg.holder.value) && props.has(cg.evidence.value));
  if (article) found = found.filter(({ iri, props }) => articleOf(view, iri, props) === article);
  if (filter.hedge !== undefined) {
    if (filter.hedge === 'any') found = found.filter(({ props }) => one(props, cg.hedge) !== cg.iri('NoHedge').value);
    else {
      const hedge = controlled('HedgeScheme', filter.hedge, 'hedge');
      found = found.filter(({ props }) => one(props, cg.hedge) === hedge);
    }
  }
  if (filter.sourcing !== undefined) {
    const sourcing = controlled('SourcingScheme', filter.sourcing, 'sourcing');
    found = found.filter(({ props }) => one(props, cg.sourcing) === sourcing);
  }
  if (filter.channel !== undefined) {
    const channel = controlled('ChannelScheme', filter.channel, 'channel');
    found = found.filter(({ props }) => one(props, cg.channel) === channel);
  }
  if (filter.about !== undefined) {
    const about = sameAs(view, resolveEntity(view, filter.about));
    found = found.filter(
      ({ iri, props }) => (props.get(schema.about.value) ?? []).some((t) => about.includes(t.value)) || about.some((a) => contentMentions(view, iri, a)),
    );
  }
  return found.map(({ iri, props }) => statementView(view, iri, props)).sort(byPosition);
}

/** `view.articleOf` from the statement's own quads. */
function articleOf(view: GraphView, iri: string, props: Props): string | undefined {
  const direct = props.get(schema.isPartOf.value)?.[0]?.value;
  if (direct !== undefined && view.isArticle(direct)) return direct;
  return view.articleOf(iri);
}

/** The IRI of a controlled value given by notation (`reportedly`) or IRI. */
function controlled(scheme: Parameters<typeof conceptScheme>[0], value: string, what: string): string {
  const concepts = conceptScheme(scheme);
  const hit =
    concepts.get(value) ??
    [...concepts.values()].find((c) => c.iri === value || compact(c.iri) === value || c.label.toLowerCase() === String(value).toLowerCase());
  if (!hit) throw new InvalidArgumentError(`Unknown ${what} "${value}". Use one of ${[...concepts.keys()].join(', ')}${what === 'hedge' ? ', or "any"' : ''}.`);
  return hit.iri;
}

function contentMentions(view: GraphView, statement: string, entity: string): boolean {
  const g = view.contentGraph(statement);
  if (!g) return false;
  const e = namedNode(entity);
  const graph = namedNode(g);
  return view.store.countQuads(e, null, null, graph) > 0 || view.store.countQuads(null, null, e, graph) > 0;
}

function statementView(view: GraphView, iri: string, props: Props): Statement {
  const terms = (p: Term) => props.get(p.value) ?? NO_TERMS;
  const value = (p: Term) => props.get(p.value)?.[0]?.value;
  const refs = (p: Term) => terms(p).map((t) => view.ref(t.value));
  const firstRef = (p: Term) => {
    const t = props.get(p.value)?.[0];
    return t ? view.ref(t.value) : undefined;
  };
  const notation = (p: Term) => notationIn(view, value(p));
  /** Objects of the statement and subjects pointing at it, each once. */
  const both = (p: Term) => {
    const inverse = view.subjectsOf(p, iri);
    const out = terms(p).map((t) => t.value);
    return (inverse.length === 0 ? out : [...new Set([...out, ...inverse])]).map((x) => view.ref(x));
  };
  const kind = view.isA(iri, schema.Quotation) ? 'quotation' : 'claim';
  const source = value(cg.holder)!;
  const event = value(cg.madeIn);
  const eventDate = event ? view.object(event, schema.startDate)?.value : undefined;
  const hedge = notation(cg.hedge) ?? 'none';
  const ordinal = value(cg.ordinal);
  const base = {
    ...view.ref(iri),
    article: view.ref(articleOf(view, iri, props) ?? ''),
    holder: { ...view.ref(source), kind: view.kind(source) },
    about: refs(schema.about),
    ...optional('audience', firstRef(schema.audience)),
    channel: notation(cg.channel) ?? 'unknown',
    ...optional('event', event ? { ...view.ref(event), ...optional('date', eventDate) } : undefined),
    hedge,
    hedged: hedge !== 'none',
    ...optional('reportingVerb', value(cg.reportingVerb)),
    sourcing: notation(cg.sourcing) ?? 'unknown',
    factuality: {
      certainty: notation(cg.certainty) ?? 'certain',
      polarity: notation(cg.polarity) ?? 'affirmed',
      time: notation(cg.time) ?? 'unspecified',
      stance: notation(cg.stance) ?? 'neutral',
      ...optional('certaintyCue', value(cg.certaintyCue)),
      ...optional('polarityCue', value(cg.polarityCue)),
      ...optional('timeCue', value(cg.timeCue)),
      ...optional('stanceCue', value(cg.stanceCue)),
    },
    ...optional('within', firstRef(cg.withinStatement)),
    ...optional('annotator', firstRef(cg.annotatedBy)),
    confidence: Number(value(cg.confidence) ?? 1),
    evidence: spanEvidence(view, value(cg.evidence)!),
    attribution: attributionSteps(view, iri, terms(cg.reportStep)),
    supports: refs(cg.supports),
    opposes: both(cg.opposes),
    denies: refs(cg.denies),
    corrects: refs(cg.corrects),
    retracts: refs(cg.retracts),
    sameClaimAs: both(cg.sameClaimAs),
    ...optional('reasonFor', firstRef(cg.reasonFor)),
    ...optional('ordinal', ordinal === undefined ? undefined : Number(ordinal)),
    content: content(view, value(cg.content)),
  };
  if (kind === 'claim') return { ...base, kind };
  const parts = terms(cg.quotedPart)
    .map((t) => spanOf(view, t.value))
    .sort((a, b) => a.begin - b.begin);
  return { ...base, kind, text: value(schema.text) ?? '', parts, speaker: base.holder };
}

const NO_TERMS: readonly Term[] = Object.freeze([]);

// Per view: notations and compact names of the few IRIs every record repeats (hedges,
// channels, the content graphs' predicates and datatypes).
const names = new WeakMap<GraphView, { notations: Map<string, string>; compact: Map<string, string> }>();
function namesOf(view: GraphView) {
  let cache = names.get(view);
  if (!cache) names.set(view, (cache = { notations: new Map(), compact: new Map() }));
  return cache;
}

function notationIn(view: GraphView, iri: string | undefined): string | undefined {
  if (iri === undefined) return undefined;
  const { notations } = namesOf(view);
  let n = notations.get(iri);
  if (n === undefined) notations.set(iri, (n = notationOf(iri) ?? compact(iri)));
  return n;
}

function compactIn(view: GraphView, iri: string): string {
  const cache = namesOf(view).compact;
  let c = cache.get(iri);
  if (c === undefined) cache.set(iri, (c = compact(iri)));
  return c;
}

function content(view: GraphView, g: string | undefined): ContentTriple[] {
  if (!g) return [];
  const keyed = view.store.getQuads(null, null, null, namedNode(g)).map((q) => {
    const triple: ContentTriple = {
      subject: nodeRef(view, q.subject),
      predicate: compactIn(view, q.predicate.value),
      object: q.object.termType === 'Literal' ? literalValue(view, q.object) : nodeRef(view, q.object),
    };
    const o = triple.object;
    return { key: `${triple.subject.id}\u0000${triple.predicate}\u0000${'id' in o ? o.id : String(o.value)}`, triple };
  });
  // A stable order (the store's index order is not the order written).
  return keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map((k) => k.triple);
}

function nodeRef(view: GraphView, term: Term): Ref {
  return term.termType === 'BlankNode' ? { id: `_:${term.value}`, iri: `_:${term.value}`, label: `[${term.value}]` } : view.ref(term.value);
}

function literalValue(view: GraphView, term: Literal): LiteralValue {
  const datatype = compactIn(view, term.datatype.value);
  const numeric = NUMERIC_DATATYPES.has(term.datatype.value);
  const value = numeric ? Number(term.value) : datatype === 'xsd:boolean' ? term.value === 'true' || term.value === '1' : term.value;
  return { value, datatype, ...(term.language ? { language: term.language } : {}) };
}
