/**
 * A draft against its curated annotation, element by element: sentences (against a gold split
 * when one is given), quotations by their exact parts, their speakers, reported statements and
 * their holders by overlapping evidence, hedges and modal cues, denials, named entities by shared
 * mentions and their kinds, outlets, quantities and dates by value within the same statement.
 * Precision, recall and F1.
 */
import { ENTITY_TYPES, type ArticleAnnotation, type ClaimAnnotation, type QuotationAnnotation, type SpanSpec } from '../authoring/format.js';
import { nameOccurrences, occurrences, sentences as splitSentences, type Span } from '../text/spans.js';

export interface Score {
  /** Found in both. */
  tp: number;
  /** In the draft only. */
  fp: number;
  /** In the curated annotation only. */
  fn: number;
  precision: number;
  recall: number;
  f1: number;
}

export interface DraftScores {
  /** Sentence boundaries against a gold split; absent when no gold split is given. */
  sentences?: Score;
  quotationParts: Score;
  quotations: Score;
  /** Quotations found whose speaker is the curated one, out of the quotations found. */
  speakers: Accuracy;
  /** Quotations found with the curated speaker, against all drafted and all curated quotations. */
  quotationSpeakers: Score;
  reported: Score;
  holders: Accuracy;
  /** Reported statements found with the curated holder, against all drafted and all curated ones. */
  reportedHolders: Score;
  hedges: Score;
  polarity: Score;
  entities: Score;
  /** Entities found whose kind (person, outlet, other organisation, place) is the curated one. */
  entityTypes: Accuracy;
  /** News outlets and state media, the same when they share a mention. */
  outlets: Score;
  /** Numbers in statements' content (schema:value, minValue, maxValue), by value within overlapping statements. */
  quantities: Score;
  /** Dates (publication, events' dates, xsd:date literals in content), by value within the same sentence. */
  dates: Score;
}

export interface ScoreOptions {
  /** The gold sentences, in reading order, each exactly as printed. */
  sentences?: string[];
}

export interface Accuracy {
  correct: number;
  matched: number;
  accuracy: number;
  /** The matched statements whose holder differs: curated id, curated holder, draft holder. */
  wrong: { id: string; curated: string; draft: string }[];
}

const PRONOUN = /^(he|she|they|him|her|them|it|its|his|their|we|us|i|me)$/i;
export const NAMED_KINDS = new Set(['person', 'organization', 'place']);

function accuracy(matched: number, wrong: Accuracy['wrong']): Accuracy {
  const correct = matched - wrong.length;
  return { correct, matched, accuracy: matched ? correct / matched : 1, wrong };
}

function score(tp: number, fp: number, fn: number): Score {
  const precision = tp + fp ? tp / (tp + fp) : 1;
  const recall = tp + fn ? tp / (tp + fn) : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { tp, fp, fn, precision, recall, f1 };
}

const overlap = (a: Span, b: Span) => Math.max(0, Math.min(a.end, b.end) - Math.max(a.begin, b.begin));
const same = (a: Span, b: Span) => a.begin === b.begin && a.end === b.end;

/** Where a span spec lies in the text, or undefined when it is absent or ambiguous. */
export function locate(text: string, spec: SpanSpec): Span | undefined {
  const { text: needle, within, occurrence } = typeof spec === 'string' ? { text: spec, within: undefined, occurrence: undefined } : spec;
  if (!needle) return undefined;
  let base = 0;
  let haystack = text;
  if (within !== undefined) {
    const at = occurrences(text, within);
    if (at.length !== 1) return undefined;
    base = at[0]!;
    haystack = within;
  }
  const at = occurrences(haystack, needle);
  const i = occurrence !== undefined ? at[occurrence - 1] : at.length === 1 ? at[0] : undefined;
  return i === undefined ? undefined : { begin: base + i, end: base + i + needle.length };
}

/** Every span each entity is linked to: its names wherever they occur, and its explicit mentions. */
export function entitySpans(a: ArticleAnnotation, text: string): Map<string, Span[]> {
  const out = new Map<string, Span[]>();
  for (const [id, e] of Object.entries(a.entities ?? {})) {
    const spans: Span[] = [];
    for (const n of e.names ?? []) spans.push(...nameOccurrences(text, n));
    for (const m of e.mentions ?? []) {
      const sp = locate(text, m);
      if (sp) spans.push(sp);
    }
    out.set(id, spans);
  }
  return out;
}

