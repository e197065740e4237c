/**
 * A deterministic corpus of synthetic news articles in claimgraph's own model
 * (docs/model.md): the fact layer (entities, the article and its text, sentences,
 * mention spans, records of claims and quotations with hedges, sourcing, channels,
 * evidence and chains of reports through outlets), one content graph per claim, and
 * an editorial graph per article. Shaped like the bundled article (about 2000 quads
 * each); entities are shared across articles through `id:` IRIs and picked with a
 * Zipf-skewed popularity, as in real news. The ids of the bundled article's
 * best-known entities (id:donald-trump, id:ukraine, id:tomahawk, id:atacms…) head
 * the pools, so the competency queries run unchanged on the corpus.
 *
 * Quads are written directly as N-Quads lines (no parser, no compiler in the loop).
 * `--out` streams them to the file article by article: past about 2.9M triples the
 * text no longer fits in one JavaScript string.
 *
 *   tsx bench/generate.ts --triples 100000 [--seed 1] [--out bench/data/corpus-100k.nq]
 */
import { closeSync, mkdirSync, openSync, writeSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PREFIXES } from '../src/vocab.js';

// ── seeded randomness ────────────────────────────────────────────────────────

/** sfc32: small, fast, good enough for synthetic data; the same seed gives the same corpus. */
export function prng(seed: number): () => number {
  let a = 0x9e3779b9 ^ seed,
    b = 0x243f6a88 + seed,
    c = 0xb7e15162 ^ (seed * 31),
    d = 1;
  const next = () => {
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    let t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    t = (t + d) | 0;
    c = (c + t) | 0;
    return (t >>> 0) / 4294967296;
  };
  for (let i = 0; i < 20; i++) next();
  return next;
}

