/**
 * Names in raw text: runs of capitalised words, cleared of sentence-initial words, titles and
 * nationality adjectives, typed by gazetteer and by the shape of the name, and merged so that a
 * surname after a full name ("Donald Trump" … "Trump") is one person. Unnamed sources ("a
 * senior official") and definite descriptions ("the diplomat", "the former president") are
 * added by the attribution rules through the same registry.
 */
import type { EntityType } from '../authoring/format.js';
import type { Span } from '../text/spans.js';
import { type Gender, genderNear, genderOfName, genderOfWord } from './gender.js';
import {
  CITIES,
  COMPANY_NOUNS,
  COMPANY_WORDS,
  COUNTRIES,
  CUES,
  DEMONYMS,
  GEOGRAPHIC_WORDS,
  GOVERNMENT_WORDS,
  HEDGE_ADVERBS,
  MONTHS,
  NOT_NAMES,
  ORGANIZATION_NOUNS,
  ORGANIZATION_WORDS,
  OUTLET_NOUNS,
  OUTLET_WORDS,
  OUTLETS,
  REGIONS,
  STATE_MEDIA,
  TITLES,
  WEAPONS,
} from './lexicon.js';

export type MentionKind = 'name' | 'alias' | 'description' | 'pronoun';

interface Mention extends Span {
  kind: MentionKind;
  confidence: number;
}

export interface DraftEntity {
  id: string;
  type: EntityType;
  label: string;
  category?: string;
  mentions: Mention[];
  /** Titles printed before the name ("president"), for "the former president". */
  titles: Set<string>;
  /** Appositions that describe the entity ("a senior fellow at …"). */
  described: Span[];
  /** Kept in the draft without a mention of its own (a government a place's name stands for). */
  unmentioned?: boolean;
  /** How sure the rule that typed it is. */
  confidence: number;
  /** Typed by a description around a mention ("the firm X", "X, a charity"), which a verb cue does not overturn. */
  typedByDescription?: boolean;
  /** A person's gender when the text shows it, set once a rule has read it. */
  gender?: Gender;
}

interface Token extends Span {
  word: string;
  possessive: boolean;
}

const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}.\-’']*/gu;
const ABBREVIATION = /^(?:\p{L}\.)+$|^(?:St|Mr|Mrs|Ms|Dr|Gen|Sen|Rep|Gov|Col|Adm|Lt|Jr|Sr|Prof|Corp|Inc|Ltd|Co|Bros)\.$/u;
const SINGLE_INSTITUTIONS = new Set(['Kremlin', 'Pentagon', 'Congress', 'Senate', 'Duma', 'Rada', 'Bundestag', 'Knesset', 'Parliament']);
const CONNECTORS = new Set(['of', 'for', 'on', 'de']);
const PERSON_PRONOUNS = /^(he|she|him|her)$/i;

