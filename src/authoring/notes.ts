/**
 * Editorial notes: the curator's voice, kept in the article's editorial graph so it never
 * mixes with what the article says. A note with a verdict is also a schema:ClaimReview.
 */
import { DataFactory } from 'n3';
import { cg, dcterms, oa, rdf, schema, xsd } from '../vocab.js';
import type { At, Compilation } from './context.js';
import type { Provenance } from './document.js';

const { namedNode, literal } = DataFactory;

export function writeNotes(c: Compilation, { annotator, annotatedOn }: Provenance): void {
  const { iri, editorial, statementIds, str, fail } = c;
  const add = (s: Parameters<Compilation['add']>[0], p: Parameters<Compilation['add']>[1], o: Parameters<Compilation['add']>[2]) => c.add(s, p, o, editorial);
  for (const [i, n] of (c.a.notes ?? []).entries()) {
    const at: At = (...rest) => ['notes', i, ...rest];
    if (!n.id || !n.text) fail(at(), 'a note needs an id and a text.');
    const s = `${iri}/note/${n.id}`;
    c.mark(s, at());
    add(s, rdf.type, oa.Annotation);
    add(s, rdf.type, cg.EditorialNote);
    add(s, oa.motivatedBy, n.motivation === 'assessing' || n.verdict ? oa.assessing : oa.commenting);
    add(s, oa.bodyValue, str(n.text));
    add(s, dcterms.creator, annotator);
    if (annotatedOn) add(s, dcterms.created, annotatedOn);
    const targets = (n.about ?? []).map((x, j) => statementIds.get(x) ?? c.entity(x, at('about', j)));
    for (const t of targets) add(s, oa.hasTarget, t);
    if (n.span) add(s, oa.hasTarget, c.span(c.find(n.span, at('span'))));
    if (!targets.length && !n.span) add(s, oa.hasTarget, iri);
    if (n.verdict) {
      const v = n.verdict;
      const reviewed = targets.filter((t) => [...statementIds.values()].includes(t));
      if (!reviewed.length) fail(at('about'), `the verdict of note "${n.id}" needs the claim or quotation it reviews in about:.`);
      if (typeof v.rating !== 'number' || !v.label) fail(at('verdict'), 'a verdict needs a rating (a number) and a label ("False", "Misleading", "True").');
      const rating = namedNode(`${s}/rating`);
      add(s, rdf.type, schema.ClaimReview);
      for (const t of reviewed) add(s, schema.itemReviewed, t);
      add(s, schema.reviewBody, str(n.text));
      add(s, schema.author, annotator);
      add(s, schema.reviewRating, rating);
      add(rating, rdf.type, schema.Rating);
      add(rating, schema.ratingValue, literal(String(v.rating), xsd.decimal));
      add(rating, schema.bestRating, literal(String(v.best ?? 5), xsd.decimal));
      add(rating, schema.worstRating, literal(String(v.worst ?? 1), xsd.decimal));
      add(rating, schema.alternateName, str(v.label));
    }
  }
}
