/**
 * Small operations on spans of the article text that several stages use: trimming, clause and
 * sentence ends, labels, and the span specs the annotation format writes (a text, with its
 * occurrence when it is printed more than once). No rule of attribution lives here.
 */
import type { SpanSpec } from '../authoring/format.js';
import { occurrences, type Span } from '../text/spans.js';
import { flat } from './entities.js';

export function trimSpan(text: string, { begin, end }: Span): Span {
  while (begin < end && /\s/.test(text[begin]!)) begin++;
  while (end > begin && /[\s,;:]/.test(text[end - 1]!)) end--;
  return { begin, end };
}

export function sentenceEnd(text: string, s: Span): number {
  let end = s.end;
  while (end > s.begin && /[\s.!?]/.test(text[end - 1]!)) end--;
  return end;
}

export function firstClauseEnd(text: string, from: number, to: number): number {
  const m = /[,;]/.exec(text.slice(from, to));
  return m ? from + m.index : to;
}

export function lastCommaBefore(text: string, from: number, at: number): number | undefined {
  const i = text.lastIndexOf(',', at);
  return i > from ? i : undefined;
}

export function stripQuotes(s: string): string {
  return s.replace(/“[^”]*”/g, ' ');
}

export function labelOf(s: string, max = 140): string {
  let l = flat(s)
    .replace(/[“”"]/g, '')
    .replace(/[\s,;:.]+$/, '');
  l = l.charAt(0).toUpperCase() + l.slice(1);
  return l.length > max ? `${l.slice(0, max - 1).replace(/\s+\S*$/, '')}…` : l || 'Untitled statement';
}

export function uniqueSpans(spans: Span[]): Span[] {
  const seen = new Set<string>();
  return spans.filter((s) => !seen.has(`${s.begin},${s.end}`) && seen.add(`${s.begin},${s.end}`));
}

export function findIn(text: string, spec: SpanSpec): Span {
  const { text: needle, occurrence } = typeof spec === 'string' ? { text: spec, occurrence: 1 } : spec;
  const at = occurrences(text, needle)[(occurrence ?? 1) - 1] ?? 0;
  return { begin: at, end: at + needle.length };
}

/** text[sp] as a span spec, with its occurrence when the text prints it more than once. */
export function specOf(text: string, sp: Span, confidence?: number): SpanSpec {
  const needle = text.slice(sp.begin, sp.end);
  const all = occurrences(text, needle);
  const base = all.length === 1 ? needle : { text: needle, occurrence: all.indexOf(sp.begin) + 1 };
  if (confidence === undefined) return base;
  return typeof base === 'string' ? { text: base, confidence } : { ...base, confidence };
}
