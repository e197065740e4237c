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
import type { GraphView } from './view.js';

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
  const types = new Set(
    only === 'claim' ? [schema.Claim.value] : only === 'quotation' ? [schema.Quotation.value] : [schema.Claim.value, schema.Quotation.value],
  );
  // Statements of the claimgraph model have a source and evidence; others (from other tools) are left to SPARQL.
  iris = iris.filter((s) => view.types(s).some((t) => types.has(t)) && view.object(s, cg.holder) !== undefined && view.object(s, cg.evidence) !== undefined);
  if (article) iris = iris.filter((s) => view.articleOf(s) === article);
  if (filter.hedge !== undefined) {
    if (filter.hedge === 'any') iris = iris.filter((s) => view.object(s, cg.hedge)?.value !== cg.iri('NoHedge').value);
    else {
      const hedge = controlled('HedgeScheme', filter.hedge, 'hedge');
      iris = iris.filter((s) => view.object(s, cg.hedge)?.value === hedge);
    }
  }
  if (filter.sourcing !== undefined) {
    const sourcing = controlled('SourcingScheme', filter.sourcing, 'sourcing');
    iris = iris.filter((s) => view.object(s, cg.sourcing)?.value === sourcing);
  }
  if (filter.channel !== undefined) {
    const channel = controlled('ChannelScheme', filter.channel, 'channel');
    iris = iris.filter((s) => view.object(s, cg.channel)?.value === channel);
  }
  if (filter.about !== undefined) {
    const about = sameAs(view, resolveEntity(view, filter.about));
    iris = iris.filter((s) => view.objects(s, schema.about).some((t) => about.includes(t.value)) || about.some((a) => contentMentions(view, s, a)));
  }
  return iris.map((s) => statementView(view, s)).sort(byPosition);
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

function statementView(view: GraphView, iri: string): Statement {
  const kind = view.types(iri).includes(schema.Quotation.value) ? 'quotation' : 'claim';
  const refs = (p: Term) => view.objects(iri, p).map((t) => view.ref(t.value));
  const source = view.object(iri, cg.holder)!.value;
  const event = view.object(iri, cg.madeIn)?.value;
  const eventDate = event ? view.object(event, schema.startDate)?.value : undefined;
  const hedge = notation(view.object(iri, cg.hedge)) ?? 'none';
  const ordinal = view.object(iri, cg.ordinal)?.value;
  const base = {
    ...view.ref(iri),
    article: view.ref(view.articleOf(iri) ?? ''),
    holder: { ...view.ref(source), kind: view.kind(source) },
    about: refs(schema.about),
    ...optional('audience', refs(schema.audience)[0]),
    channel: notation(view.object(iri, cg.channel)) ?? 'unknown',
    ...optional('event', event ? { ...view.ref(event), ...optional('date', eventDate) } : undefined),
    hedge,
    hedged: hedge !== 'none',
    ...optional('reportingVerb', view.object(iri, cg.reportingVerb)?.value),
    sourcing: notation(view.object(iri, cg.sourcing)) ?? 'unknown',
    factuality: {
      certainty: notation(view.object(iri, cg.certainty)) ?? 'certain',
      polarity: notation(view.object(iri, cg.polarity)) ?? 'affirmed',
      time: notation(view.object(iri, cg.time)) ?? 'unspecified',
      stance: notation(view.object(iri, cg.stance)) ?? 'neutral',
      ...optional('certaintyCue', view.object(iri, cg.certaintyCue)?.value),
      ...optional('polarityCue', view.object(iri, cg.polarityCue)?.value),
      ...optional('timeCue', view.object(iri, cg.timeCue)?.value),
      ...optional('stanceCue', view.object(iri, cg.stanceCue)?.value),
    },
    ...optional('within', refs(cg.withinStatement)[0]),
    ...optional('annotator', refs(cg.annotatedBy)[0]),
    confidence: Number(view.object(iri, cg.confidence)?.value ?? 1),
    evidence: spanEvidence(view, view.object(iri, cg.evidence)!.value),
    attribution: attributionSteps(view, iri),
    supports: refs(cg.supports),
    opposes: [...new Set([...refs(cg.opposes).map((r) => r.iri), ...view.subjects(cg.opposes, iri)])].map((x) => view.ref(x)),
    denies: refs(cg.denies),
    corrects: refs(cg.corrects),
    retracts: refs(cg.retracts),
    sameClaimAs: [...new Set([...refs(cg.sameClaimAs).map((r) => r.iri), ...view.subjects(cg.sameClaimAs, iri)])].map((x) => view.ref(x)),
    ...optional('reasonFor', refs(cg.reasonFor)[0]),
    ...optional('ordinal', ordinal === undefined ? undefined : Number(ordinal)),
    content: content(view, iri),
  };
  if (kind === 'claim') return { ...base, kind };
  const parts = view
    .objects(iri, cg.quotedPart)
    .map((t) => spanOf(view, t.value))
    .sort((a, b) => a.begin - b.begin);
  return { ...base, kind, text: view.object(iri, schema.text)?.value ?? '', parts, speaker: base.holder };
}

function notation(term: Term | undefined): string | undefined {
  return term ? (notationOf(term.value) ?? compact(term.value)) : undefined;
}

function content(view: GraphView, statement: string): ContentTriple[] {
  const g = view.contentGraph(statement);
  if (!g) return [];
  const triples = view.store.getQuads(null, null, null, namedNode(g)).map((q) => ({
    subject: nodeRef(view, q.subject),
    predicate: compact(q.predicate.value),
    object: q.object.termType === 'Literal' ? literalValue(q.object) : nodeRef(view, q.object),
  }));
  // A stable order (the store's index order is not the order written).
  const key = (t: ContentTriple) => `${t.subject.id}\u0000${t.predicate}\u0000${'id' in t.object ? t.object.id : String(t.object.value)}`;
  return triples.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

function nodeRef(view: GraphView, term: Term): Ref {
  return term.termType === 'BlankNode' ? { id: `_:${term.value}`, iri: `_:${term.value}`, label: `[${term.value}]` } : view.ref(term.value);
}

function literalValue(term: Literal): LiteralValue {
  const datatype = compact(term.datatype.value);
  const numeric = NUMERIC_DATATYPES.has(term.datatype.value);
  const value = numeric ? Number(term.value) : datatype === 'xsd:boolean' ? term.value === 'true' || term.value === '1' : term.value;
  return { value, datatype, ...(term.language ? { language: term.language } : {}) };
}
