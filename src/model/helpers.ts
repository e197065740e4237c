/**
 * The typed helpers. Each reads the store through its indexes (no SPARQL) and
 * returns plain objects; the SPARQL counterparts live in src/sparql/queries.
 */
import type { Literal, Term } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { InvalidArgumentError, UnknownEntityError } from '../errors.js';
import { conceptScheme, notationOf } from '../ontology.js';
import { PREFIXES, cg, compact, expand, dcterms, itsrdf, nif, oa, prov, rdf, schema, skos } from '../vocab.js';
import type {
  Article,
  ArticleFilter,
  AttributionStep,
  Claim,
  ClaimFilter,
  ContentTriple,
  Description,
  EditorialNote,
  Entity,
  EntityFilter,
  Evidence,
  Kind,
  LiteralValue,
  Quotation,
  QuotationFilter,
  Ref,
  Source,
  Span,
  Statement,
  WeaponSystem,
} from './types.js';
import { DEFAULT_GRAPH, type GraphView } from './view.js';

const { namedNode } = DataFactory;

// ── articles ─────────────────────────────────────────────────────────────────

export function articles(view: GraphView): Article[] {
  return view.articleIris().map((iri) => {
    const within = (x: string) => x.startsWith(`${iri}/`);
    const ctx = `${iri}/text`;
    const mentioned = new Set(
      view.store
        .getQuads(null, itsrdf.taIdentRef, null, DEFAULT_GRAPH)
        .filter((q) => q.subject.value.startsWith(ctx))
        .map((q) => q.object.value),
    );
    const stmts = [...view.ofType(schema.Claim), ...view.ofType(schema.Quotation)].filter(within);
    return {
      ...view.ref(iri),
      language: view.object(iri, schema.inLanguage)?.value,
      published: view.object(iri, schema.datePublished)?.value,
      description: view.object(iri, schema.description)?.value,
      textLength: Number(view.object(ctx, nif.endIndex)?.value ?? 0),
      counts: {
        entities: [...mentioned].filter((e) => !['claim', 'quotation', 'note', 'other'].includes(view.kind(e))).length,
        claims: view.ofType(schema.Claim).filter(within).length,
        quotations: view.ofType(schema.Quotation).filter(within).length,
        weapons: view.ofType(cg.WeaponSystem).filter((w) => mentioned.has(w)).length,
        sources: sourcesOf(view, stmts).length,
        sentences: view.ofType(nif.Sentence).filter((s) => s.startsWith(ctx)).length,
      },
    };
  });
}

// ── entities ─────────────────────────────────────────────────────────────────

const ENTITY_KINDS: Kind[] = ['person', 'organization', 'unnamed-source', 'place', 'weapon', 'event', 'document', 'concept'];

export function entities(view: GraphView, filter: EntityFilter = {}): Entity[] {
  const article = view.articleFilter(filter.article);
  let candidates: string[];
  if (filter.type === undefined) {
    candidates = view.ofKinds(ENTITY_KINDS);
  } else if ((ENTITY_KINDS as string[]).includes(filter.type)) {
    candidates = view.ofKinds([filter.type as Kind]);
  } else {
    const cls = filter.type.includes(':') ? namedNode(expand(filter.type)) : undefined;
    if (!cls || view.ofType(cls).length === 0) {
      throw new InvalidArgumentError(`Unknown entity type "${filter.type}". Use a kind (${ENTITY_KINDS.join(', ')}) or a class such as schema:Person.`);
    }
    candidates = view.ofType(cls);
  }
  if (article) candidates = candidates.filter((e) => mentionsOf(view, e).some((m) => m.startsWith(`${article}/text`)));
  return candidates.map((iri) => entityView(view, iri)).sort(byLabel);
}

export function entity(view: GraphView, idOrLabel: string | Term): Entity {
  return entityView(view, resolveEntity(view, idOrLabel));
}