const normal = (s: string) =>
  s
    .toLowerCase()
    .replace(/\([^)]*\)/g, '')
    .replace(/^(the|a|an)\s+/, '')
    .replace(/\s+/g, ' ')
    .trim();

/** Do two holders (entity ids or `article`/`unspecified`) of two annotations stand for the same speaker? */
export function sameHolder(
  text1: (s: Span) => string,
  h1: string | undefined,
  a1: ArticleAnnotation,
  s1: Map<string, Span[]>,
  h2: string | undefined,
  a2: ArticleAnnotation,
  s2: Map<string, Span[]>,
): boolean {
  if (!h1 || !h2) return false;
  if (h1 === 'article' || h1 === 'unspecified' || h2 === 'article' || h2 === 'unspecified') return h1 === h2;
  const e1 = a1.entities[h1];
  const e2 = a2.entities[h2];
  if (!e1 || !e2) return false;
  const names1 = new Set([e1.label, ...(e1.names ?? [])].map(normal));
  if ([e2.label, ...(e2.names ?? [])].map(normal).some((n) => names1.has(n))) return true;
  // Shared mentions, pronouns apart: a "she" both link says nothing about who she is.
  const sp1 = (s1.get(h1) ?? []).filter((x) => !PRONOUN.test(text1(x)));
  return (s2.get(h2) ?? []).some((x) => sp1.some((y) => same(x, y)));
}

export type Stmt = ClaimAnnotation | QuotationAnnotation;
export const holderOf = (s: Stmt) => s.holder ?? s.source ?? (s as QuotationAnnotation).speaker;

export function spanOf(text: string, s: Stmt): Span | undefined {
  if ('parts' in s && s.parts?.length) {
    const parts = s.parts.map((p) => locate(text, p)).filter((p): p is Span => !!p);
    if (!parts.length) return undefined;
    return { begin: Math.min(...parts.map((p) => p.begin)), end: Math.max(...parts.map((p) => p.end)) };
  }
  return locate(text, (s as ClaimAnnotation).evidence);
}

/** One-to-one matches between two lists of overlapping spans, the closest (overlap over union) first. */
export function match<T, U>(xs: { item: T; span: Span }[], ys: { item: U; span: Span }[], fits: (x: T, y: U) => boolean = () => true): [T, U][] {
  const pairs: { i: number; j: number; o: number }[] = [];
  xs.forEach((x, i) => {
    ys.forEach((y, j) => {
      const shared = overlap(x.span, y.span);
      const union = Math.max(x.span.end, y.span.end) - Math.min(x.span.begin, y.span.begin);
      if (shared > 0 && fits(x.item, y.item)) pairs.push({ i, j, o: shared / union });
    });
  });
  pairs.sort((a, b) => b.o - a.o);
  const usedX = new Set<number>();
  const usedY = new Set<number>();
  const out: [T, U][] = [];
  for (const p of pairs) {
    if (usedX.has(p.i) || usedY.has(p.j)) continue;
    usedX.add(p.i), usedY.add(p.j);
    out.push([xs[p.i]!.item, ys[p.j]!.item]);
  }
  return out;
}

function hedgeCues(text: string, a: ArticleAnnotation): { item: string; span: Span }[] {
  const out: { item: string; span: Span }[] = [];
  for (const s of [...(a.claims ?? []), ...(a.quotations ?? [])]) {
    const span = spanOf(text, s);
    if (!span) continue;
    if (s.hedge && s.hedge !== 'none') out.push({ item: `hedge:${s.hedge}`, span });
    const cue = typeof s.certainty === 'object' ? s.certainty.cue : undefined;
    const word = cue?.toLowerCase().match(/\b(could|may|might)\b/)?.[1];
    if (word) out.push({ item: `modal:${word}`, span });
  }
  return out;
}

type Kind = 'person' | 'outlet' | 'organization' | 'place' | 'other';
export const kindOf = (type: string): Kind =>
  type === 'Person'
    ? 'person'
    : type === 'NewsOutlet' || type === 'StateMedia'
      ? 'outlet'
      : ENTITY_TYPES[type as keyof typeof ENTITY_TYPES]?.kind === 'organization'
        ? 'organization'
        : ENTITY_TYPES[type as keyof typeof ENTITY_TYPES]?.kind === 'place'
          ? 'place'
          : 'other';

