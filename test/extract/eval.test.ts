// npm run eval end to end: the table per group on stdout and every figure in the JSON file.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

describe('scripts/eval.ts', () => {
  it('prints a table per group and writes the figures of every article as JSON', () => {
    const out = join(mkdtempSync(join(tmpdir(), 'claimgraph-eval-')), 'eval.json');
    const stdout = execFileSync(process.execPath, ['--import', 'tsx', 'scripts/eval.ts', '--out', out], { encoding: 'utf8' });
    for (const group of ['bundled, tuned', 'fixtures, tuned', 'development', 'held-out', 'held-out, written after the rules'])
      expect(stdout).toContain(`${group}: `);
    expect(stdout).toMatch(/quotations \(exact parts\)\s+1\.00\s+1\.00\s+1\.00\s+18\s+0\s+0/);
    const json = JSON.parse(readFileSync(out, 'utf8')) as {
      groups: Record<string, { articles: string[]; totals: Record<string, { tp: number; fp: number; fn: number }> }>;
      articles: { slug: string }[];
    };
    expect(json.groups['held-out']!.articles).toEqual(['riverton-library-cuts', 'halvorsen-kettle-recall', 'marlow-doping-case']);
    expect(json.articles).toHaveLength(14);
    // Every element is scored in every group that has something of it.
    expect(Object.keys(json.groups.development!.totals).sort()).toEqual(
      [
        'dates',
        'entities',
        'hedges',
        'outlets',
        'polarity',
        'quantities',
        'quotationParts',
        'quotationSpeakers',
        'quotations',
        'reported',
        'reportedHolders',
        'sentences',
      ].sort(),
    );
  });
});