/**
 * The entity a user means. Whatever `view.resolve` finds first (IRI, id, label, name);
 * failing that, a name read loosely: without a leading "the" on either side ("Harmon
 * Ledger" for "The Harmon Ledger") and without a parenthesised qualifier of the label
 * ("Ana Ruiz (invented librarian)"), or, for one word, the last name of one person only.
 * More than one entity so named is an error listing them.
 */
export function resolveEntity(view: GraphView, input: string | Term, what = 'entity'): string {
  try {
    return view.resolve(input, what);
  } catch (e) {
    if (!(e instanceof UnknownEntityError) || typeof input !== 'string') throw e;
    const found = looseMatches(view, input);
    if (found.length === 1) return found[0]!;
    if (found.length > 1) {
      const listed = found.map((f) => `${view.shortId(f)} (${view.label(f)})`).join(', ');
      throw new InvalidArgumentError(
        `"${input}" could be ${found.length} ${what === 'entity' ? 'entities' : `${what}s`}: ${listed}; pass one of these ids instead.`,
      );
    }
    throw e;
  }
}

/** A name folded for loose comparison: lower case, no parenthesised qualifier, no leading article, single spaces, straight apostrophes. */
const looseName = (name: string) =>
  name
    .toLowerCase()
    .replace(/\s*\([^()]*\)\s*$/u, '')
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');

function looseMatches(view: GraphView, input: string): string[] {
  const wanted = looseName(input);
  if (!wanted) return [];
  const candidates = view.ofKinds(ENTITY_KINDS);
  const namesOf = (iri: string) => [view.label(iri), ...view.objects(iri, schema.alternateName).map((t) => t.value)].map(looseName);
  const named = candidates.filter((iri) => namesOf(iri).includes(wanted));
  if (named.length || /\s/.test(wanted)) return named;
  return candidates.filter((iri) => view.kind(iri) === 'person' && namesOf(iri).some((n) => n.includes(' ') && n.slice(n.lastIndexOf(' ') + 1) === wanted));
}

/** Holders the annotation names with a word rather than an id: `article` (the article's own voice) and `unspecified`. */
function reservedHolders(view: GraphView, speaker: string | Term): string[] | undefined {
  if (typeof speaker !== 'string') return undefined;
  const word = looseName(speaker);
  if (word === 'article' || word === "article's own voice") return view.articleIris().map((a) => `${a}/voice`);
  if (word === 'unspecified' || word === 'unspecified source') {
    return [
      ...new Set(
        view.store
          .getObjects(null, cg.holder, DEFAULT_GRAPH)
          .map((t) => t.value)
          .filter((h) => h.endsWith('/unspecified-source')),
      ),
    ];
  }
  return undefined;
}

function mentionsOf(view: GraphView, iri: string): string[] {
  return view.subjects(itsrdf.taIdentRef, iri);
}

function entityView(view: GraphView, iri: string): Entity {
  const sameAs = view.objects(iri, schema.sameAs).map((t) => t.value);
  const wikidata = sameAs.find((s) => s.startsWith(PREFIXES.wd))?.slice(PREFIXES.wd.length);
  const refOf = (p: Term) => {
    const o = view.object(iri, p);
    return o ? view.ref(o.value) : undefined;
  };
  // What only a statement reports of the entity (a meeting's date, who attended) is read from its content.
  const reportedBy = view.objects(iri, cg.presupposedBy).map((t) => t.value);
  const said = (p: Term) => [
    ...view.objects(iri, p),
    ...reportedBy.flatMap((st) => {
      const g = view.contentGraph(st);
      return g ? view.store.getObjects(namedNode(iri), p as never, namedNode(g)) : [];
    }),
  ];
  const date = said(schema.startDate)[0] as Literal | undefined;
  const attendees = [...new Set(said(schema.attendee).map((t) => t.value))].map((x) => view.ref(x));
  return {
    ...view.ref(iri),
    kind: view.kind(iri),
    types: view.types(iri).map(compact),
    names: view.objects(iri, schema.alternateName).map((t) => t.value),
    ...(wikidata ? { wikidata } : {}),
    sameAs,
    descriptions: view.subjects(cg.describes, iri).map((s) => view.object(s, nif.anchorOf)?.value ?? ''),
    ...optional('affiliation', refOf(schema.affiliation) ?? refOf(schema.worksFor)),
    ...optional('associatedWith', refOf(cg.associatedWith)),
    mentions: mentionsOf(view, iri).length,
    ...optional('date', date ? { value: date.value, datatype: compact(date.datatype.value) } : undefined),
    ...(attendees.length ? { attendees } : {}),
    ...optional('location', said(schema.location)[0] ? view.ref(said(schema.location)[0]!.value) : undefined),
    ...(reportedBy.length ? { reportedBy: reportedBy.map((st) => view.ref(st)) } : {}),
  };
}

