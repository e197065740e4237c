// The extractor on the invented development articles of data/dev-articles, scored against their
// gold. These texts were written to show what the rules missed (split and partial quotations, a
// quotation inside a quotation, speakers named after a description, companies and outlets typed by
// the words around them, dates, quantities, corrections), and the rules were then changed while
// reading them: these are tuned figures, kept as floors so no later change loses them. First
// measured, before any rule was changed for them: quotation parts 10/13, speakers 7/11 of the
// curated quotations, reported P 1.00 R 0.63, holders 14/24, polarity 3/4, outlets 2/5, entities
// F1 0.85, quantities 5/16, dates 3/11. Now: every element 1.00 but entities on lunden-water-permit (F1 0.86: a town and a
// regulator named only by common nouns).
// tarnby-school-merger was written after extractor 0.2.0, for the rules of 0.3.0 (month abbreviations, figures as a
// source, more reporting verbs, outlets typed by cues, pronouns by gender, clauses in the article's voice). Measured
// with 0.2.0: sentences 12/13 (P 0.80), speakers 0/1, reported P 1.00 R 0.67, outlets 0/1, entity kinds 5/6, dates
// P 0.80 R 0.67. Now every element 1.00 but entities (F1 0.86: two schools named by one word before a common noun).
// kelmouth-hospital-waits, written next for the same rules on other wording, measured with 0.2.0: sentences 8/9 (P 0.80),
// speakers 0/1, reported P 1.00 R 0.57, outlets 0/1, entity kinds 4/6, quantities R 0.67, dates P 0.80 R 0.80. Then
// fixed: a hospital's name, "the trust", "Patient groups" opening a sentence, two reports joined by a semicolon,
// "rose by a quarter". Then every element 1.00 but quantities (R 0.86: "two ambulances", a count in words), which 0.4.0
// reads where a count in words is its clause's subject, so now every element 1.00.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { compileAnnotation } from '../../src/authoring/compile.js';
import type { ArticleAnnotation } from '../../src/authoring/format.js';
import { extractArticle, formatScores, scoreDraft } from '../../src/extract/index.js';
import { validate } from '../../src/validate/index.js';

const SLUGS = ['ostmark-bridge-tender', 'lunden-water-permit', 'kestrel-airline-strike', 'tarnby-school-merger', 'kelmouth-hospital-waits'];
/** Elements an article does not reach 1.00 on, with the reason; none since counts in words that are a clause's subject are read. */
const BELOW_ONE: Record<string, Partial<Record<string, number>>> = {};
const SENTENCES = JSON.parse(readFileSync('data/dev-articles/sentences.json', 'utf8')) as Record<string, string[]>;

describe('extractArticle on the development articles', () => {
  for (const slug of SLUGS) {
    it(slug, async () => {
      const text = readFileSync(`data/dev-articles/${slug}.txt`, 'utf8');
      const gold = parse(readFileSync(`data/dev-articles/${slug}.yaml`, 'utf8')) as ArticleAnnotation;
      const draft = extractArticle(text, { id: slug, published: String(gold.article.published) });
      const s = scoreDraft(draft, gold, text, { sentences: SENTENCES[slug]! });
      process.stdout.write(`${formatScores(`${slug} (development)`, s)}\n`);
      for (const key of [
        'sentences',
        'quotationParts',
        'quotationSpeakers',
        'reported',
        'reportedHolders',
        'hedges',
        'polarity',
        'outlets',
        'quantities',
        'dates',
      ] as const) {
        expect(s[key]!.f1, key).toBeGreaterThanOrEqual(BELOW_ONE[slug]?.[key] ?? 1);
      }
      expect(s.entityTypes.accuracy).toBe(1);
      expect(s.entities.f1).toBeGreaterThanOrEqual(0.85);
      const report = await validate(compileAnnotation(draft, text).quads);
      expect(report.problems.filter((p) => p.severity === 'violation').map((p) => p.message)).toEqual([]);
    });
  }
});
