/**
 * The article's own voice: every sentence, or main clause of a sentence ("…; …", "…, and the
 * council …"), that no report or quotation covers becomes a statement held by the article, at
 * low confidence, for the curator to split or drop. Runs after the other statements are drafted,
 * since it is what they leave over.
 */
import type { Span } from '../text/spans.js';
import { clausesOf } from './clauses.js';
import type { Reading } from './findings.js';
import { quantityTurtle } from './quantities.js';
import { findIn, labelOf, specOf, trimSpan } from './span-helpers.js';
import { aboutOf, certaintyOf, type Statements } from './statements.js';

/** Adds the article's own statements to `statements.claims`, numbered voice-1, voice-2, … */
export function addArticleVoice({ text, sents, insideQuote, registry, quotations }: Reading, headline: Span | undefined, statements: Statements): void {
  const { claims, contentOf } = statements;
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
    const certainty = certaintyOf(text, sp);
    const negation =
      /\b(not|no|never|nothing|nobody|none|neither|nor|(?:refused|refuses|declined|declines) to(?!\s+(?:comment|say|discuss|answer|elaborate|confirm|speculate|respond)\b))\b|n’t\b|n't\b/i.exec(
        text.slice(sp.begin, sp.end),
      );
    claims.push({
      id: `voice-${++voice}`,
      label: labelOf(text.slice(sp.begin, sp.end)),
      evidence: specOf(text, sp),
      holder: 'article',
      ...(certainty ? { certainty } : {}),
      ...(negation ? { polarity: { value: 'negated', cue: negation[0] } } : {}),
      about: aboutOf(registry, sp, 'article'),
      confidence: 0.3,
    });
    const last = claims[claims.length - 1]!;
    if (!last.about?.length) delete last.about;
    const content = quantityTurtle(text.slice(sp.begin, sp.end));
    if (content) last.content = content;
    contentOf.set(last, sp);
  }
}
