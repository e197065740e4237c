/**
 * Dates printed in a statement, as values for typed literals (xsd:date "2025-02-25", xsd:gYearMonth
 * "2025-03", xsd:gYear "2027"): absolute ("14 March 2025", "Oct. 12, 2025", "in January 2025", "in 2027") and
 * relative to the day of writing ("last Tuesday", "on Friday", "yesterday", "this month", "in
 * April", "on Feb. 27"), read from the dateline or the publication date. A weekday or a month without a year is
 * the last one before the day of writing, or the next one after it when the statement speaks of the
 * future. A date right after a reporting verb ("said on Monday") dates the saying, not what is said,
 * and is left out.
 */
import type { Span } from '../text/spans.js';
import { MONTHS } from './lexicon.js';

export interface FoundDate {
  span: Span;
  /** YYYY-MM-DD, YYYY-MM or YYYY. */
  value: string;
  /** The statement speaks of the future (a future tense or "until", "by", "next"). */
  future: boolean;
  /** The word that shows the future, when one does. */
  futureCue?: string;
}

const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Aug|Sept|Oct|Nov|Dec)\\.)';
const WEEKDAY = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const PATTERNS: { re: RegExp; kind: string }[] = [
  { re: new RegExp(`\\b(?:on\\s+)?(\\d{1,2})\\s+${MONTH}\\s+(\\d{4})\\b`, 'g'), kind: 'day-month-year' },
  { re: new RegExp(`\\b(?:on\\s+)?${MONTH}\\s+(\\d{1,2}),?\\s+(\\d{4})\\b`, 'g'), kind: 'month-day-year' },
  { re: new RegExp(`\\b(?:in|by|until|since|from|early|late)\\s+${MONTH}\\s+(\\d{4})\\b`, 'g'), kind: 'month-year' },
  // "on Feb. 27", "until March 3": a day of a month without its year, read from the day of writing.
  { re: new RegExp(`\\b(on|by|until|since|from)?\\s*${MONTH}\\s+(\\d{1,2})\\b(?!,?\\s+\\d{4}|\\s*(?:percent|per cent|%)|[.,]\\d)`, 'g'), kind: 'month-day' },
  { re: /\b(?:in|by|until)\s+((?:19|20)\d\d)\b(?!\s*(?:percent|per cent|%))/g, kind: 'year' },
  { re: new RegExp(`\\b(in|by|until|from|early|late|mid-)\\s*${MONTH}\\b(?!\\s+\\d)`, 'g'), kind: 'month' },
  { re: new RegExp(`\\b(on|last|this|next|until|by|from|since)\\s+${WEEKDAY}\\b`, 'g'), kind: 'weekday' },
  { re: /\b(yesterday|today|tomorrow)\b/g, kind: 'day' },
  { re: /\b(last|this|next)\s+(month|year)\b/g, kind: 'relative' },
];
/** A reporting verb (and its object) just before a date: the date of the saying. */
const SAYING_BEFORE =
  /\b(?:said|says|told|reported|announced|warned|wrote|added|stated|confirmed|denied|claimed|insisted|noted|argued|commented|retracted)(?:\s+(?!that\b)[\p{L}’']+){0,2}?(?:\s+(?:in|at|to|on)\s+(?:a|an|the)\s+(?:[\p{L}-]+\s+){0,2}?[\p{L}-]+)?\s*$/u;
const FUTURE = /\b(will|would|shall|(?:is|are)\s+(?:\p{L}+ly\s+)?(?:expected to|due|set to|to)|plans? to|intends? to|going to|scheduled|next)\b/iu;

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (d: Date) => `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
/** A month's number from its name or its abbreviation ("Sept."). */
const monthOf = (name: string) => MONTHS.findIndex((m) => m.startsWith(name.toLowerCase().replace(/\.$/, ''))) + 1;

/**
 * The dates printed in text[span], with `anchor` (YYYY-MM-DD) the day of writing; without an
 * anchor only dates that print their year.
 */
export function datesIn(text: string, span: Span, anchor?: string): FoundDate[] {
  const s = text.slice(span.begin, span.end);
  const futureMatch = FUTURE.exec(s.replace(/“[^”]*”|"[^"]*"/g, ' '));
  const out: FoundDate[] = [];
  const taken: [number, number][] = [];
  const day = anchor ? new Date(`${anchor}T00:00:00Z`) : undefined;
  for (const { re, kind } of PATTERNS) {
    for (const m of s.matchAll(re)) {
      const begin = m.index!;
      const end = begin + m[0].length;
      if (taken.some(([b, e]) => begin < e && end > b)) continue;
      if (SAYING_BEFORE.test(text.slice(Math.max(0, span.begin + begin - 50), span.begin + begin))) continue;
      const lead = m[1]?.toLowerCase();
      const future = !!futureMatch || lead === 'until' || lead === 'by' || lead === 'next' || lead === 'tomorrow';
      let value: string | undefined;
      if (kind === 'day-month-year') value = `${m[3]}-${pad(monthOf(m[2]!))}-${pad(Number(m[1]))}`;
      else if (kind === 'month-day-year') value = `${m[3]}-${pad(monthOf(m[1]!))}-${pad(Number(m[2]))}`;
      else if (kind === 'month-year') value = `${m[2]}-${pad(monthOf(m[1]!))}`;
      else if (kind === 'year') value = m[1]!;
      else if (day) {
        const year = day.getUTCFullYear();
        const month = day.getUTCMonth() + 1;
        if (kind === 'month-day') {
          // The last such day on or before the day of writing, or the next one on or after it when the statement speaks of the future.
          const mo = monthOf(m[2]!);
          const dd = Number(m[3]);
          const at = `${pad(mo)}-${pad(dd)}`;
          const today = `${pad(month)}-${pad(day.getUTCDate())}`;
          const y = future ? (at < today ? year + 1 : year) : at > today ? year - 1 : year;
          if (dd >= 1 && dd <= 31) value = `${y}-${at}`;
        } else if (kind === 'month') {
          const mo = monthOf(m[2]!);
          const y = future ? (mo < month ? year + 1 : year) : mo > month ? year - 1 : year;
          value = `${y}-${pad(mo)}`;
        } else if (kind === 'weekday') {
          const target = WEEKDAYS.indexOf(m[2]!.toLowerCase());
          const today = day.getUTCDay();
          const d = new Date(day);
          if (lead === 'last') d.setUTCDate(d.getUTCDate() - ((today - target + 7) % 7 || 7));
          else if (lead === 'next' || (future && lead !== 'since' && lead !== 'this'))
            d.setUTCDate(d.getUTCDate() + ((target - today + 7) % 7 || (lead === 'next' ? 7 : 0)));
          else d.setUTCDate(d.getUTCDate() - ((today - target + 7) % 7));
          value = iso(d);
        } else if (kind === 'day') {
          const d = new Date(day);
          d.setUTCDate(d.getUTCDate() + (lead === 'yesterday' ? -1 : lead === 'tomorrow' ? 1 : 0));
          value = iso(d);
        } else if (kind === 'relative') {
          const shift = lead === 'last' ? -1 : lead === 'next' ? 1 : 0;
          if (m[2] === 'year') value = String(year + shift);
          else {
            const d = new Date(Date.UTC(year, month - 1 + shift, 1));
            value = `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}`;
          }
        }
      }
      if (!value) continue;
      taken.push([begin, end]);
      // The date's own words: "last Tuesday", "in March", without "on".
      const words = m[0].replace(/^(?:on|in|by|until|since|from)\s+/i, '');
      const wordsBegin = span.begin + begin + m[0].length - words.length;
      out.push({
        span: { begin: wordsBegin, end: wordsBegin + words.length },
        value,
        future,
        ...(futureMatch ? { futureCue: futureMatch[0] } : {}),
      });
    }
  }
  return out.sort((a, b) => a.span.begin - b.span.begin);
}
