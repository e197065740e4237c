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
import { codePointOffsets, nameOccurrences, occurrences, sentences, type Span } from '../text/spans.js';
import { BASE, PREFIXES, cg, dcterms, expand, itsrdf, nif, np, oa, prefixDeclarations, prov, rdf, rdfs, schema, skos, xsd } from '../vocab.js';
import { ENTITY_TYPES, type ArticleAnnotation, type EntityAnnotation, type SpanSpec } from './format.js';

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
  if (!slug || !/^[a-z0-9][a-z0-9-]*$/.test(slug)) fail(['article', 'id'], 'article.id must be a slug of lower-case letters, digits and hyphens, e.g. "my-article".');

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
    statementIds.get(id) ?? fail(path, `unknown claim or quotation "${id}"${statementIds.size ? `; did you mean "${closest(id, [...statementIds.keys()])}"?` : '.'}`);
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
  if (a.article.published) add(iri, schema.datePublished, dateLiteral(a.article.published, (m) => fail(['article', 'published'], m)));
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

  // Entities: the fact layer.
  const claimed = new Map<string, string>();
  for (const [id, e] of Object.entries(entities)) {
    const at = (...rest: (string | number)[]) => ['entities', id, ...rest];
    if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) fail(at(), `entity id "${id}" must be a slug of lower-case letters, digits and hyphens.`);
    const type = ENTITY_TYPES[e.type as keyof typeof ENTITY_TYPES];
    if (!type) fail(at('type'), `unknown type "${e.type}"; use one of ${Object.keys(ENTITY_TYPES).join(', ')} (closest: "${closest(String(e.type), Object.keys(ENTITY_TYPES))}").`);
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
    if (e.worksFor) add(s, schema.worksFor, entity(e.worksFor, at('worksFor')));
    if (e.associatedWith) add(s, cg.associatedWith, entity(e.associatedWith, at('associatedWith')));
    if (e.category) add(s, cg.category, concept('WeaponCategoryScheme', e.category, at('category')));
    if (e.type === 'WeaponSystem' && !e.category) fail(at(), `weapons system "${id}" needs a category (${[...conceptScheme('WeaponCategoryScheme').keys()].join(', ')}).`);
    if (e.date !== undefined) add(s, schema.startDate, dateLiteral(String(e.date), (m) => fail(at('date'), m)));
    for (const [i, x] of (e.attendees ?? []).entries()) add(s, schema.attendee, entity(x, at('attendees', i)));
    if (e.location) add(s, schema.location, entity(e.location, at('location')));
    if (e.author) add(s, schema.author, entity(e.author, at('author')));
    if (e.publisher) add(s, schema.publisher, entity(e.publisher, at('publisher')));
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
    if ((e.names?.length ?? 0) > 0 && kept.length === 0) fail(at('names'), `none of the names of "${id}" occurs in the article text; check the spelling or give mentions instead.`);
    for (const [i, m] of (e.mentions ?? []).entries()) kept.push(find(m, at('mentions', i)));
    for (const m of kept) {
      const key = `${m.begin},${m.end}`;
      const owner = claimed.get(key);
      if (owner && owner !== id) fail(at(), `the text "${text.slice(m.begin, m.end)}" at ${m.begin} is claimed by both "${owner}" and "${id}"; give one of them a longer name or an explicit mention.`);
      claimed.set(key, id);
      add(span(m), itsrdf.taIdentRef, entityIri(id));
    }
    for (const [i, d] of (e.described ?? []).entries()) add(span(find(d, at('described', i))), cg.describes, entityIri(id));
  }

  // Claims and quotations: records in the default graph, contents in graphs of their own.
  type Stmt = (typeof claims)[number] | (typeof quotations)[number];
  const record = (st: Stmt, stIri: string, source: string, at: (...r: (string | number)[]) => (string | number)[]) => {
    const s = namedNode(stIri);
    mark(stIri, at());
    const sourceIri = source === 'article' ? voice.value : entity(source, at('speaker' in st ? 'speaker' : 'source'));
    add(s, schema.isPartOf, iri);
    if (st.label) add(s, rdfs.label, str(st.label));
    add(s, prov.wasAttributedTo, sourceIri);
    for (const [i, x] of (st.about ?? []).entries()) add(s, schema.about, entity(x, at('about', i)));
    if (st.audience) add(s, schema.audience, entity(st.audience, at('audience')));
    if (st.event) add(s, prov.wasGeneratedBy, entity(st.event, at('event')));
    const unnamed = source !== 'article' && ENTITY_TYPES[entities[source]!.type]?.kind === 'unnamed-source';
    const sourcing = st.sourcing ?? (source === 'article' ? 'article-voice' : unnamed ? 'anonymous' : 'named-on-record');
    add(s, cg.sourcing, concept('SourcingScheme', sourcing, at('sourcing')));
    add(s, cg.hedge, concept('HedgeScheme', st.hedge ?? 'none', at('hedge')));
    const channel = st.channel ?? (source === 'article' ? 'narration' : fail(at(), `"${st.id}" needs a channel (${[...conceptScheme('ChannelScheme').keys()].join(', ')}).`));
    add(s, cg.channel, concept('ChannelScheme', channel, at('channel')));
    if (st.verb) add(s, cg.reportingVerb, str(st.verb));
    for (const [i, x] of (st.supports ?? []).entries()) add(s, cg.supports, statement(x, at('supports', i)));
    for (const [i, x] of (st.opposes ?? []).entries()) add(s, cg.opposes, statement(x, at('opposes', i)));
    if (st.reasonFor) add(s, cg.reasonFor, entity(st.reasonFor, at('reasonFor')));
    if (st.ordinal !== undefined) add(s, cg.ordinal, int(st.ordinal, xsd.iri('positiveInteger')));
    attribution(s, source, st.via ?? [], at);
    if (st.content) {
      mark(`${stIri}/content`, at('content'));
      content(s, st.content, at('content'));
    }
  };

  // The chain of reports, nearest first: this article, then each report it went through, then the source.
  const attribution = (s: NamedNode, source: string, via: string[], at: (...r: (string | number)[]) => (string | number)[]) => {
    const steps: { document?: string; agent?: string }[] = [{ document: iri, ...(source === 'article' ? { agent: voice.value } : {}) }];
    for (const [i, v] of via.entries()) {
      const e = entities[v] ?? fail(at('via', i), `unknown report "${v}" in via; name a declared document or agent.`);
      const isDocument = ENTITY_TYPES[e.type]?.kind === 'document';
      const agentId = isDocument ? (e.author ?? e.publisher) : v;
      steps.push({ ...(isDocument ? { document: entity(v, at('via', i)) } : {}), ...(agentId ? { agent: entity(agentId, at('via', i)) } : {}) });
    }
    if (source !== 'article' && steps[steps.length - 1]!.agent !== entityIri(source)) steps.push({ agent: entityIri(source) });
    steps.forEach((step, i) => {
      const stepIri = namedNode(`${s.value}/step/${i + 1}`);
      mark(stepIri.value, i > 0 && i <= via.length ? at('via', i - 1) : at());
      add(s, prov.qualifiedAttribution, stepIri);
      add(stepIri, rdf.type, prov.Attribution);
      add(stepIri, cg.position, int(i + 1, xsd.iri('positiveInteger')));
      if (step.document) add(stepIri, cg.document, step.document);
      if (step.agent) add(stepIri, prov.agent, step.agent);
    });
  };

  const prefixBlock = `${prefixDeclarations('turtle')}\n`;
  const prefixLines = prefixBlock.split('\n').length - 1;
  const vocabulary = new Set(ontologyStore().getSubjects(null, null, null).map((t) => t.value));
  const content = (s: NamedNode, turtle: string, path: (string | number)[]) => {
    const graph = namedNode(`${s.value}/content`);
    let parsed: Quad[];
    try {
      // A blank node prefix of the statement's own keeps compiled output the same on every run.
      parsed = new Parser({ baseIRI: `${s.value}/`, blankNodePrefix: `${s.value.split('/').pop()}-` }).parse(prefixBlock + turtle);
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
        if (t.value.startsWith(PREFIXES.cg) && !vocabulary.has(t.value)) {
          const local = t.value.slice(PREFIXES.cg.length);
          const known = [...vocabulary].filter((v) => v.startsWith(PREFIXES.cg)).map((v) => v.slice(PREFIXES.cg.length));
          fail(path, `cg:${local} is not in the ontology; use a defined term such as cg:${closest(local, known)} or add it to ontology/claimgraph.ttl.`);
        }
      }
      out.push(quad(q.subject, q.predicate, q.object, graph));
    }
    add(s, np.hasAssertion, graph);
  };

  for (const [i, c] of claims.entries()) {
    const at = (...rest: (string | number)[]) => ['claims', i, ...rest];
    const s = statementIds.get(c.id)!;
    if (!c.label) fail(at('label'), `claim "${c.id}" needs a label: a one-line paraphrase of what it says.`);
    if (!c.source) fail(at('source'), `claim "${c.id}" needs a source: an entity id, or "article" for the article's own voice.`);
    add(s, rdf.type, schema.Claim);
    add(s, cg.evidence, span(find(c.evidence ?? fail(at('evidence'), `claim "${c.id}" needs evidence: the exact text that states it.`), at('evidence'))));
    record(c, s, c.source, at);
  }

  for (const [i, q] of quotations.entries()) {
    const at = (...rest: (string | number)[]) => ['quotations', i, ...rest];
    const s = statementIds.get(q.id)!;
    if (!q.speaker) fail(at('speaker'), `quotation "${q.id}" needs a speaker.`);
    if (!q.parts?.length) fail(at('parts'), `quotation "${q.id}" needs its parts: the printed text between the quotation marks.`);
    const parts = q.parts.map((p, j) => find(p, at('parts', j)));
    add(s, rdf.type, schema.Quotation);
    add(s, schema.text, str(parts.map((p) => text.slice(p.begin, p.end)).join(' ')));
    for (const p of parts) add(s, cg.quotedPart, span(p));
    const first = parts[0]!;
    const last = parts[parts.length - 1]!;
    const open = text.lastIndexOf('“', first.begin);
    const close = text.indexOf('”', last.end);
    const whole = { begin: open >= 0 && first.begin - open <= 1 ? open : first.begin, end: close >= 0 && close - last.end <= 1 ? close + 1 : last.end };
    add(s, cg.evidence, span(whole));
    record(q, s, q.speaker, at);
  }

  // Editorial notes: the curator's voice, kept in a graph of its own.
  for (const [i, n] of (a.notes ?? []).entries()) {
    const at = (...rest: (string | number)[]) => ['notes', i, ...rest];
    if (!n.id || !n.text) fail(at(), 'a note needs an id and a text.');
    const s = `${iri}/note/${n.id}`;
    mark(s, at());
    add(s, rdf.type, oa.Annotation, editorial);
    add(s, rdf.type, cg.EditorialNote, editorial);
    add(s, oa.motivatedBy, n.motivation === 'assessing' ? oa.assessing : oa.commenting, editorial);
    add(s, oa.bodyValue, str(n.text), editorial);
    if (a.article.curator) add(s, dcterms.creator, str(a.article.curator), editorial);
    for (const [j, x] of (n.about ?? []).entries()) add(s, oa.hasTarget, statementIds.get(x) ?? entity(x, at('about', j)), editorial);
    if (n.span) add(s, oa.hasTarget, span(find(n.span, at('span'))), editorial);
  }

  return { iri, slug, text, quads: out, places };
}

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
    if (at.length !== 1) return fail(at.length ? `the context "${within}" occurs ${at.length} times; make it longer so it is unique.` : `the context "${within}" does not occur in the article text; copy it exactly as printed (quotes ’ “ ” and dashes — included).`);
    base = at[0]!;
    haystack = within;
  }
  const at = occurrences(haystack, needle);
  if (at.length === 0) return fail(`the text "${needle}" does not occur ${within ? `in "${within}"` : 'in the article'}; copy it exactly as printed (quotes ’ “ ” and dashes — included).`);
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
