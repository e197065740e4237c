/**
 * Direct quotations and their speakers: the attribution after a quotation ("“…,” X said"),
 * before it ("X said: “…”"), or the report whose content holds a partial quotation; a split
 * quotation (“A,” he said, “B.”) is one quotation in parts. A stage of its own because it reads
 * quotation marks rather than sentences, and it takes over reports that quote their words.
 */
import type { Span } from '../text/spans.js';
import { type DraftEntity, flat, slug } from './entities.js';
import type { DraftQuotation, Found, Reading, Report } from './findings.js';
import { holdersOf, PLACE_TYPES } from './holders.js';
import { CUES, HEDGE_ADVERBS } from './lexicon.js';
import { trimSpan } from './span-helpers.js';
import { channelOf, SPEECH_VERBS } from './speech-verbs.js';

const AFTER_QUOTE_INVERTED = new RegExp(
  `^\\s*(?:(reportedly|allegedly)\\s+)?(${SPEECH_VERBS})\\s+(.+?)(?=\\s+(?:in|on|at|during|to|after|before|when|while|from|last|earlier|later|who|which)\\b|[,.;!?]|$)`,
  'u',
);
const AFTER_QUOTE = new RegExp(`^\\s*([^,.;!?“”"]{1,80}?)\\s+(?:(reportedly|allegedly|also|later|then|once|again)\\s+)?(${SPEECH_VERBS})\\b`, 'u');
const AFTER_QUOTE_APPOSITION = new RegExp(`^\\s*([^,.;!?“”"]{1,40}?),\\s*([^;!?“”"]{1,100}?),\\s+(?:(reportedly|allegedly)\\s+)?(${SPEECH_VERBS})\\b`, 'u');
const BEFORE_QUOTE = new RegExp(
  `([^,.;!?“”"]{1,80}?),?\\s+(?:(reportedly|allegedly|also|later|then)\\s+)?(${SPEECH_VERBS})(\\s+[^,:“”"]{1,40}?)?\\s*[:,]\\s*$`,
  'u',
);