/** Samples ranks 0..n-1 with P(k) ∝ 1/(k+1)^s (Zipf). */
class Zipf {
  readonly #cdf: Float64Array;
  constructor(
    readonly n: number,
    s: number,
  ) {
    this.#cdf = new Float64Array(n);
    let sum = 0;
    for (let k = 0; k < n; k++) this.#cdf[k] = sum += 1 / (k + 1) ** s;
    for (let k = 0; k < n; k++) this.#cdf[k]! /= sum;
  }
  sample(r: number): number {
    let lo = 0,
      hi = this.n - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.#cdf[mid]! < r) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

// ── names ────────────────────────────────────────────────────────────────────

const FIRST = [
  'Anna',
  'Boris',
  'Carla',
  'David',
  'Elena',
  'Farid',
  'Greta',
  'Hugo',
  'Ines',
  'Jonas',
  'Katya',
  'Luis',
  'Maya',
  'Nikolai',
  'Olga',
  'Pavel',
  'Rosa',
  'Samir',
  'Tara',
  'Viktor',
  'Wen',
  'Yusuf',
  'Zora',
  'Amir',
  'Bianca',
  'Chen',
  'Dmitri',
  'Emma',
  'Felix',
  'Hana',
];
const LAST = [
  'Adler',
  'Baker',
  'Castro',
  'Dorn',
  'Eriksen',
  'Fischer',
  'Garcia',
  'Horvat',
  'Ivanova',
  'Jansen',
  'Kowalski',
  'Lindqvist',
  'Moreau',
  'Novak',
  'Okafor',
  'Petrov',
  'Quinn',
  'Rossi',
  'Schmidt',
  'Tanaka',
  'Usman',
  'Varga',
  'Weber',
  'Xu',
  'Yilmaz',
  'Zhukov',
  'Abbott',
  'Brennan',
  'Costa',
  'Duarte',
  'Ellis',
  'Fontaine',
];
const ROLES = ['Defense Minister', 'Foreign Minister', 'Senator', 'President', 'General', 'spokesperson', 'analyst', 'ambassador', 'adviser', 'commander'];
const PLACE_STEMS = ['Nor', 'Vel', 'Kar', 'Sol', 'Tar', 'Mir', 'Bel', 'Dra', 'Lun', 'Ost', 'Pal', 'Rav', 'Sev', 'Zar', 'Gor'];
const PLACE_ENDS = ['ava', 'grad', 'ia', 'istan', 'ovo', 'land', 'ia Minor', 'port', 'burg', 'esh'];
const WEAPON_CATS = ['CruiseMissile', 'BallisticMissile', 'StrategicBomber'] as const;
const HEDGES: [string, number][] = [
  ['NoHedge', 60],
  ['Reportedly', 12],
  ['Suggested', 8],
  ['Claimed', 8],
  ['Notes', 6],
  ['Allegedly', 6],
];
const HEDGE_VERB: Record<string, string[]> = {
  NoHedge: ['said', 'stated', 'argued', 'told reporters', 'wrote', 'announced'],
  Reportedly: ['reportedly said', 'reportedly told', 'reportedly considered'],
  Suggested: ['suggested', 'hinted'],
  Claimed: ['claimed', 'insisted'],
  Notes: ['notes', 'noted'],
  Allegedly: ['allegedly said', 'allegedly told'],
};
const CHANNELS = [
  'InterviewChannel',
  'WrittenChannel',
  'StatementChannel',
  'ClosedDoorMeetingChannel',
  'SpeechChannel',
  'PressReportChannel',
  'ConversationChannel',
  'BeliefChannel',
];
const TOPICS = [
  'the ceasefire',
  'the sanctions package',
  'the border dispute',
  'the aid list',
  'the energy deal',
  'the peace plan',
  'the arms embargo',
  'the election',
  'the blockade',
  'the prisoner exchange',
];

/** Concepts of the controlled lists, as the compiled articles copy them in. */
const CONCEPTS: [string, string, string, string][] = [
  ['NoHedge', 'HedgeScheme', 'none', 'no hedge'],
  ['Reportedly', 'HedgeScheme', 'reportedly', 'reportedly'],
  ['Suggested', 'HedgeScheme', 'suggested', 'suggested'],
  ['Claimed', 'HedgeScheme', 'claimed', 'claimed'],
  ['Notes', 'HedgeScheme', 'notes', 'notes'],
  ['Allegedly', 'HedgeScheme', 'allegedly', 'allegedly'],
  ['NamedOnRecord', 'SourcingScheme', 'named-on-record', 'named, on record'],
  ['Anonymous', 'SourcingScheme', 'anonymous', 'anonymous'],
  ['SecondHand', 'SourcingScheme', 'second-hand', 'second-hand'],
  ['ArticleVoice', 'SourcingScheme', 'article-voice', "the article's own voice"],
  ['InterviewChannel', 'ChannelScheme', 'interview', 'interview'],
  ['WrittenChannel', 'ChannelScheme', 'written', 'written'],
  ['StatementChannel', 'ChannelScheme', 'statement', 'statement'],
  ['ClosedDoorMeetingChannel', 'ChannelScheme', 'closed-door-meeting', 'closed-door meeting'],
  ['SpeechChannel', 'ChannelScheme', 'speech', 'speech'],
  ['PressReportChannel', 'ChannelScheme', 'press-report', 'press report'],
  ['ConversationChannel', 'ChannelScheme', 'conversation', 'conversation'],
  ['BeliefChannel', 'ChannelScheme', 'belief', 'belief'],
  ['NarrationChannel', 'ChannelScheme', 'narration', 'narration'],
  ['CruiseMissile', 'WeaponCategoryScheme', 'cruise-missile', 'cruise missile'],
  ['BallisticMissile', 'WeaponCategoryScheme', 'ballistic-missile', 'ballistic missile'],
  ['StrategicBomber', 'WeaponCategoryScheme', 'strategic-bomber', 'strategic bomber'],
];

// ── N-Quads writing ──────────────────────────────────────────────────────────

const P = PREFIXES;
const iri = (x: string) => `<${x}>`;
const RDF_TYPE = iri(P.rdf + 'type');
const XSD = (t: string) => P.xsd + t;
function lit(value: string, datatype?: string, lang?: string): string {
  let v = value;
  if (/["\\\n\r]/.test(v)) v = v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
  return lang ? `"${v}"@${lang}` : datatype ? `"${v}"^^<${datatype}>` : `"${v}"`;
}
const int = (n: number) => lit(String(n), XSD('integer'));

// Predicates and classes, pre-wrapped.
const ns = (base: string) => (local: string) => iri(base + local);
const cg = ns(P.cg),
  schema = ns(P.schema),
  prov = ns(P.prov),
  rdfs = ns(P.rdfs),
  skos = ns(P.skos);
const nif = ns(P.nif),
  itsrdf = ns(P.itsrdf),
  oa = ns(P.oa),
  dcterms = ns(P.dcterms);

// ── the world: shared entities ───────────────────────────────────────────────

type EntityKind = 'person' | 'journalist' | 'org' | 'outlet' | 'unnamed' | 'place' | 'weapon' | 'concept';

interface WorldEntity {
  id: string;
  label: string;
  kind: EntityKind;
  /** Quads declaring it, written when it is first used. */
  facts: () => string;
  /** Short name used in text after the first mention. */
  short?: string;
}

export interface CorpusOptions {
  /** Stop after the article that reaches this many quads. */
  triples: number;
  seed?: number;
}

export interface CorpusStats {
  quads: number;
  articles: number;
  statements: number;
  claims: number;
  quotations: number;
  entities: number;
  contentGraphs: number;
  bytes: number;
  ms: number;
}

/** What a benchmark needs to ask sensible questions of the corpus. */
export interface CorpusParams {
  /** Speakers (IRIs) in the order of how many statements they hold, most first, with counts. */
  speakers: [string, number][];
  /** Entities by number of mentions, most first. */
  mentioned: [string, number][];
  /** A spread of statement IRIs (claims and quotations), some with chains through outlets. */
  statements: string[];
  /** Statements whose chain passes through at least one report. */
  chained: string[];
  weapons: string[];
  articles: string[];
  outlets: string[];
}

export interface Corpus {
  /** N-Quads text, one quad per line, no duplicates. */
  nquads: string;
  /** The last article's lines (its quads, and the entities it was the first to name): the tail of `nquads`, to measure adding one article. */
  lastArticle: string;
  stats: CorpusStats;
  params: CorpusParams;
}

/** The corpus in memory, as one string, and article by article (each with the entities it is the first to name: a partition). */
export function generateCorpus(options: CorpusOptions): Corpus & { articles: string[] } {
  const articles: string[] = [];
  const rest = produce(options, (text) => articles.push(text));
  return { nquads: articles.join(''), articles, ...rest };
}

/** The corpus written to a file as it is generated (the same bytes as `generateCorpus(options).nquads`), for sizes no string can hold. */
export function writeCorpus(options: CorpusOptions, file: string): Omit<Corpus, 'nquads'> {
  mkdirSync(dirname(file), { recursive: true });
  const fd = openSync(file, 'w');
  try {
    return produce(options, (text) => {
      const buf = Buffer.from(text);
      for (let at = 0; at < buf.length; ) at += writeSync(fd, buf, at);
    });
  } finally {
    closeSync(fd);
  }
}

/** Generates the corpus, handing its text to `write` one article at a time (whole lines, each ending in a newline). */
function produce(options: CorpusOptions, write: (text: string) => void): Omit<Corpus, 'nquads'> {
  const t0 = performance.now();
  const rnd = prng(options.seed ?? 1);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)]!;
  const chance = (p: number) => rnd() < p;
  const between = (lo: number, hi: number) => lo + Math.floor(rnd() * (hi - lo + 1));
  const weighted = (xs: [string, number][]): string => {
    let r = rnd() * xs.reduce((s, [, w]) => s + w, 0);
    for (const [x, w] of xs) if ((r -= w) < 0) return x;
    return xs[0]![0];
  };

  // Pool sizes grow with the corpus, more slowly than it: popular entities recur.
  const articlesEstimate = Math.max(5, Math.ceil(options.triples / 2000));
  const pool = (base: number, perArticle: number) => Math.max(base, Math.ceil(base + perArticle * articlesEstimate));

  // The lines not yet written: the article being generated (after `flush`, the last one is kept for `lastArticle`).
  let lines: string[] = [];
  let bytes = 0;
  const flush = () => {
    if (!lines.length) return;
    const text = lines.join('\n') + '\n';
    bytes += Buffer.byteLength(text);
    write(text);
    lines = [];
  };
  let quads = 0;
  const out = (s: string, p: string, o: string, g?: string) => {
    lines.push(g ? `${s} ${p} ${o} ${g} .` : `${s} ${p} ${o} .`);
    quads++;
  };
  const declared = new Set<string>();
  const declare = (e: WorldEntity) => {
    if (declared.has(e.id)) return;
    declared.add(e.id);
    const text = e.facts();
    if (text) {
      lines.push(text);
      quads += text.split('\n').length;
    }
  };
  const idIri = (id: string) => iri(P.id + id);
  const facts =
    (id: string, classes: string[], label: string, more: [string, string][] = []) =>
    () =>
      [
        ...classes.map((c) => `${idIri(id)} ${RDF_TYPE} ${c} .`),
        `${idIri(id)} ${rdfs('label')} ${lit(label)} .`,
        ...more.map(([p, o]) => `${idIri(id)} ${p} ${o} .`),
      ].join('\n');

  // Concepts of the controlled lists.
  for (const [local, scheme, notation, label] of CONCEPTS) {
    out(cg(local), RDF_TYPE, skos('Concept'));
    out(cg(local), skos('inScheme'), cg(scheme));
    out(cg(local), skos('notation'), lit(notation));
    out(cg(local), skos('prefLabel'), lit(label, undefined, 'en'));
  }

  // Outlets and organisations first: people refer to them.
  const outlets: WorldEntity[] = [];
  const OUTLET_NAMES = [
    'The Washington Post',
    'Politico',
    'Reuters',
    'Associated Press',
    'The Guardian',
    'Le Monde',
    'Der Spiegel',
    'Kyiv Independent',
    'Meduza',
    'Al Jazeera',
  ];
  for (let i = 0; i < pool(12, 0.02); i++) {
    const label = OUTLET_NAMES[i] ?? `The ${pick(PLACE_STEMS)}${pick(PLACE_ENDS)} ${pick(['Herald', 'Times', 'Courier', 'Gazette', 'Observer'])} ${i}`;
    const id = i === 0 ? 'washington-post' : i === 1 ? 'politico' : `outlet-${i}`;
    outlets.push({
      id,
      label,
      kind: 'outlet',
      facts: facts(id, [schema('NewsMediaOrganization'), schema('Organization')], label, [[schema('alternateName'), lit(label.replace(/^The /, ''))]]),
    });
  }
  const orgs: WorldEntity[] = [];
  for (let i = 0; i < pool(30, 0.05); i++) {
    const id = i === 0 ? 'state-duma' : i === 1 ? 'us-administration' : `org-${i}`;
    const label =
      i === 0
        ? 'State Duma'
        : i === 1
          ? 'U.S. administration (unspecified)'
          : `Ministry of ${pick(['Defense', 'Foreign Affairs', 'Energy', 'Finance', 'Interior'])} of ${pick(PLACE_STEMS)}${pick(PLACE_ENDS)} ${i}`;
    orgs.push({ id, label, kind: 'org', facts: facts(id, [schema('GovernmentOrganization'), schema('Organization')], label) });
  }
  const FAMOUS: [string, string, string][] = [
    ['donald-trump', 'Donald Trump', 'Trump'],
    ['vladimir-putin', 'Vladimir Putin', 'Putin'],
    ['volodymyr-zelensky', 'Volodymyr Zelensky', 'Zelensky'],
    ['david-ignatius', 'David Ignatius', 'Ignatius'],
  ];
  const persons: WorldEntity[] = [];
  for (let i = 0; i < pool(60, 1.2); i++) {
    const [id, label, short] = FAMOUS[i] ?? [
      `person-${i}`,
      `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}${i >= FIRST.length * LAST.length ? ` ${Math.floor(i / (FIRST.length * LAST.length)) + 1}` : ''}`,
      '',
    ];
    const surname = short || label.split(' ')[1]!;
    const more: [string, string][] = [[schema('alternateName'), lit(surname)]];
    if (i < 500 && chance(0.6)) more.push([schema('sameAs'), iri(`${P.wd}Q${100000 + i * 7}`)]);
    if (chance(0.4)) {
      const org = orgs[Math.floor(rnd() * orgs.length)]!;
      more.push([schema('affiliation'), idIri(org.id)]);
    }
    persons.push({ id, label, short: surname, kind: 'person', facts: () => facts(id, [schema('Person')], label, more)() });
  }
  const journalists: WorldEntity[] = [];
  for (let i = 0; i < pool(20, 0.1); i++) {
    const id = `journalist-${i}`;
    const label = `${FIRST[(i * 7) % FIRST.length]} ${LAST[(i * 11 + 3) % LAST.length]} (reporter ${i})`;
    const outlet = outlets[i % outlets.length]!;
    journalists.push({
      id,
      label,
      kind: 'journalist',
      facts: () => {
        declare(outlet);
        return facts(id, [schema('Person')], label, [[schema('worksFor'), idIri(outlet.id)]])();
      },
    });
  }
  const UNNAMED = [
    'a senior administration official',
    'a former administration official',
    'a Duma spokesperson',
    'Duma officials',
    'people familiar with the matter',
    'some analysts',
    'military leaders',
    'a diplomat',
    'Western officials',
    'a person close to the talks',
  ];
  const unnamed: WorldEntity[] = [];
  for (let i = 0; i < pool(20, 0.1); i++) {
    const label = i < UNNAMED.length ? UNNAMED[i]! : `${pick(UNNAMED)} (${i})`;
    const id = `unnamed-${i}`;
    const group = /officials|people|analysts|leaders/.test(label);
    const org = orgs[i % orgs.length]!;
    unnamed.push({
      id,
      label,
      kind: 'unnamed',
      facts: () => {
        declare(org);
        return facts(id, [group ? cg('UnnamedGroup') : cg('UnnamedPerson'), cg('UnnamedSource')], label, [[schema('affiliation'), idIri(org.id)]])();
      },
    });
  }
  const KNOWN_PLACES: [string, string, string][] = [
    ['ukraine', 'Ukraine', 'Country'],
    ['russia', 'Russia', 'Country'],
    ['united-states', 'United States', 'Country'],
    ['moscow', 'Moscow', 'City'],
    ['st-petersburg', 'St. Petersburg', 'City'],
    ['iran', 'Iran', 'Country'],
    ['donbass', 'Donbass', 'AdministrativeArea'],
    ['kyiv', 'Kyiv', 'City'],
  ];
  const places: WorldEntity[] = [];
  for (let i = 0; i < pool(80, 0.1); i++) {
    const [id, label, cls] = KNOWN_PLACES[i] ?? [
      `place-${i}`,
      `${PLACE_STEMS[i % PLACE_STEMS.length]}${PLACE_ENDS[Math.floor(i / PLACE_STEMS.length) % PLACE_ENDS.length]}${i >= 150 ? ` ${i}` : ''}`,
      i % 3 ? 'City' : 'Country',
    ];
    const more: [string, string][] = i < 300 ? [[schema('sameAs'), iri(`${P.wd}Q${200 + i}`)]] : [];
    places.push({ id, label, kind: 'place', facts: facts(id, [schema(cls), schema('Place')], label, more) });
  }
  const KNOWN_WEAPONS: [string, string, string, string[]][] = [
    ['tomahawk', 'Tomahawk cruise missile', 'CruiseMissile', ['Tomahawk cruise missiles', 'Tomahawks']],
    ['atacms', 'ATACMS', 'BallisticMissile', []],
    ['b-2', 'B-2 bomber', 'StrategicBomber', ['B-2 bombers']],
    ['storm-shadow', 'Storm Shadow', 'CruiseMissile', []],
    ['iskander', 'Iskander', 'BallisticMissile', []],
  ];
  const weapons: WorldEntity[] = [];
  for (let i = 0; i < pool(25, 0.01); i++) {
    const [id, label, cat, names] = KNOWN_WEAPONS[i] ?? [
      `weapon-${i}`,
      `${pick(['R', 'K', 'M', 'X'])}-${100 + i} ${pick(['missile', 'rocket', 'bomber'])}`,
      WEAPON_CATS[i % 3]!,
      [],
    ];
    weapons.push({
      id,
      label,
      kind: 'weapon',
      facts: facts(id, [cg('WeaponSystem')], label, [...names.map((n): [string, string] => [schema('alternateName'), lit(n)]), [cg('category'), cg(cat)]]),
    });
  }
  const CONCEPT_CLASSES = ['Concept', 'Decision', 'ProposedAction', 'AidPackage', 'Strategy'];
  const concepts: WorldEntity[] = [];
  for (let i = 0; i < pool(40, 0.3); i++) {
    const id = i === 0 ? 'us-military-aid' : i === 1 ? 'escalation-decision' : `concept-${i}`;
    const label = i === 0 ? 'U.S. military aid to Ukraine' : i === 1 ? 'Trump’s decision to escalate' : `${pick(TOPICS)} (${i})`;
    const cls = i === 0 ? 'AidPackage' : i === 1 ? 'Decision' : CONCEPT_CLASSES[i % CONCEPT_CLASSES.length]!;
    concepts.push({ id, label, kind: 'concept', facts: facts(id, [cg(cls)], label) });
  }

  const zipf = (n: number) => new Zipf(n, 1.1);
  const zPersons = zipf(persons.length),
    zPlaces = zipf(places.length),
    zWeapons = zipf(weapons.length),
    zOutlets = zipf(outlets.length);
  const zUnnamed = zipf(unnamed.length),
    zConcepts = zipf(concepts.length),
    zOrgs = zipf(orgs.length),
    zJournalists = zipf(journalists.length);
  const draw = (list: WorldEntity[], z: Zipf) => list[z.sample(rnd())]!;

  const speakerCount = new Map<string, number>();
  const mentionCount = new Map<string, number>();
  const statementSample: string[] = [];
  const chainedSample: string[] = [];
  const articleList: string[] = [];
  const contentGraphs = { n: 0 };
  let statements = 0,
    claims = 0,
    quotations = 0;
  const bump = (m: Map<string, number>, k: string) => m.set(k, (m.get(k) ?? 0) + 1);

  let a = 0;
  while (quads < options.triples) {
    flush();
    const slug = `synthetic-${String(a).padStart(6, '0')}`;
    const art = `${P.art}${slug}`;
    const A = iri(art);
    const textIri = `${art}/text`;
    const T = iri(textIri);
    const voice = iri(`${art}/voice`);
    articleList.push(art);

    // The cast of this article, drawn by popularity.
    const cast = new Map<string, WorldEntity>();
    const castOf = (list: WorldEntity[], z: Zipf, n: number) => {
      const got: WorldEntity[] = [];
      for (let i = 0; i < n * 3 && got.length < n; i++) {
        const e = draw(list, z);
        if (!got.includes(e)) got.push(e);
      }
      for (const e of got) cast.set(e.id, e);
      return got;
    };
    const people = castOf(persons, zPersons, between(3, 7));
    const sources = castOf(unnamed, zUnnamed, between(0, 3));
    const where = castOf(places, zPlaces, between(2, 6));
    const arms = chance(0.55) ? castOf(weapons, zWeapons, between(1, 3)) : [];
    const ideas = castOf(concepts, zConcepts, between(1, 4));
    const cited = castOf(outlets, zOutlets, between(0, 2));
    const inst = castOf(orgs, zOrgs, between(0, 2));
    const author = draw(journalists, zJournalists);
    const publisher = draw(outlets, zOutlets);
    for (const e of [...cast.values(), author, publisher]) declare(e);

    // Events and reports of this article: entities of their own.
    const events: string[] = [];
    for (let i = 0, n = between(1, 3); i < n; i++) {
      const id = `${slug}-event-${i}`;
      const cls = pick(['Interview', 'Meeting', 'Speech', 'PublicStatement']);
      const who = pick(people);
      const more: [string, string][] = [[schema('attendee'), idIri(who.id)]];
      if (chance(0.5)) more.push([schema('startDate'), lit(`2025-${String(between(1, 12)).padStart(2, '0')}`, XSD('gYearMonth'))]);
      if (chance(0.3)) more.push([schema('location'), idIri(pick(where).id)]);
      const e: WorldEntity = {
        id,
        label: `${who.label}’s ${cls.toLowerCase()} ${i + 1}`,
        kind: 'concept',
        facts: facts(id, [cg(cls), schema('Event')], `${who.label}’s ${cls === 'PublicStatement' ? 'statement' : cls.toLowerCase()} (${slug} ${i + 1})`, more),
      };
      declare(e);
      events.push(id);
    }
    const reports: { id: string; by: WorldEntity; outlet: WorldEntity }[] = [];
    for (let i = 0, n = cited.length ? between(1, 2) : 0; i < n; i++) {
      const outlet = cited[i % cited.length]!;
      const by = draw(journalists, zJournalists);
      declare(by);
      const id = `${slug}-report-${i}`;
      declare({
        id,
        label: '',
        kind: 'concept',
        facts: facts(id, [chance(0.5) ? schema('Report') : schema('NewsArticle')], `${outlet.label}’s report (${slug} ${i + 1})`, [
          [schema('author'), idIri(by.id)],
          [schema('publisher'), idIri(outlet.id)],
        ]),
      });
      reports.push({ id, by, outlet });
    }

    // The text, written as we go, with every span recorded.
    let text = '';
    const spans = new Map<string, Set<string>>();
    const span = (b: number, e: number, type: string): string => {
      const key = `${b},${e}`;
      const s = iri(`${textIri}#char=${key}`);
      let types = spans.get(key);
      if (!types) {
        spans.set(key, (types = new Set()));
        out(s, nif('beginIndex'), int(b));
        out(s, nif('endIndex'), int(e));
        out(s, nif('anchorOf'), lit(text.slice(b, e)));
        out(s, nif('referenceContext'), T);
      }
      if (!types.has(type)) {
        types.add(type);
        out(s, RDF_TYPE, type);
      }
      return s;
    };
    const seenInArticle = new Set<string>();
    /** Writes an entity's name (full the first time, short after) and links the mention. */
    const mention = (e: WorldEntity | { id: string; label: string; short?: string }, describe = false): void => {
      if (describe && chance(0.3)) {
        const role = pick(ROLES);
        const b = text.length;
        text += role;
        out(span(b, text.length, nif('Phrase')), cg('describes'), idIri(e.id));
        text += ' ';
      }
      const name = seenInArticle.has(e.id) && e.short ? e.short : e.label;
      seenInArticle.add(e.id);
      const b = text.length;
      text += name;
      out(span(b, text.length, nif('Phrase')), itsrdf('taIdentRef'), idIri(e.id));
      bump(mentionCount, P.id + e.id);
    };
    const sentence = (write: () => void): [number, number] => {
      const b = text.length;
      write();
      const e = text.length;
      span(b, e, nif('Sentence'));
      text += chance(0.15) ? '\n\n' : ' ';
      return [b, e];
    };

    // Opening sentences.
    for (let i = 0, n = between(2, 5); i < n; i++) {
      sentence(() => {
        text += pick(['As ', 'Amid ', 'After ', 'Despite ']) + pick(TOPICS) + ', ';
        mention(pick(people), true);
        text += pick([' met ', ' spoke with ', ' criticised ', ' praised ']);
        mention(pick([...people, ...where]));
        text += ` in `;
        mention(pick(where));
        text += '.';
      });
    }

    const stmtIris: string[] = [];
    const nStatements = between(14, 34);
    const decision = chance(0.3) ? pick(ideas) : undefined;
    let ordinal = 0;
    for (let k = 0; k < nStatements; k++) {
      const quote = chance(0.25);
      const local = `${quote ? 'q' : 'c'}${k}`;
      const st = `${art}/${quote ? 'quote' : 'claim'}/${local}`;
      const S = iri(st);
      // Who says it: a named person, an unnamed source, or the article itself.
      const r = rnd();
      const speaker: WorldEntity | undefined = quote
        ? sources.length && r < 0.2
          ? pick(sources)
          : pick(people)
        : r < 0.25
          ? undefined
          : sources.length && r < 0.4
            ? pick(sources)
            : pick(people);
      const via = speaker && reports.length && chance(0.4) ? reports.slice(0, chance(0.2) ? 2 : 1) : [];
      const hedge = speaker ? weighted(HEDGES) : 'NoHedge';
      const verb = pick(HEDGE_VERB[hedge]!);
      const channel = speaker ? (via.length ? (chance(0.5) ? 'WrittenChannel' : 'PressReportChannel') : pick(CHANNELS)) : 'NarrationChannel';
      const sourcing = !speaker
        ? 'ArticleVoice'
        : speaker.kind === 'unnamed'
          ? 'Anonymous'
          : via.length
            ? 'SecondHand'
            : channel === 'BeliefChannel'
              ? 'ArticleVoice'
              : 'NamedOnRecord';

      // What it says (content graph) and what it is about.
      const subject = pick([...people, ...where, ...ideas, ...inst, ...arms]);
      const object = pick([...people, ...where, ...ideas, ...arms]);
      const about = new Set<WorldEntity>([subject, object]);
      const G = iri(`${st}/content`);
      const bn = (n: number) => `_:${slug.replace(/-/g, '')}k${k}b${n}`;
      const content: [string, string, string][] = [];
      let phrase: () => void;
      const shape =
        arms.length && chance(0.35)
          ? pick(['range', 'strike', 'used', 'supply'])
          : pick(['considered', 'believes', 'warned', 'status', 'frustrated', 'excluded', 'condition']);
      const weapon = arms.length ? pick(arms) : undefined;
      if (weapon && shape === 'range') {
        const km = pick([70, 150, 300, 500, 1600, 2500]);
        content.push(
          [idIri(weapon.id), cg('range'), bn(0)],
          [bn(0), RDF_TYPE, schema('QuantitativeValue')],
          [bn(0), schema('value'), lit(String(km), XSD('decimal'))],
          [bn(0), schema('unitCode'), lit('KMT')],
          [bn(0), schema('unitText'), lit('km')],
        );
        about.clear();
        about.add(weapon);
        phrase = () => {
          mention(weapon);
          text += ` can reach ${km} kilometers`;
        };
      } else if (weapon && shape === 'strike') {
        const target = pick(where);
        content.push([idIri(weapon.id), cg('canStrike'), idIri(target.id)]);
        about.clear();
        about.add(weapon);
        about.add(target);
        phrase = () => {
          mention(weapon);
          text += ' could strike ';
          mention(target);
        };
      } else if (weapon && shape === 'used') {
        const ev = pick(events);
        content.push([idIri(weapon.id), cg('usedIn'), idIri(ev)]);
        about.clear();
        about.add(weapon);
        phrase = () => {
          mention(weapon);
          text += ' was used in the operation';
        };
      } else if (weapon && (shape === 'supply' || shape === 'considered')) {
        const giver = pick(people),
          to = pick(where);
        const action = `${slug}-action-${k}`;
        declare({
          id: action,
          label: '',
          kind: 'concept',
          facts: facts(action, [cg('ProposedAction')], `supplying ${to.label} with ${weapon.label} (${slug} ${k})`),
        });
        content.push(
          [idIri(giver.id), cg('considered'), idIri(action)],
          [idIri(action), schema('recipient'), idIri(to.id)],
          [idIri(action), schema('object'), idIri(weapon.id)],
          [idIri(action), schema('actionStatus'), schema(chance(0.05) ? 'CompletedActionStatus' : 'PotentialActionStatus')],
        );
        if (chance(0.3)) content.push([idIri(action), cg('condition'), lit(`if ${giver.label} deemed it necessary`)]);
        about.clear();
        about.add(giver);
        about.add(to);
        about.add(weapon);
        phrase = () => {
          mention(giver);
          text += ' considered supplying ';
          mention(to);
          text += ' with ';
          mention(weapon);
        };
      } else if (shape === 'believes') {
        const what = `${object.label} would change course on ${pick(TOPICS)}`;
        content.push(
          [idIri(subject.id), cg('believes'), bn(0)],
          [bn(0), RDF_TYPE, cg('Proposition')],
          [bn(0), schema('about'), idIri(object.id)],
          [bn(0), schema('text'), lit(what)],
        );
        phrase = () => {
          mention(subject);
          text += ' believes that ';
          mention(object);
          text += ` would change course on ${pick(TOPICS)}`;
        };
      } else if (shape === 'warned') {
        content.push([idIri(subject.id), cg('warned'), idIri(object.id)], [idIri(subject.id), cg('risk'), lit(`further escalation over ${pick(TOPICS)}`)]);
        phrase = () => {
          mention(subject);
          text += ' warned ';
          mention(object);
          text += ' of further escalation';
        };
      } else if (shape === 'frustrated') {
        content.push([idIri(subject.id), cg('frustratedWith'), idIri(object.id)]);
        phrase = () => {
          mention(subject);
          text += ' is frustrated with ';
          mention(object);
        };
      } else if (shape === 'excluded' && weapon) {
        content.push([idIri(weapon.id), cg('excludedFrom'), idIri(concepts[0]!.id)]);
        declare(concepts[0]!);
        about.clear();
        about.add(weapon);
        phrase = () => {
          mention(weapon);
          text += ' has been excluded from ';
          mention(concepts[0]!);
        };
      } else if (shape === 'condition') {
        const idea = pick(ideas);
        content.push([idIri(idea.id), cg('condition'), lit(`unless ${object.label} agrees`)], [idIri(idea.id), cg('decidedBy'), idIri(subject.id)]);
        about.add(idea);
        phrase = () => {
          mention(idea);
          text += ' depends on whether ';
          mention(object);
          text += ' agrees';
        };
      } else {
        const idea = pick(ideas);
        content.push([idIri(idea.id), cg('status'), lit(pick(['a contentious issue', 'under review', 'stalled', 'agreed in principle']))]);
        about.add(idea);
        phrase = () => {
          text += 'the status of ';
          mention(idea);
          text += ' remains unsettled';
        };
      }

      // The sentence, the evidence span inside it, quoted parts for quotations.
      let evidence = '';
      const parts: string[] = [];
      let quoted = '';
      sentence(() => {
        const b = text.length;
        if (quote) {
          text += '“';
          const p1 = text.length;
          phrase();
          text += ',';
          const p1e = text.length;
          text += '” ';
          mention(speaker!, true);
          text += ` ${verb}. “`;
          const p2 = text.length;
          text += `${pick(['We will not', 'Nobody can', 'It is time to'])} ${pick(['accept', 'ignore', 'settle'])} ${pick(TOPICS)} on these terms.`;
          const p2e = text.length;
          text += '”';
          parts.push(span(p1, p1e, nif('Phrase')), span(p2, p2e, nif('Phrase')));
          quoted = `${text.slice(p1, p1e)} ${text.slice(p2, p2e)}`;
        } else if (speaker) {
          mention(speaker, true);
          text += ` ${verb} that `;
          phrase();
        } else {
          text += pick(['Meanwhile, ', 'In effect, ', '']);
          phrase();
        }
        evidence = span(b, text.length, nif('Phrase'));
        text += '.';
      });

      out(S, RDF_TYPE, schema(quote ? 'Quotation' : 'Claim'));
      if (quote) {
        out(S, schema('text'), lit(quoted));
        for (const part of parts) out(S, cg('quotedPart'), part);
      }
      out(S, cg('evidence'), evidence);
      out(S, schema('isPartOf'), A);
      out(S, rdfs('label'), lit(`${speaker?.label ?? 'The article'}: ${shape} (${slug} ${local})`));
      out(S, cg('holder'), speaker ? idIri(speaker.id) : voice);
      for (const e of about) out(S, schema('about'), idIri(e.id));
      out(S, cg('sourcing'), cg(sourcing));
      out(S, cg('hedge'), cg(hedge));
      out(S, cg('channel'), cg(channel));
      out(S, cg('certainty'), cg(pick(['Certain', 'Certain', 'Probable', 'Possible'])));
      out(S, cg('polarity'), cg(chance(0.1) ? 'Negated' : 'Affirmed'));
      out(S, cg('time'), cg(pick(['Past', 'Present', 'Future'])));
      out(S, cg('stance'), cg(speaker ? 'Neutral' : 'Endorses'));
      if (speaker) out(S, cg('reportingVerb'), lit(verb));
      if (speaker && chance(0.2)) out(S, schema('audience'), idIri(pick([...people, ...where]).id));
      if (speaker && chance(0.4)) out(S, cg('madeIn'), idIri(pick(events)));
      if (stmtIris.length && chance(0.1)) out(S, cg('supports'), iri(pick(stmtIris)));
      if (stmtIris.length && chance(0.06)) out(S, cg('opposes'), iri(pick(stmtIris)));
      if (decision && !quote && ordinal < 3 && chance(0.3)) {
        out(S, cg('reasonFor'), idIri(decision.id));
        out(S, cg('ordinal'), int(++ordinal));
      }
      // The chain of reports, nearest first.
      const steps: { document?: string; agent?: string }[] = [{ document: A, ...(speaker ? {} : { agent: voice }) }];
      for (const rep of via) steps.push({ document: idIri(rep.id), agent: idIri(rep.by.id) });
      if (speaker) steps.push({ agent: idIri(speaker.id) });
      steps.forEach((step, i) => {
        const stepIri = iri(`${st}/step/${i + 1}`);
        out(S, cg('reportStep'), stepIri);
        out(stepIri, RDF_TYPE, cg('ReportStep'));
        out(stepIri, cg('position'), int(i + 1));
        if (step.document) out(stepIri, cg('document'), step.document);
        if (step.agent) out(stepIri, prov('agent'), step.agent);
      });
      // What it says.
      for (const [s, p, o] of content) out(s, p, o, G);
      out(S, cg('content'), G);
      contentGraphs.n++;

      stmtIris.push(st);
      statements++;
      if (quote) quotations++;
      else claims++;
      if (speaker) bump(speakerCount, P.id + speaker.id);
      if (statements % 7 === 0) statementSample.push(st);
      if (via.length && chainedSample.length < 2000) chainedSample.push(st);

      // Filler between statements: more mentions, more sentences.
      if (chance(0.5)) {
        sentence(() => {
          mention(pick([...people, ...inst, ...where]));
          text += pick([' has not commented on ', ' is expected to address ', ' remains central to ']);
          text += pick(TOPICS);
          text += '.';
        });
      }
    }

    // The document and its text.
    out(A, RDF_TYPE, schema('NewsArticle'));
    out(A, rdfs('label'), lit(`${people[0]!.label} and ${where[0]!.label} (${slug})`));
    out(A, schema('inLanguage'), lit('en'));
    out(A, schema('datePublished'), lit(`2025-${String(1 + (a % 12)).padStart(2, '0')}-${String(1 + (a % 28)).padStart(2, '0')}`, XSD('date')));
    out(A, schema('author'), idIri(author.id));
    out(A, schema('publisher'), idIri(publisher.id));
    out(T, RDF_TYPE, nif('Context'));
    out(T, nif('isString'), lit(text));
    out(T, nif('beginIndex'), int(0));
    out(T, nif('endIndex'), int(text.length));
    out(T, nif('sourceUrl'), A);
    out(voice, RDF_TYPE, prov('Agent'));
    out(voice, rdfs('label'), lit(`${people[0]!.label} and ${where[0]!.label} (the article's own voice)`));

    // Editorial notes.
    const E = iri(`${art}/editorial`);
    for (let i = 0, n = between(0, 4); i < n; i++) {
      const note = iri(`${art}/note/n${i}`);
      out(note, RDF_TYPE, oa('Annotation'), E);
      out(note, RDF_TYPE, cg('EditorialNote'), E);
      out(note, oa('motivatedBy'), oa(chance(0.7) ? 'commenting' : 'assessing'), E);
      out(note, oa('bodyValue'), lit(`The article's account of ${pick(TOPICS)} is ambiguous here (${slug} note ${i}).`), E);
      out(note, dcterms('creator'), lit('claimgraph curators'), E);
      out(note, oa('hasTarget'), iri(pick(stmtIris)), E);
      out(note, oa('hasTarget'), idIri(pick(people).id), E);
    }
    a++;
  }

  const lastArticle = lines.join('\n') + '\n';
  flush();
  const sortDesc = (m: Map<string, number>) => [...m.entries()].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1));
  return {
    lastArticle,
    stats: {
      quads,
      articles: a,
      statements,
      claims,
      quotations,
      entities: declared.size,
      contentGraphs: contentGraphs.n,
      bytes,
      ms: performance.now() - t0,
    },
    params: {
      speakers: sortDesc(speakerCount),
      mentioned: sortDesc(mentionCount),
      statements: statementSample,
      chained: chainedSample,
      weapons: weapons.filter((w) => declared.has(w.id)).map((w) => P.id + w.id),
      articles: articleList,
      outlets: outlets.filter((o) => declared.has(o.id)).map((o) => P.id + o.id),
    },
  };
}

