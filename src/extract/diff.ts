/**
 * What a curator changed in a draft: the draft against its corrected annotation, record by record.
 * Quotations and statements are paired as the scorer pairs them (quotations by a shared printed
 * part, statements by overlapping evidence); entities by a shared mention. What is left unpaired
 * was added or removed by the curator; a pair that differs in speaker, holder, hedge, polarity or
 * kind was changed. This is the extractor's error report for that article.
 */
import { type ArticleAnnotation, type ClaimAnnotation, ENTITY_TYPES, type QuotationAnnotation } from '../authoring/format.js';
import { flat } from './entities.js';
import { type DraftScores, entitySpans, holderOf, kindOf, locate, match, NAMED_KINDS, sameHolder, scoreDraft, spanOf, type Stmt } from './score.js';

interface Change {
  /** added: only the curated annotation has it; removed: only the draft; changed: both, differently. */
  change: 'added' | 'removed' | 'changed';
  element: 'quotation' | 'statement' | 'entity';
  /** The curated id (added, changed) or the drafted id (removed). */
  id: string;
  /** The printed text it rests on, shortened. */
  text: string;
  /** What changed, for a change: "holder: unspecified → david-ignatius". */
  details?: string[];
}

export interface AnnotationDiff {
  changes: Change[];
  scores: DraftScores;
}

const short = (s: string, n = 90) => {
  const f = flat(s);
  return f.length > n ? `${f.slice(0, n - 1)}…` : f;
};
const polarityOf = (x: Stmt['polarity']) => (typeof x === 'object' ? x.value : x);

