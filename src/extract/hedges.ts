/**
 * Hedged sentences no report covers ("X reportedly considered …", "is said to", "unconfirmed"),
 * made claims of an unnamed source; then a source named soon after for "this" ("According to an
 * article by Ignatius, this potential move …") becomes the holder of the hedged claim. Runs
 * last among the attribution stages, since it needs to know what the others covered.
 */
import type { Span } from '../text/spans.js';
import type { Reading } from './findings.js';
import { HEDGE_ADVERBS } from './lexicon.js';
import { trimSpan } from './span-helpers.js';

export function findHedgedSentences({ text, sents, insideQuote, reports, quotations, nextClaimId }: Reading): void {
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
}

/** A hedged report with no named source takes the source a sentence soon after names for "this". */
export function creditSourcesNamedAfter({ text, sents, reports }: Reading): void {
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
}