// ── questions for the corpus (bench/run.ts, bench/crossover.ts) ─────────────

/** Parameters drawn the way users would ask: speakers by how much they say, statements at random. */
export function drawParams(c: Pick<Corpus, 'params'>, seed = 1) {
  const rnd = prng(seed + 7);
  const bySpeech = c.params.speakers;
  const total = bySpeech.reduce((s, [, n]) => s + n, 0);
  const speakers: string[] = [];
  while (speakers.length < 12) {
    let r = rnd() * total;
    for (const [iri, n] of bySpeech)
      if ((r -= n) < 0) {
        if (!speakers.includes(iri)) speakers.push(iri);
        break;
      }
  }
  const sample = <T>(xs: T[], k: number) =>
    Array.from({ length: Math.min(k, xs.length) }, (_, i) => xs[Math.floor((i * xs.length) / Math.min(k, xs.length) + rnd() * (xs.length / k)) % xs.length]!);
  const mentioned = c.params.mentioned;
  const entities = [mentioned[2]![0], ...sample(mentioned.slice(5, 200), 9).map(([e]) => e)];
  return {
    speakers,
    /** The three speakers who say the most. */
    prolific: [...bySpeech]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 3)
      .map(([iri]) => iri),
    statements: sample(c.params.statements, 20),
    chained: sample(c.params.chained, 20),
    entities,
    pairs: Array.from(
      { length: 10 },
      (_, i) => [entities[i % entities.length]!, mentioned[(i * 37 + 11) % Math.min(mentioned.length, 400)]![0]] as [string, string],
    ),
  };
}

