/**
 * Main clauses of one sentence: "The ferry sank on Monday; its crew was rescued" and "Fares rose
 * in May, and the council cut the service" say two things, each a statement of its own. A
 * sentence is cut at "; " or ", and" / ", but" only where the rules can tell two finite clauses
 * apart: a finite verb before the cut, and after it a subject (a pronoun, a determiner, a name)
 * followed within a few words by a finite verb; a negative quantifier ("nothing in the report shows …")
 * opens a clause as a determiner does. A list ("ferries, buses, and trains were
 * cancelled") or a shared subject (", and closed the road") is left whole.
 */
import type { Span } from '../text/spans.js';

const AUXILIARY = 'is|are|was|were|has|have|had|will|would|can|could|may|might|must|shall|should|did|does|do|am';
/** Past tenses that do not end in -ed, the ones news prose uses most. */
const IRREGULAR_PAST =
  'rose|fell|sank|went|took|made|cut|grew|began|paid|sold|won|lost|left|met|ran|held|kept|came|gave|saw|got|set|put|built|spent|fought|brought|bought|told|said|thought|found|stood|struck|broke|chose|drove|flew|froze|hit|led|let|meant|sent|shut|shot|sought|spoke|spread|stole|threw|wrote|became|drew|fled|hid|laid|lay|quit|rebuilt|slid|stuck|swept|tore|upheld|withdrew';
/** A regular past tense, not a word that merely ends in -ed ("need", "hundred"). */
const PAST_ED = '(?!(?:need|feed|seed|speed|bed|red|shed|hundred|indeed|sacred|naked|wicked|kindred)\\b)\\p{Ll}{2,}ed';
const VERB = `(?:${AUXILIARY}|${IRREGULAR_PAST}|${PAST_ED})`;
const FINITE = new RegExp(`\\b${VERB}\\b|n[’']t\\b`, 'u');
/** What opens a clause with a subject of its own: a pronoun, a determiner or a name, the finite verb within five words after. */
const SUBJECT_THEN_VERB = new RegExp(
  `^(?:(?:the|a|an|its|his|her|their|our|this|these|those|some|many|most|no|all|both|each|every|one|two|three|several|it|he|she|they|we|there)\\b|\\p{Lu}[\\p{L}’'.-]*)(?:\\s+[\\p{L}\\p{N}’'.,-]+){0,5}?\\s+${VERB}\\b`,
  'u',
);
/** A negative quantifier opening a clause, its verb a present tense too ("nothing in this account shows …"). */
const NEGATIVE_SUBJECT = new RegExp(`^(?:nothing|nobody|none|no one|neither)\\b(?:\\s+[\\p{L}\\p{N}’'.,-]+){0,5}?\\s+(?:${VERB}|\\p{Ll}+s)\\b`, 'u');
/** Where a sentence may be cut: a semicolon, or a comma before "and" or "but". */
const CUT = /;\s+|,\s+(?:and|but)\s+/g;

/**
 * The main clauses of text[span], in reading order; the whole span when it cannot be cut. `skip`
 * says which offsets may not be cut at (inside a quotation).
 */
export function clausesOf(text: string, span: Span, skip: (at: number) => boolean = () => false): Span[] {
  const sentence = text.slice(span.begin, span.end);
  const out: Span[] = [];
  let begin = 0;
  for (const m of sentence.matchAll(CUT)) {
    const at = m.index!;
    if (skip(span.begin + at)) continue;
    const before = sentence.slice(begin, at);
    const after = sentence.slice(at + m[0].length);
    if (!FINITE.test(stripQuoted(before)) || !(SUBJECT_THEN_VERB.test(after) || NEGATIVE_SUBJECT.test(after))) continue;
    out.push({ begin: span.begin + begin, end: span.begin + at });
    begin = at + m[0].length;
  }
  out.push({ begin: span.begin + begin, end: span.end });
  return out;
}

const stripQuoted = (s: string) => s.replace(/“[^”]*”|"[^"]*"/g, ' ');