/** The curator's changes from `draft` to `curated`, both annotations of `text`. */
export function diffAnnotations(draft: ArticleAnnotation, curated: ArticleAnnotation, text: string): AnnotationDiff {
  const at = (sp: { begin: number; end: number }) => text.slice(sp.begin, sp.end);
  const dSpans = entitySpans(draft, text);
  const cSpans = entitySpans(curated, text);
  const label = (a: ArticleAnnotation, h: string | undefined) => (h && a.entities[h] ? `${h} (${a.entities[h]!.label})` : (h ?? '(none)'));
  const changes: Change[] = [];

  const compare = (element: 'quotation' | 'statement', ds: Stmt[], cs: Stmt[], textOf: (s: Stmt) => string) => {
    const located = (a: Stmt[]) =>
      a.map((item) => ({ item, span: spanOf(text, item) })).filter((x): x is { item: Stmt; span: NonNullable<typeof x.span> } => !!x.span);
    const pairs = match(located(cs), located(ds));
    const pairedC = new Set(pairs.map(([c]) => c));
    const pairedD = new Set(pairs.map(([, d]) => d));
    for (const c of cs) if (!pairedC.has(c)) changes.push({ change: 'added', element, id: c.id, text: short(textOf(c)) });
    for (const d of ds) if (!pairedD.has(d)) changes.push({ change: 'removed', element, id: d.id, text: short(textOf(d)) });
    for (const [c, d] of pairs) {
      const details: string[] = [];
      if (!sameHolder(at, holderOf(c), curated, cSpans, holderOf(d), draft, dSpans))
        details.push(`${element === 'quotation' ? 'speaker' : 'holder'}: ${label(draft, holderOf(d))} → ${label(curated, holderOf(c))}`);
      if ((c.hedge ?? 'none') !== (d.hedge ?? 'none')) details.push(`hedge: ${d.hedge ?? 'none'} → ${c.hedge ?? 'none'}`);
      if ((polarityOf(c.polarity) ?? 'affirmed') !== (polarityOf(d.polarity) ?? 'affirmed'))
        details.push(`polarity: ${polarityOf(d.polarity) ?? 'affirmed'} → ${polarityOf(c.polarity) ?? 'affirmed'}`);
      if ('parts' in c && 'parts' in d) {
        const parts = (q: QuotationAnnotation) => q.parts.map((p) => (typeof p === 'string' ? p : p.text)).join(' | ');
        if (parts(c) !== parts(d)) details.push(`parts: ${short(parts(d), 60)} → ${short(parts(c), 60)}`);
      } else if (at(spanOf(text, c)!) !== at(spanOf(text, d)!))
        details.push(`evidence: ${short(at(spanOf(text, d)!), 120)} → ${short(at(spanOf(text, c)!), 120)}`);
      if (details.length) changes.push({ change: 'changed', element, id: c.id, text: short(textOf(c)), details });
    }
  };
  const quoteText = (s: Stmt) => (s as QuotationAnnotation).parts.map((p) => (typeof p === 'string' ? p : p.text)).join(' … ');
  const claimText = (s: Stmt) => {
    const sp = locate(text, (s as ClaimAnnotation).evidence);
    return sp ? at(sp) : s.id;
  };
  compare('quotation', draft.quotations ?? [], curated.quotations ?? [], quoteText);
  // The article's own voice is where the draft puts what no rule attributed: only attributed statements are compared.
  const attributed = (a: ArticleAnnotation) => (a.claims ?? []).filter((c) => holderOf(c) !== 'article');
  compare('statement', attributed(draft), attributed(curated), claimText);

  // Entities: people, organisations and places, paired by a shared mention.
  const named = (a: ArticleAnnotation, spans: Map<string, { begin: number; end: number }[]>) =>
    Object.entries(a.entities ?? {}).filter(([id, e]) => NAMED_KINDS.has(ENTITY_TYPES[e.type]?.kind ?? '') && (spans.get(id) ?? []).length);
  const cNamed = named(curated, cSpans);
  const dNamed = named(draft, dSpans);
  const shares = (dId: string, cId: string) => (dSpans.get(dId) ?? []).some((x) => (cSpans.get(cId) ?? []).some((y) => x.begin === y.begin && x.end === y.end));
  const firstName = (spans: Map<string, { begin: number; end: number }[]>, id: string) => at(spans.get(id)![0]!);
  for (const [cId, c] of cNamed) {
    const d = dNamed.find(([dId]) => shares(dId, cId));
    if (!d) changes.push({ change: 'added', element: 'entity', id: cId, text: `${c.type} ${firstName(cSpans, cId)}` });
    else if (kindOf(d[1].type) !== kindOf(c.type))
      changes.push({ change: 'changed', element: 'entity', id: cId, text: `${firstName(cSpans, cId)}`, details: [`type: ${d[1].type} → ${c.type}`] });
  }
  for (const [dId, d] of dNamed)
    if (!cNamed.some(([cId]) => shares(dId, cId))) changes.push({ change: 'removed', element: 'entity', id: dId, text: `${d.type} ${firstName(dSpans, dId)}` });

  return { changes, scores: scoreDraft(draft, curated, text) };
}

/** The diff as text: one line per change, then a count per element. */
export function formatDiff(d: AnnotationDiff, title: string): string {
  const sign = { added: '+', removed: '-', changed: '~' } as const;
  const lines = [title];
  for (const element of ['quotation', 'statement', 'entity'] as const) {
    const of = d.changes.filter((c) => c.element === element);
    const n = (k: Change['change']) => of.filter((c) => c.change === k).length;
    lines.push(`${element === 'entity' ? 'entities' : `${element}s`}: ${n('added')} added, ${n('removed')} removed, ${n('changed')} changed`);
    for (const c of of) {
      lines.push(`  ${sign[c.change]} ${c.id}: ${c.text}`);
      for (const x of c.details ?? []) lines.push(`      ${x}`);
    }
  }
  const s = d.scores;
  const pr = (x: { precision: number; recall: number }) => `P ${x.precision.toFixed(2)} R ${x.recall.toFixed(2)}`;
  lines.push(
    `draft against the corrected annotation: quotations ${pr(s.quotationParts)}, speakers ${s.speakers.correct}/${s.speakers.matched}, statements ${pr(s.reported)}, holders ${s.holders.correct}/${s.holders.matched}, entities ${pr(s.entities)}`,
  );
  return lines.join('\n');
}
