/**
 * The first stage: the headline (a first line without a full stop) and the dateline
 * ("BRUSSELS, March 14 (Reuters) —"). Read before names are found, because the dateline names a
 * place, dates the article, and moves the start of the first sentence past itself.
 */
import type { Span } from '../text/spans.js';
import type { Reading } from './findings.js';
import { CITIES, COUNTRIES, MONTHS } from './lexicon.js';

export interface Dateline {
  span: Span;
  place: Span;
  published?: string;
}

/** The first line, when it reads as a headline: no closing punctuation, two words or more, at most 200 characters. */
export function findHeadline(text: string): Span | undefined {
  const firstLine = /^[^\S\n]*([^\n]+)\n/.exec(text);
  let headline: Span | undefined;
  if (firstLine && firstLine[1]!.length <= 200 && !/[.!?:;"”’]\s*$/.test(firstLine[1]!) && firstLine[1]!.trim().split(/\s+/).length >= 2) {
    const begin = firstLine.index + firstLine[0].indexOf(firstLine[1]!);
    headline = { begin, end: begin + firstLine[1]!.trimEnd().length };
  }
  return headline;
}

/**
 * The dateline that opens the body, its place registered as a mention; the sentence it opens then
 * begins after it. `published` gives the year a dateline without one ("March 3") is read in.
 */
export function findDateline({ text, sents, initial, registry }: Reading, headline: Span | undefined, published?: string): Dateline | undefined {
  const bodyStart = headline ? text.slice(headline.end).search(/\S/) + headline.end : 0;
  const dl = /^([A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*){0,3})(?:,\s*([A-Z][\p{L}.]*(?:\s+\d{1,2})?(?:,\s*\d{4})?))?\s*(?:\(([^)]+)\))?\s*[—–-]{1,2}\s/u.exec(
    text.slice(bodyStart),
  );
  let dateline: Dateline | undefined;
  if (dl && dl[1]!.length >= 3) {
    const placeName = dl[1]!.toLowerCase().replace(/(^|[\s.-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
    const placeSpan = { begin: bodyStart, end: bodyStart + dl[1]!.length };
    const e = COUNTRIES[placeName]
      ? registry.ensure(`place:${COUNTRIES[placeName]}`, 'Country', COUNTRIES[placeName]!, 0.8)
      : registry.ensure(`place:${placeName}`, CITIES.has(placeName) ? 'City' : 'Place', placeName, 0.7);
    registry.mention(e, placeSpan, 'name', 0.7);
    // "March 3" without a year takes the year of the publication date when it is known.
    const date = dl[2] ? (parseDate(dl[2]) ?? (published ? parseDate(`${dl[2]} ${published.slice(0, 4)}`) : undefined)) : undefined;
    dateline = { span: { begin: bodyStart, end: bodyStart + dl[0].trimEnd().length }, place: placeSpan, ...(date ? { published: date } : {}) };
    // The sentence the dateline opens begins, for attribution, after it ("RIVERTON, March 3 — The city council …").
    const first = sents.find((x) => x.begin <= dateline!.span.begin && x.end > dateline!.span.end);
    if (first) {
      first.begin = text.slice(dateline.span.end).search(/\S/) + dateline.span.end;
      initial.add(first.begin);
    }
  }
  return dateline;
}

/** "March 14, 2025" or "14 March 2025" → 2025-03-14. */
function parseDate(s: string): string | undefined {
  const m = /(\p{L}+)\.?\s+(\d{1,2}),?\s+(\d{4})|(\d{1,2})\s+(\p{L}+)\s+(\d{4})/u.exec(s);
  if (!m) return undefined;
  const month = MONTHS.findIndex((x) => x.startsWith((m[1] ?? m[5]!).toLowerCase().slice(0, 3))) + 1;
  if (!month) return undefined;
  const day = Number(m[2] ?? m[4]);
  return `${m[3] ?? m[6]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