// ── statements ───────────────────────────────────────────────────────────────

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
  const numeric = ['xsd:integer', 'xsd:decimal', 'xsd:double', 'xsd:float', 'xsd:positiveInteger', 'xsd:nonNegativeInteger', 'xsd:int', 'xsd:long'].includes(
    datatype,
  );
  const value = numeric ? Number(term.value) : datatype === 'xsd:boolean' ? term.value === 'true' || term.value === '1' : term.value;
  return { value, datatype, ...(term.language ? { language: term.language } : {}) };
}

// ── attribution and evidence ─────────────────────────────────────────────────

export function attribution(view: GraphView, claimOrQuotation: string | Term): AttributionStep[] {
  const iri = view.resolve(claimOrQuotation, 'claim or quotation');
  if (!['claim', 'quotation'].includes(view.kind(iri))) {
    throw new InvalidArgumentError(`"${view.label(iri)}" is a ${view.kind(iri)}, not a claim or quotation; kg.claims() and kg.quotations() list them.`);
  }
  return attributionSteps(view, iri);
}

function attributionSteps(view: GraphView, statement: string): AttributionStep[] {
  return view
    .objects(statement, cg.reportStep)
    .map((step) => {
      const agent = view.object(step.value, prov.agent)?.value;
      const document = view.object(step.value, cg.document)?.value;
      const outlet = document ? view.object(document, schema.publisher)?.value : undefined;
      const position = Number(view.object(step.value, cg.position)?.value);
      const inference = view.object(step.value, cg.inference)?.value;
      const label =
        document && view.kind(document) === 'article'
          ? 'this article'
          : [document && view.label(document), !document && agent ? view.label(agent) : undefined].filter(Boolean).join('');
      return {
        position,
        ...optional('agent', agent ? view.ref(agent) : undefined),
        ...optional('document', document ? view.ref(document) : undefined),
        ...optional('outlet', outlet ? view.ref(outlet) : undefined),
        ...optional('inference', inference),
        label,
      };
    })
    .sort((a, b) => a.position - b.position);
}

/** Evidence for a statement (its span), an entity (every mention), a span, or a note (its targets). */
export function evidence(view: GraphView, node: string | Term): Evidence[] {
  const iri = resolveEntity(view, node, 'node');
  if (view.object(iri, nif.anchorOf)) return [spanEvidence(view, iri)];
  const main = view.object(iri, cg.evidence);
  if (main) return [spanEvidence(view, main.value)];
  return mentionsOf(view, iri)
    .map((m) => spanEvidence(view, m))
    .sort((a, b) => byPosition({ evidence: a }, { evidence: b }));
}

function spanOf(view: GraphView, span: string): Span {
  const context = view.object(span, nif.referenceContext)?.value ?? '';
  return {
    article: view.object(context, nif.sourceUrl)?.value ?? context,
    begin: Number(view.object(span, nif.beginIndex)?.value),
    end: Number(view.object(span, nif.endIndex)?.value),
    text: view.object(span, nif.anchorOf)?.value ?? '',
  };
}

function spanEvidence(view: GraphView, span: string): Evidence {
  const s = spanOf(view, span);
  const context = view.object(span, nif.referenceContext)?.value ?? '';
  const sentences = sentencesOf(view, context).filter((x) => x.begin < s.end && x.end > s.begin);
  return { iri: span, ...s, sentences };
}