export function slug(s: string): string {
  return (
    s
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[’']s\b/g, 's')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 60)
      .replace(/-+$/, '') || 'entity'
  );
}

export const flat = (s: string) => s.replace(/\s+/g, ' ').trim();

function tokens(text: string): Token[] {
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    let word = m[0];
    let possessive = false;
    if (/[’']s$/.test(word)) (word = word.slice(0, -2)), (possessive = true);
    word = word.replace(/[’'-]+$/, '');
    while (word.endsWith('.') && !ABBREVIATION.test(word)) word = word.slice(0, -1);
    if (!word) continue;
    out.push({ begin: m.index!, end: m.index! + word.length, word, possessive });
  }
  return out;
}

const capital = (w: string) => /^\p{Lu}/u.test(w);

export class EntityRegistry {
  readonly list: DraftEntity[] = [];
  private readonly ids = new Set<string>();
  private readonly byKey = new Map<string, DraftEntity>();

  constructor(reserved: Iterable<string> = []) {
    for (const r of reserved) this.ids.add(r);
  }

  private newId(label: string): string {
    const base = slug(label);
    let id = base;
    for (let n = 2; this.ids.has(id); n++) id = `${base}-${n}`;
    this.ids.add(id);
    return id;
  }

  get(key: string): DraftEntity | undefined {
    return this.byKey.get(key);
  }

  /** The entity under `key`, made when new. */
  ensure(key: string, type: EntityType, label: string, confidence: number, category?: string): DraftEntity {
    let e = this.byKey.get(key);
    if (!e) {
      e = { id: this.newId(label), type, label, mentions: [], titles: new Set(), described: [], confidence, ...(category ? { category } : {}) };
      this.byKey.set(key, e);
      this.list.push(e);
    }
    return e;
  }

  mention(e: DraftEntity, span: Span, kind: MentionKind, confidence: number): void {
    if (this.owner(span)) return;
    e.mentions.push({ begin: span.begin, end: span.end, kind, confidence });
  }

  /** The entity a span of text is already a mention of. */
  owner(span: Span): DraftEntity | undefined {
    return this.list.find((e) => e.mentions.some((m) => m.begin === span.begin && m.end === span.end));
  }

  /** Named entities with a mention inside a span. */
  within(span: Span): DraftEntity[] {
    return this.list.filter((e) => e.mentions.some((m) => m.kind !== 'pronoun' && m.begin >= span.begin && m.end <= span.end));
  }

  /**
   * The last person named before `at`, outside the spans given (quotations). With a pronoun's
   * gender (and the text, to read the words around each mention): the last person the text shows
   * to be of that gender, so "she" passes over a man, or a person the words say nothing of, named
   * since; when there is none, the last person of no known gender; when every person named before
   * has the other gender, the last one all the same.
   */
  personBefore(at: number, outside: Span[] = [], pronoun?: { gender: Gender; text: string }): DraftEntity | undefined {
    const candidates: { e: DraftEntity; at: number }[] = [];
    for (const e of this.list) {
      if (e.type !== 'Person') continue;
      let last: number | undefined;
      for (const m of e.mentions) {
        if (m.kind === 'pronoun' || m.end > at || outside.some((q) => m.begin >= q.begin && m.end <= q.end)) continue;
        if (last === undefined || m.begin > last) last = m.begin;
      }
      if (last !== undefined) candidates.push({ e, at: last });
    }
    candidates.sort((a, b) => b.at - a.at);
    if (!pronoun) return candidates[0]?.e;
    const genders = candidates.map((c) => this.genderOf(c.e, pronoun.text));
    const same = candidates.find((_, i) => genders[i] === pronoun.gender);
    const unknown = candidates.find((_, i) => genders[i] === undefined);
    return (same ?? unknown ?? candidates[0])?.e;
  }

  /** A person's gender as the text shows it: a title, the first name, the words around a mention ("Ms. Lund", "who … her"). */
  genderOf(e: DraftEntity, text: string): Gender | undefined {
    if (e.gender) return e.gender;
    for (const t of e.titles) {
      const g = genderOfWord(t);
      if (g) return g;
    }
    const byName = genderOfName(e.label);
    if (byName) return byName;
    for (const m of e.mentions) {
      if (m.kind === 'pronoun') continue;
      const g = genderNear(text, m);
      if (g) return g;
    }
    return undefined;
  }

  /** The entity of the given kind mentioned last before `at`. */
  lastBefore(at: number, fits: (e: DraftEntity) => boolean): DraftEntity | undefined {
    let best: { e: DraftEntity; at: number } | undefined;
    for (const e of this.list) {
      if (!fits(e)) continue;
      for (const m of e.mentions) if (m.end <= at && (!best || m.begin > best.at)) best = { e, at: m.begin };
    }
    return best?.e;
  }

  /** "the former president", "the diplomat": an entity already described so. */
  definite(phrase: string): DraftEntity | undefined {
    const words = flat(phrase).toLowerCase().split(' ');
    if (words[0] !== 'the' || words.length > 4) return undefined;
    const head = words[words.length - 1]!;
    const title = words.slice(1).join(' ');
    const exact = this.list.filter((e) => e.type === 'Person' && e.titles.has(title));
    if (exact.length === 1) return exact[0];
    const titled = this.list.filter((e) => e.type === 'Person' && e.titles.has(head));
    if (titled.length === 1) return titled[0];
    const described = this.list.filter(
      (e) => (e.type === 'UnnamedPerson' || e.type === 'UnnamedGroup') && flat(e.label).toLowerCase().split(' ').pop() === head,
    );
    return described.length ? described[described.length - 1] : undefined;
  }
}

/** What a run of capitalised words names, by gazetteer and by shape. */
function classify(
  name: string,
  words: string[],
  afterThe = false,
): { key: string; type: EntityType; label: string; confidence: number; category?: string; byDescription?: boolean } | undefined {
  const single = words.length === 1;
  const weapon = WEAPONS[name] ?? (name.endsWith('s') ? WEAPONS[name.slice(0, -1)] : undefined);
  if (weapon) return { key: `weapon:${weapon.label}`, type: 'WeaponSystem', label: weapon.label, confidence: 0.85, category: weapon.category };
  const country = COUNTRIES[name];
  if (country) return { key: `place:${country}`, type: 'Country', label: country, confidence: 0.9 };
  if (CITIES.has(name)) return { key: `place:${name}`, type: 'City', label: name, confidence: 0.85 };
  if (REGIONS.has(name)) return { key: `place:${name}`, type: 'Region', label: name, confidence: 0.8 };
  if (!single && GEOGRAPHIC_WORDS.has(words[words.length - 1]!)) return { key: `place:${name}`, type: 'Region', label: name, confidence: 0.6 };
  const bare = name.replace(/^The\s+/, '');
  if (STATE_MEDIA.has(bare)) return { key: `org:${bare.toLowerCase()}`, type: 'StateMedia', label: bare, confidence: 0.85 };
  if (OUTLETS.has(bare) || (!single && OUTLET_WORDS.has(words[words.length - 1]!)))
    return { key: `org:${bare.toLowerCase()}`, type: 'NewsOutlet', label: name, confidence: OUTLETS.has(bare) ? 0.85 : 0.7 };
  // A lone word names an institution only when it is one ("Kremlin") or an acronym ("NATO").
  const acronym = single && /^\p{Lu}{2,}$/u.test(bare);
  if (single && !acronym && !SINGLE_INSTITUTIONS.has(bare)) return undefined;
  if (words.some((w) => GOVERNMENT_WORDS.has(w)) || GOVERNMENT_WORDS.has(bare))
    return { key: `org:${bare.toLowerCase()}`, type: 'GovernmentOrganization', label: bare, confidence: 0.7 };
  if (words.some((w) => ORGANIZATION_WORDS.has(w))) return { key: `org:${bare.toLowerCase()}`, type: 'Organization', label: bare, confidence: 0.7 };
  if (words.some((w) => COMPANY_WORDS.has(w))) return { key: `org:${bare.toLowerCase()}`, type: 'Company', label: bare, confidence: 0.6 };
  // "Kessel Components", "Halvorsen Appliances": a plural common noun ends a company's name, not a person's.
  if (!single && /^\p{Lu}\p{Ll}+(?:ents|ances|ences|ings|ics|ies|ions|ware|works|tronics)$/u.test(words[words.length - 1]!))
    return { key: `org:${bare.toLowerCase()}`, type: 'Company', label: bare, confidence: 0.5 };
  // "the Harbour Ledger": a name after "the" is not a person's.
  if (!single && afterThe) return { key: `org:${bare.toLowerCase()}`, type: 'Organization', label: bare, confidence: 0.45 };
  if (!single && words.length <= 4 && words.every((w) => /^\p{Lu}[\p{Ll}’'-]+$/u.test(w) || /^\p{Lu}\.$/u.test(w)))
    return { key: `person:${name}`, type: 'Person', label: name, confidence: 0.7 };
  return undefined;
}

type Kind = NonNullable<ReturnType<typeof classify>>;

const outletKind = (name: string): Kind => {
  const bare = name.replace(/^The\s+/, '');
  return { key: `org:${bare.toLowerCase()}`, type: 'NewsOutlet', label: bare, confidence: 0.65 };
};

/**
 * What the words around a name say it is: "the newspaper Vestbladet", "a rival firm, Tessel Bau
 * Ltd.", "The union, Cabin Crew United", "Brandvik Construction Inc., the winning bidder", "The
 * Green Valley Trust, a local charity". Undefined when they say nothing.
 */
function cueKind(text: string, begin: number, end: number, label: string): Kind | undefined {
  const before = text.slice(Math.max(0, begin - 40), begin);
  const after = text.slice(end, end + 60);
  const bare = label.replace(/^The\s+/, '');
  const org = (type: 'NewsOutlet' | 'Company' | 'Organization', confidence: number): Kind => ({
    key: `org:${bare.toLowerCase()}`,
    type,
    label: bare,
    confidence,
    ...(type === 'NewsOutlet' ? {} : { byDescription: true }),
  });
  if (OUTLET_NOUNS.test(before)) return org('NewsOutlet', 0.7);
  const lead = /(?:^|[\s,])(?:[Tt]he|[Aa]n?)\s+(?:[\p{Ll}-]+\s+){0,2}?(\p{Ll}+),\s+$/u.exec(before)?.[1] ?? /\b[Tt]he\s+(\p{Ll}+)\s+$/u.exec(before)?.[1];
  const appositive = /^(?:[’']s)?,\s+(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,3}?(\p{Ll}+)(?=[,.;]|\s+(?:that|which|who|said|says|based|in|of|for|with)\b)/u.exec(
    after,
  )?.[1];
  for (const noun of [lead, appositive]) {
    if (!noun) continue;
    if (/^(?:newspaper|daily|weekly|tabloid|magazine|newsletter|broadcaster|agency|outlet)$/.test(noun) && noun !== 'agency') return org('NewsOutlet', 0.65);
    if (COMPANY_NOUNS.test(noun)) return org('Company', 0.6);
    if (ORGANIZATION_NOUNS.test(noun)) return org('Organization', 0.6);
  }
  return undefined;
}

/** Descriptions that say outright that a name is a news outlet's: "the newspaper X", "X, a news site", "X, the regional daily". */
function describedAsOutlet(text: string, begin: number, end: number): boolean {
  if (OUTLET_NOUNS.test(text.slice(Math.max(0, begin - 40), begin))) return true;
  return /^(?:[’']s)?,\s+(?:the|a|an)\s+(?:[\p{Ll}-]+\s+){0,3}?(?:newspaper|daily|weekly|tabloid|broadsheet|magazine|newsletter|broadcaster|news site|news website|news agency|wire service|news service|news outlet|outlet|radio station|television station|channel)(?=[,.;]|\s+(?:that|which|who|based|in|of|for|with|owned)\b)/u.test(
    text.slice(end, end + 80),
  );
}

/** What an outlet does, in the words around its name: "X reported that", "…, X reported.", "told X", "wrote in X", "an interview with X". */
function actsAsOutlet(text: string, begin: number, end: number): boolean {
  const before = text.slice(Math.max(0, begin - 30), begin);
  const after = text.slice(end, end + 40);
  if (/\b(?:told|wrote in|writing in|wrote for|writing for|an interview with|interviewed by|first reported by|broadcast by)\s+(?:the\s+)?$/.test(before))
    return true;
  if (/^\s+(?:first\s+|also\s+|earlier\s+|later\s+)?(?:reported|reports)(?:\s+that\b|\s+on\s+\p{Lu}|\s*[,.])/u.test(after)) return true;
  return false;
}

/**
 * Words of a name that type it as a body which publishes findings of its own ("the Velby Institute
 * reported that wages fell"): a verb cue alone does not make such a name an outlet.
 */
const REPORTING_BODIES = new Set([
  'Institute',
  'University',
  'Centre',
  'Center',
  'Foundation',
  'Committee',
  'Agency',
  'Bank',
  'Union',
  'Party',
  'Research',
  'Analytics',
  'Consulting',
  'Securities',
  'Capital',
]);

/**
 * When the words around a name say it is a news outlet, that wins over what a word of the name
 * says ("the newspaper Lunden Group", "told the Harbour Network", "Nordic Media Group reported
 * that"): the name's last word is only a guess from how names of that kind usually end, while
 * the cue is this text saying what the name is. A description ("the newspaper X", "X, a news
 * site") wins over every word of the name; a verb cue ("X reported that", "told X", "wrote in X")
 * is weaker, since governments, companies and research bodies report and are told things too, so
 * it wins only over names typed by their shape or by a word outlets' names share (Group,
 * Network, Corporation, Watch), never over a government's word (Ministry, Police), a company's
 * legal form (Ltd., Inc.), a body that publishes findings (Institute, University), a gazetteer
 * entry, a person's name, or a description of another kind ("the firm X", "X, a charity").
 */
function outletByCue(text: string, begin: number, end: number, words: string[], kind: Kind | undefined): boolean {
  if (kind && (kind.type === 'NewsOutlet' || kind.type === 'StateMedia' || kind.type === 'WeaponSystem' || /City|Country|Region|Place/.test(kind.type)))
    return false;
  if (describedAsOutlet(text, begin, end)) return true;
  if (!actsAsOutlet(text, begin, end)) return false;
  if (!kind) return true;
  // "The union, Cabin Crew United, reported that …": a description of another kind outweighs a verb.
  if (kind.byDescription) return false;
  if (kind.type === 'Person' || kind.type === 'GovernmentOrganization') return false;
  if (words.some((w) => REPORTING_BODIES.has(w) || /^(?:Inc|Ltd|Co|Corp|LLC|PLC|plc|GmbH|AG)\.?$/.test(w))) return false;
  return true;
}

/**
 * Find the names of a text. `initial` holds the offsets where a sentence or a quotation
 * starts: a capitalised word there may be an ordinary word.
 */
export function findNames(text: string, initial: Set<number>, registry: EntityRegistry): void {
  const all = tokens(text);
  const seenInside = new Set<string>();
  for (const t of all) if (capital(t.word) && !initial.has(t.begin)) seenInside.add(t.word);

  // Runs of capitalised words joined by whitespace (one line break at most), "of"/"for" inside.
  const runs: Token[][] = [];
  for (let i = 0; i < all.length; i++) {
    if (!capital(all[i]!.word)) continue;
    const run = [all[i]!];
    let j = i + 1;
    while (j < all.length && !run[run.length - 1]!.possessive) {
      const gap = text.slice(run[run.length - 1]!.end, all[j]!.begin);
      if (!/^[^\S\n]*\n?[^\S\n]*$/.test(gap) || !gap.length) break;
      const t = all[j]!;
      if (capital(t.word)) run.push(t), j++;
      else if (CONNECTORS.has(t.word) && all[j + 1] && capital(all[j + 1]!.word) && /^\s+$/.test(text.slice(t.end, all[j + 1]!.begin))) run.push(t), j++;
      else break;
    }
    i = j - 1;
    // A connector joins only names of organisations; otherwise the run ends before it.
    const c = run.findIndex((t) => CONNECTORS.has(t.word));
    if (c > 0 && !run.some((t) => ORGANIZATION_WORDS.has(t.word) || GOVERNMENT_WORDS.has(t.word))) {
      runs.push(run.slice(0, c));
      const rest = run.slice(c + 1);
      if (rest.length) runs.push(rest);
    } else runs.push(run);
  }

  const pending: { run: Token[]; the?: Token; titles: string[]; weak?: boolean }[] = [];
  for (let run of runs) {
    let the: Token | undefined;
    const titles: string[] = [];
    if (initial.has(run[0]!.begin) && NOT_NAMES.has(run[0]!.word.toLowerCase()) && run[0]!.word !== 'The') run = run.slice(1);
    if (run[0]?.word === 'The') (the = initial.has(run[0].begin) ? undefined : run[0]), (run = run.slice(1));
    if (!run.length) continue;
    const modifier = /\b(former|late|then|ex|current|outgoing|acting|incoming)[\s-]+$/.exec(text.slice(Math.max(0, run[0]!.begin - 12), run[0]!.begin))?.[1];
    // Titles, and nationality adjectives before a title ("Russian President"), are not part of the name.
    while (run.length > 1 && (TITLES.has(run[0]!.word) || (DEMONYMS.has(run[0]!.word) && TITLES.has(run[1]!.word)))) {
      if (!DEMONYMS.has(run[0]!.word)) titles.push(run[0]!.word.toLowerCase());
      run = run.slice(1);
    }
    if (titles.length && modifier) titles.push(`${modifier} ${titles.join(' ')}`);
    if (!run.length) continue;
    const w = run.map((t) => t.word);
    if (w.length === 1) {
      const only = w[0]!;
      if (DEMONYMS.has(only) || TITLES.has(only) || MONTHS.includes(only.toLowerCase() as (typeof MONTHS)[number])) continue;
      if (NOT_NAMES.has(only.toLowerCase())) continue;
      // Only at the start of sentences: a name only if it is part of a longer name met elsewhere, or known.
      if (initial.has(run[0]!.begin) && !seenInside.has(only) && !classify(only, w)) {
        pending.push({ run, titles, weak: true });
        continue;
      }
    }
    pending.push({ run, ...(the ? { the } : {}), titles });
  }

  // Multi-word names first, so a lone surname can join the full name met anywhere in the text.
  const place = (p: (typeof pending)[number], kind: NonNullable<ReturnType<typeof classify>>) => {
    const outletWithThe = p.the && (kind.type === 'NewsOutlet' || kind.type === 'StateMedia');
    const e = registry.ensure(kind.key, kind.type, outletWithThe ? `The ${kind.label.replace(/^The\s+/, '')}` : kind.label, kind.confidence, kind.category);
    // A cue met at a later mention ("… Nordic Media Group. Nordic Media Group reported that …") types the name it met before,
    // unless a description there said what it is ("Hallin Group, a logistics firm, …").
    if (kind.type === 'NewsOutlet' && e.type !== 'NewsOutlet' && e.type !== 'StateMedia' && !e.typedByDescription) e.type = 'NewsOutlet';
    if (kind.byDescription) e.typedByDescription = true;
    for (const t of p.titles) e.titles.add(t);
    const begin = outletWithThe ? p.the!.begin : p.run[0]!.begin;
    registry.mention(e, { begin, end: p.run[p.run.length - 1]!.end }, 'name', kind.confidence);
  };
  const singles: typeof pending = [];
  for (const p of pending) {
    if (p.run.length === 1) {
      singles.push(p);
      continue;
    }
    const words = p.run.map((t) => t.word);
    const afterThe = /\bthe\s+$/.test(text.slice(Math.max(0, p.run[0]!.begin - 4), p.run[0]!.begin));
    const name = flat(text.slice(p.run[0]!.begin, p.run[p.run.length - 1]!.end));
    let kind = classify(name, words, afterThe);
    // A name typed only by its shape (a person, or an organisation for a name after "the") yields to what the words around it say.
    const begin = p.the?.begin ?? p.run[0]!.begin;
    const end = p.run[p.run.length - 1]!.end;
    const cue = cueKind(text, begin, end, name);
    if (cue && (!kind || kind.type === 'Person' || (kind.type === 'Organization' && kind.confidence < 0.5))) kind = cue;
    else if (cue && kind && cue.type !== 'NewsOutlet' && kind.key === cue.key) kind = { ...kind, byDescription: true };
    if (outletByCue(text, begin, end, words, kind)) kind = outletKind(name);
    if (kind) place(p, kind);
  }
  for (const p of singles) {
    const w = p.run[0]!.word;
    const span = { begin: p.run[0]!.begin, end: p.run[0]!.end };
    const people = registry.list.filter((e) => e.type === 'Person' && e.label.split(' ').pop() === w);
    const orgs = registry.list.filter((e) => /Organization|NewsOutlet/.test(e.type) && e.label.split(' ').length > 1 && e.label.split(' ').pop() === w);
    // "Kestrel" after "Kestrel Air Ltd.", "Halloway" after "Halloway Brewing Co.": a company by the first word of its name.
    const firms = registry.list.filter(
      (e) => (e.type === 'Company' || e.type === 'Organization') && e.label.split(' ').length > 1 && e.label.split(' ')[0] === w,
    );
    // "Ostmark" after the dateline's "OSTMARK".
    const places = registry.list.filter((e) => /City|Place|Country|Region/.test(e.type) && e.label === w);
    const owner =
      people.length === 1
        ? people[0]
        : people.length === 0 && orgs.length === 1
          ? orgs[0]
          : people.length === 0 && firms.length === 1
            ? firms[0]
            : places.length === 1
              ? places[0]
              : undefined;
    if (owner) {
      registry.mention(owner, span, 'alias', 0.8);
      continue;
    }
    let kind = classify(w, [w]) ?? (p.weak ? undefined : cueKind(text, p.the?.begin ?? span.begin, span.end, w));
    // "Vestbladet reported that …", "told Vestbladet": a lone name the text shows acting as an outlet, even at a sentence's start.
    if (outletByCue(text, p.the?.begin ?? span.begin, span.end, [w], kind)) kind = outletKind(w);
    else if (p.weak) continue;
    if (kind) {
      place(p, kind);
      continue;
    }
    // A lone unknown name that speaks is a person ("Brekke said").
    const after = text.slice(span.end, span.end + 40).match(/^\s+(?:(\p{L}+)\s+)?(\p{L}+)/u);
    const speaks = after && (CUES[after[2]!] || (after[1] && (HEDGE_ADVERBS[after[1]] || CUES[after[1]])));
    if (speaks && /^\p{Lu}\p{Ll}+$/u.test(w)) {
      const e = registry.ensure(`person:${w}`, 'Person', w, 0.55);
      registry.mention(e, span, 'name', 0.55);
    } else if (/^\p{Lu}{3,}$/u.test(w)) {
      const e = registry.ensure(`org:${w.toLowerCase()}`, 'Organization', w, 0.45);
      registry.mention(e, span, 'name', 0.45);
    }
  }
}

/** "he" or "she": a pronoun that may stand for a person. */
export const isPersonPronoun = (s: string) => PERSON_PRONOUNS.test(s.trim());
