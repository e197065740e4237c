/**
 * The article itself, before anything it says: the document and its text with every sentence,
 * the annotator every record names, and the terms of the annotation's own namespace (defined
 * in the graph so the validator accepts them).
 */
import type { NamedNode, Quad_Object } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { sentences } from '../text/spans.js';
import { inKeptForm } from '../literal-forms.js';
import { PREFIXES, cg, nif, owl, prov, rdf, rdfs, schema, xsd } from '../vocab.js';
import { type Compilation, dateLiteral, type KeyPath } from './context.js';
import type { VocabularyAnnotation } from './format.js';
import { agentIri } from './iris.js';

const { namedNode, literal } = DataFactory;

export function writeDocument(c: Compilation): void {
  const { a, iri, textIri, voice, text, add, str, int, fail } = c;
  c.mark(iri, ['article']);
  c.mark(textIri, ['article', 'text']);
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
  if (a.article.author) add(iri, schema.author, c.entity(a.article.author, ['article', 'author']));
  if (a.article.publisher) add(iri, schema.publisher, c.entity(a.article.publisher, ['article', 'publisher']));
  add(textIri, rdf.type, nif.Context);
  add(textIri, nif.isString, str(text));
  add(textIri, nif.beginIndex, int(0));
  add(textIri, nif.endIndex, int(c.cp(text.length)));
  add(textIri, nif.sourceUrl, iri);
  add(voice, rdf.type, prov.Agent);
  add(voice, rdfs.label, str(`${a.article.title} (the article's own voice)`));
  for (const s of sentences(text)) c.span(s, nif.Sentence);
}

/** Who made the annotation: every record, mention span and content graph names them. */
export interface Provenance {
  annotator: NamedNode;
  annotatedOn: Quad_Object | undefined;
  /** Names the annotator of a node and their confidence in it (1 unless given). */
  provenance(node: string, confidence: number | undefined, path: KeyPath): void;
}

export function writeAnnotator(c: Compilation): Provenance {
  const { a, add, str, fail } = c;
  const spec = a.article.annotator ?? { name: a.article.curator ?? 'claimgraph curators', kind: 'curator' as const };
  const annotator = namedNode(agentIri(spec.name));
  add(annotator, rdf.type, spec.kind === 'program' ? prov.SoftwareAgent : prov.Person);
  add(annotator, rdfs.label, str(spec.name));
  if (spec.version) add(annotator, schema.softwareVersion, str(spec.version));
  const annotatedOn = spec.date ? dateLiteral(spec.date, (m) => fail(['article', 'annotator', 'date'], m)) : undefined;
  const confidenceOf = (value: number | undefined, path: KeyPath) => {
    const n = value ?? 1;
    if (typeof n !== 'number' || !(n >= 0 && n <= 1)) fail(path, `confidence must be a number from 0 to 1, got ${JSON.stringify(value)}.`);
    // In the form every engine gives back: "1", "0.85" (see literal-forms.ts).
    return inKeptForm(literal(String(n).includes('e') ? n.toFixed(20) : String(n), xsd.decimal));
  };
  const provenance = (node: string, confidence: number | undefined, path: KeyPath) => {
    add(node, cg.annotatedBy, annotator);
    add(node, cg.confidence, confidenceOf(confidence, path));
  };
  return { annotator, annotatedOn, provenance };
}

/** The annotation's own namespace and the terms it declares, which content may use. */
export interface OwnVocabulary {
  own: VocabularyAnnotation | undefined;
  ownTerms: Set<string>;
}

export function writeVocabulary(c: Compilation): OwnVocabulary {
  const { a, add, fail } = c;
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
      c.mark(t, ['vocabulary', 'terms', term]);
      const isClass = def.kind ? def.kind === 'class' : /^[A-Z]/.test(term);
      add(t, rdf.type, isClass ? owl.Class : rdf.Property);
      if (!isClass) add(t, rdf.type, cg.ContentProperty);
      add(t, rdfs.label, literal(def.label, 'en'));
      if (def.comment) add(t, rdfs.comment, literal(def.comment, 'en'));
      add(t, rdfs.isDefinedBy, c.iri);
    }
  }
  return { own, ownTerms };
}
