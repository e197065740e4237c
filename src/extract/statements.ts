/**
 * Reports and quotations as the records of the draft: each report a claim with its holder, verb,
 * hedge, polarity, certainty, channel and what it is within and about; each quotation a quotation
 * record in its parts. Kept apart from the stages that find them, which decide who said what; this
 * stage only decides how the annotation format writes it.
 */
import type { ClaimAnnotation, QuotationAnnotation } from '../authoring/format.js';
import type { Span } from '../text/spans.js';
import type { EntityRegistry } from './entities.js';
import type { Holder, Reading } from './findings.js';
import { POSSIBILITY } from './lexicon.js';
import { figureTurtle, quantityTurtle } from './quantities.js';
import { labelOf, specOf, stripQuotes } from './span-helpers.js';

export interface Statements {
  claims: ClaimAnnotation[];
  quotations: QuotationAnnotation[];
  /** What each drafted claim says, where its dates are read. */
  contentOf: Map<ClaimAnnotation, Span>;
}

const holderId = (h: Holder) => (h === 'unspecified' || h === 'article' ? h : h.id);

/** The ids of the entities mentioned in text[sp], the holder left out, at most eight. */
export const aboutOf = (registry: EntityRegistry, sp: Span, holder: Holder | 'article') =>
  [...new Set(registry.within(sp).map((e) => e.id))].filter((id) => holder === 'unspecified' || holder === 'article' || id !== holder.id).slice(0, 8);
export const certaintyOf = (text: string, sp: Span) => certaintyIn(text.slice(sp.begin, sp.end));
const certaintyIn = (s: string) => {
  const m = POSSIBILITY.exec(stripQuotes(s));
  return m ? { value: 'possible', cue: m[1]!.toLowerCase() } : undefined;
};

export function draftStatements({ text, registry, reports, quotations }: Reading): Statements {
  const claims: ClaimAnnotation[] = [];
  const quotationOut: QuotationAnnotation[] = [];
  const contentOf = new Map<ClaimAnnotation, Span>();
  for (const r of reports) {
    if (r.replacedBy) continue;
    const label = labelOf(text.slice(r.content.begin, r.content.end));
    // The modal cues of the report's own content, not of the reports nested in it.
    const nested = reports.filter((o) => o.within === r);
    const own = nested.length
      ? text.slice(r.content.begin, nested[0]!.evidence.begin) + text.slice(nested[nested.length - 1]!.evidence.end, r.content.end)
      : undefined;
    const certainty = own === undefined ? certaintyOf(text, r.content) : certaintyIn(own);
    const c: ClaimAnnotation = {
      id: r.id,
      label,
      evidence: specOf(text, r.evidence),
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
      about: aboutOf(registry, r.evidence, r.holder),
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
    const certainty = certaintyOf(text, whole);
    const o: QuotationAnnotation = {
      id: q.id,
      parts: q.parts.map((p) => specOf(text, p)),
      label: labelOf(parts.join(' ')),
      holder: holderId(q.holder),
      ...(q.verb ? { verb: q.verb } : {}),
      ...(q.hedge ? { hedge: q.hedge } : {}),
      ...(certainty ? { certainty } : {}),
      ...(q.channel ? { channel: q.channel } : {}),
      ...(q.audience ? { audience: q.audience.id } : {}),
      ...(q.inside ? { within: q.inside.id } : q.within ? { within: q.within.id } : {}),
      about: aboutOf(registry, whole, q.holder),
      confidence: q.confidence,
    };
    const content = quantityTurtle(parts.join(' '));
    if (content) o.content = content;
    if (!o.about?.length) delete o.about;
    quotationOut.push(o);
  }
  return { claims, quotations: quotationOut, contentOf };
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
