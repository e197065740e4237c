/**
 * What a quotation itself quotes or reports: the words one speaker quotes another saying
 * (“… they told me, ‘This is a switch problem,’ …”), and reports inside a quotation (“Putin has
 * made it clear that …,” said X). Runs after the direct quotations, whose parts it reads.
 */
import { flat } from './entities.js';
import type { Holder, Reading } from './findings.js';
import { holdersOf, PLACE_TYPES } from './holders.js';
import { CUES } from './lexicon.js';
import { innerQuotes } from './quote-marks.js';
import { trimSpan } from './span-helpers.js';
import { SPEECH_VERBS } from './speech-verbs.js';

/** "Putin has made it clear that …", "Hallin said that …" inside a quotation: a name, a reporting verb, "that". */
const IN_QUOTE_REPORT =
  /(?:^|[,;:.!?—]\s+|\b(?:and|but)\s+)(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3})\s+((?:has|have|had)\s+)?(made it clear|said|says|told (?:us|me|them|him|her)|warned|insisted|argued|claimed|denied|admitted|acknowledged|announced|confirmed)\s+that\s+/gu;

/** Quotations inside quotations, with the speaker named just before them inside the outer quotation. */
export function findQuotesWithinQuotations(reading: Reading): void {
  const { text, registry, quotations } = reading;
  const { resolve } = holdersOf(reading);
  // Quotations inside quotations: the words one speaker quotes another saying, with the speaker named
  // just before them inside the outer quotation ("My neighbour said to me, 'The wells …'").
  for (const outer of [...quotations]) {
    for (const part of outer.parts) {
      for (const iq of innerQuotes(text, part)) {
        const before = text.slice(part.begin, iq.open);
        const m = new RegExp(
          `(?:^|[,;:.!?—]\\s*|\\b(?:and|but|when|then)\\s+)([^,;:.!?—]{1,60}?)\\s+(?:${SPEECH_VERBS}|asked|kept saying|would say)(?:\\s+(?:to\\s+)?(?:me|us|him|her|them|reporters|everyone))?\\s*[,:]?\\s*$`,
          'u',
        ).exec(before);
        let holder: Holder | undefined;
        if (m) {
          const sb = part.begin + m.index! + m[0].indexOf(m[1]!);
          const sp = trimSpan(text, { begin: sb, end: sb + m[1]!.length });
          const phrase = flat(text.slice(sp.begin, sp.end));
          const group = /^(they|we)$/i.test(phrase) ? /.*\b((?:our|my|the|his|her|their)\s+\p{Ll}+s)\b/su.exec(before) : null;
          const possessed = /^(my|our|his|her|their)\s+\p{Ll}/iu.test(phrase);
          if (group || possessed) {
            const label = group ? group[1]! : phrase;
            const speaker = typeof outer.holder === 'string' ? undefined : outer.holder.label;
            const e = registry.ensure(
              `unnamed:${label.toLowerCase()}:${speaker ?? ''}`,
              group || /s$/.test(label) ? 'UnnamedGroup' : 'UnnamedPerson',
              speaker ? `${label} (${speaker}’s words)` : label,
              0.45,
            );
            registry.mention(e, sp, group ? 'pronoun' : 'description', 0.45);
            holder = e;
          } else holder = resolve(sp, sp.begin)?.holder;
        }
        quotations.push({
          id: '',
          parts: [{ begin: iq.begin, end: iq.end }],
          holder: holder ?? 'unspecified',
          ...(m ? { verb: flat(m[0].slice(m[0].indexOf(m[1]!) + m[1]!.length)).replace(/[,:]$/, '') } : {}),
          inside: outer,
          confidence: holder ? 0.45 : 0.3,
        });
      }
    }
  }
}

/** Reports inside a quotation: the speaker reports what someone named holds, the clause after "that". */
export function findReportsInQuotations({ text, registry, reports, quotations, nextClaimId }: Reading): void {
  // Reports inside a quotation: “Putin has made it clear that he will not return …,” said a spokesperson. The speaker
  // reports what someone named holds; the named one holds the clause after "that", within the quotation.
  for (const q of quotations) {
    if (q.inside) continue;
    for (const part of q.parts) {
      const inner = text.slice(part.begin, part.end);
      for (const m of inner.matchAll(IN_QUOTE_REPORT)) {
        const subjectBegin = part.begin + m.index! + m[0].indexOf(m[1]!);
        const subject = { begin: subjectBegin, end: subjectBegin + m[1]!.length };
        const e = registry.owner(subject);
        if (!e || PLACE_TYPES.has(e.type) || e.type === 'WeaponSystem' || /^Unnamed/.test(e.type)) continue;
        if (!e.mentions.some((x) => (x.kind === 'name' || x.kind === 'alias') && x.begin === subject.begin && x.end === subject.end)) continue;
        if (q.holder === e) continue;
        const contentBegin = part.begin + m.index! + m[0].length;
        const stop = /[.;!?]|,\s+(?:and|but)\s+|,?\s*$/.exec(text.slice(contentBegin, part.end));
        const content = trimSpan(text, { begin: contentBegin, end: stop ? contentBegin + stop.index : part.end });
        if (content.end - content.begin < 12) continue;
        const cueBegin = subject.end + text.slice(subject.end).indexOf(m[3]!);
        const verb = `${m[2] ?? ''}${m[3]!}`;
        reports.push({
          id: nextClaimId(),
          cue: { begin: cueBegin, end: cueBegin + m[3]!.length },
          verb,
          implies: CUES[m[3]!.split(' ')[0]!] ?? {},
          ...(CUES[m[3]!.split(' ')[0]!]?.hedge ? { hedge: CUES[m[3]!.split(' ')[0]!]!.hedge } : {}),
          holder: e,
          content,
          evidence: { begin: subject.begin, end: content.end },
          confidence: 0.45,
          inQuote: q,
        });
      }
    }
  }
}