/** The numbers of a statement's content: schema:value, schema:minValue, schema:maxValue. */
const NUMBER = /schema:(?:value|minValue|maxValue)\s+(-?\d+(?:\.\d+)?)/g;
/** Typed date literals in content Turtle. */
const DATE_LITERAL = /"(\d{4}(?:-\d{2}(?:-\d{2})?)?)"\^\^xsd:(?:date|gYearMonth|gYear)\b/g;

interface Valued {
  item: string;
  span: Span | undefined;
}

/** Pairs of the same value whose spans overlap (or which both have none), one to one. */
function matchValues(xs: Valued[], ys: Valued[], near: (a: Span | undefined, b: Span | undefined) => boolean): number {
  const used = new Set<number>();
  let n = 0;
  for (const x of xs) {
    const j = ys.findIndex((y, k) => !used.has(k) && y.item === x.item && near(x.span, y.span));
    if (j >= 0) used.add(j), n++;
  }
  return n;
}

function quantitiesOf(text: string, a: ArticleAnnotation): Valued[] {
  const out: Valued[] = [];
  for (const s of [...(a.claims ?? []), ...(a.quotations ?? [])]) {
    if (!s.content) continue;
    const span = spanOf(text, s);
    for (const m of s.content.matchAll(NUMBER)) out.push({ item: String(Number(m[1])), span });
  }
  return out;
}

function datesOf(text: string, a: ArticleAnnotation, spans: Map<string, Span[]>): Valued[] {
  const out: Valued[] = [];
  if (a.article.published) out.push({ item: String(a.article.published), span: undefined });
  const statements = new Map([...(a.claims ?? []), ...(a.quotations ?? [])].map((s) => [s.id, s] as const));
  for (const [id, e] of Object.entries(a.entities ?? {})) {
    if (e.date === undefined) continue;
    const by = e.reportedBy ? statements.get(e.reportedBy) : undefined;
    const span = by ? spanOf(text, by) : spans.get(id)?.[0];
    if (span) out.push({ item: String(e.date), span });
  }
  for (const s of statements.values()) {
    if (!s.content) continue;
    const span = spanOf(text, s);
    for (const m of s.content.matchAll(DATE_LITERAL)) out.push({ item: m[1]!, span });
  }
  return out;
}