const sentenceCache = new WeakMap<GraphView, Map<string, Span[]>>();
function sentencesOf(view: GraphView, context: string): Span[] {
  let byContext = sentenceCache.get(view);
  if (!byContext) sentenceCache.set(view, (byContext = new Map()));
  let list = byContext.get(context);
  if (!list) {
    list = view
      .subjects(nif.referenceContext, context)
      .filter((s) => view.types(s).includes(nif.Sentence.value))
      .map((s) => spanOf(view, s))
      .sort((a, b) => a.begin - b.begin);
    byContext.set(context, list);
  }
  return list;
}

// ── weapons, places, events, descriptions ────────────────────────────────────

export function weapons(view: GraphView, filter: ArticleFilter = {}): WeaponSystem[] {
  return entities(view, { ...filter, type: 'weapon' }).map((w) => {
    const category = view.object(w.iri, cg.category)?.value;
    const stated = claimsStating(view, w.iri, filter);
    const range = stated.flatMap(({ claim, graph }) =>
      view.store.getObjects(namedNode(w.iri), cg.range, namedNode(graph)).map((r) => {
        const read = (p: Term) => view.store.getObjects(r as never, p as never, namedNode(graph))[0]?.value;
        const number = (p: Term) => (read(p) === undefined ? undefined : Number(read(p)));
        const unitCode = read(schema.unitCode);
        return {
          ...optional('value', number(schema.value)),
          ...optional('min', number(schema.minValue)),
          ...optional('max', number(schema.maxValue)),
          approximate: read(cg.approximate) === 'true',
          unit: read(schema.unitText) ?? unitCode ?? '',
          ...optional('unitCode', unitCode),
          claim: view.ref(claim),
        };
      }),
    )[0];
    const objectsIn = (p: Term) =>
      [...new Set(stated.flatMap(({ graph }) => view.store.getObjects(namedNode(w.iri), p as never, namedNode(graph)).map((t) => t.value)))].map((x) =>
        view.ref(x),
      );
    const targets = objectsIn(cg.canStrike);
    const usedIn = objectsIn(cg.usedIn);
    const capability = [cg.range, cg.canStrike, cg.usedIn].map((p) => p.value);
    return {
      id: w.id,
      iri: w.iri,
      label: w.label,
      category: category ? (notationOf(category) ?? compact(category)) : 'unknown',
      categoryLabel: category ? (view.objectsInAnyGraph(category, skos.prefLabel)[0]?.value ?? conceptLabel(category)) : 'unknown',
      names: w.names,
      ...optional('range', range),
      targets,
      usedIn,
      statedIn: stated
        .filter(({ graph }) => view.store.getQuads(namedNode(w.iri), null, null, namedNode(graph)).some((q) => capability.includes(q.predicate.value)))
        .map(({ claim }) => view.ref(claim)),
      mentions: w.mentions,
    };
  });
}

function conceptLabel(iri: string): string {
  for (const scheme of ['WeaponCategoryScheme'] as const) for (const c of conceptScheme(scheme).values()) if (c.iri === iri) return c.label;
  return compact(iri);
}

/** Claims whose content has the node as subject. */
function claimsStating(view: GraphView, node: string, filter: ArticleFilter): { claim: string; graph: string }[] {
  const article = view.articleFilter(filter.article);
  const graphs = view.contentGraphsWithSubject(node);
  const out: { claim: string; graph: string }[] = [];
  for (const graph of graphs) {
    for (const claim of view.subjects(cg.content, graph)) {
      if (!article || view.articleOf(claim) === article) out.push({ claim, graph });
    }
  }
  return out;
}

export function places(view: GraphView, filter: ArticleFilter = {}): Entity[] {
  return entities(view, { ...filter, type: 'place' });
}

export function events(view: GraphView, filter: ArticleFilter = {}): Entity[] {
  return entities(view, { ...filter, type: 'event' });
}

