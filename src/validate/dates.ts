/**
 * Event dates not after the article's publication: an article reports what happened before it
 * was published. A date in the content of a statement about the future (cg:time cg:Future, or a
 * scheduled or potential action) may lie after it.
 */
import type { Quad, Term } from '@rdfjs/types';
import { cg, compact, itsrdf, nif, schema } from '../vocab.js';
import type { Problem } from './report.js';
import { DEFAULT, articleOf, id, one, problem, statements, type Check } from './common.js';

const DATES = [schema.startDate, schema.endDate];
const FUTURE_STATUS = [schema.EventScheduled, schema.PotentialActionStatus, cg.iri('ScheduledActionStatus'), cg.iri('ConsideredActionStatus')].map(
  (t) => t.value,
);

/** The first and the last day a date literal can mean, as YYYY-MM-DD. */
const firstDay = (v: string) => (v.length === 4 ? `${v}-01-01` : v.length === 7 ? `${v}-01` : v.slice(0, 10));
const lastDay = (v: string) => (v.length === 4 ? `${v}-12-31` : v.length === 7 ? `${v}-31` : v.slice(0, 10));

export function dateProblems(c: Check): Problem[] {
  return [...factDates(c), ...contentDates(c)];
}

function published(c: Check, article: Term | undefined): string | undefined {
  return article && one(c.store, article, schema.datePublished)?.value;
}

function tooLate(c: Check, q: Quad, article: Term, graph?: string, near: string[] = []): Problem[] {
  const date = published(c, article);
  if (!date || firstDay(q.object.value) <= lastDay(date)) return [];
  return [
    problem(
      c,
      id(q.subject),
      `${compact(id(q.subject))} ${compact(q.predicate.value)} ${q.object.value} is after ${compact(article.value)} was published (${date})${graph ? ` (in <${graph}>)` : ''}.`,
      "An article reports what happened before it was published: correct the `date:` (or the article's `published:`); a date that a statement gives for the future belongs to a statement with `time: future` or a scheduled action.",
      { path: compact(q.predicate.value), ...(graph ? { graph } : {}), near },
    ),
  ];
}

/** Articles that mention a node (through its mention spans), for facts of the default graph. */
function mentioningArticles(c: Check, node: Term): Term[] {
  const out = new Map<string, Term>();
  for (const span of c.store.getSubjects(itsrdf.taIdentRef, node, DEFAULT)) {
    const ctx = one(c.store, span, nif.referenceContext);
    const article = ctx && one(c.store, ctx, nif.sourceUrl);
    if (article) out.set(article.value, article);
  }
  return [...out.values()];
}

function factDates(c: Check): Problem[] {
  const out: Problem[] = [];
  for (const p of DATES) {
    for (const q of c.store.getQuads(null, p, null, DEFAULT)) {
      const article = mentioningArticles(c, q.subject).sort((a, b) => (published(c, a) ?? '\uffff').localeCompare(published(c, b) ?? '\uffff'))[0];
      if (article) out.push(...tooLate(c, q, article));
    }
  }
  return out;
}

function contentDates(c: Check): Problem[] {
  const out: Problem[] = [];
  for (const record of statements(c.store)) {
    const graph = one(c.store, record, cg.content);
    const article = articleOf(c.store, record);
    if (!graph || !article || one(c.store, record, cg.time)?.value === cg.iri('Future').value) continue;
    const g = graph as Quad['graph'];
    for (const p of DATES) {
      for (const q of c.store.getQuads(null, p, null, g)) {
        const future = [schema.eventStatus, schema.actionStatus].some((sp) =>
          c.store.getObjects(q.subject, sp, g).some((o) => FUTURE_STATUS.includes(o.value)),
        );
        if (!future) out.push(...tooLate(c, q, article, graph.value, [id(record)]));
      }
    }
  }
  return out;
}