export function scoreDraft(draft: ArticleAnnotation, curated: ArticleAnnotation, text: string, options: ScoreOptions = {}): DraftScores {
  const at = (sp: Span) => text.slice(sp.begin, sp.end);
  const dSpans = entitySpans(draft, text);
  const cSpans = entitySpans(curated, text);

  // Quotations: each printed part, then whole quotations sharing a part.
  const dParts = (draft.quotations ?? []).flatMap((q) => q.parts.map((p) => ({ q, span: locate(text, p) }))).filter((x) => x.span) as {
    q: QuotationAnnotation;
    span: Span;
  }[];
  const cParts = (curated.quotations ?? []).flatMap((q) => q.parts.map((p) => ({ q, span: locate(text, p) }))).filter((x) => x.span) as {
    q: QuotationAnnotation;
    span: Span;
  }[];
  const partsFound = cParts.filter((c) => dParts.some((d) => same(c.span, d.span))).length;
  const quotationParts = score(partsFound, dParts.length - partsFound, cParts.length - partsFound);
  const pairs = new Map<QuotationAnnotation, QuotationAnnotation>();
  for (const c of cParts) {
    const d = dParts.find((x) => same(x.span, c.span));
    if (d && !pairs.has(c.q) && ![...pairs.values()].includes(d.q)) pairs.set(c.q, d.q);
  }
  const quotations = score(pairs.size, (draft.quotations?.length ?? 0) - pairs.size, (curated.quotations?.length ?? 0) - pairs.size);
  const speakersWrong: Accuracy['wrong'] = [];
  for (const [c, d] of pairs)
    if (!sameHolder(at, holderOf(c), curated, cSpans, holderOf(d), draft, dSpans))
      speakersWrong.push({ id: c.id, curated: holderOf(c) ?? '', draft: holderOf(d) ?? '' });

  // Reported statements: claims held by someone other than the article's voice.
  const reportedOf = (a: ArticleAnnotation) =>
    (a.claims ?? [])
      .filter((c) => holderOf(c) !== 'article')
      .map((c) => ({ item: c, span: spanOf(text, c) }))
      .filter((x): x is { item: ClaimAnnotation; span: Span } => !!x.span);
  const cReported = reportedOf(curated);
  const dReported = reportedOf(draft);
  const reportedPairs = match(cReported, dReported);
  const holdersWrong: Accuracy['wrong'] = [];
  for (const [c, d] of reportedPairs)
    if (!sameHolder(at, holderOf(c), curated, cSpans, holderOf(d), draft, dSpans))
      holdersWrong.push({ id: c.id, curated: holderOf(c) ?? '', draft: holderOf(d) ?? '' });

  const cHedges = hedgeCues(text, curated);
  const dHedges = hedgeCues(text, draft);
  const hedgePairs = match(cHedges, dHedges, (x, y) => x === y);

  const negatedOf = (a: ArticleAnnotation) =>
    [...(a.claims ?? []), ...(a.quotations ?? [])]
      .filter((s) => (typeof s.polarity === 'object' ? s.polarity.value : s.polarity) === 'negated')
      .map((s) => ({ item: s, span: spanOf(text, s) }))
      .filter((x): x is { item: Stmt; span: Span } => !!x.span);
  const cNeg = negatedOf(curated);
  const dNeg = negatedOf(draft);
  const negPairs = match(cNeg, dNeg);

  // Entities: people, organisations and places, the same when they share a mention.
  const named = (a: ArticleAnnotation) => Object.entries(a.entities ?? {}).filter(([, e]) => NAMED_KINDS.has(ENTITY_TYPES[e.type]?.kind ?? ''));
  const cNamed = named(curated).filter(([id]) => (cSpans.get(id) ?? []).length);
  const dNamed = named(draft);
  const shares = (dId: string, cId: string) => (dSpans.get(dId) ?? []).some((x) => (cSpans.get(cId) ?? []).some((y) => same(x, y)));
  const foundCurated = cNamed.filter(([cId]) => dNamed.some(([dId]) => shares(dId, cId))).length;
  const rightDraft = dNamed.filter(([dId]) => cNamed.some(([cId]) => shares(dId, cId))).length;
  const entities = score(rightDraft, dNamed.length - rightDraft, cNamed.length - foundCurated);
  entities.recall = cNamed.length ? foundCurated / cNamed.length : 1;
  entities.f1 = entities.precision + entities.recall ? (2 * entities.precision * entities.recall) / (entities.precision + entities.recall) : 0;
  // Of the curated entities found, those the draft gives the same kind: the draft entity sharing most mentions.
  const typesWrong: Accuracy['wrong'] = [];
  let typed = 0;
  for (const [cId, c] of cNamed) {
    const cs = cSpans.get(cId) ?? [];
    const best = dNamed
      .map(([dId, d]) => ({ d, n: (dSpans.get(dId) ?? []).filter((x) => cs.some((y) => same(x, y))).length }))
      .filter((x) => x.n > 0)
      .sort((x, y) => y.n - x.n)[0];
    if (!best) continue;
    typed++;
    if (kindOf(best.d.type) !== kindOf(c.type)) typesWrong.push({ id: cId, curated: c.type, draft: best.d.type });
  }

  // Outlets: the same test as entities, on news outlets and state media only.
  const cOutlets = cNamed.filter(([, e]) => kindOf(e.type) === 'outlet');
  const dOutlets = dNamed.filter(([, e]) => kindOf(e.type) === 'outlet');
  const outletsFound = cOutlets.filter(([cId]) => dOutlets.some(([dId]) => shares(dId, cId))).length;
  const outletsRight = dOutlets.filter(([dId]) => cOutlets.some(([cId]) => shares(dId, cId))).length;
  const outlets = score(outletsRight, dOutlets.length - outletsRight, cOutlets.length - outletsFound);

  // Quantities by value within overlapping statements; dates by value within the same sentence.
  const cQuantities = quantitiesOf(text, curated);
  const dQuantities = quantitiesOf(text, draft);
  const overlapping = (a: Span | undefined, b: Span | undefined) => !!a && !!b && overlap(a, b) > 0;
  const qFound = matchValues(cQuantities, dQuantities, overlapping);
  const sents = splitSentences(text);
  const sentencesOf = (sp: Span | undefined) =>
    sp ? sents.filter((s) => overlap(s, sp) > 0 || (sp.begin === sp.end && sp.begin >= s.begin && sp.begin <= s.end)) : [];
  const sameSentence = (a: Span | undefined, b: Span | undefined) =>
    a === undefined || b === undefined ? a === b : sentencesOf(a).some((s) => sentencesOf(b).includes(s));
  const cDates = datesOf(text, curated, cSpans);
  const dDates = datesOf(text, draft, dSpans);
  const dFound = matchValues(cDates, dDates, sameSentence);

  let sentenceScore: Score | undefined;
  if (options.sentences) {
    const gold: Span[] = [];
    let from = 0;
    for (const g of options.sentences) {
      const i = text.indexOf(g, from);
      if (i < 0) throw new Error(`gold sentence not found in the text: ${g.slice(0, 60)}`);
      gold.push({ begin: i, end: i + g.length });
      from = i + g.length;
    }
    const right = sents.filter((s) => gold.some((g) => same(g, s))).length;
    sentenceScore = score(right, sents.length - right, gold.length - right);
  }

  const speakersRight = pairs.size - speakersWrong.length;
  const holdersRight = reportedPairs.length - holdersWrong.length;
  return {
    ...(sentenceScore ? { sentences: sentenceScore } : {}),
    quotationParts,
    quotations,
    speakers: accuracy(pairs.size, speakersWrong),
    quotationSpeakers: score(speakersRight, (draft.quotations?.length ?? 0) - speakersRight, (curated.quotations?.length ?? 0) - speakersRight),
    reported: score(reportedPairs.length, dReported.length - reportedPairs.length, cReported.length - reportedPairs.length),
    holders: accuracy(reportedPairs.length, holdersWrong),
    reportedHolders: score(holdersRight, dReported.length - holdersRight, cReported.length - holdersRight),
    hedges: score(hedgePairs.length, dHedges.length - hedgePairs.length, cHedges.length - hedgePairs.length),
    polarity: score(negPairs.length, dNeg.length - negPairs.length, cNeg.length - negPairs.length),
    entities,
    entityTypes: accuracy(typed, typesWrong),
    outlets,
    quantities: score(qFound, dQuantities.length - qFound, cQuantities.length - qFound),
    dates: score(dFound, dDates.length - dFound, cDates.length - dFound),
  };
}

