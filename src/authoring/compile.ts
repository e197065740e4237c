/**
 * Annotation → RDF. One pass over an `ArticleAnnotation` writes the three layers:
 * facts and statement records in the default graph, each claim's content in its
 * own named graph, curator notes in the article's editorial graph.
 */
import type { Quad, Quad_Graph, Quad_Object, Quad_Subject, NamedNode } from '@rdfjs/types';
import { DataFactory, Parser } from 'n3';
import { closest } from 'fastest-levenshtein';
import { AnnotationError } from '../errors.js';
import { conceptScheme, ontologyStore } from '../ontology.js';
import { codePointOffsets, nameOccurrences, occurrences, sentences, type TextRange as Span } from '../text/spans.js';
import { BASE, PREFIXES, cg, dcterms, expand, itsrdf, nif, oa, owl, prefixDeclarations, prov, rdf, rdfs, schema, skos, xsd } from '../vocab.js';
import { deriveSourcing, stanceOfHedge, UNSOURCED_HEDGES, type AgentKind, type ChainStep } from './chain.js';
import {
  ENTITY_TYPES,
  type ArticleAnnotation,
  type ClaimAnnotation,
  type EntityAnnotation,
  type FactualitySpec,
  type QuotationAnnotation,
  type SpanSpec,
} from './format.js';

const { namedNode, literal, quad, defaultGraph } = DataFactory;

export interface CompiledArticle {
  /** The article's IRI. */
  iri: string;
  slug: string;
  text: string;
  quads: Quad[];
  /** The annotation line each node was written at (entities, statements, steps, content graphs, spans, notes), for error places. */
  places: Map<string, number>;
}

/** Where a value sits in the annotation file, as "file:line" (the line when known). */
export type Locate = (path: (string | number)[]) => number | undefined;

export const articleIri = (slug: string) => `${BASE}article/${slug}`;
export const entityIri = (id: string) => PREFIXES.id + id;

