/**
 * The state one compilation shares between its passes: the quads written so far (each once,
 * in the order first written, so the output is the same on every run), the annotation line of
 * every node for error places, the span nodes, and the lookups that turn ids into IRIs or fail
 * naming the annotation line and the fix.
 */
import type { NamedNode, Quad, Quad_Graph, Quad_Object, Quad_Subject } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { closest } from 'fastest-levenshtein';
import { AnnotationError } from '../errors.js';
import { conceptScheme } from '../ontology.js';
import { codePointOffsets, type TextRange as Span } from '../text/spans.js';
import { PREFIXES, nif, rdf, skos, xsd } from '../vocab.js';
import type { ArticleAnnotation, ClaimAnnotation, EntityAnnotation, QuotationAnnotation, SpanSpec } from './format.js';
import { articleIri, entityIri } from './iris.js';
import { findSpan } from './span.js';

const { namedNode, literal, quad, defaultGraph } = DataFactory;

/** A place in the annotation, as keys from its root: `['claims', 3, 'evidence']`. */
export type KeyPath = (string | number)[];
/** The place of one entity, claim, quotation or note, extended by the key of one of its fields. */
export type At = (...rest: KeyPath) => KeyPath;
/** Where a value sits in the annotation file, as "file:line" (the line when known). */
export type Locate = (path: KeyPath) => number | undefined;

export type Statement = ClaimAnnotation | QuotationAnnotation;

export interface Compilation {
  a: ArticleAnnotation;
  text: string;
  slug: string;
  /** The article's IRI, its text's, the article's own voice and its editorial graph. */
  iri: string;
  textIri: string;
  voice: NamedNode;
  editorial: NamedNode;
  entities: Record<string, EntityAnnotation>;
  claims: ClaimAnnotation[];
  quotations: QuotationAnnotation[];
  /** Statement id → IRI, for claims and quotations alike. */
  statementIds: Map<string, string>;
  out: Quad[];
  places: Map<string, number>;
  /** Spans found at an annotation place: the node of that range is marked with it. */
  spanPaths: Map<string, KeyPath>;
  /** A UTF-16 offset as the code-point offset RDF spans count in. */
  cp(offset: number): number;
  /** Throws an AnnotationError naming the file and the line of `path`. */
  fail(path: KeyPath, message: string): never;
  /** Writes a quad once; strings are IRIs. */
  add(s: Quad_Subject | string, p: NamedNode, o: Quad_Object | string, g?: Quad_Graph): void;
  str(s: string): Quad_Object;
  int(n: number, type?: NamedNode): Quad_Object;
  /** Records the annotation line a node was first written from. */
  mark(node: string, path: KeyPath): void;
  /** The node of a character range, shared by every role it plays, typed `kind`. */
  span(range: Span, kind?: NamedNode): string;
  /** Places a span spec in the text, or fails at `path` explaining why it cannot. */
  find(spec: SpanSpec, path: KeyPath): Span;
  entity(id: string | undefined, path: KeyPath): string;
  statement(id: string, path: KeyPath): string;
  /** A statement of this article by id, or of another article of the corpus as `slug/claim/id`, `slug/quote/id` or `slug/id`. */
  foreignStatement(ref: string, path: KeyPath): string;
  /** A controlled value's IRI, with its SKOS definition copied in so queries can read notations and labels. */
  concept(scheme: Parameters<typeof conceptScheme>[0], value: string, path: KeyPath): string;
}

const SLUG = /^[a-z0-9][a-z0-9-]*$/;

