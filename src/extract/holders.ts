/**
 * Whose words are these? The holder of a report or quotation read from the words that name it:
 * a name, a pronoun, a definite description ("the ministry"), figures as a source ("figures
 * published by X"), or an unnamed source ("a senior official"). Every attribution stage asks
 * here, so the rules for telling a speaker from a phrase live in one place.
 */
import type { Span } from '../text/spans.js';
import { type DraftEntity, flat, isPersonPronoun } from './entities.js';
import type { Found, Reading } from './findings.js';
import { genderOfPronoun } from './gender.js';
import { CUES, HEDGE_ADVERBS, TITLES } from './lexicon.js';
import { trimSpan } from './span-helpers.js';

/**
 * Figures as a source: "figures published by X", "data from X", "statistics of X", "X's figures",
 * "X's latest data". The holder is X, the body that published them.
 */
const DATA_WORDS = '(?:figures|data|statistics|numbers|estimates|records|count|tally)';
const DATA_BY = new RegExp(
  `^(?:the\\s+)?(?:(?:latest|new|official|provisional|published|monthly|annual|quarterly|weekly)\\s+)*${DATA_WORDS}\\s+(?:(?:published|released|issued|compiled|collected|gathered|kept)\\s+)?(?:by|from|of)\\s+(\\S.*)$`,
  'iu',
);
const DATA_OWN = new RegExp(`^(\\S.*?)[’']s\\s+(?:(?:latest|own|new|official|provisional|published|monthly|annual|quarterly|weekly)\\s+)*${DATA_WORDS}$`, 'u');
/** Verbs whose subject is a source only when it is figures: "the ministry's figures show that …". */
export const DATA_VERBS = /^(?:show|shows|showed|indicate|indicates|indicated)$/;
export const DATA_SUBJECT = new RegExp(
  `\\b${DATA_WORDS}(?:\\s+(?:published|released|issued|compiled)?\\s*(?:by|from|of)\\s+[^,;:]{1,60})?\\s+(?:also\\s+)?$`,
  'iu',
);

const DETERMINERS = /^(a|an|one|two|three|four|five|several|some|many|most|other|others|few|the|senior|unnamed|anonymous|western|european)$/i;
const GROUP_WORDS =
  /^(others|people|officials|analysts|diplomats|sources|aides|circle|team|staff|experts|critics|observers|lawmakers|leaders|envoys|members|allies|residents|soldiers|commanders|officers|economists|workers|unions|investors|traders|negotiators|spokespeople|insiders|researchers|scientists|activists|protesters|voters|groups|campaigners|patients|parents|teachers|nurses|doctors|families|farmers)$/i;
const ORG_HEADS =
  /^(ministry|government|authority|office|embassy|agency|council|department|company|firm|institute|court|police|military|army|administration|parliament|cabinet)$/i;
const DOCUMENT_WORDS =
  /^(article|articles|report|reports|account|accounts|statement|statements|study|briefing|analysis|paper|document|documents|memo|letter|post|piece|story|survey|assessment|investigation)$/i;
const AUXILIARIES = new Set([
  'had',
  'has',
  'have',
  'was',
  'were',
  'is',
  'are',
  'also',
  'later',
  'then',
  'privately',
  'publicly',
  'repeatedly',
  'once',
  'again',
  'first',
  'earlier',
  'recently',
  'previously',
  'reportedly',
  'allegedly',
  'apparently',
  'had',
  'would',
  'will',
  'did',
  'does',
  'do',
  'never',
  'often',
]);
export const PLACE_TYPES = new Set(['City', 'Country', 'Region', 'Place']);
/** Adverbs set off by commas after a subject ("Trump, however, has …"), which describe nobody. */
const DISCOURSE_ADVERBS = /^(?:however|meanwhile|though|too|also|instead|nonetheless|nevertheless|in turn|for (?:his|her|its|their) part)$/i;
const CLAUSE_WORDS = /^(though|although|while|but|and|because|as|whereas|since|when|after|before|if|however|yet|so|that|where)$/i;

