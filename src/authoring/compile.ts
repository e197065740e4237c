/**
 * Annotation → RDF. One pass over an `ArticleAnnotation` writes the three layers:
 * facts and statement records in the default graph, each claim's content in its
 * own named graph, curator notes in the article's editorial graph. Each pass lives in a
 * module of its own; the order here is the order quads are written, which keeps the
 * compiled TriG the same on every run.
 */
import type { Quad } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { contentWriter } from './content.js';
import { type Locate, openCompilation } from './context.js';
import { writeAnnotator, writeDocument, writeVocabulary } from './document.js';
import { writeEntities } from './entities.js';
import type { ArticleAnnotation } from './format.js';
import { writeNotes } from './notes.js';
import { recordWriter } from './records.js';
import { reports } from './reports.js';
import { writeStatements } from './statements.js';

export { agentIri, articleIri, entityIri } from './iris.js';

const { namedNode } = DataFactory;

export interface CompiledArticle {
  /** The article's IRI. */
  iri: string;
  slug: string;
  text: string;
  quads: Quad[];
  /** The annotation line each node was written at (entities, statements, steps, content graphs, spans, notes), for error places. */
  places: Map<string, number>;
}

export function compileAnnotation(a: ArticleAnnotation, text: string, file = '<annotation>', locate: Locate = () => undefined): CompiledArticle {
  const c = openCompilation(a, text, file, locate);
  writeDocument(c);
  const by = writeAnnotator(c);
  const vocabulary = writeVocabulary(c);
  const reported = writeEntities(c, by);
  writeStatements(c, recordWriter(c, by, reports(c), contentWriter(c, vocabulary)));
  // What entities' annotations say only a statement reports: into that statement's content.
  for (const { statement, quads } of reported) for (const [x, p, o] of quads) c.add(x, p, o, namedNode(`${statement}/content`));
  writeNotes(c, by);
  return { iri: c.iri, slug: c.slug, text, quads: c.out, places: c.places };
}
