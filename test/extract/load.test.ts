// kg.loadFile('x.txt', { extract: true }): the draft graph of raw text, marked machine-made.
import { describe, expect, it } from 'vitest';
import { ClaimGraph } from '../../src/index.js';
import { cg } from '../../src/vocab.js';

const TEXT = new URL('../../data/articles/envoys-tomahawk-question.txt', import.meta.url).pathname;

describe('loading raw text with extract: true', () => {
  it('loads the draft, every statement annotated by the program with a confidence below 1', async () => {
    const kg = new ClaimGraph();
    const report = await kg.loadFile(TEXT, { extract: true });
    expect(report.articles).toEqual(['https://w3id.org/claimgraph/article/envoys-tomahawk-question']);
    const statements = kg.statements();
    expect(statements.length).toBeGreaterThan(5);
    for (const s of statements) {
      expect(s.annotator?.label, s.iri).toMatch(/claimgraph-extract/);
      expect(s.confidence, s.iri).toBeLessThan(1);
    }
    // the quotation the text prints, with its speaker
    expect(kg.quotations().some((q) => q.text.includes('Every month of delay is a month Vladimir Putin counts as a victory'))).toBe(true);
    expect(kg.store.countQuads(null, cg.annotatedBy, null, null)).toBeGreaterThan(statements.length);
    await kg.close();
  });

  it('leaves the graph as it was when the text cannot be read', async () => {
    const kg = new ClaimGraph();
    await expect(kg.loadFile(`${TEXT}.missing`, { extract: true })).rejects.toThrow(/cannot read the file/);
    expect(kg.size).toBe(0);
  });
});