interface Holders {
  resolve: (span: Span, at: number) => Found | undefined;
  subjectAt: (sentenceBegin: number, at: number) => { who: Found; adverb?: string; adverbWord?: string } | undefined;
  resolveChain: (span: Span, at: number) => Found | undefined;
  /** An entity as one who speaks or hears: a place's government for a place, nobody for a weapon. */
  agentOrNone: (e: DraftEntity | undefined) => DraftEntity | undefined;
}

/** The holder rules over one article; `at` is where the words held are, for pronouns and names before it. */
export function holdersOf({ text, quotes, initial, registry }: Reading): Holders {
  // "Ukraine said", "told Moscow": a place's name stands for its government, which speaks and hears.
  const agentOf = (e: DraftEntity): DraftEntity => {
    if (!PLACE_TYPES.has(e.type)) return e;
    const gov = registry.ensure(
      `gov:${e.label}`,
      'GovernmentOrganization',
      e.type === 'Country' ? `the government of ${e.label}` : `the authorities in ${e.label}`,
      0.4,
    );
    gov.unmentioned = true;
    return gov;
  };
  const agentOrNone = (e: DraftEntity | undefined) => (e && e.type !== 'WeaponSystem' ? agentOf(e) : undefined);

  // Whose words are these? A name, a pronoun, a definite description or an unnamed source.
  const resolve = (span: Span, at: number): Found | undefined => {
    let { begin, end } = trimSpan(text, span);
    // Leading clause words and trailing auxiliaries or adverbs are not part of the subject.
    for (;;) {
      const m = /^(\S+)\s+/.exec(text.slice(begin, end));
      if (!m || !CLAUSE_WORDS.test(m[1]!.replace(/,$/, ''))) break;
      begin += m[0].length;
    }
    for (;;) {
      const m = /\s+(\S+)$/.exec(text.slice(begin, end));
      if (!m || !AUXILIARIES.has(m[1]!.toLowerCase())) break;
      end -= m[0].length;
    }
    // Titles before a name are not part of the subject ("Dr. Miriam Oyelaran").
    const title = /^(?:Dr|Mr|Mrs|Ms|Prof|Sen|Rep|Gov|Gen|Col|Adm|Lt|Sgt|Capt|Insp|Supt)\.\s+(?=\p{Lu})/u.exec(text.slice(begin, end));
    if (title) begin += title[0].length;
    // … and so are titles written out ("Mayor Ines Calloway", "Former President Edda Stromm").
    for (;;) {
      const m = /^(\p{Lu}[\p{L}.]*)\s+(?=\p{Lu})/u.exec(text.slice(begin, end));
      if (!m || !TITLES.has(m[1]!)) break;
      begin += m[0].length;
    }
    const phrase = text.slice(begin, end);
    if (!phrase || /[“”"]/.test(phrase)) return undefined;
    // "figures published by the Harbour Board", "the board's figures": the publisher holds what the figures say.
    const by = DATA_BY.exec(phrase);
    const theirs = by ? null : DATA_OWN.exec(phrase);
    if (by || theirs) {
      const name = (by ?? theirs)![1]!;
      const from = by ? end - name.length : begin;
      const publisher = resolve({ begin: from, end: from + name.length }, at);
      return publisher && { ...publisher, span: { begin, end } };
    }
    const words = flat(phrase).split(' ');
    if (words.length > 9) return undefined;
    // A subject holds no reporting verb of its own ("Hallin denied the").
    if (words.some((w) => CUES[w.toLowerCase()] !== undefined && /^\p{Ll}/u.test(w) && !DOCUMENT_WORDS.test(w))) return undefined;
    if (words.length === 1 && GROUP_WORDS.test(words[0]!)) {
      const label = words[0]!.toLowerCase();
      const e = registry.ensure(`unnamed:${label}`, 'UnnamedGroup', label, 0.55);
      registry.mention(e, { begin, end }, 'description', 0.55);
      return { holder: e, confidence: 0.55, span: { begin, end } };
    }
    const sp = { begin, end };
    if (isPersonPronoun(phrase)) {
      const gender = genderOfPronoun(phrase);
      const p = registry.personBefore(at, quotes, gender ? { gender, text } : undefined);
      if (!p) return undefined;
      registry.mention(p, sp, 'pronoun', 0.6);
      return { holder: p, confidence: 0.65, span: sp };
    }
    // "it lowered its estimate": the organisation named last before it.
    if (/^it$/i.test(phrase)) {
      const org = registry.lastBefore(begin, (e) => /Organization|Company|NewsOutlet|StateMedia/.test(e.type));
      if (!org) return undefined;
      registry.mention(org, sp, 'pronoun', 0.45);
      return { holder: org, confidence: 0.45, span: sp };
    }
    const own = registry.owner(sp);
    if (own?.type === 'WeaponSystem') return undefined;
    if (own) return { holder: agentOf(own), confidence: PLACE_TYPES.has(own.type) ? 0.4 : 0.85, span: sp };
    const named = registry.within(sp);
    // "the news agency Kallmar", "the trade newsletter Appliance Watch": a description, then the name it describes.
    const tail = named.find(
      (e) =>
        !PLACE_TYPES.has(e.type) &&
        e.mentions.some((m) => m.kind !== 'pronoun' && m.end === end && /^(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){1,3}$/iu.test(text.slice(begin, m.begin))),
    );
    if (tail) {
      tail.described.push(trimSpan(text, { begin, end: tail.mentions.find((m) => m.end === end)!.begin }));
      return { holder: tail, confidence: 0.75, span: sp };
    }
    const head = words[words.length - 1]!;
    // "the company", "the ministry": the organisation of that kind named last before it.
    const kindWord =
      /^the\s+(company|firm|group|airline|carrier|brewery|bank|insurer|retailer|manufacturer|supplier|ministry|government|agency|authority|union|council|federation|institute|centre|center|department|regulator|board|newspaper|paper|outlet|broadcaster|magazine|newsletter|trust|charity|foundation|hospital|school|college|university|library|museum|network|party|association|society|commission|court|police)$/i
        .exec(flat(phrase))?.[1]
        ?.toLowerCase();
    if (kindWord) {
      const fits = (e: DraftEntity) =>
        /^(company|firm|group|airline|carrier|brewery|bank|insurer|retailer|manufacturer|supplier)$/.test(kindWord)
          ? e.type === 'Company' || e.type === 'Organization'
          : /^(newspaper|paper|outlet|broadcaster|magazine|newsletter)$/.test(kindWord)
            ? e.type === 'NewsOutlet' || e.type === 'StateMedia'
            : /Organization/.test(e.type) && (e.mentions.some((m) => m.kind === 'name') || e.label.toLowerCase().split(' ').pop() === kindWord);
      // "the board": a … Board named before, rather than an office named since; a name ending in the noun comes first.
      // "the trust", "the hospital": only a body whose name ends so, since any body named before would be a guess.
      const strict =
        /^(trust|charity|foundation|hospital|school|college|university|library|museum|network|party|association|society|commission|court|police)$/.test(
          kindWord,
        );
      const org =
        registry.lastBefore(begin, (e) => fits(e) && e.label.toLowerCase().split(' ').pop() === kindWord) ??
        (strict ? undefined : registry.lastBefore(begin, fits));
      if (org) {
        registry.mention(org, sp, 'description', 0.5);
        return { holder: org, confidence: 0.5, span: sp };
      }
    }
    const definite = registry.definite(phrase);
    if (definite) {
      registry.mention(definite, sp, 'description', 0.6);
      return { holder: definite, confidence: 0.65, span: sp };
    }
    // A name with "the" before it, or a name alone: never a place, which speaks for nobody.
    const lead = named.find((e) => e.mentions.some((m) => m.begin === begin || (m.begin > begin && /^the\s+$/i.test(text.slice(begin, m.begin)))));
    if (lead && !PLACE_TYPES.has(lead.type) && lead.type !== 'WeaponSystem' && /^\p{Lu}/u.test(head)) return { holder: lead, confidence: 0.8, span: sp };
    if (words.some((w) => /^(has|have|had|been|was|were|is|are|be|being|it|its|this|that)$/i.test(w))) return undefined;
    if (words.some((w) => DOCUMENT_WORDS.test(w))) {
      // "a recent article by … David Ignatius", "Earlier reports from Politico": its author, else its publisher.
      const person = named.find((e) => e.type === 'Person');
      const org = named.find((e) => /Outlet|StateMedia|Organization/.test(e.type));
      const who = person ?? org;
      if (who) return { holder: who, confidence: 0.6, span: sp };
      // "The article noted": the outlet named last before it, else a source the text does not name.
      if (words.length <= 3 && /^the$/i.test(words[0]!)) {
        const outlet = registry.lastBefore(begin, (e) => e.type === 'NewsOutlet' || e.type === 'StateMedia');
        if (outlet) return { holder: outlet, confidence: 0.4, span: sp };
      }
      if (words.length <= 3) return { holder: 'unspecified', confidence: 0.4, span: sp };
      return undefined;
    }
    const det = words[0]!.toLowerCase();
    const nameFirst = lead !== undefined;
    // "industry sources", "Analysts at Corvin Research": a plural noun of people opens the description.
    // A sentence's first word is capitalised whatever it is ("Patient groups argued").
    const lower = (w: string, i: number) => /^\p{Ll}/u.test(w) || (i === 0 && initial.has(begin));
    const groupFirst = GROUP_WORDS.test(det) || (words.length <= 4 && words.every(lower) && GROUP_WORDS.test(head));
    if (!DETERMINERS.test(det) && !nameFirst && !groupFirst) return undefined;
    if (!words.some((w) => /^\p{Ll}[\p{L}’'-]*$/u.test(w) && !DETERMINERS.test(w))) return undefined;
    const noun =
      words.find((w, i) => i > 0 && /^\p{Ll}/u.test(w) && !DETERMINERS.test(w) && !/^(former|senior|top|high-ranking|junior|chief|deputy)$/.test(w)) ?? head;
    const plural =
      /^(some|two|three|four|five|several|many|most|others|few)$/.test(det) ||
      words.some((w) => GROUP_WORDS.test(w)) ||
      (/[^s]s$/.test(noun) && det !== 'a' && det !== 'an');
    const label = DETERMINERS.test(det) ? det + flat(phrase).slice(det.length) : flat(phrase);
    const org = !plural && ORG_HEADS.test(head) ? head : undefined;
    if (org) {
      // "the Turkish transport ministry": an institution described, named without its article.
      const the = /^the\s+/i.exec(phrase)?.[0].length ?? 0;
      const name = { begin: begin + the, end };
      const orgLabel = flat(text.slice(name.begin, name.end));
      const e = registry.ensure(
        `org:${orgLabel.toLowerCase()}`,
        /^(company|firm|institute)$/i.test(org) ? 'Organization' : 'GovernmentOrganization',
        orgLabel,
        0.5,
      );
      registry.mention(e, name, 'description', 0.5);
      return { holder: e, confidence: 0.55, span: name };
    }
    const e = registry.ensure(`unnamed:${label.toLowerCase()}`, plural ? 'UnnamedGroup' : 'UnnamedPerson', label, 0.6);
    registry.mention(e, sp, 'description', 0.6);
    return { holder: e, confidence: 0.6, span: sp };
  };

  // The subject of a verb at `at`: back to the clause boundary (a comma, a clause word, the sentence start, a quotation).
  const subjectAt = (sentenceBegin: number, at: number): { who: Found; adverb?: string; adverbWord?: string } | undefined => {
    const before = text.slice(sentenceBegin, at);
    let subjectBegin = sentenceBegin;
    const boundary = /.*(?:[,;:—(”"]|\b(?:that|though|although|while|but|because|whereas|if|when)\s)/su.exec(before);
    if (boundary) subjectBegin = sentenceBegin + boundary[0].length;
    let subject = { begin: subjectBegin, end: at };
    const adv = /\b(reportedly|allegedly|apparently)\s+$/.exec(text.slice(subject.begin, subject.end));
    if (!text.slice(subject.begin, subject.end).trim() && boundary && boundary[0].endsWith(',')) {
      // "X, a description of X, claimed": the subject is before the apposition.
      const segs = before.slice(0, boundary[0].length - 1).split(',');
      // "Trump, however, has …": an adverb between commas, not a description of the subject.
      if (segs.length >= 2 && DISCOURSE_ADVERBS.test(segs[segs.length - 1]!.trim())) {
        const first = { begin: sentenceBegin + boundary[0].length - 1 - segs[segs.length - 1]!.length - 1 - segs[segs.length - 2]!.length, end: 0 };
        first.end = first.begin + segs[segs.length - 2]!.length;
        const who = resolve(first, at);
        return who ? { who, ...(adv ? { adverb: HEDGE_ADVERBS[adv[1]!], adverbWord: adv[1] } : {}) } : undefined;
      }
      if (segs.length >= 2) {
        const appoEnd = sentenceBegin + boundary[0].length - 1;
        const appoBegin = appoEnd - segs[segs.length - 1]!.length;
        const first = { begin: appoBegin - 1 - segs[segs.length - 2]!.length, end: appoBegin - 1 };
        const second = trimSpan(text, { begin: appoBegin, end: appoEnd });
        // "Its chief executive, Jan Morr, told": a description, then the name; "Anders Moll, an underwriter, said": the name first.
        const name = registry.owner(second);
        const nameSecond = name && name.type !== 'UnnamedPerson' && name.type !== 'UnnamedGroup' && !PLACE_TYPES.has(name.type);
        subject = nameSecond ? second : first;
        const who = resolve(subject, at);
        if (who && typeof who.holder !== 'string') who.holder.described.push(trimSpan(text, nameSecond ? first : second));
        // The evidence opens with the whole subject, description and name.
        if (who?.span && nameSecond) who.span = { begin: trimSpan(text, first).begin, end: who.span.end };
        if (who) return { who, ...(adv ? { adverb: HEDGE_ADVERBS[adv[1]!], adverbWord: adv[1] } : {}) };
        return undefined;
      }
    }
    const who = resolve(subject, at);
    if (!who) return undefined;
    return { who, ...(adv ? { adverb: HEDGE_ADVERBS[adv[1]!], adverbWord: adv[1] } : {}) };
  };

  // "an account in X, which spoke to Y", "X, citing Y": Y holds it, known through X.
  const resolveChain = (span: Span, at: number): Found | undefined => {
    const phrase = text.slice(span.begin, span.end);
    const m = /^(.+?),?\s+(?:(?:which|who)\s+(?:spoke to|spoke with|interviewed|cited|quoted)|citing)\s+(.+?)[\s.]*$/u.exec(phrase);
    if (!m) return undefined;
    const outer = resolve({ begin: span.begin, end: span.begin + m[1]!.length }, at);
    const innerBegin = span.begin + m[0].lastIndexOf(m[2]!);
    const inner = resolve({ begin: innerBegin, end: innerBegin + m[2]!.length }, at);
    if (!outer || !inner || typeof outer.holder === 'string' || typeof inner.holder === 'string') return undefined;
    return { ...inner, via: outer.holder, confidence: Math.min(outer.confidence, inner.confidence) };
  };
  return { resolve, subjectAt, resolveChain, agentOrNone };
}
