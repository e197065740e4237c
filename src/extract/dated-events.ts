/**
 * Dates in what a statement says: an event with that date, reported by the statement, so the
 * date is a typed literal in its content graph. A date after the day of writing needs a
 * statement about the future, which marks the statement's time. Runs once every statement is
 * drafted, since it reads each one's content.
 */
import type { ClaimAnnotation, EntityAnnotation } from '../authoring/format.js';
import type { Span } from '../text/spans.js';
import { datesIn } from './dates.js';
import { findIn, specOf } from './span-helpers.js';

/** The dated events of the claims, date-1, date-2, …; `anchor` is the day of writing. */
export function datedEvents(
  text: string,
  claims: ClaimAnnotation[],
  contentOf: Map<ClaimAnnotation, Span>,
  anchor: string | undefined,
): Record<string, EntityAnnotation> {
  const dated: Record<string, EntityAnnotation> = {};
  let dateCount = 0;
  for (const c of claims) {
    const sp = contentOf.get(c);
    if (!sp) continue;
    for (const d of datesIn(text, sp, anchor)) {
      const after = anchor !== undefined && firstDay(d.value) > anchor;
      if (after && !d.future) continue;
      if (after && !c.time) {
        const evidence = text.slice(findIn(text, c.evidence).begin, findIn(text, c.evidence).end);
        c.time = d.futureCue && evidence.includes(d.futureCue) ? { value: 'future', cue: d.futureCue } : 'future';
      }
      dated[`date-${++dateCount}`] = {
        type: 'Event',
        label: `what ${c.id} dates ${text.slice(d.span.begin, d.span.end)} (${d.value})`,
        mentions: [specOf(text, d.span, 0.5)],
        date: d.value,
        reportedBy: c.id,
        confidence: 0.5,
      };
    }
  }
  return dated;
}

/** The first day a date value (YYYY, YYYY-MM or YYYY-MM-DD) can mean. */
const firstDay = (v: string) => (v.length === 4 ? `${v}-01-01` : v.length === 7 ? `${v}-01` : v);
