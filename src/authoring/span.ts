/**
 * Printed text → offsets. Annotations name spans by their exact text, so every span is
 * found the same way, and a text that is absent or ambiguous fails saying how to fix it.
 */
import { occurrences, type TextRange as Span } from '../text/spans.js';
import type { SpanSpec } from './format.js';

/** Resolve a span spec to offsets, or explain why it cannot be placed. */
export function findSpan(text: string, spec: SpanSpec, fail: (message: string) => never): Span {
  const { text: needle, within, occurrence } = typeof spec === 'string' ? { text: spec, within: undefined, occurrence: undefined } : spec;
  if (typeof needle !== 'string' || !needle) return fail('a span needs its exact text.');
  let base = 0;
  let haystack = text;
  if (within !== undefined) {
    const at = occurrences(text, within);
    if (at.length !== 1)
      return fail(
        at.length
          ? `the context "${within}" occurs ${at.length} times; make it longer so it is unique.`
          : `the context "${within}" does not occur in the article text; copy it exactly as printed (quotes ’ “ ” and dashes — included).`,
      );
    base = at[0]!;
    haystack = within;
  }
  const at = occurrences(haystack, needle);
  if (at.length === 0)
    return fail(
      `the text "${needle}" does not occur ${within ? `in "${within}"` : 'in the article'}; copy it exactly as printed (quotes ’ “ ” and dashes — included).`,
    );
  if (occurrence !== undefined) {
    const i = at[occurrence - 1];
    if (i === undefined) return fail(`the text "${needle}" occurs ${at.length} times, so occurrence ${occurrence} does not exist.`);
    return { begin: base + i, end: base + i + needle.length };
  }
  if (at.length > 1) return fail(`the text "${needle}" occurs ${at.length} times; add "within" (a longer unique context) or "occurrence" (1 to ${at.length}).`);
  return { begin: base + at[0]!, end: base + at[0]! + needle.length };
}