export function descriptions(view: GraphView, filter: ArticleFilter = {}): Description[] {
  const article = view.articleFilter(filter.article);
  return view.store
    .getQuads(null, cg.describes, null, DEFAULT_GRAPH)
    .filter((q) => !article || q.subject.value.startsWith(`${article}/text`))
    .map((q) => {
      const ev = spanEvidence(view, q.subject.value);
      return { entity: view.ref(q.object.value), text: ev.text, evidence: ev };
    })
    .sort((a, b) => byPosition({ evidence: a.evidence }, { evidence: b.evidence }));
}

// ── sources ──────────────────────────────────────────────────────────────────

export function sources(view: GraphView, filter: ArticleFilter = {}): Source[] {
  const article = view.articleFilter(filter.article);
  const stmts = [...view.ofType(schema.Claim), ...view.ofType(schema.Quotation)].filter((s) => !article || view.articleOf(s) === article);
  return sourcesOf(view, stmts);
}

/** Every agent, document and outlet in the chains of the given statements, past the article itself. */
function sourcesOf(view: GraphView, stmts: string[]): Source[] {
  const found = new Map<string, Set<string>>();
  const note = (node: string | undefined, statement: string) => {
    if (!node || view.kind(node) === 'article' || view.kind(node) === 'voice') return;
    let set = found.get(node);
    if (!set) found.set(node, (set = new Set()));
    set.add(statement);
  };
  for (const s of stmts) {
    for (const step of view.objects(s, cg.reportStep)) {
      note(view.object(step.value, prov.agent)?.value, s);
      const doc = view.object(step.value, cg.document)?.value;
      note(doc, s);
      // The reporting article's own publisher carries every statement; it is not a cited source.
      if (doc && view.kind(doc) !== 'article') note(view.object(doc, schema.publisher)?.value, s);
    }
  }
  return [...found.entries()]
    .map(([iri, statementsOf]) => {
      const kind = view.kind(iri);
      return {
        ...view.ref(iri),
        kind,
        unnamed: kind === 'unnamed-source',
        outlet: view.types(iri).includes(schema.NewsMediaOrganization.value),
        statements: [...statementsOf].map((s) => view.ref(s)),
      };
    })
    .sort(byLabel);
}

// ── editorial notes ──────────────────────────────────────────────────────────

export function notes(view: GraphView, filter: ArticleFilter = {}): EditorialNote[] {
  const article = view.articleFilter(filter.article);
  return view.store
    .getSubjects(rdf.type, cg.EditorialNote, null)
    .map((t) => t.value)
    .filter((n) => !article || n.startsWith(`${article}/`))
    .map((n) => {
      const get = (p: Term) => view.objectsInAnyGraph(n, p);
      return {
        ...view.ref(n),
        label: get(oa.bodyValue)[0]?.value.slice(0, 80) ?? view.shortId(n),
        text: get(oa.bodyValue)[0]?.value ?? '',
        motivation: get(oa.motivatedBy)[0]?.value === oa.assessing.value ? ('assessing' as const) : ('commenting' as const),
        targets: get(oa.hasTarget).map((t) => view.ref(t.value)),
        ...optional('creator', get(dcterms.creator)[0]?.value),
      };
    });
}

// ── small helpers ────────────────────────────────────────────────────────────

/** A node and the nodes linked to it by owl:sameAs (the corpus loader links IRIs sharing a Wikidata item). */
function sameAs(view: GraphView, iri: string): string[] {
  const same = view.objects(iri, OWL_SAME_AS).map((t) => t.value);
  return same.length ? [iri, ...same.filter((x) => x !== iri)] : [iri];
}
const OWL_SAME_AS = namedNode(`${PREFIXES.owl}sameAs`);

function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

function byLabel(a: { label: string }, b: { label: string }): number {
  return a.label.localeCompare(b.label);
}

function byPosition(a: { evidence: { article: string; begin: number } }, b: { evidence: { article: string; begin: number } }): number {
  return a.evidence.article === b.evidence.article ? a.evidence.begin - b.evidence.begin : a.evidence.article.localeCompare(b.evidence.article);
}
