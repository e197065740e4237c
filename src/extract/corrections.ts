/**
 * Corrections of a figure: "X revised the figure from A to B", after "X had earlier put the
 * figure at A". The earlier figure and the revised one become two claims, the second correcting
 * the first, each with the figure it gives as its content. Separate from reported speech because
 * the cue is a figure, not a speech verb, and the pair is linked.
 */
import type { Reading, Report } from './findings.js';
import { holdersOf } from './holders.js';
import { sentenceEnd, trimSpan } from './span-helpers.js';

/** "had earlier put the figure at 340", "initially estimated the cost at €2 million". */
export const PUT_AT =
  /\b(?:had\s+)?(?:earlier|previously|initially|first|originally)\s+(put|estimated|gave|reported|set)\s+(?:the|its|their|his|her)\s+(?:[\p{Ll}-]+\s+){0,3}?(figure|number|estimate|toll|count|total|cost|tally|forecast)(?:\s+of\s+[\p{Ll}\s-]{1,30}?)?\s+(?:at|as)\s+((?:about\s+|around\s+|some\s+)?[€$£]?\d[\d,.]*(?:\s+(?:thousand|million|billion))?(?:\s+\p{Ll}+)?)/gu;
/** "revised the figure from €40 million to €48 million", "lowered its estimate from 340 to 210". */
const REVISED =
  /\b(revised|corrected|lowered|raised|cut|reduced|increased|updated|adjusted|amended)\s+(?:the|its|their|his|her|an|a)\s+(?:own\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?:figure|estimate|forecast|count|tally|number|projection|total|toll|tally)s?(?:\s+of\s+[\p{Ll}\s-]{1,30}?)?\s+from\s+([€$£]?\d[\d,.]*(?:\s+(?:thousand|million|billion))?(?:\s+\p{Ll}+)?)\s+to\s+([€$£]?\d[\d,.]*(?:\s+(?:thousand|million|billion))?)/gu;

export function findCorrections(reading: Reading): void {
  const { text, sents, insideQuote, reports, nextClaimId } = reading;
  const { subjectAt } = holdersOf(reading);
  for (const s of sents) {
    const sentence = text.slice(s.begin, s.end);
    const earlier: Report[] = [];
    for (const m of sentence.matchAll(PUT_AT)) {
      const at = s.begin + m.index! + m[0].indexOf(m[1]!);
      if (insideQuote(at) || reports.some((r) => r.cue.begin <= at && r.cue.end > at)) continue;
      const sub = subjectAt(s.begin, s.begin + m.index!);
      if (!sub) continue;
      const figureBegin = s.begin + m.index! + m[0].length - m[3]!.length;
      const evidence = trimSpan(text, { begin: sub.who.span?.begin ?? s.begin, end: figureBegin + m[3]!.length });
      const r: Report = {
        id: nextClaimId(),
        cue: { begin: at, end: at + m[1]!.length },
        verb: m[0].slice(0, m[0].length - m[3]!.length).trim(),
        implies: {},
        holder: sub.who.holder,
        content: evidence,
        evidence,
        confidence: Math.min(0.5, sub.who.confidence),
        figures: { begin: figureBegin, end: figureBegin + m[3]!.length },
      };
      earlier.push(r);
      reports.push(r);
    }
    for (const m of sentence.matchAll(REVISED)) {
      const at = s.begin + m.index!;
      if (insideQuote(at)) continue;
      const sub = subjectAt(s.begin, at);
      if (!sub) continue;
      const from = s.begin + m.index! + m[0].lastIndexOf(`from ${m[2]}`) + 5;
      const to = s.begin + m.index! + m[0].length - m[3]!.length;
      const begin = sub.who.span?.begin ?? at;
      const cue = { begin: at, end: at + m[1]!.length };
      // The earlier figure: the statement the text printed before, or the "from A" of the revision itself.
      let old = earlier.find((r) => r.holder === sub.who.holder);
      if (!old) {
        const evidence = trimSpan(text, { begin, end: from + m[2]!.length });
        old = {
          id: nextClaimId(),
          cue,
          verb: `${m[1]} from`,
          implies: {},
          holder: sub.who.holder,
          content: evidence,
          evidence,
          confidence: Math.min(0.5, sub.who.confidence),
          figures: { begin: from, end: from + m[2]!.length },
        };
        reports.push(old);
      }
      const evidence = trimSpan(text, { begin, end: sentenceEnd(text, s) });
      reports.push({
        id: nextClaimId(),
        cue,
        verb: m[1]!,
        implies: {},
        holder: sub.who.holder,
        content: evidence,
        evidence,
        confidence: Math.min(0.55, sub.who.confidence),
        figures: { begin: to, end: to + m[3]!.length },
        corrects: [old],
      });
    }
  }
}
