// The extractor on invented articles written after its first rules, scored against gold annotated
// by hand before any draft of them was looked at. The first figures below were measured before
// any rule was changed for them; the misses they showed (appositions after a quote, "“A,” he
// said, “B”", "sources said on Tuesday", "said in a statement that", denials of a noun, names
// after "the") were then fixed by general rules with tests of their own, so the figures now are no
// longer held out: new untuned articles are needed for that. Floors: the current figures, rounded down.
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { compileAnnotation } from '../../src/authoring/compile.js';
import type { ArticleAnnotation } from '../../src/authoring/format.js';
import { extractArticle, formatScores, scoreDraft } from '../../src/extract/index.js';
import { validate } from '../../src/validate/index.js';

// First measured, untuned: velmar-strike parts 5/5, speakers 4/4, reported P 1.00 R 0.57, holders 4/4,
// hedges P 1.00 R 0.60, entities F1 0.95; black-sea-insurers parts 2/3, speakers 1/1, reported
// P 1.00 R 0.50, holders 2/3, hedges P 1.00 R 0.75, entities F1 0.88. After the fixes: parts, speakers,
// reported, holders and hedges all 1.00 on both; entities F1 0.95 and 0.94.
const FLOORS: Record<string, { parts: number; speakers: number; reported: number; hedges: number; entities: number }> = {
  'velmar-strike': { parts: 1, speakers: 1, reported: 0.95, hedges: 0.95, entities: 0.9 },
  'black-sea-insurers': { parts: 1, speakers: 1, reported: 0.95, hedges: 0.95, entities: 0.9 },
};
const FIXTURES = Object.keys(FLOORS);

describe('extractArticle on untuned invented articles', () => {
  for (const slug of FIXTURES) {
    it(slug, async () => {
      const text = readFileSync(`test/extract/fixtures/${slug}.txt`, 'utf8');
      const gold = parse(readFileSync(`test/extract/fixtures/${slug}.yaml`, 'utf8')) as ArticleAnnotation;
      const draft = extractArticle(text, { id: slug });
      const scores = scoreDraft(draft, gold, text);
      process.stdout.write(`${formatScores(`${slug} (untuned)`, scores)}\n`);
      const f = FLOORS[slug]!;
      expect(scores.quotationParts.recall).toBeGreaterThanOrEqual(f.parts);
      expect(scores.speakers.accuracy).toBeGreaterThanOrEqual(f.speakers);
      expect(scores.reported.recall).toBeGreaterThanOrEqual(f.reported);
      expect(scores.hedges.recall).toBeGreaterThanOrEqual(f.hedges);
      expect(scores.entities.f1).toBeGreaterThanOrEqual(f.entities);
      const report = await validate(compileAnnotation(draft, text).quads);
      expect(report.problems.filter((p) => p.severity === 'violation').map((p) => p.message)).toEqual([]);
    });
  }
});
