/**
 * Raw article text → a draft annotation in the curators' format, by rules: headline and
 * dateline, names, direct quotations with their speakers, reported speech with its holder,
 * hedges, modality and polarity. Every record and mention carries the program as annotator
 * and a confidence below 1: a draft for a curator to correct, never a curated annotation.
 */
import {
  ENTITY_TYPES,
  type AnnotatorAnnotation,
  type ArticleAnnotation,
  type ClaimAnnotation,
  type EntityAnnotation,
  type QuotationAnnotation,
  type SpanSpec,
} from '../authoring/format.js';
import { nameOccurrences, occurrences, sentences, type Span } from '../text/spans.js';
import { type DraftEntity, EntityRegistry, findNames, flat, isPersonPronoun, slug } from './entities.js';
import { CITIES, COUNTRIES, CUES, type Cue, HEDGE_ADVERBS, MONTHS, POSSIBILITY, TITLES } from './lexicon.js';
import { clausesOf } from './clauses.js';
import { datesIn } from './dates.js';
import { genderOfPronoun } from './gender.js';
import { figureTurtle, quantityTurtle } from './quantities.js';
import { findQuotes, innerQuotes, type QuoteMark } from './quotes.js';

export const EXTRACTOR_NAME = 'claimgraph-extract';
export const EXTRACTOR_VERSION = '0.4.0';

export interface ExtractOptions {
  /** The article id (a slug); by default made from the headline or the first words. */
  id?: string;
  /** The title when the text prints no headline. */
  title?: string;
  /** The text file's name beside the annotation; without it the text is written inline. */
  textFile?: string;
  language?: string;
  /**
   * Entities already in the corpus (the `entities:` of curated annotations): a drafted entity
   * with the same label or name, and the same kind, takes the corpus id, so the draft joins
   * the same nodes.
   */
  known?: Record<string, Pick<EntityAnnotation, 'type' | 'label' | 'names'>>;
  /** The annotation date (YYYY-MM-DD) recorded with the program. */
  date?: string;
  /**
   * The publication date (YYYY-MM-DD) when the feed gives it: recorded as the article's, and the
   * day relative dates ("on Monday", "last month") are read from when the text prints no dateline.
   */
  published?: string;
}

type Holder = DraftEntity | 'unspecified' | 'article';

interface Found {
  holder: DraftEntity | 'unspecified';
  /** The report the holder is known through ("an account in X, which spoke to Y": Y via X). */
  via?: DraftEntity;
  confidence: number;
  /** The words naming the holder. */
  span?: Span;
}

interface Report {
  id: string;
  /** The cue's span: the reporting verb, or "according to". */
  cue: Span;
  verb: string;
  implies: Cue;
  hedge?: string;
  holder: Holder;
  /** What is reported. */
  content: Span;
  /** From the holder (or the cue) to the end of the content. */
  evidence: Span;
  confidence: number;
  audience?: DraftEntity;
  channel?: string;
  within?: Report;
  replacedBy?: DraftQuotation;
  /** Where the content's quantities are read, when not from the whole content (a corrected figure). */
  figures?: Span;
  /** The statements this one corrects ("revised the figure from X to Y" corrects the statement of X). */
  corrects?: Report[];
  via?: DraftEntity;
  /** For an attribution after its content: the comma before it. */
  trailing?: number;
  /** The quotation whose words report this ("“Putin has made it clear that …,” said X"). */
  inQuote?: DraftQuotation;
}

interface DraftQuotation {
  id: string;
  parts: Span[];
  holder: Holder;
  verb?: string;
  hedge?: string;
  channel?: string;
  audience?: DraftEntity;
  within?: Report;
  /** The quotation this one is quoted inside ("… they told me, ‘This is a switch problem,’ …"). */
  inside?: DraftQuotation;
  confidence: number;
}

