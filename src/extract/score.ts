/**
 * A draft against its curated annotation, element by element: quotations by their exact parts,
 * their speakers, reported statements and their holders by overlapping evidence, hedges and
 * modal cues, denials, and named entities by shared mentions. Precision, recall and F1.
 */
import { findSpan } from '../authoring/compile.js';
import { ENTITY_TYPES, type ArticleAnnotation, type ClaimAnnotation, type QuotationAnnotation, type SpanSpec } from '../authoring/format.js';
import { nameOccurrences, type Span } from '../text/spans.js';

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
  quotationParts: Score;
  quotations: Score;
  /** Quotations found whose speaker is the curated one, out of the quotations found. */
  speakers: Accuracy;
  reported: Score;
  holders: Accuracy;
  hedges: Score;
  polarity: Score;
  entities: Score;
}

export interface Accuracy {
  correct: number;
  matched: number;
  accuracy: number;
  /** The matched statements whose holder differs: curated id, curated holder, draft holder. */
  wrong: { id: string; curated: string; draft: string }[];
}

const PRONOUN = /^(he|she|they|him|her|them|it|its|his|their|we|us|i|me)$/i;
const NAMED_KINDS = new Set(['person', 'organization', 'place']);

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

function locate(text: string, spec: SpanSpec): Span | undefined {
  try {
    return findSpan(text, spec, (m) => {
      throw new Error(m);
    });
  } catch {
    return undefined;
  }
}

/** Every span each entity is linked to: its names wherever they occur, and its explicit mentions. */
function entitySpans(a: ArticleAnnotation, text: string): Map<string, Span[]> {
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
function sameHolder(
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

type Stmt = ClaimAnnotation | QuotationAnnotation;
const holderOf = (s: Stmt) => s.holder ?? s.source ?? (s as QuotationAnnotation).speaker;

function spanOf(text: string, s: Stmt): Span | undefined {
  if ('parts' in s && s.parts?.length) {
    const parts = s.parts.map((p) => locate(text, p)).filter((p): p is Span => !!p);
    if (!parts.length) return undefined;
    return { begin: Math.min(...parts.map((p) => p.begin)), end: Math.max(...parts.map((p) => p.end)) };
  }
  return locate(text, (s as ClaimAnnotation).evidence);
}

/** One-to-one matches between two lists of overlapping spans, the closest (overlap over union) first. */
function match<T, U>(xs: { item: T; span: Span }[], ys: { item: U; span: Span }[], fits: (x: T, y: U) => boolean = () => true): [T, U][] {
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

export function scoreDraft(draft: ArticleAnnotation, curated: ArticleAnnotation, text: string): DraftScores {
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

  return {
    quotationParts,
    quotations,
    speakers: accuracy(pairs.size, speakersWrong),
    reported: score(reportedPairs.length, dReported.length - reportedPairs.length, cReported.length - reportedPairs.length),
    holders: accuracy(reportedPairs.length, holdersWrong),
    hedges: score(hedgePairs.length, dHedges.length - hedgePairs.length, cHedges.length - hedgePairs.length),
    polarity: score(negPairs.length, dNeg.length - negPairs.length, cNeg.length - negPairs.length),
    entities,
  };
}

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
  ].join('\n');
}
