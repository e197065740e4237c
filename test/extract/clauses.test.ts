// Main clauses of a sentence in the article's own voice: cut at "; " and ", and" / ", but" where
// both sides are finite clauses, left whole where they are not.
import { describe, expect, it } from 'vitest';
import { compileAnnotation } from '../../src/authoring/compile.js';
import { clausesOf } from '../../src/extract/clauses.js';
import { extractArticle } from '../../src/extract/index.js';
import { validate } from '../../src/validate/index.js';

const cut = (s: string) => clausesOf(s, { begin: 0, end: s.length }).map((c) => s.slice(c.begin, c.end));
const evidence = (e: string | { text: string }) => (typeof e === 'string' ? e : e.text);

describe('clausesOf', () => {
  it('cuts at a semicolon and at ", and" or ", but" between two finite clauses', () => {
    expect(cut('The ferry sank on Monday; its crew was rescued by a trawler.')).toEqual(['The ferry sank on Monday', 'its crew was rescued by a trawler.']);
    expect(cut('Fares rose in May, and the council cut the evening service.')).toEqual(['Fares rose in May', 'the council cut the evening service.']);
    expect(cut('The pier was closed, but Lunden Council reopened it in July.')).toEqual(['The pier was closed', 'Lunden Council reopened it in July.']);
    expect(cut('The port had shut; it will reopen, and the ferries will run again.')).toEqual([
      'The port had shut',
      'it will reopen',
      'the ferries will run again.',
    ]);
  });

  it('cuts before a clause a negative quantifier opens, its verb in the present', () => {
    expect(cut('No decision has been announced, and nothing in this account shows that the pier was sold.')).toEqual([
      'No decision has been announced',
      'nothing in this account shows that the pier was sold.',
    ]);
  });

  it('leaves a list, a shared subject and a clause without a finite verb whole', () => {
    for (const s of [
      'Ferries, buses, and trains were cancelled.',
      'The council met in June, and closed the old pier.',
      'A long, cold winter; the ferries were idle.',
      'The ferry sank on Monday, and so did the tug.',
    ])
      expect(cut(s)).toEqual([s]);
  });

  it('does not cut inside a quotation', () => {
    const s = 'The sign read “The pier was closed; the ferry sailed.”';
    expect(clausesOf(s, { begin: 0, end: s.length }, (at) => at > s.indexOf('“'))).toEqual([{ begin: 0, end: s.length }]);
  });
});

describe('statements in the article’s own voice', () => {
  it('are one per main clause, each with its own polarity, and a clause beside a report is one of its own', async () => {
    const text =
      'The ferry sank on Monday; its crew was not hurt. Fares rose in May, and the council cut the evening service. The pier was closed; the coastguard said that nobody was hurt in the accident.';
    const d = extractArticle(text);
    const voice = (d.claims ?? []).filter((c) => c.holder === 'article');
    expect(voice.map((c) => [evidence(c.evidence), c.polarity])).toEqual([
      ['The ferry sank on Monday', undefined],
      ['its crew was not hurt.', { value: 'negated', cue: 'not' }],
      ['Fares rose in May', undefined],
      ['the council cut the evening service.', undefined],
      ['The pier was closed', undefined],
    ]);
    const report = await validate(compileAnnotation(d, text).quads);
    expect(report.problems.filter((p) => p.severity === 'violation').map((p) => p.message)).toEqual([]);
  });
});