export function findQuotations(reading: Reading): void {
  const { text, sents, quotes, registry, reports, quotations, nextClaimId } = reading;
  const { resolve, subjectAt, agentOrNone } = holdersOf(reading);
  const sentenceOf = (at: number) => sents.find((s) => at >= s.begin && at < s.end);
  for (const q of quotes) {
    const s = sentenceOf(q.open);
    if (!s) continue;
    // The attribution ends at the next quotation mark, whatever the sentence splitter made of it.
    const nextOpen = quotes.find((o) => o.open > q.close)?.open ?? Number.POSITIVE_INFINITY;
    const sEnd = Math.min(sentenceOf(q.close)?.end ?? s.end, nextOpen);
    const head = text.slice(s.begin, q.open);
    const tail = text.slice(q.close + 1, sEnd);
    const inner = text.slice(q.begin, q.end);
    const fullStart = head.trim() === '';
    let found: Found | undefined;
    let verb: string | undefined;
    let hedgeWord: string | undefined;
    let attributionSpan: Span | undefined;
    let confidence = 0.85;
    if (fullStart && /[,?!]$|—$/.test(inner.trim())) {
      const inv = AFTER_QUOTE_INVERTED.exec(tail);
      const dir = inv ? undefined : AFTER_QUOTE.exec(tail);
      const appo = inv || dir ? undefined : AFTER_QUOTE_APPOSITION.exec(tail);
      if (appo) {
        // "“…,” Anders Moll, an underwriter at …, told …"
        const sb = q.close + 1 + appo[0].indexOf(appo[1]!);
        const ab = sb + appo[1]!.length + appo[0].slice(appo[0].indexOf(appo[1]!) + appo[1]!.length).indexOf(appo[2]!);
        const first = { begin: sb, end: sb + appo[1]!.length };
        const second = trimSpan(text, { begin: ab, end: ab + appo[2]!.length });
        // "“…,” the airline's chief operating officer, Paul Verhoeven, said": the name is the second part.
        const name = registry.owner(second);
        const nameSecond = name?.type === 'Person';
        found = resolve(nameSecond ? second : first, q.open);
        if (found && typeof found.holder !== 'string') found.holder.described.push(trimSpan(text, nameSecond ? first : second));
        verb = appo[4];
        hedgeWord = appo[3];
      }
      if (inv) {
        const sb = q.close + 1 + inv[0].length - inv[3]!.length;
        found = resolve({ begin: sb, end: sb + inv[3]!.length }, q.open);
        verb = inv[2];
        hedgeWord = inv[1];
      } else if (dir) {
        const sb = q.close + 1 + dir[0].indexOf(dir[1]!);
        found = resolve({ begin: sb, end: sb + dir[1]!.length }, q.open);
        verb = dir[3];
        hedgeWord = dir[2] && HEDGE_ADVERBS[dir[2]] ? dir[2] : undefined;
      }
      if (found) attributionSpan = trimSpan(text, { begin: found.span?.begin ?? q.close + 1, end: sEnd });
    } else if (!fullStart) {
      const before = BEFORE_QUOTE.exec(head);
      if (before && /^\s*$/.test(head.slice(before.index + before[0].length))) {
        const cueAt = s.begin + before.index + before[0].search(new RegExp(`\\b(?:${SPEECH_VERBS})\\b`));
        const sub = subjectAt(s.begin, cueAt);
        if (sub) {
          found = sub.who;
          verb = before[3];
          hedgeWord = sub.adverbWord;
        }
      } else {
        // A partial quotation: it belongs to the report whose content holds it.
        const holders = reports.filter((r) => r.content.begin <= q.open && r.content.end >= q.close - 1 && !quotations.some((x) => x.within === r));
        const r = holders.sort((a, b) => a.content.end - a.content.begin - (b.content.end - b.content.begin))[0];
        if (r) {
          const dq: DraftQuotation = {
            id: '',
            parts: [{ begin: q.begin, end: q.end }],
            holder: r.holder,
            verb: r.verb,
            ...(r.hedge ? { hedge: r.hedge } : {}),
            ...(r.channel ? { channel: r.channel } : {}),
            ...(r.audience ? { audience: r.audience } : {}),
            ...(r.within ? { within: r.within } : {}),
            confidence: Math.min(0.7, r.confidence),
          };
          r.replacedBy = dq;
          quotations.push(dq);
          continue;
        }
        // No report holds it: the subject that opens the sentence ("Oren Pask, who chairs …, put the gap at “…”").
        const subject = registry.list.find(
          (e) =>
            !PLACE_TYPES.has(e.type) &&
            e.type !== 'WeaponSystem' &&
            e.mentions.some((m) => m.kind !== 'pronoun' && m.begin === s.begin && !/[.!?]/.test(text.slice(m.end, q.open))),
        );
        if (subject) {
          const dq: DraftQuotation = { id: '', parts: [{ begin: q.begin, end: q.end }], holder: subject, confidence: 0.5 };
          quotations.push(dq);
          continue;
        }
      }
      confidence = 0.75;
    }
    if (!found || !verb) {
      // No attribution of its own: the next part of the quotation just before it, when nothing lies between.
      const prev = quotations[quotations.length - 1];
      const prevEnd = prev ? prev.parts[prev.parts.length - 1]! : undefined;
      const prevSentence = prevEnd ? sentenceOf(prevEnd.end) : undefined;
      if (prev && prevSentence && fullStart && text.slice(prevSentence.end, q.open).trim() === '' && !text.slice(prevSentence.end, q.open).includes('\n\n')) {
        prev.parts.push({ begin: q.begin, end: q.end });
      }
      continue;
    }
    const hedge = hedgeWord ? HEDGE_ADVERBS[hedgeWord] : CUES[verb]?.hedge;
    const window = text.slice(s.begin, sEnd);
    const channel = channelOf(window, verb, CUES[verb] ?? {});
    let audience: DraftEntity | undefined;
    const told = /^\s*(?:\S+\s+){0,6}?told\s+([^,.;]+?)(?=\s+(?:in|during|at|on|after)\b|[,.;]|$)/u.exec(tail);
    if (told && /^tol/.test(verb)) {
      const sp = trimSpan(text, { begin: q.close + 1 + told[0].length - told[1]!.length, end: q.close + 1 + told[0].length });
      audience = agentOrNone(registry.owner(sp) ?? registry.within(sp)[0]);
      if (audience) verb = `told ${flat(text.slice(sp.begin, sp.end))}`;
    }
    const dq: DraftQuotation = {
      id: '',
      parts: [{ begin: q.begin, end: q.end }],
      holder: found.holder,
      verb,
      ...(channel ? { channel } : {}),
      ...(audience ? { audience } : {}),
      confidence: Math.min(confidence, found.confidence + 0.1),
    };
    // "Trump reportedly told aides …": the telling itself is the unnamed sources' report.
    if (hedge && (hedge === 'reportedly' || hedge === 'allegedly') && attributionSpan) {
      const outer: Report = {
        id: nextClaimId(),
        cue: attributionSpan,
        verb: `${hedgeWord} ${verb}`,
        implies: {},
        hedge,
        holder: 'unspecified',
        content: attributionSpan,
        evidence: attributionSpan,
        confidence: 0.6,
        ...(channel ? { channel } : {}),
      };
      reports.push(outer);
      dq.within = outer;
    } else if (hedge) dq.hedge = hedge;
    // “A,” he said, “B.”: the second part continues the first quotation of the same speaker.
    const prev = quotations[quotations.length - 1];
    const prevPart = prev?.parts[prev.parts.length - 1];
    if (prev && prevPart && prev.holder === dq.holder && /,$/.test(text.slice(prevPart.begin, prevPart.end).trim())) {
      const between = text.slice(prevPart.end + 1, q.open);
      if (between.length < 80 && !/[.!?]/.test(between)) {
        prev.parts.push({ begin: q.begin, end: q.end });
        continue;
      }
    }
    quotations.push(dq);
  }
  // A full-sentence quotation whose speaker comes after a later part ("“A.” “B,” said X."): merge back.
  // (Left to the curator: rare in news prose.)
}

/** Quotation ids, in reading order once every quotation is found: quote-1-<speaker>, quote-2, … */
export function numberQuotations({ quotations }: Reading): void {
  let quoteCount = 0;
  for (const q of quotations) q.id = `quote-${++quoteCount}${typeof q.holder === 'string' ? '' : `-${slug(q.holder.label).slice(0, 30).replace(/-+$/, '')}`}`;
}