export function compileAnnotation(a: ArticleAnnotation, text: string, file = '<annotation>', locate: Locate = () => undefined): CompiledArticle {
  const fail = (path: (string | number)[], message: string): never => {
    throw new AnnotationError(`${file}${lineSuffix(locate(path))}: ${message}`, file, locate(path));
  };
  const slug = a.article?.id;
  if (!slug || !/^[a-z0-9][a-z0-9-]*$/.test(slug))
    fail(['article', 'id'], 'article.id must be a slug of lower-case letters, digits and hyphens, e.g. "my-article".');

  const iri = articleIri(slug);
  const textIri = `${iri}/text`;
  const voice = namedNode(`${iri}/voice`);
  const editorial = namedNode(`${iri}/editorial`);
  const cp = codePointOffsets(text);
  const out: Quad[] = [];
  const seen = new Set<string>();
  const add = (s: Quad_Subject | string, p: NamedNode, o: Quad_Object | string, g: Quad_Graph = defaultGraph()) => {
    const q = quad(typeof s === 'string' ? namedNode(s) : s, p, typeof o === 'string' ? namedNode(o) : o, g);
    const key = `${q.subject.value} ${q.predicate.value} ${termKey(q.object)} ${q.graph.value}`;
    if (!seen.has(key)) seen.add(key), out.push(q);
  };
  const str = (s: string) => literal(s);
  const int = (n: number, type = xsd.integer) => literal(String(n), type);
  const places = new Map<string, number>();
  const mark = (node: string, path: (string | number)[]) => {
    if (places.has(node)) return;
    const line = locate(path);
    if (line) places.set(node, line);
  };
  const spanPaths = new Map<string, (string | number)[]>();

  const entities = a.entities ?? {};
  const claims = a.claims ?? [];
  const quotations = a.quotations ?? [];
  const statementIds = new Map<string, string>();
  for (const [i, c] of claims.entries()) registerStatement(c.id, `${iri}/claim/${c.id}`, ['claims', i, 'id']);
  for (const [i, q] of quotations.entries()) registerStatement(q.id, `${iri}/quote/${q.id}`, ['quotations', i, 'id']);

  function registerStatement(id: string, statementIri: string, path: (string | number)[]) {
    if (!id || !/^[a-z0-9][a-z0-9-]*$/.test(id)) fail(path, `id "${id ?? ''}" must be a slug of lower-case letters, digits and hyphens.`);
    if (statementIds.has(id) || id in entities) fail(path, `id "${id}" is used twice; give each claim, quotation and entity its own id.`);
    statementIds.set(id, statementIri);
  }

  const entity = (id: string | undefined, path: (string | number)[]): string => {
    if (id === undefined || !(id in entities)) {
      const known = Object.keys(entities);
      fail(path, `unknown entity "${id}". Declare it under entities:${known.length ? ` or use a known id such as "${closest(String(id), known)}"` : ''}.`);
    }
    return entityIri(id!);
  };
  const statement = (id: string, path: (string | number)[]): string =>
    statementIds.get(id) ??
    fail(path, `unknown claim or quotation "${id}"${statementIds.size ? `; did you mean "${closest(id, [...statementIds.keys()])}"?` : '.'}`);
  // A statement of this article by id, or of another article of the corpus as `slug/claim/id`, `slug/quote/id`
  // or `slug/id` (a claim); the corpus validator checks that the other article has it.
  const foreignStatement = (ref: string, path: (string | number)[]): string => {
    const m = /^([a-z0-9][a-z0-9-]*)\/(?:(claim|quote)\/)?([a-z0-9][a-z0-9-]*)$/.exec(String(ref));
    if (!m) return statement(ref, path);
    if (m[1] === slug) return statement(m[3]!, path);
    return `${articleIri(m[1]!)}/${m[2] ?? 'claim'}/${m[3]}`;
  };
  // Controlled values, with their SKOS definitions copied in so queries can read notations and labels.
  const usedConcepts = new Set<string>();
  const concept = (scheme: Parameters<typeof conceptScheme>[0], value: string, path: (string | number)[]): string => {
    const concepts = conceptScheme(scheme);
    const hit = concepts.get(value) ?? fail(path, `"${value}" is not in ${scheme}; use one of ${[...concepts.keys()].map((k) => `"${k}"`).join(', ')}.`);
    if (!usedConcepts.has(hit.iri)) {
      usedConcepts.add(hit.iri);
      add(hit.iri, rdf.type, skos.Concept);
      add(hit.iri, skos.inScheme, PREFIXES.cg + scheme);
      add(hit.iri, skos.notation, str(hit.notation));
      add(hit.iri, skos.prefLabel, literal(hit.label, 'en'));
    }
    return hit.iri;
  };

  // Spans: one node per character range, shared by every role it plays.
  const spans = new Map<string, string>();
  const span = ({ begin, end }: Span, kind: NamedNode = nif.Phrase): string => {
    const key = `${cp(begin)},${cp(end)}`;
    let spanIri = spans.get(key);
    if (!spanIri) {
      spanIri = `${textIri}#char=${key}`;
      spans.set(key, spanIri);
      add(spanIri, nif.beginIndex, int(cp(begin), xsd.nonNegativeInteger));
      add(spanIri, nif.endIndex, int(cp(end), xsd.nonNegativeInteger));
      add(spanIri, nif.anchorOf, str(text.slice(begin, end)));
      add(spanIri, nif.referenceContext, textIri);
    }
    const path = spanPaths.get(`${begin},${end}`);
    if (path) mark(spanIri, path);
    add(spanIri, rdf.type, kind);
    if (kind !== nif.Sentence) add(spanIri, rdf.type, nif.Phrase);
    return spanIri;
  };
  const find = (spec: SpanSpec, path: (string | number)[]): Span => {
    const found = findSpan(text, spec, (m) => fail(path, m));
    if (!spanPaths.has(`${found.begin},${found.end}`)) spanPaths.set(`${found.begin},${found.end}`, path);
    return found;
  };

  // The document and its text.
  mark(iri, ['article']);
  mark(textIri, ['article', 'text']);
  add(iri, rdf.type, schema.NewsArticle);
  add(iri, rdfs.label, str(a.article.title ?? fail(['article', 'title'], 'article.title is required.')));
  if (a.article.titleNote) add(iri, rdfs.comment, str(a.article.titleNote));
  if (a.article.description) add(iri, schema.description, str(a.article.description));
  if (a.article.language) add(iri, schema.inLanguage, str(a.article.language));
  if (a.article.url) add(iri, schema.url, literal(a.article.url, xsd.iri('anyURI')));
  if (a.article.published)
    add(
      iri,
      schema.datePublished,
      dateLiteral(a.article.published, (m) => fail(['article', 'published'], m)),
    );
  if (a.article.author) add(iri, schema.author, entity(a.article.author, ['article', 'author']));
  if (a.article.publisher) add(iri, schema.publisher, entity(a.article.publisher, ['article', 'publisher']));
  add(textIri, rdf.type, nif.Context);
  add(textIri, nif.isString, str(text));
  add(textIri, nif.beginIndex, int(0, xsd.nonNegativeInteger));
  add(textIri, nif.endIndex, int(cp(text.length), xsd.nonNegativeInteger));
  add(textIri, nif.sourceUrl, iri);
  add(voice, rdf.type, prov.Agent);
  add(voice, rdfs.label, str(`${a.article.title} (the article's own voice)`));
  for (const s of sentences(text)) span(s, nif.Sentence);

  // Who made the annotation: every record, mention span and content graph names them.
  const annotatorSpec = a.article.annotator ?? { name: a.article.curator ?? 'claimgraph curators', kind: 'curator' as const };
  const annotator = namedNode(agentIri(annotatorSpec.name));
  add(annotator, rdf.type, annotatorSpec.kind === 'program' ? prov.SoftwareAgent : prov.Person);
  add(annotator, rdfs.label, str(annotatorSpec.name));
  if (annotatorSpec.version) add(annotator, schema.softwareVersion, str(annotatorSpec.version));
  const annotatedOn = annotatorSpec.date ? dateLiteral(annotatorSpec.date, (m) => fail(['article', 'annotator', 'date'], m)) : undefined;
  const confidenceOf = (value: number | undefined, path: (string | number)[]) => {
    const c = value ?? 1;
    if (typeof c !== 'number' || !(c >= 0 && c <= 1)) fail(path, `confidence must be a number from 0 to 1, got ${JSON.stringify(value)}.`);
    return literal(String(Number.isInteger(c) ? c.toFixed(1) : c), xsd.decimal);
  };
  const provenance = (node: string, confidence: number | undefined, path: (string | number)[]) => {
    add(node, cg.annotatedBy, annotator);
    add(node, cg.confidence, confidenceOf(confidence, path));
  };

  // Terms of the annotation's own namespace, defined in the graph so the validator accepts them.
  const own = a.vocabulary;
  const ownTerms = new Set<string>();
  if (own) {
    if (!/^[a-z][\w-]*$/i.test(own.prefix ?? '') || own.prefix in PREFIXES)
      fail(['vocabulary', 'prefix'], `vocabulary.prefix must be a new prefix name (not one of ${Object.keys(PREFIXES).join(', ')}).`);
    if (!/^https?:\/\/\S+[#/]$/.test(own.namespace ?? ''))
      fail(['vocabulary', 'namespace'], 'vocabulary.namespace must be an http(s) IRI ending in # or /, e.g. "https://example.org/ns#".');
    for (const [term, def] of Object.entries(own.terms ?? {})) {
      const t = own.namespace + term;
      if (!def?.label) fail(['vocabulary', 'terms', term], `the term ${own.prefix}:${term} needs a label.`);
      ownTerms.add(t);
      mark(t, ['vocabulary', 'terms', term]);
      const isClass = def.kind ? def.kind === 'class' : /^[A-Z]/.test(term);
      add(t, rdf.type, isClass ? owl.Class : rdf.Property);
      if (!isClass) add(t, rdf.type, cg.ContentProperty);
      add(t, rdfs.label, literal(def.label, 'en'));
      if (def.comment) add(t, rdfs.comment, literal(def.comment, 'en'));
      add(t, rdfs.isDefinedBy, iri);
    }
  }

  // Entities: the fact layer. What only a statement says of them goes into its content.
  const claimed = new Map<string, string>();
  const reported: { statement: string; quads: [string, NamedNode, Quad_Object | string][] }[] = [];
  for (const [id, e] of Object.entries(entities)) {
    const at = (...rest: (string | number)[]) => ['entities', id, ...rest];
    if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) fail(at(), `entity id "${id}" must be a slug of lower-case letters, digits and hyphens.`);
    const type = ENTITY_TYPES[e.type as keyof typeof ENTITY_TYPES];
    if (!type)
      fail(
        at('type'),
        `unknown type "${e.type}"; use one of ${Object.keys(ENTITY_TYPES).join(', ')} (closest: "${closest(String(e.type), Object.keys(ENTITY_TYPES))}").`,
      );
    const s = entityIri(id);
    mark(s, at());
    for (const c of type.classes) add(s, rdf.type, expand(c));
    if (!e.label) fail(at('label'), `entity "${id}" needs a label.`);
    add(s, rdfs.label, str(e.label));
    for (const n of new Set(e.names ?? [])) if (n !== e.label) add(s, schema.alternateName, str(n));
    if (e.wikidata) {
      if (!/^Q\d+$/.test(e.wikidata)) fail(at('wikidata'), `"${e.wikidata}" is not a Wikidata item id (Q followed by digits).`);
      add(s, schema.sameAs, PREFIXES.wd + e.wikidata);
    }
    for (const other of e.sameAs ?? []) add(s, schema.sameAs, other);
    if (e.affiliation) add(s, schema.affiliation, entity(e.affiliation, at('affiliation')));
    if (e.formerAffiliation) add(s, cg.formerAffiliation, entity(e.formerAffiliation, at('formerAffiliation')));
    if (e.worksFor) add(s, schema.worksFor, entity(e.worksFor, at('worksFor')));
    if (e.associatedWith) add(s, cg.associatedWith, entity(e.associatedWith, at('associatedWith')));
    if (e.category) add(s, cg.category, concept('WeaponCategoryScheme', e.category, at('category')));
    if (e.type === 'WeaponSystem' && !e.category)
      fail(at(), `weapons system "${id}" needs a category (${[...conceptScheme('WeaponCategoryScheme').keys()].join(', ')}).`);
    if (e.author) add(s, schema.author, entity(e.author, at('author')));
    if (e.publisher) add(s, schema.publisher, entity(e.publisher, at('publisher')));
    // Date, attendees and place of an event: a fact only with a source of its own.
    const said: [string, NamedNode, Quad_Object | string][] = [];
    if (e.date !== undefined) said.push([s, schema.startDate, dateLiteral(String(e.date), (m) => fail(at('date'), m))]);
    for (const [i, x] of (e.attendees ?? []).entries()) said.push([s, schema.attendee, entity(x, at('attendees', i))]);
    if (e.location) said.push([s, schema.location, entity(e.location, at('location'))]);
    if (e.reportedBy) {
      const st = statement(e.reportedBy, at('reportedBy'));
      add(s, cg.presupposedBy, st);
      reported.push({ statement: st, quads: said });
    } else if (said.length) {
      if (!e.source)
        fail(
          at(),
          `"${id}" gives a date, attendees or a location that only a source can say: add reportedBy: <the statement that reports them>, or source: <the reference> for a fact of its own.`,
        );
      for (const [x, p, o] of said) add(x, p, o);
      add(s, dcterms.source, /^https?:\/\//.test(e.source!) ? namedNode(e.source!) : str(e.source!));
    }
    linkMentions(id, e, at);
  }

  function linkMentions(id: string, e: EntityAnnotation, at: (...rest: (string | number)[]) => (string | number)[]) {
    const found: Span[] = [];
    for (const [i, name] of (e.names ?? []).entries()) {
      for (const m of nameOccurrences(text, name)) {
        if (!spanPaths.has(`${m.begin},${m.end}`)) spanPaths.set(`${m.begin},${m.end}`, at('names', i));
        found.push(m);
      }
    }
    // A shorter name inside a longer one of the same entity ("Trump" in "Donald Trump") is one mention.
    const kept = found.filter((x) => !found.some((y) => y !== x && y.begin <= x.begin && y.end >= x.end && y.end - y.begin > x.end - x.begin));
    if ((e.names?.length ?? 0) > 0 && kept.length === 0)
      fail(at('names'), `none of the names of "${id}" occurs in the article text; check the spelling or give mentions instead.`);
    const confidence = new Map<string, number>();
    for (const [i, m] of (e.mentions ?? []).entries()) {
      const found = find(m, at('mentions', i));
      if (typeof m === 'object' && m?.confidence !== undefined) confidence.set(`${found.begin},${found.end}`, m.confidence);
      kept.push(found);
    }
    for (const m of kept) {
      const key = `${m.begin},${m.end}`;
      const owner = claimed.get(key);
      if (owner && owner !== id)
        fail(
          at(),
          `the text "${text.slice(m.begin, m.end)}" at ${m.begin} is claimed by both "${owner}" and "${id}"; give one of them a longer name or an explicit mention.`,
        );
      claimed.set(key, id);
      const sp = span(m, cg.Mention);
      add(sp, itsrdf.taIdentRef, entityIri(id));
      provenance(sp, confidence.get(key) ?? e.confidence, at('confidence'));
    }
    for (const [i, d] of (e.described ?? []).entries()) add(span(find(d, at('described', i)), cg.Description), cg.describes, entityIri(id));
  }

  // Claims and quotations: records in the default graph, contents in graphs of their own.
  type Stmt = ClaimAnnotation | QuotationAnnotation;
  const byId = new Map<string, { st: Stmt; at: (...r: (string | number)[]) => (string | number)[] }>();
  for (const [i, c] of claims.entries()) byId.set(c.id, { st: c, at: (...rest) => ['claims', i, ...rest] });
  for (const [i, q] of quotations.entries()) byId.set(q.id, { st: q, at: (...rest) => ['quotations', i, ...rest] });
  const holderOf = (st: Stmt, at: (...r: (string | number)[]) => (string | number)[]): string => {
    const h = st.holder ?? st.source ?? (st as QuotationAnnotation).speaker;
    if (!h) fail(at(), `"${st.id}" needs a holder: who says or holds it, an entity id or "article" for the article's own voice.`);
    if (h !== 'article' && h !== 'unspecified') entity(h, at(st.holder ? 'holder' : st.source ? 'source' : 'speaker'));
    return h!;
  };
  const agentKind = (agent: string): AgentKind =>
    agent === 'voice' || agent === 'article'
      ? 'voice'
      : agent === 'unspecified' || ENTITY_TYPES[entities[agent]!.type]?.kind === 'unnamed-source'
        ? 'unnamed'
        : 'named';

  // The chain of reports, nearest first: this article, the reports it went through, the holder.
  // A statement reported inside another continues the chain of the one around it.
  const chains = new Map<string, ChainStep[]>();
  const chainOf = (id: string, seenIds: string[] = []): ChainStep[] => {
    const known = chains.get(id);
    if (known) return known;
    const { st, at } = byId.get(id)!;
    if (seenIds.includes(id))
      fail(at('within'), `"${id}" is within itself (${[...seenIds, id].join(' → ')}); a statement can only be reported inside another.`);
    const holder = holderOf(st, at);
    let steps: ChainStep[];
    if (st.within) {
      if (!byId.has(st.within)) statement(st.within, at('within'));
      const outer = chainOf(st.within, [...seenIds, id]);
      const outerHolder = holderOf(byId.get(st.within)!.st, byId.get(st.within)!.at);
      steps = [...outer];
      if (outerHolder !== 'article' && steps[steps.length - 1]!.agent !== outerHolder) steps.push({ agent: outerHolder });
    } else {
      steps = [{ document: iri, ...(holder === 'article' ? { agent: 'voice' } : {}) }];
    }
    for (const [i, v] of (st.via ?? []).entries()) {
      const vid = typeof v === 'string' ? v : v?.id;
      const e = (vid && entities[vid]) || fail(at('via', i), `unknown report "${vid}" in via; name a declared document or agent.`);
      const isDocument = ENTITY_TYPES[e.type]?.kind === 'document';
      const agentId = isDocument ? (e.author ?? e.publisher) : vid;
      if (agentId) entity(agentId, at('via', i));
      const inference = typeof v === 'string' ? undefined : v.inference;
      if (typeof v !== 'string' && !inference) fail(at('via', i), 'a via step given as an object needs an inference: the reason the curator infers it.');
      steps.push({ ...(isDocument ? { document: vid } : {}), ...(agentId ? { agent: agentId } : {}), ...(inference ? { inference } : {}) });
    }
    if (steps.length === 1 && holder !== 'article' && UNSOURCED_HEDGES.has(st.hedge ?? '')) steps.push({ agent: 'unspecified' });
    if (holder !== 'article' && steps[steps.length - 1]!.agent !== holder) steps.push({ agent: holder });
    chains.set(id, steps);
    return steps;
  };

  const unspecified = `${iri}/unspecified-source`;
  const agentNode = (agent: string) => (agent === 'voice' ? voice.value : agent === 'unspecified' ? unspecified : entityIri(agent));
  const factuality = (
    scheme: 'CertaintyScheme' | 'PolarityScheme' | 'TimeScheme' | 'StanceScheme',
    given: FactualitySpec | undefined,
    fallback: string,
    path: (string | number)[],
  ) => {
    const value = typeof given === 'object' && given !== null ? given.value : (given ?? fallback);
    const cue = typeof given === 'object' && given !== null ? given.cue : undefined;
    return { iri: concept(scheme, String(value), path), cue };
  };

  const record = (st: Stmt, stIri: string, at: (...r: (string | number)[]) => (string | number)[]) => {
    const s = namedNode(stIri);
    mark(stIri, at());
    const holder = holderOf(st, at);
    const holderIri = holder === 'article' ? voice.value : holder === 'unspecified' ? `${iri}/unspecified-source` : entityIri(holder);
    add(s, schema.isPartOf, iri);
    add(s, schema.appearance, iri);
    if (st.sameClaim) {
      const first = foreignStatement(st.sameClaim, at('sameClaim'));
      add(s, cg.sameClaimAs, first);
      add(first, schema.appearance, iri);
    } else add(s, schema.firstAppearance, iri);
    if (st.label) add(s, rdfs.label, str(st.label));
    add(s, cg.holder, holderIri);
    add(s, schema.claimInterpreter, annotator);
    provenance(stIri, st.confidence, at('confidence'));
    if (annotatedOn) add(s, dcterms.created, annotatedOn);
    for (const [i, x] of (st.about ?? []).entries()) add(s, schema.about, entity(x, at('about', i)));
    if (st.audience) add(s, schema.audience, entity(st.audience, at('audience')));
    if (st.event) add(s, cg.madeIn, entity(st.event, at('event')));
    if (st.within) add(s, cg.withinStatement, statement(st.within, at('within')));
    const hedge = st.hedge ?? 'none';
    add(s, cg.hedge, concept('HedgeScheme', hedge, at('hedge')));
    const channel = st.channel ?? (holder === 'article' ? 'narration' : 'unspecified');
    add(s, cg.channel, concept('ChannelScheme', channel, at('channel')));
    if (st.verb) add(s, cg.reportingVerb, str(st.verb));
    const steps = chainOf(st.id);
    const sourcing = deriveSourcing(steps, holder === 'article' ? 'voice' : holder, agentKind, channel === 'belief');
    if (st.sourcing !== undefined && st.sourcing !== sourcing) {
      fail(
        at('sourcing'),
        `sourcing "${st.sourcing}" disagrees with the chain of reports, which makes it "${sourcing}"; remove sourcing (it is derived) or fix via, within or the holder.`,
      );
    }
    add(s, cg.sourcing, concept('SourcingScheme', sourcing, at('sourcing')));
    const facts = [
      [cg.certainty, cg.certaintyCue, factuality('CertaintyScheme', st.certainty, 'certain', at('certainty'))],
      [cg.polarity, cg.polarityCue, factuality('PolarityScheme', st.polarity, 'affirmed', at('polarity'))],
      [cg.time, cg.timeCue, factuality('TimeScheme', st.time, 'unspecified', at('time'))],
      [cg.stance, cg.stanceCue, factuality('StanceScheme', st.stance, stanceOfHedge(hedge, holder === 'article'), at('stance'))],
    ] as const;
    for (const [p, cueP, f] of facts) {
      add(s, p, f.iri);
      if (f.cue) add(s, cueP, str(f.cue));
    }
    if (st.stance === undefined && hedge !== 'none') add(s, cg.stanceCue, str(conceptScheme('HedgeScheme').get(hedge)!.label));
    const relations = [
      ['supports', cg.supports],
      ['opposes', cg.opposes],
      ['denies', cg.denies],
      ['corrects', cg.corrects],
      ['retracts', cg.retracts],
    ] as const;
    for (const [key, p] of relations) for (const [i, x] of (st[key] ?? []).entries()) add(s, p, foreignStatement(x, at(key, i)));
    if (st.reasonFor) add(s, cg.reasonFor, entity(st.reasonFor, at('reasonFor')));
    if (st.ordinal !== undefined) add(s, cg.ordinal, int(st.ordinal, xsd.iri('positiveInteger')));
    const quoted = s.value.includes('/quote/');
    let previousDocument: string | undefined;
    steps.forEach((step, i) => {
      const stepIri = namedNode(`${s.value}/step/${i + 1}`);
      mark(stepIri.value, i > 0 && st.via && i <= st.via.length ? at('via', i - 1) : at());
      add(s, cg.reportStep, stepIri);
      add(stepIri, rdf.type, cg.ReportStep);
      add(stepIri, cg.position, int(i + 1, xsd.iri('positiveInteger')));
      const doc = step.document === iri ? iri : step.document ? entityIri(step.document) : undefined;
      if (doc) add(stepIri, cg.document, doc);
      if (step.agent) add(stepIri, prov.agent, agentNode(step.agent));
      if (step.inference) add(stepIri, cg.inference, str(step.inference));
      // Documents of a printed chain derive from one another; an inferred step asserts nothing.
      if (doc && previousDocument && !step.inference) add(previousDocument, quoted ? prov.wasQuotedFrom : prov.wasDerivedFrom, doc);
      if (doc) previousDocument = step.inference ? undefined : doc;
    });
    if (steps.some((st2) => st2.agent === 'unspecified')) {
      add(unspecified, rdf.type, cg.UnspecifiedSource);
      add(unspecified, rdf.type, cg.UnnamedSource);
      add(unspecified, rdfs.label, str(`unspecified source (${a.article.title})`));
    }
    const graph = `${stIri}/content`;
    add(s, cg.content, graph);
    add(graph, prov.wasAttributedTo, holderIri);
    provenance(graph, st.confidence, at('confidence'));
    if (st.content) {
      mark(graph, at('content'));
      content(namedNode(graph), s, st.content, at('content'));
    }
  };

  const prefixBlock = `${prefixDeclarations('turtle')}\n@prefix claim: <${iri}/claim/> .\n@prefix quote: <${iri}/quote/> .\n${own ? `@prefix ${own.prefix}: <${own.namespace}> .\n` : ''}`;
  const prefixLines = prefixBlock.split('\n').length - 1;
  const vocabulary = new Set(
    ontologyStore()
      .getSubjects(null, null, null)
      .map((t) => t.value),
  );
  const content = (graph: NamedNode, s: NamedNode, turtle: string, path: (string | number)[]) => {
    let parsed: Quad[];
    try {
      // Blank nodes named after the statement, anonymous ones ([ ]) counted per statement, keep
      // compiled output the same on every run whatever was compiled before.
      const local = s.value.split('/').pop()!;
      let anonymous = 0;
      const factory = { ...DataFactory, blankNode: (name?: string) => DataFactory.blankNode(name ?? `${local}-b${++anonymous}`) };
      parsed = new Parser({ baseIRI: `${s.value}/`, blankNodePrefix: `${local}-`, factory }).parse(prefixBlock + turtle);
    } catch (e) {
      const m = /on line (\d+)/.exec(String((e as Error).message));
      const line = m ? Number(m[1]) - prefixLines : undefined;
      fail(path, `the content Turtle does not parse${line ? ` (its line ${line})` : ''}: ${(e as Error).message.replace(/ on line \d+\.?/, '')}`);
    }
    for (const q of parsed!) {
      for (const t of [q.subject, q.predicate, q.object]) {
        if (t.termType !== 'NamedNode') continue;
        if (t.value.startsWith(PREFIXES.id) && !(t.value.slice(PREFIXES.id.length) in entities)) {
          const local = t.value.slice(PREFIXES.id.length);
          fail(path, `the content names id:${local}, which is not a declared entity; declare it or use "${closest(local, Object.keys(entities))}".`);
        }
        if ((t.value.startsWith(`${iri}/claim/`) || t.value.startsWith(`${iri}/quote/`)) && ![...statementIds.values()].includes(t.value)) {
          fail(
            path,
            `the content names ${t.value.slice(iri.length + 1)}, which is not a statement of this article; use claim:<id> or quote:<id> of a declared one.`,
          );
        }
        if (t.value.startsWith(PREFIXES.cg) && !vocabulary.has(t.value)) {
          const local = t.value.slice(PREFIXES.cg.length);
          const known = [...vocabulary].filter((v) => v.startsWith(PREFIXES.cg)).map((v) => v.slice(PREFIXES.cg.length));
          fail(
            path,
            `cg:${local} is not in the ontology; use a defined term such as cg:${closest(local, known)}, or declare a term of your own under vocabulary:.`,
          );
        }
        if (own && t.value.startsWith(own.namespace) && !ownTerms.has(t.value)) {
          fail(path, `${own.prefix}:${t.value.slice(own.namespace.length)} is not declared under vocabulary.terms; add it with a label.`);
        }
      }
      out.push(quad(q.subject, q.predicate, q.object, graph));
    }
  };

  for (const [i, c] of claims.entries()) {
    const at = (...rest: (string | number)[]) => ['claims', i, ...rest];
    const s = statementIds.get(c.id)!;
    if (!c.label) fail(at('label'), `claim "${c.id}" needs a label: a one-line paraphrase of what it says.`);
    add(s, rdf.type, schema.Claim);
    add(s, cg.evidence, span(find(c.evidence ?? fail(at('evidence'), `claim "${c.id}" needs evidence: the exact text that states it.`), at('evidence'))));
    record(c, s, at);
  }

  for (const [i, q] of quotations.entries()) {
    const at = (...rest: (string | number)[]) => ['quotations', i, ...rest];
    const s = statementIds.get(q.id)!;
    if (!q.parts?.length) fail(at('parts'), `quotation "${q.id}" needs its parts: the printed text between the quotation marks.`);
    const parts = q.parts.map((p, j) => find(p, at('parts', j)));
    add(s, rdf.type, schema.Quotation);
    add(s, schema.text, str(parts.map((p) => text.slice(p.begin, p.end)).join(' ')));
    for (const p of parts) add(s, cg.quotedPart, span(p));
    const first = parts[0]!;
    const last = parts[parts.length - 1]!;
    const open = Math.max(text.lastIndexOf('“', first.begin), text.lastIndexOf('"', first.begin - 1));
    const closeAt = [text.indexOf('”', last.end), text.indexOf('"', last.end)].filter((x) => x >= 0);
    const close = closeAt.length ? Math.min(...closeAt) : -1;
    const whole = { begin: open >= 0 && first.begin - open <= 1 ? open : first.begin, end: close >= 0 && close - last.end <= 1 ? close + 1 : last.end };
    add(s, cg.evidence, span(whole));
    record(q, s, at);
  }

  // What entities' annotations say only a statement reports: into that statement's content.
  for (const { statement: st, quads } of reported) for (const [x, p, o] of quads) add(x, p, o, namedNode(`${st}/content`));

  // Editorial notes: the curator's voice, kept in a graph of its own.
  for (const [i, n] of (a.notes ?? []).entries()) {
    const at = (...rest: (string | number)[]) => ['notes', i, ...rest];
    if (!n.id || !n.text) fail(at(), 'a note needs an id and a text.');
    const s = `${iri}/note/${n.id}`;
    mark(s, at());
    add(s, rdf.type, oa.Annotation, editorial);
    add(s, rdf.type, cg.EditorialNote, editorial);
    add(s, oa.motivatedBy, n.motivation === 'assessing' || n.verdict ? oa.assessing : oa.commenting, editorial);
    add(s, oa.bodyValue, str(n.text), editorial);
    add(s, dcterms.creator, annotator, editorial);
    if (annotatedOn) add(s, dcterms.created, annotatedOn, editorial);
    const targets = (n.about ?? []).map((x, j) => statementIds.get(x) ?? entity(x, at('about', j)));
    for (const t of targets) add(s, oa.hasTarget, t, editorial);
    if (n.span) add(s, oa.hasTarget, span(find(n.span, at('span'))), editorial);
    if (!targets.length && !n.span) add(s, oa.hasTarget, iri, editorial);
    if (n.verdict) {
      const v = n.verdict;
      const reviewed = targets.filter((t) => [...statementIds.values()].includes(t));
      if (!reviewed.length) fail(at('about'), `the verdict of note "${n.id}" needs the claim or quotation it reviews in about:.`);
      if (typeof v.rating !== 'number' || !v.label) fail(at('verdict'), 'a verdict needs a rating (a number) and a label ("False", "Misleading", "True").');
      const rating = namedNode(`${s}/rating`);
      add(s, rdf.type, schema.ClaimReview, editorial);
      for (const t of reviewed) add(s, schema.itemReviewed, t, editorial);
      add(s, schema.reviewBody, str(n.text), editorial);
      add(s, schema.author, annotator, editorial);
      add(s, schema.reviewRating, rating, editorial);
      add(rating, rdf.type, schema.Rating, editorial);
      add(rating, schema.ratingValue, literal(String(v.rating), xsd.decimal), editorial);
      add(rating, schema.bestRating, literal(String(v.best ?? 5), xsd.decimal), editorial);
      add(rating, schema.worstRating, literal(String(v.worst ?? 1), xsd.decimal), editorial);
      add(rating, schema.alternateName, str(v.label), editorial);
    }
  }

  return { iri, slug, text, quads: out, places };
}

/** The IRI of an annotator, shared by every article they annotated. */
export const agentIri = (name: string) =>
  `${BASE}agent/${
    name
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-|-$/g, '') || 'anonymous'
  }`;

/** A typed literal for 2025, 2025-01 or 2025-01-20. */
function dateLiteral(value: string, fail: (m: string) => never) {
  if (/^\d{4}$/.test(value)) return literal(value, xsd.gYear);
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) return literal(value, xsd.gYearMonth);
  if (/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(value)) return literal(value, xsd.date);
  return fail(`"${value}" is not a date; write YYYY, YYYY-MM or YYYY-MM-DD.`);
}

/** Resolve a span spec to offsets, or explain why it cannot be placed. */
export function findSpan(text: string, spec: SpanSpec, fail: (message: string) => never): Span {
  const { text: needle, within, occurrence } = typeof spec === 'string' ? { text: spec, within: undefined, occurrence: undefined } : spec;
  if (typeof needle !== 'string' || !needle) return fail('a span needs its exact text.');
  let base = 0;
  let haystack = text;
  if (within !== undefined) {
    const at = occurrences(text, within);
    if (at.length !== 1)
      return fail(
        at.length
          ? `the context "${within}" occurs ${at.length} times; make it longer so it is unique.`
          : `the context "${within}" does not occur in the article text; copy it exactly as printed (quotes ’ “ ” and dashes — included).`,
      );
    base = at[0]!;
    haystack = within;
  }
  const at = occurrences(haystack, needle);
  if (at.length === 0)
    return fail(
      `the text "${needle}" does not occur ${within ? `in "${within}"` : 'in the article'}; copy it exactly as printed (quotes ’ “ ” and dashes — included).`,
    );
  if (occurrence !== undefined) {
    const i = at[occurrence - 1];
    if (i === undefined) return fail(`the text "${needle}" occurs ${at.length} times, so occurrence ${occurrence} does not exist.`);
    return { begin: base + i, end: base + i + needle.length };
  }
  if (at.length > 1) return fail(`the text "${needle}" occurs ${at.length} times; add "within" (a longer unique context) or "occurrence" (1 to ${at.length}).`);
  return { begin: base + at[0]!, end: base + at[0]! + needle.length };
}

function termKey(t: Quad_Object): string {
  return t.termType === 'Literal' ? JSON.stringify([t.value, t.language, t.datatype.value]) : t.value;
}

function lineSuffix(line: number | undefined): string {
  return line ? `:${line}` : '';
}