/** The elements of DraftScores scored by precision, recall and F1, in table order. */
export const SCORED_ELEMENTS = [
  ['sentences', 'sentences'],
  ['quotationParts', 'quotations (exact parts)'],
  ['quotations', 'quotations (whole)'],
  ['quotationSpeakers', 'quotation speakers'],
  ['reported', 'reported statements'],
  ['reportedHolders', 'holders'],
  ['hedges', 'hedges and modals'],
  ['polarity', 'polarity (negated)'],
  ['outlets', 'outlets'],
  ['entities', 'entities'],
  ['quantities', 'quantities'],
  ['dates', 'dates'],
] as const satisfies readonly (readonly [keyof DraftScores, string])[];

/** The scores as a plain-text table. */
export function formatScores(name: string, s: DraftScores): string {
  const pct = (x: number) => x.toFixed(2);
  const row = (label: string, x: Score) =>
    `  ${label.padEnd(18)} P ${pct(x.precision)}  R ${pct(x.recall)}  F1 ${pct(x.f1)}  (tp ${x.tp}, fp ${x.fp}, fn ${x.fn})`;
  return [
    name,
    row('quotation parts', s.quotationParts),
    row('quotations', s.quotations),
    `  ${'speakers'.padEnd(18)} ${s.speakers.correct}/${s.speakers.matched} right (${pct(s.speakers.accuracy)})`,
    row('reported', s.reported),
    `  ${'holders'.padEnd(18)} ${s.holders.correct}/${s.holders.matched} right (${pct(s.holders.accuracy)})${s.holders.wrong.map((w) => `\n    ${w.id}: ${w.curated}, drafted as ${w.draft}`).join('')}`,
    row('hedges and modals', s.hedges),
    row('denials/negation', s.polarity),
    row('entities', s.entities),
    `  ${'entity kinds'.padEnd(18)} ${s.entityTypes.correct}/${s.entityTypes.matched} right (${pct(s.entityTypes.accuracy)})${s.entityTypes.wrong.map((w) => `\n    ${w.id}: ${w.curated}, drafted as ${w.draft}`).join('')}`,
    row('outlets', s.outlets),
    row('quantities', s.quantities),
    row('dates', s.dates),
  ].join('\n');
}
