/** Quotation marks in raw text: typographic pairs and straight pairs, never across a blank line. */
import type { Span } from '../text/spans.js';

export interface QuoteMark extends Span {
  /** The opening mark's offset; `begin` is just after it. */
  open: number;
  /** The closing mark's offset; `end` is the closing mark itself (exclusive end of the quoted text). */
  close: number;
}

const BLANK_LINE = /\n[^\S\n]*\n/;

/** Every quotation between “ and ” or between two straight double quotes, in reading order. */
export function findQuotes(text: string): QuoteMark[] {
  const out: QuoteMark[] = [];
  for (let i = text.indexOf('“'); i !== -1; i = text.indexOf('“', i + 1)) {
    const close = text.indexOf('”', i + 1);
    if (close === -1) break;
    const inner = text.slice(i + 1, close);
    // A paragraph that opens a quotation and runs on without closing it: the next paragraph's “ reopens.
    if (BLANK_LINE.test(inner) || inner.includes('“')) continue;
    if (inner.trim()) out.push({ open: i, close, begin: i + 1, end: close });
    i = close;
  }
  let pending: number | undefined;
  for (let i = text.indexOf('"'); i !== -1; i = text.indexOf('"', i + 1)) {
    if (pending === undefined) pending = i;
    else {
      const inner = text.slice(pending + 1, i);
      if (BLANK_LINE.test(inner)) pending = i;
      else {
        if (inner.trim()) out.push({ open: pending, close: i, begin: pending + 1, end: i });
        pending = undefined;
      }
    }
  }
  return out.sort((a, b) => a.open - b.open);
}

/**
 * Quotations inside a quotation's text: between ‘ and ’, or between two straight single quotes
 * that are not apostrophes (the opening one not after a letter, the closing one not before one).
 */
export function innerQuotes(text: string, outer: { begin: number; end: number }): QuoteMark[] {
  const out: QuoteMark[] = [];
  const inner = text.slice(outer.begin, outer.end);
  for (const m of inner.matchAll(/‘((?:[^‘’]|’(?=\p{L}))+)’(?![\p{L}])|(?<![\p{L}\p{N}])'(?=\p{L})([^']+?)(?<=[\p{L}\p{N}.,!?])'(?![\p{L}])/gu)) {
    const open = outer.begin + m.index!;
    const close = open + m[0].length - 1;
    out.push({ open, close, begin: open + 1, end: close });
  }
  return out;
}