const SPEECH_VERBS =
  'said|says|added|adds|told|tells|wrote|writes|insisted|insists|warned|warns|claimed|claims|argued|argues|noted|notes|asked|explained|continued|recalled|stated|states|declared|replied|conceded|acknowledged|acknowledges|admitted|admits|announced|announces|confirmed|confirms|predicted|predicts|estimated|estimates|reported|reports';
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

/** "had earlier put the figure at 340", "initially estimated the cost at €2 million". */
const PUT_AT =
  /\b(?:had\s+)?(?:earlier|previously|initially|first|originally)\s+(put|estimated|gave|reported|set)\s+(?:the|its|their|his|her)\s+(?:[\p{Ll}-]+\s+){0,3}?(figure|number|estimate|toll|count|total|cost|tally|forecast)(?:\s+of\s+[\p{Ll}\s-]{1,30}?)?\s+(?:at|as)\s+((?:about\s+|around\s+|some\s+)?[€$£]?\d[\d,.]*(?:\s+(?:thousand|million|billion))?(?:\s+\p{Ll}+)?)/gu;
/** "revised the figure from €40 million to €48 million", "lowered its estimate from 340 to 210". */
const REVISED =
  /\b(revised|corrected|lowered|raised|cut|reduced|increased|updated|adjusted|amended)\s+(?:the|its|their|his|her|an|a)\s+(?:own\s+)?(?:[\p{Ll}-]+\s+){0,2}?(?:figure|estimate|forecast|count|tally|number|projection|total|toll|tally)s?(?:\s+of\s+[\p{Ll}\s-]{1,30}?)?\s+from\s+([€$£]?\d[\d,.]*(?:\s+(?:thousand|million|billion))?(?:\s+\p{Ll}+)?)\s+to\s+([€$£]?\d[\d,.]*(?:\s+(?:thousand|million|billion))?)/gu;

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
const DATA_VERBS = /^(?:show|shows|showed|indicate|indicates|indicated)$/;
const DATA_SUBJECT = new RegExp(`\\b${DATA_WORDS}(?:\\s+(?:published|released|issued|compiled)?\\s*(?:by|from|of)\\s+[^,;:]{1,60})?\\s+(?:also\\s+)?$`, 'iu');

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
const PLACE_TYPES = new Set(['City', 'Country', 'Region', 'Place']);
/** "Putin has made it clear that …", "Hallin said that …" inside a quotation: a name, a reporting verb, "that". */
const IN_QUOTE_REPORT =
  /(?:^|[,;:.!?—]\s+|\b(?:and|but)\s+)(\p{Lu}[\p{L}’'.-]*(?:\s+\p{Lu}[\p{L}’'.-]*){0,3})\s+((?:has|have|had)\s+)?(made it clear|said|says|told (?:us|me|them|him|her)|warned|insisted|argued|claimed|denied|admitted|acknowledged|announced|confirmed)\s+that\s+/gu;
/** Adverbs set off by commas after a subject ("Trump, however, has …"), which describe nobody. */
const DISCOURSE_ADVERBS = /^(?:however|meanwhile|though|too|also|instead|nonetheless|nevertheless|in turn|for (?:his|her|its|their) part)$/i;
const CLAUSE_WORDS = /^(though|although|while|but|and|because|as|whereas|since|when|after|before|if|however|yet|so|that|where)$/i;

const channelOf = (s: string, verb: string, implies: Cue): string | undefined => {
  if (implies.channel) return implies.channel;
  if (/\binterview\b/i.test(s)) return 'interview';
  if (/\bclosed-door (meeting|briefing|session)\b/i.test(s)) return 'closed-door-meeting';
  if (/\bspeech\b/i.test(s)) return 'speech';
  if (/\bstatement\b/i.test(s)) return 'statement';
  if (/\bpress conference\b/i.test(s)) return 'press-conference';
  if (/\b(television|broadcast|talk show|radio)\b/i.test(s)) return 'broadcast';
  if (/\b(social media|posted|on X|Telegram)\b/.test(s)) return 'social-media';
  if (/^told\b/.test(verb.replace(/^(reportedly|allegedly)\s+/, ''))) return 'conversation';
  return undefined;
};

