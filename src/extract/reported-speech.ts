/**
 * Reported speech, sentence by sentence: "X said that …", "X told Y …", "according to X, …",
 * "…, X said.", with the holder, audience, hedge and channel of each report, and the content
 * cut where a trailing attribution or the next report begins. The first stage that makes
 * claims; corrections, quotations and hedges come after and read what it found.
 */
import type { Span } from '../text/spans.js';
import { type DraftEntity, flat } from './entities.js';
import { PUT_AT } from './corrections.js';
import type { Found, Reading, Report } from './findings.js';
import { DATA_SUBJECT, DATA_VERBS, holdersOf, PLACE_TYPES } from './holders.js';
import { CUES, type Cue, HEDGE_ADVERBS } from './lexicon.js';
import { firstClauseEnd, lastCommaBefore, sentenceEnd, stripQuotes, trimSpan } from './span-helpers.js';
import { channelOf, SPEECH_VERBS } from './speech-verbs.js';

export function findReportedSpeech(reading: Reading): void {
  const { text, sents, insideQuote, registry, reports, nextClaimId } = reading;
  const { resolve, subjectAt, resolveChain, agentOrNone } = holdersOf(reading);

  // Reported speech: "X said that …", "X told Y …", "according to X, …", "…, X said."
  for (const s of sents) {
    const sentence = text.slice(s.begin, s.end);
    const found: Report[] = [];
    const putAt = [...sentence.matchAll(PUT_AT)].map((p) => ({ begin: s.begin + p.index!, end: s.begin + p.index! + p[0].length }));
    const cueRe =
      /\b([Aa]ccording to)\b|\b(expressed (?:concerns?|fears?|doubts?)|made it clear|(?:has |have |had )?(?:remained|remains|remain|stayed|stays|is|was|are|were) (?:firm|resolute|steadfast|unwavering|unshaken) in (?:his|her|its|their) (?:belief|view|conviction)(?= that\b)|(?:has |have |had )?(?:is|was|are|were|remained|remains|been) (?:convinced|adamant)(?= that\b))\b|\b([a-z]+)\b/g;
    for (const m of sentence.matchAll(cueRe)) {
      const at = s.begin + m.index!;
      if (insideQuote(at)) continue;
      const word = m[1]?.toLowerCase() ?? m[2] ?? m[3]!;
      const byData = !m[1] && !m[2] && DATA_VERBS.test(word);
      // "remained resolute in his belief that", "is convinced that": a belief the holder keeps.
      const implies = m[2] && /belief|view|conviction|convinced/.test(m[2]) ? { channel: 'belief' } : m[1] || m[2] || byData ? {} : CUES[word];
      if (!implies) continue;
      // "The board's figures show that …": "show" reports only when figures are its subject.
      if (byData && !DATA_SUBJECT.test(text.slice(s.begin, at))) continue;
      // "had earlier estimated the cost at €2 million" is an earlier figure, read by the correction rules below.
      if (putAt.some((p) => at >= p.begin && at < p.end)) continue;
      // "is said to": a hedge, not a speaker.
      if (word === 'said' && /\b(?:is|are|was|were|be|been)\s+$/.test(text.slice(Math.max(s.begin, at - 8), at)) && /^\s+to\b/.test(text.slice(at + 4, at + 8)))
        continue;
      // "refused to say whether …", "declined to comment": a refusal, not a report; the clause is the article's, negated.
      if (/\b(?:refused|refuses|refuse|declined|declines|decline|failed|fails)\s+to\s+$/.test(text.slice(Math.max(s.begin, at - 16), at))) continue;
      const cue = { begin: at, end: at + m[0].length };
      if (m[1]) {
        // "According to X, content" or "content, according to X."
        const lead = text.slice(s.begin, at).trim() === '';
        if (lead) {
          const comma = text.indexOf(',', cue.end);
          if (comma === -1 || comma > s.end) continue;
          const who = resolve({ begin: cue.end, end: comma }, at);
          if (!who) continue;
          const content = trimSpan(text, { begin: comma + 1, end: s.end });
          found.push(report(who, cue, 'according to', {}, content, { begin: s.begin, end: content.end }));
        } else {
          const end = sentenceEnd(text, s);
          const who = resolveChain({ begin: cue.end, end }, at) ?? resolve({ begin: cue.end, end: firstClauseEnd(text, cue.end, end) }, at);
          if (!who) continue;
          const comma = lastCommaBefore(text, s.begin, at) ?? at;
          const content = trimSpan(text, { begin: s.begin, end: comma });
          found.push({ ...report(who, cue, 'according to', {}, content, trimSpan(text, { begin: s.begin, end: s.end })), trailing: comma });
        }
        continue;
      }
      const subjectFound = subjectAt(s.begin, at);
      if (!subjectFound) continue;
      const { who, adverb, adverbWord } = subjectFound;
      // After the verb: an audience ("told Politico"), adverbs, then "that", "of", or the content itself.
      let rest = cue.end;
      let audience: DraftEntity | undefined;
      const tail = text.slice(cue.end, s.end);
      let verb = word;
      if (/^tol[d]|^tells?$/.test(word)) {
        const o = /^\s+([^,.;“”"]+?)(?=\s+(?:that|about|of|in|during|at|on)\b|[,.;“"]|$)/u.exec(tail);
        if (o) {
          const sp = trimSpan(text, { begin: cue.end + o.index + o[0].length - o[1]!.length, end: cue.end + o[0].length });
          audience = agentOrNone(registry.owner(sp) ?? registry.within(sp)[0]);
          verb = `told ${flat(text.slice(sp.begin, sp.end))}`;
          rest = sp.end;
        }
      }
      // "denied that, saying …", "rejected that account.": a denial of what was said before, the object alone its content.
      const object = implies.negated
        ? /^\s+((?:that|this|it|those|these)(?:\s+(?:account|claim|claims|report|reports|allegation|allegations|version|suggestion))?|the\s+(?:account|claim|claims|report|reports|allegation|allegations|figure|figures|estimate|estimates|findings|accusation|accusations))(?=\s*[,.;])/u.exec(
            text.slice(rest, s.end),
          )
        : null;
      if (object) {
        const content = { begin: rest + object[0].length - object[1]!.length, end: rest + object[0].length };
        const r = report(who, cue, verb, implies, content, { begin: who.span?.begin ?? cue.begin, end: content.end });
        if (adverb) r.hedge = adverb;
        found.push(r);
        continue;
      }
      // "rejected claims that …", "disputed suggestions that …": what is denied is the clause after "that".
      const denied = implies.negated
        ? /^\s+(?:the\s+|those\s+|these\s+)?(?:claims?|suggestions?|reports?|allegations?|accusations?|assertions?|charges?|the idea|the notion)(?=\s+that\b)/u.exec(
            text.slice(rest, s.end),
          )
        : null;
      if (denied) rest += denied[0].length;
      const link =
        /^\s*(?:(privately|publicly|repeatedly|again|also|later|firmly|bluntly|flatly)\s+)?(?:(?:him|her|them|us|me|reporters|journalists)\s+)?(?:(?:in|on|at|during)\s+[^,;“”"]{1,40}?\s+(?=that\b))?(that|of|about)?\s*/u.exec(
          text.slice(rest, s.end),
        )!;
      if (link[1]) verb = `${verb} ${link[1]}`;
      if (adverbWord) verb = `${adverbWord} ${verb}`;
      const contentBegin = rest + link[0].length;
      const content = trimSpan(text, { begin: contentBegin, end: s.end });
      // "said in an interview": no content of its own; a denial may have a short object ("denied the report").
      if (content.end - content.begin < (implies.negated ? 3 : 12)) continue;
      if (!link[2] && !/^[\p{Ll}“"]/u.test(text.slice(content.begin, content.begin + 1)) && !/^(he|she|they|it|we|i)\b/i.test(text.slice(content.begin))) {
        // Without "that", the content must read as a clause ("notes they could …").
        if (!/^\p{Lu}/u.test(text[content.begin] ?? '')) continue;
      }
      if (/^(in|on|at|during|to|with|for|by|after|before)\b/i.test(text.slice(content.begin, content.begin + 8)) && !link[2]) continue;
      const r = report(who, cue, verb, implies, content, { begin: who.span?.begin ?? cue.begin, end: content.end });
      if (audience) r.audience = audience;
      if (adverb) r.hedge = adverb;
      found.push(r);
    }
    // "…, a person briefed on the talks said."
    const trailing = new RegExp(
      `,\\s*([^,“”"]{2,80}?)\\s+(${SPEECH_VERBS})(?:\\s+(?:on|in|at|late|early|last|this|earlier|later|yesterday|today)\\b[^,“”"]{0,30})?\\s*[.!?]?\\s*$`,
      'u',
    ).exec(sentence);
    if (trailing && !insideQuote(s.begin + trailing.index!) && !/[“”"]\s*$/.test(sentence.slice(0, trailing.index))) {
      const sb = s.begin + trailing.index! + trailing[0].indexOf(trailing[1]!);
      const cueBegin = sb + trailing[1]!.length + trailing[0].slice(trailing[0].indexOf(trailing[1]!) + trailing[1]!.length).indexOf(trailing[2]!);
      if (!found.some((f) => f.cue.begin === cueBegin)) {
        const who = resolve({ begin: sb, end: sb + trailing[1]!.length }, sb);
        if (who) {
          const cue = { begin: cueBegin, end: cueBegin + trailing[2]!.length };
          const content = trimSpan(text, { begin: s.begin, end: s.begin + trailing.index! });
          found.push({ ...report(who, cue, trailing[2]!, CUES[trailing[2]!] ?? {}, content, trimSpan(text, s)), trailing: s.begin + trailing.index! });
        }
      }
    }
    // "…, the operator, Greywater Lines, announced on Tuesday.", "…, Anders Moll, an underwriter, said.": a name and a description.
    const appositive = trailing
      ? null
      : new RegExp(
          `,\\s*([^,;“”"]{2,60}?),\\s*([^,;“”"]{2,60}?),\\s+(${SPEECH_VERBS})(?:\\s+(?:on|in|at|late|early|last|this|earlier|later|yesterday|today)\\b[^,“”"]{0,30})?\\s*[.!?]?\\s*$`,
          'u',
        ).exec(sentence);
    if (appositive && !insideQuote(s.begin + appositive.index!) && !/[“”"]\s*$/.test(sentence.slice(0, appositive.index))) {
      const at = s.begin + appositive.index!;
      const firstBegin = at + appositive[0].indexOf(appositive[1]!);
      const first = trimSpan(text, { begin: firstBegin, end: firstBegin + appositive[1]!.length });
      const secondBegin = first.end + text.slice(first.end).indexOf(appositive[2]!);
      const second = trimSpan(text, { begin: secondBegin, end: secondBegin + appositive[2]!.length });
      const cueBegin = at + appositive[0].lastIndexOf(appositive[3]!);
      const name = registry.owner(second);
      const nameSecond = name && name.type !== 'UnnamedPerson' && name.type !== 'UnnamedGroup' && !PLACE_TYPES.has(name.type);
      const who = !found.some((f) => f.cue.begin === cueBegin) ? resolve(nameSecond ? second : first, firstBegin) : undefined;
      if (who) {
        if (typeof who.holder !== 'string') who.holder.described.push(nameSecond ? first : second);
        const cue = { begin: cueBegin, end: cueBegin + appositive[3]!.length };
        const content = trimSpan(text, { begin: s.begin, end: at });
        found.push({ ...report(who, cue, appositive[3]!, CUES[appositive[3]!] ?? {}, content, trimSpan(text, s)), trailing: at });
      }
    }
    // A trailing attribution ("…, X said.", "…, according to X.") reports the whole clause before it.
    for (const t of found.filter((f) => f.trailing !== undefined)) {
      for (const r of found) {
        if (r === t || r.content.end <= t.trailing!) continue;
        r.content = trimSpan(text, { begin: r.content.begin, end: t.trailing! });
        r.evidence = trimSpan(text, { begin: r.evidence.begin, end: Math.max(r.content.end, r.cue.end) });
      }
    }
    // Reports side by side ("some analysts argue that …, others warn …"): the first ends where the next begins.
    found.sort((a, b) => a.evidence.begin - b.evidence.begin || b.evidence.end - a.evidence.end);
    for (const r of found) {
      if (r.trailing !== undefined) continue;
      const next = found.find((o) => o !== r && o.evidence.begin > r.content.begin && o.evidence.begin < r.content.end);
      if (!next || !/[,;]/.test(text.slice(r.content.begin, next.evidence.begin))) continue;
      // "…, others warn …" and "…; the trust rejected that claim": at the comma or the semicolon before the next report.
      const semicolon = text.lastIndexOf(';', next.evidence.begin);
      const comma = lastCommaBefore(text, r.content.begin, next.evidence.begin);
      const cut = Math.max(semicolon > r.content.begin ? semicolon : -1, comma ?? -1);
      if (cut < 0) continue;
      r.content = trimSpan(text, { begin: r.content.begin, end: cut });
      r.evidence = trimSpan(text, { begin: r.evidence.begin, end: Math.max(r.content.end, r.cue.end) });
    }
    // A report inside another's content is reported within it.
    for (const r of found) {
      const outer = found.filter((o) => o !== r && o.content.begin <= r.evidence.begin && o.content.end >= r.evidence.end);
      if (outer.length) r.within = outer.sort((a, b) => a.content.end - a.content.begin - (b.content.end - b.content.begin))[0];
    }
    // A hedge inside what is reported, when no report nested there carries it ("X allegedly pressed …, Y said").
    for (const r of found) {
      if (r.hedge || found.some((o) => o.within === r)) continue;
      const h = /\b(reportedly|allegedly|apparently)\b|\b(?:is|are|was|were) said to\b/.exec(stripQuotes(text.slice(r.content.begin, r.content.end)));
      if (h) r.hedge = h[1] ? HEDGE_ADVERBS[h[1]] : 'is-said-to';
    }
    reports.push(...found);

    function report(who: Found, cue: Span, verb: string, implies: Cue, content: Span, evidence: Span): Report {
      const window = text.slice(s.begin, s.end);
      // The evidence keeps a title the holder's name was read without ("Dr. Miriam Oyelaran").
      const title = /(?:Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gov|Gen|Col|Adm|Lt|Sgt|Capt|Insp|Supt)\.\s+$/.exec(
        text.slice(Math.max(s.begin, evidence.begin - 6), evidence.begin),
      );
      if (title) evidence = { begin: evidence.begin - title[0].length, end: evidence.end };
      const channel = channelOf(window, verb, implies);
      return {
        id: nextClaimId(),
        cue,
        verb,
        implies,
        ...(implies.hedge ? { hedge: implies.hedge } : {}),
        holder: who.holder,
        content,
        evidence: trimSpan(text, evidence),
        confidence: Math.min(0.75, who.confidence),
        ...(channel ? { channel } : {}),
        ...(who.via ? { via: who.via } : {}),
      };
    }
  }
}