/** Corpus questions: aggregates, joins over 3 to 5 patterns, property paths, claim graphs (without the PREFIX block). */
export function corpusQueries(p: ReturnType<typeof drawParams>): Record<string, string> {
  const speaker = p.speakers[1]!;
  const entity = p.entities[3]!;
  return {
    'agg: statements per hedge': `SELECT ?hedge (COUNT(?s) AS ?n) WHERE { ?s cg:hedge/skos:notation ?hedge } GROUP BY ?hedge ORDER BY DESC(?n)`,
    'agg: top quoted speakers': `SELECT ?speaker ?label (COUNT(?q) AS ?n) WHERE { ?q a schema:Quotation ; cg:holder ?speaker . ?speaker rdfs:label ?label } GROUP BY ?speaker ?label ORDER BY DESC(?n) LIMIT 10`,
    'join3: anonymous statements about an entity': `SELECT ?s ?label WHERE { ?s schema:about <${entity}> ; cg:sourcing cg:Anonymous ; rdfs:label ?label }`,
    'join5: quotations reported through outlets': `SELECT ?q ?speaker ?outlet ?outletLabel WHERE { ?q a schema:Quotation ; cg:holder ?speaker ; cg:reportStep ?step . ?step cg:document ?doc . ?doc schema:publisher ?outlet . ?outlet rdfs:label ?outletLabel }`,
    'path: outlets behind a speaker': `SELECT DISTINCT ?outlet WHERE { ?s cg:holder <${speaker}> ; cg:reportStep/cg:document/schema:publisher ?outlet }`,
    'path: support chains (+)': `SELECT ?a ?b WHERE { ?a cg:supports+ ?b } LIMIT 1000`,
    'graph: weapon ranges stated in claims': `SELECT ?weapon ?value ?unit ?claim WHERE { ?claim cg:content ?g . GRAPH ?g { ?weapon cg:range ?r . ?r schema:value ?value ; schema:unitText ?unit } ?weapon a cg:WeaponSystem }`,
  };
}

// ── command line ─────────────────────────────────────────────────────────────

function main(argv: string[]) {
  const arg = (name: string) => {
    const i = argv.indexOf(`--${name}`);
    return i >= 0 ? argv[i + 1] : undefined;
  };
  const triples = Number(arg('triples') ?? 100_000);
  const seed = Number(arg('seed') ?? 1);
  const file = arg('out') ?? `bench/data/corpus-${triples}-s${seed}.nq`;
  const corpus = writeCorpus({ triples, seed }, file);
  console.log(JSON.stringify({ file, ...corpus.stats }));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