export function extractArticle(text: string, options: ExtractOptions = {}): ArticleAnnotation {
  const sents = sentences(text);
  const quotes = findQuotes(text);
  const insideQuote = (at: number) => quotes.some((q) => at >= q.open && at <= q.close);
  const initial = new Set<number>([...sents.map((s) => s.begin), ...quotes.map((q) => q.begin)]);
  const registry = new EntityRegistry();

  // Headline (a first line without a full stop) and dateline ("BRUSSELS, March 14 (Reuters) —").
  const firstLine = /^[^\S\n]*([^\n]+)\n/.exec(text);
  let headline: Span | undefined;
  if (firstLine && firstLine[1]!.length <= 200 && !/[.!?:;"”’]\s*$/.test(firstLine[1]!) && firstLine[1]!.trim().split(/\s+/).length >= 2) {
    const begin = firstLine.index + firstLine[0].indexOf(firstLine[1]!);
    headline = { begin, end: begin + firstLine[1]!.trimEnd().length };
  }
  const bodyStart = headline ? text.slice(headline.end).search(/\S/) + headline.end : 0;
  const dl = /^([A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*){0,3})(?:,\s*([A-Z][\p{L}.]*(?:\s+\d{1,2})?(?:,\s*\d{4})?))?\s*(?:\(([^)]+)\))?\s*[—–-]{1,2}\s/u.exec(
    text.slice(bodyStart),
  );
  let dateline: { span: Span; place: Span; published?: string } | undefined;
  if (dl && dl[1]!.length >= 3) {
    const placeName = dl[1]!.toLowerCase().replace(/(^|[\s.-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
    const placeSpan = { begin: bodyStart, end: bodyStart + dl[1]!.length };
    const e = COUNTRIES[placeName]
      ? registry.ensure(`place:${COUNTRIES[placeName]}`, 'Country', COUNTRIES[placeName]!, 0.8)
      : registry.ensure(`place:${placeName}`, CITIES.has(placeName) ? 'City' : 'Place', placeName, 0.7);
    registry.mention(e, placeSpan, 'name', 0.7);
    // "March 3" without a year takes the year of the publication date when it is known.
    const date = dl[2] ? (parseDate(dl[2]) ?? (options.published ? parseDate(`${dl[2]} ${options.published.slice(0, 4)}`) : undefined)) : undefined;
    dateline = { span: { begin: bodyStart, end: bodyStart + dl[0].trimEnd().length }, place: placeSpan, ...(date ? { published: date } : {}) };
    // The sentence the dateline opens begins, for attribution, after it ("RIVERTON, March 3 — The city council …").
    const first = sents.find((x) => x.begin <= dateline!.span.begin && x.end > dateline!.span.end);
    if (first) {
      first.begin = text.slice(dateline.span.end).search(/\S/) + dateline.span.end;
      initial.add(first.begin);
    }
  }

  findNames(text, initial, registry);

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

  const reports: Report[] = [];
  const quotations: DraftQuotation[] = [];
  let claimCount = 0;
  let quoteCount = 0;
  const nextClaimId = () => `claim-${++claimCount}`;

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

  // Corrections of a figure: "X revised the figure from A to B", after "X had earlier put the figure at A".
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

  // Direct quotations: each with its attribution, after it or before it, or the report it sits in.
  const attributed = new Map<QuoteMark, DraftQuotation>();
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
          attributed.set(q, dq);
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
          attributed.set(q, dq);
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
        attributed.set(q, prev);
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
        attributed.set(q, prev);
        continue;
      }
    }
    attributed.set(q, dq);
    quotations.push(dq);
  }
  // A full-sentence quotation whose speaker comes after a later part ("“A.” “B,” said X."): merge back.
  // (Left to the curator: rare in news prose.)

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

  for (const q of quotations) q.id = `quote-${++quoteCount}${typeof q.holder === 'string' ? '' : `-${slug(q.holder.label).slice(0, 30).replace(/-+$/, '')}`}`;

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

  // Hedges without a reporting verb: "X reportedly considered …", "is said to".
  const covered = (sp: Span) =>
    reports.some((r) => !r.replacedBy && r.evidence.begin < sp.end && r.evidence.end > sp.begin) ||
    quotations.some((q) => q.parts.some((p) => p.begin - 1 < sp.end && p.end + 1 > sp.begin));
  for (const s of sents) {
    if (covered(s)) continue;
    const sentence = text.slice(s.begin, s.end);
    const m = /\b(reportedly|allegedly|apparently|purportedly|supposedly)\b|\b(?:is|are|was|were) said to\b|\bunconfirmed\b/.exec(sentence);
    if (!m || insideQuote(s.begin + m.index)) continue;
    const hedge = m[1] ? HEDGE_ADVERBS[m[1]]! : m[0].startsWith('unconfirmed') ? 'unconfirmed' : 'is-said-to';
    const clause = trimSpan(text, { begin: s.begin, end: s.end });
    const verbMatch = /^(?:(?:is|are|was|were) said to \S+|\S+\s+\S+)/.exec(sentence.slice(m.index));
    reports.push({
      id: nextClaimId(),
      cue: { begin: s.begin + m.index, end: s.begin + m.index + m[0].length },
      verb: verbMatch ? verbMatch[0].replace(/[,.;]$/, '') : m[0],
      implies: {},
      hedge,
      holder: hedge === 'apparently' || hedge === 'unconfirmed' ? 'article' : 'unspecified',
      content: clause,
      evidence: clause,
      confidence: 0.55,
    });
  }

  // "Trump reportedly considered …. According to an article by Ignatius, this potential move was …": a sentence soon after
  // that names a source for "this" names the source of the report it points back to.
  for (const r of reports) {
    if (r.holder !== 'unspecified' || (r.hedge !== 'reportedly' && r.hedge !== 'allegedly') || r.replacedBy) continue;
    const i = sents.findIndex((x) => x.begin <= r.evidence.begin && x.end >= r.evidence.end);
    if (i < 0) continue;
    const next = sents.slice(i + 1, i + 3);
    const source = reports.find(
      (o) =>
        o.verb === 'according to' &&
        typeof o.holder !== 'string' &&
        next.some((x) => o.evidence.begin >= x.begin && o.evidence.end <= x.end) &&
        /^(?:this|that|these|such)\b/i.test(text.slice(o.content.begin, o.content.end)),
    );
    if (!source) continue;
    r.holder = source.holder;
    if (source.via) r.via = source.via;
    r.confidence = Math.min(r.confidence, 0.45);
  }

  // Corpus ids for entities the corpus knows by the same name.
  if (options.known) {
    const key = (x: string) =>
      x
        .toLowerCase()
        .replace(/\([^)]*\)/g, '')
        .replace(/^the\s+/, '')
        .replace(/\s+/g, ' ')
        .trim();
    const byName = new Map<string, string>();
    for (const [id, k] of Object.entries(options.known))
      for (const n of [k.label, ...(k.names ?? [])])
        if (!byName.has(`${ENTITY_TYPES[k.type]?.kind}:${key(n)}`)) byName.set(`${ENTITY_TYPES[k.type]?.kind}:${key(n)}`, id);
    const taken = new Set(registry.list.map((e) => e.id));
    for (const e of registry.list) {
      const names = [e.label, ...e.mentions.filter((m) => m.kind === 'name').map((m) => flat(text.slice(m.begin, m.end)))];
      const id = names.map((n) => byName.get(`${ENTITY_TYPES[e.type].kind}:${key(n)}`)).find(Boolean);
      if (!id || id === e.id || taken.has(id)) continue;
      taken.delete(e.id);
      taken.add(id);
      e.id = id;
    }
  }

  // Draft records.
  const entityOut: Record<string, EntityAnnotation> = {};
  const claims: ClaimAnnotation[] = [];
  const quotationOut: QuotationAnnotation[] = [];
  /** What each drafted claim says, where its dates are read. */
  const contentOf = new Map<ClaimAnnotation, Span>();
  const spec = (sp: Span, confidence?: number): SpanSpec => {
    const needle = text.slice(sp.begin, sp.end);
    const all = occurrences(text, needle);
    const base = all.length === 1 ? needle : { text: needle, occurrence: all.indexOf(sp.begin) + 1 };
    if (confidence === undefined) return base;
    return typeof base === 'string' ? { text: base, confidence } : { ...base, confidence };
  };
  const holderId = (h: Holder) => (h === 'unspecified' || h === 'article' ? h : h.id);
  const aboutOf = (sp: Span, holder: Holder | 'article') =>
    [...new Set(registry.within(sp).map((e) => e.id))].filter((id) => holder === 'unspecified' || holder === 'article' || id !== holder.id).slice(0, 8);
  const certaintyOf = (sp: Span) => certaintyIn(text.slice(sp.begin, sp.end));
  const certaintyIn = (s: string) => {
    const m = POSSIBILITY.exec(stripQuotes(s));
    return m ? { value: 'possible', cue: m[1]!.toLowerCase() } : undefined;
  };

  for (const r of reports) {
    if (r.replacedBy) continue;
    const label = labelOf(text.slice(r.content.begin, r.content.end));
    // The modal cues of the report's own content, not of the reports nested in it.
    const nested = reports.filter((o) => o.within === r);
    const own = nested.length
      ? text.slice(r.content.begin, nested[0]!.evidence.begin) + text.slice(nested[nested.length - 1]!.evidence.end, r.content.end)
      : undefined;
    const certainty = own === undefined ? certaintyOf(r.content) : certaintyIn(own);
    const c: ClaimAnnotation = {
      id: r.id,
      label,
      evidence: spec(r.evidence),
      holder: holderId(r.holder),
      ...(r.via ? { via: [r.via.id] } : {}),
      verb: r.verb,
      ...(r.hedge ? { hedge: r.hedge } : {}),
      ...(r.implies.negated
        ? { polarity: { value: 'negated', cue: r.verb } }
        : negationOf(own ?? text.slice(r.content.begin, r.content.end))
          ? { polarity: { value: 'negated', cue: negationOf(own ?? text.slice(r.content.begin, r.content.end))! } }
          : {}),
      ...(certainty ? { certainty } : {}),
      ...(r.channel ? { channel: r.channel } : {}),
      ...(r.audience ? { audience: r.audience.id } : {}),
      ...(r.inQuote
        ? { within: r.inQuote.id }
        : r.within && !r.within.replacedBy
          ? { within: r.within.id }
          : r.within?.replacedBy?.within
            ? { within: r.within.replacedBy.within.id }
            : {}),
      about: aboutOf(r.evidence, r.holder),
      confidence: r.confidence,
    };
    const corrected = r.corrects?.[0]?.figures;
    const content = r.figures
      ? figureTurtle(text.slice(r.figures.begin, r.figures.end), corrected ? text.slice(corrected.begin, corrected.end) : undefined)
      : quantityTurtle(text.slice(r.content.begin, r.content.end));
    if (r.corrects?.length) c.corrects = r.corrects.map((o) => o.id);
    if (content) c.content = content;
    if (!c.about?.length) delete c.about;
    claims.push(c);
    contentOf.set(c, r.content);
  }
  for (const q of quotations) {
    const whole = { begin: q.parts[0]!.begin, end: q.parts[q.parts.length - 1]!.end };
    const parts = q.parts.map((p) => text.slice(p.begin, p.end));
    const certainty = certaintyOf(whole);
    const o: QuotationAnnotation = {
      id: q.id,
      parts: q.parts.map((p) => spec(p)),
      label: labelOf(parts.join(' ')),
      holder: holderId(q.holder),
      ...(q.verb ? { verb: q.verb } : {}),
      ...(q.hedge ? { hedge: q.hedge } : {}),
      ...(certainty ? { certainty } : {}),
      ...(q.channel ? { channel: q.channel } : {}),
      ...(q.audience ? { audience: q.audience.id } : {}),
      ...(q.inside ? { within: q.inside.id } : q.within ? { within: q.within.id } : {}),
      about: aboutOf(whole, q.holder),
      confidence: q.confidence,
    };
    const content = quantityTurtle(parts.join(' '));
    if (content) o.content = content;
    if (!o.about?.length) delete o.about;
    quotationOut.push(o);
  }

  // Sentences no rule attributed: the article's own voice, at low confidence, for the curator to split or drop.
  const statementSpans = [
    ...claims.map((c) => findIn(text, c.evidence)),
    ...quotations.flatMap((q) => q.parts.map((p) => ({ begin: p.begin - 1, end: p.end + 1 }))),
  ];
  let voice = 0;
  // A sentence of several main clauses ("…; …", "…, and the council …") is one statement per clause.
  const voiceSpans = sents.flatMap((s) =>
    headline && s.begin === headline.begin && s.end === headline.end ? [] : clausesOf(text, trimSpan(text, s), insideQuote),
  );
  for (const s of voiceSpans) {
    if (statementSpans.some((sp) => sp.begin < s.end && sp.end > s.begin)) continue;
    const sp = trimSpan(text, s);
    const certainty = certaintyOf(sp);
    const negation =
      /\b(not|no|never|nothing|nobody|none|neither|nor|(?:refused|refuses|declined|declines) to(?!\s+(?:comment|say|discuss|answer|elaborate|confirm|speculate|respond)\b))\b|n’t\b|n't\b/i.exec(
        text.slice(sp.begin, sp.end),
      );
    claims.push({
      id: `voice-${++voice}`,
      label: labelOf(text.slice(sp.begin, sp.end)),
      evidence: spec(sp),
      holder: 'article',
      ...(certainty ? { certainty } : {}),
      ...(negation ? { polarity: { value: 'negated', cue: negation[0] } } : {}),
      about: aboutOf(sp, 'article'),
      confidence: 0.3,
    });
    const last = claims[claims.length - 1]!;
    if (!last.about?.length) delete last.about;
    const content = quantityTurtle(text.slice(sp.begin, sp.end));
    if (content) last.content = content;
    contentOf.set(last, sp);
  }

  // Dates in what a statement says: an event with that date, reported by the statement, so the date is a typed
  // literal in its content graph. A date after the day of writing needs a statement about the future.
  const anchor = dateline?.published ?? options.published;
  const dated: Record<string, EntityAnnotation> = {};
  let dateCount = 0;
  for (const c of claims) {
    const sp = contentOf.get(c);
    if (!sp) continue;
    for (const d of datesIn(text, sp, anchor)) {
      const after = anchor !== undefined && firstDay(d.value) > anchor;
      if (after && !d.future) continue;
      if (after && !c.time) {
        const evidence = text.slice(findIn(text, c.evidence).begin, findIn(text, c.evidence).end);
        c.time = d.futureCue && evidence.includes(d.futureCue) ? { value: 'future', cue: d.futureCue } : 'future';
      }
      dated[`date-${++dateCount}`] = {
        type: 'Event',
        label: `what ${c.id} dates ${text.slice(d.span.begin, d.span.end)} (${d.value})`,
        mentions: [spec(d.span, 0.5)],
        date: d.value,
        reportedBy: c.id,
        confidence: 0.5,
      };
    }
  }

  for (const e of registry.list) {
    if (!e.mentions.length && !e.unmentioned) continue;
    const mentions = [...e.mentions].sort((a, b) => a.begin - b.begin);
    const names = [...new Set(mentions.filter((m) => m.kind === 'name' || m.kind === 'alias').map((m) => flat(text.slice(m.begin, m.end))))];
    // A name is given as a name only when every whole-word occurrence of it is this entity's mention.
    const safe = names.filter((n) =>
      nameOccurrences(text, n).every(
        (o) =>
          mentions.some((m) => m.begin <= o.begin && m.end >= o.end) &&
          !registry.list.some((x) => x !== e && x.mentions.some((m) => m.begin === o.begin && m.end === o.end)),
      ),
    );
    const out: EntityAnnotation = {
      type: e.type,
      label: e.label,
      ...(safe.length ? { names: safe } : {}),
      ...(e.category ? { category: e.category } : {}),
      confidence: Math.min(0.9, e.confidence),
    };
    const explicit = mentions.filter((m) => !safe.some((n) => nameOccurrences(text, n).some((o) => o.begin === m.begin && o.end === m.end)));
    if (explicit.length) out.mentions = explicit.map((m) => spec(m, Math.min(0.9, m.confidence)));
    const described = uniqueSpans(e.described);
    if (described.length) out.described = described.map((d) => spec(d));
    entityOut[e.id] = out;
  }
  for (const [id, e] of Object.entries(dated)) if (!entityOut[id]) entityOut[id] = e;

  const title = headline
    ? flat(text.slice(headline.begin, headline.end))
    : (options.title ?? `${labelOf(text.slice(sents[0]?.begin ?? 0, sents[0]?.end ?? 0), 80)} (draft)`);
  const annotator: AnnotatorAnnotation = { name: EXTRACTOR_NAME, kind: 'program', version: EXTRACTOR_VERSION, ...(options.date ? { date: options.date } : {}) };
  const draft: ArticleAnnotation = {
    article: {
      id:
        options.id ??
        (slug(title.replace(/\(draft\)$/, ''))
          .split('-')
          .slice(0, 6)
          .join('-') ||
          'draft-article'),
      title,
      ...(headline ? {} : { titleNote: 'The text prints no headline; the title is made from its first sentence.' }),
      text: options.textFile ?? text,
      ...(options.textFile ? {} : { textIsInline: true }),
      language: options.language ?? 'en',
      ...(options.published ? { published: options.published } : dateline?.published ? { published: dateline.published } : {}),
      annotator,
      description: `A draft annotation made by ${EXTRACTOR_NAME} ${EXTRACTOR_VERSION}; every record and mention is machine-made and awaits a curator.`,
    },
    entities: entityOut,
    claims,
    quotations: quotationOut,
    notes: [
      ...(headline ? [{ id: 'headline', motivation: 'commenting' as const, span: spec(headline), text: 'The headline, used as the title.' }] : []),
      ...(dateline
        ? [
            {
              id: 'dateline',
              motivation: 'commenting' as const,
              span: spec(dateline.span),
              text: `The dateline: ${flat(text.slice(dateline.span.begin, dateline.span.end))}`,
            },
          ]
        : []),
    ],
  };
  if (!draft.notes!.length) delete draft.notes;
  // A report that a rule folded into another leaves nothing to be within.
  const ids = new Set([...claims.map((c) => c.id), ...quotationOut.map((q) => q.id)]);
  for (const st of [...claims, ...quotationOut]) if (st.within && !ids.has(st.within)) delete st.within;
  // The content of a statement names what is reported within it, so a query can go from one to the other.
  const byId = new Map<string, ClaimAnnotation | QuotationAnnotation>([...claims, ...quotationOut].map((st) => [st.id, st]));
  for (const st of [...claims, ...quotationOut]) {
    const outer = st.within ? byId.get(st.within) : undefined;
    if (!outer) continue;
    const line = `_:reporting-${st.id} a schema:CommunicateAction ; cg:message ${'parts' in st ? 'quote' : 'claim'}:${st.id} .`;
    outer.content = outer.content ? `${outer.content}\n${line}` : line;
  }
  return draft;
}