/** Checks the article's and statements' ids, then opens the compilation's shared state. */
export function openCompilation(a: ArticleAnnotation, text: string, file: string, locate: Locate): Compilation {
  const fail = (path: KeyPath, message: string): never => {
    throw new AnnotationError(`${file}${lineSuffix(locate(path))}: ${message}`, file, locate(path));
  };
  const slug = a.article?.id;
  if (!slug || !SLUG.test(slug)) fail(['article', 'id'], 'article.id must be a slug of lower-case letters, digits and hyphens, e.g. "my-article".');

  const iri = articleIri(slug);
  const textIri = `${iri}/text`;
  const cp = codePointOffsets(text);
  const out: Quad[] = [];
  const seen = new Set<string>();
  const add: Compilation['add'] = (s, p, o, g = defaultGraph()) => {
    const q = quad(typeof s === 'string' ? namedNode(s) : s, p, typeof o === 'string' ? namedNode(o) : o, g);
    const key = `${q.subject.value} ${q.predicate.value} ${termKey(q.object)} ${q.graph.value}`;
    if (!seen.has(key)) seen.add(key), out.push(q);
  };
  const str = (s: string) => literal(s);
  const int = (n: number, type = xsd.integer) => literal(String(n), type);
  const places = new Map<string, number>();
  const mark = (node: string, path: KeyPath) => {
    if (places.has(node)) return;
    const line = locate(path);
    if (line) places.set(node, line);
  };
  const spanPaths = new Map<string, KeyPath>();

  const entities = a.entities ?? {};
  const claims = a.claims ?? [];
  const quotations = a.quotations ?? [];
  const statementIds = new Map<string, string>();
  const registerStatement = (id: string, statementIri: string, path: KeyPath) => {
    if (!id || !SLUG.test(id)) fail(path, `id "${id ?? ''}" must be a slug of lower-case letters, digits and hyphens.`);
    if (statementIds.has(id) || id in entities) fail(path, `id "${id}" is used twice; give each claim, quotation and entity its own id.`);
    statementIds.set(id, statementIri);
  };
  for (const [i, c] of claims.entries()) registerStatement(c.id, `${iri}/claim/${c.id}`, ['claims', i, 'id']);
  for (const [i, q] of quotations.entries()) registerStatement(q.id, `${iri}/quote/${q.id}`, ['quotations', i, 'id']);

  const entity = (id: string | undefined, path: KeyPath): string => {
    if (id === undefined || !(id in entities)) {
      const known = Object.keys(entities);
      fail(path, `unknown entity "${id}". Declare it under entities:${known.length ? ` or use a known id such as "${closest(String(id), known)}"` : ''}.`);
    }
    return entityIri(id!);
  };
  const statement = (id: string, path: KeyPath): string =>
    statementIds.get(id) ??
    fail(path, `unknown claim or quotation "${id}"${statementIds.size ? `; did you mean "${closest(id, [...statementIds.keys()])}"?` : '.'}`);
  // The corpus validator checks that the other article has the statement.
  const foreignStatement = (ref: string, path: KeyPath): string => {
    const m = /^([a-z0-9][a-z0-9-]*)\/(?:(claim|quote)\/)?([a-z0-9][a-z0-9-]*)$/.exec(String(ref));
    if (!m) return statement(ref, path);
    if (m[1] === slug) return statement(m[3]!, path);
    return `${articleIri(m[1]!)}/${m[2] ?? 'claim'}/${m[3]}`;
  };
  const usedConcepts = new Set<string>();
  const concept: Compilation['concept'] = (scheme, value, path) => {
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

  const spans = new Map<string, string>();
  const span = ({ begin, end }: Span, kind: NamedNode = nif.Phrase): string => {
    const key = `${cp(begin)},${cp(end)}`;
    let spanIri = spans.get(key);
    if (!spanIri) {
      spanIri = `${textIri}#char=${key}`;
      spans.set(key, spanIri);
      add(spanIri, nif.beginIndex, int(cp(begin)));
      add(spanIri, nif.endIndex, int(cp(end)));
      add(spanIri, nif.anchorOf, str(text.slice(begin, end)));
      add(spanIri, nif.referenceContext, textIri);
    }
    const path = spanPaths.get(`${begin},${end}`);
    if (path) mark(spanIri, path);
    add(spanIri, rdf.type, kind);
    if (kind !== nif.Sentence) add(spanIri, rdf.type, nif.Phrase);
    return spanIri;
  };
  const find = (spec: SpanSpec, path: KeyPath): Span => {
    const found = findSpan(text, spec, (m) => fail(path, m));
    if (!spanPaths.has(`${found.begin},${found.end}`)) spanPaths.set(`${found.begin},${found.end}`, path);
    return found;
  };

  return {
    a,
    text,
    slug,
    iri,
    textIri,
    voice: namedNode(`${iri}/voice`),
    editorial: namedNode(`${iri}/editorial`),
    entities,
    claims,
    quotations,
    statementIds,
    out,
    places,
    spanPaths,
    cp,
    fail,
    add,
    str,
    int,
    mark,
    span,
    find,
    entity,
    statement,
    foreignStatement,
    concept,
  };
}

/** A typed literal for 2025, 2025-01 or 2025-01-20. */
export function dateLiteral(value: string, fail: (m: string) => never) {
  if (/^\d{4}$/.test(value)) return literal(value, xsd.gYear);
  if (/^\d{4}-(0[1-9]|1[0-2])$/.test(value)) return literal(value, xsd.gYearMonth);
  if (/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/.test(value)) return literal(value, xsd.date);
  return fail(`"${value}" is not a date; write YYYY, YYYY-MM or YYYY-MM-DD.`);
}

function termKey(t: Quad_Object): string {
  return t.termType === 'Literal' ? JSON.stringify([t.value, t.language, t.datatype.value]) : t.value;
}

function lineSuffix(line: number | undefined): string {
  return line ? `:${line}` : '';
}