function trimSpan(text: string, { begin, end }: Span): Span {
  while (begin < end && /\s/.test(text[begin]!)) begin++;
  while (end > begin && /[\s,;:]/.test(text[end - 1]!)) end--;
  return { begin, end };
}

function sentenceEnd(text: string, s: Span): number {
  let end = s.end;
  while (end > s.begin && /[\s.!?]/.test(text[end - 1]!)) end--;
  return end;
}

function firstClauseEnd(text: string, from: number, to: number): number {
  const m = /[,;]/.exec(text.slice(from, to));
  return m ? from + m.index : to;
}

function lastCommaBefore(text: string, from: number, at: number): number | undefined {
  const i = text.lastIndexOf(',', at);
  return i > from ? i : undefined;
}

function stripQuotes(s: string): string {
  return s.replace(/“[^”]*”/g, ' ');
}

function labelOf(s: string, max = 140): string {
  let l = flat(s)
    .replace(/[“”"]/g, '')
    .replace(/[\s,;:.]+$/, '');
  l = l.charAt(0).toUpperCase() + l.slice(1);
  return l.length > max ? `${l.slice(0, max - 1).replace(/\s+\S*$/, '')}…` : l || 'Untitled statement';
}

function uniqueSpans(spans: Span[]): Span[] {
  const seen = new Set<string>();
  return spans.filter((s) => !seen.has(`${s.begin},${s.end}`) && seen.add(`${s.begin},${s.end}`));
}

function findIn(text: string, spec: SpanSpec): Span {
  const { text: needle, occurrence } = typeof spec === 'string' ? { text: spec, occurrence: 1 } : spec;
  const at = occurrences(text, needle)[(occurrence ?? 1) - 1] ?? 0;
  return { begin: at, end: at + needle.length };
}

/**
 * The negation of a reported clause's main verb ("has not been signed", "had never met"), outside
 * quotations and subordinate clauses ("if …", "unless …"): its cue, else undefined.
 */
function negationOf(s: string): string | undefined {
  const main = stripQuotes(s).split(/,?\s+\b(?:if|unless|because|although|though|while|whereas|before|after|when|which|who)\b/)[0]!;
  return (
    /\b(?:(?:has|have|had|is|are|was|were|will|would|could|did|does|do|can)(?:\s+not|n[’']t)(?:\s+been)?|never|no longer|(?:refused|refuses|refuse|declined|declines|decline)\s+to(?!\s+(?:comment|say|discuss|answer|elaborate|confirm|speculate|respond)\b))\b/.exec(
      main,
    )?.[0] ?? NEGATIVE_QUANTIFIER.exec(main)?.[0]
  );
}

/**
 * A negative quantifier: "no evidence that", "none of the money", "nobody", "nothing"; not "no doubt", "no matter", "no
 * fewer than", "no less than", which say nothing is denied.
 */
const NEGATIVE_QUANTIFIER = /\b(?:[Nn]obody|[Nn]othing|[Nn]one|[Nn]o one|[Nn]o(?=\s+(?!(?:doubt|matter|fewer|less|more|sooner|longer)\b)\p{Ll}))\b/u;

/** The first day a date value (YYYY, YYYY-MM or YYYY-MM-DD) can mean. */
const firstDay = (v: string) => (v.length === 4 ? `${v}-01-01` : v.length === 7 ? `${v}-01` : v);

/** "March 14, 2025" or "14 March 2025" → 2025-03-14. */
function parseDate(s: string): string | undefined {
  const m = /(\p{L}+)\.?\s+(\d{1,2}),?\s+(\d{4})|(\d{1,2})\s+(\p{L}+)\s+(\d{4})/u.exec(s);
  if (!m) return undefined;
  const month = MONTHS.findIndex((x) => x.startsWith((m[1] ?? m[5]!).toLowerCase().slice(0, 3))) + 1;
  if (!month) return undefined;
  const day = Number(m[2] ?? m[4]);
  return `${m[3] ?? m[6]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
