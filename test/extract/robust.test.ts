// Whatever the text, the draft compiles and passes the checks beyond SHACL: random articles put
// together from invented sentences of every shape the rules know, and of shapes they do not.
import fc from 'fast-check';
import { Store } from 'n3';
import { describe, expect, it } from 'vitest';
import { compileAnnotation } from '../../src/authoring/compile.js';
import { generateCorpus } from '../../bench/generate.js';
import { extractArticle } from '../../src/extract/index.js';
import { beyondShacl, validate } from '../../src/validate/index.js';

const NAMES = [
  'Mara Quill',
  'Quill',
  'Tobias Renn',
  'Renn',
  'he',
  'she',
  'a senior official',
  'Some analysts',
  'The Coast Times',
  'the Harbour Council',
  'Politico',
  'Others',
];
const PLACES = ['Kyiv', 'Moscow', 'Brussels', 'St.\nPetersburg', 'the U.S.', 'Oskarby'];
const VERBS = ['said', 'told reporters', 'claimed', 'denied', 'warned', 'noted', 'suggested', 'reportedly said', 'wrote'];
const CLAUSES = ['the bridge would reopen', 'talks could resume in May', 'prices may rise', 'nothing was agreed', 'the port is said to be closed'];

const sentence = fc.oneof(
  fc.tuple(fc.constantFrom(...NAMES), fc.constantFrom(...VERBS), fc.constantFrom(...CLAUSES)).map(([n, v, c]) => `${n} ${v} that ${c}.`),
  fc
    .tuple(fc.constantFrom(...CLAUSES), fc.constantFrom(...NAMES), fc.constantFrom(...VERBS))
    .map(([c, n, v]) => `“${c[0]!.toUpperCase()}${c.slice(1)},” ${n} ${v}.`),
  fc.tuple(fc.constantFrom(...CLAUSES), fc.constantFrom(...NAMES)).map(([c, n]) => `“${c},” said ${n}. “We will see.”`),
  fc.tuple(fc.constantFrom(...NAMES), fc.constantFrom(...CLAUSES)).map(([n, c]) => `According to ${n}, ${c}.`),
  fc.tuple(fc.constantFrom(...PLACES), fc.constantFrom(...CLAUSES)).map(([p, c]) => `In ${p}, ${c}.`),
  fc.tuple(fc.constantFrom(...NAMES), fc.constantFrom(...CLAUSES)).map(([n, c]) => `${n} said "${c}" on Monday.`),
  fc.constantFrom('The so-called “plan” was published.', 'No decision has been announced.', 'KYIV — Envoys met.', 'Talks stall\n', 'He said.', '“Unfinished'),
);

describe('extractArticle on any text', () => {
  it('drafts an annotation that compiles and has no violations', () => {
    fc.assert(
      fc.property(fc.array(sentence, { minLength: 1, maxLength: 8 }), fc.constantFrom(' ', '\n', '\n\n'), (sentences, glue) => {
        const text = sentences.join(glue);
        const draft = extractArticle(text, { id: 'random-article' });
        const compiled = compileAnnotation(draft, text);
        const violations = beyondShacl(new Store(compiled.quads)).filter((p) => p.severity === 'violation');
        expect(violations.map((p) => p.message)).toEqual([]);
      }),
      { numRuns: 150, seed: 14 },
    );
  });

  it('drafts the corpus generator’s article texts without violations, the shapes included', async () => {
    const isString = '<http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#isString>';
    const texts = generateCorpus({ triples: 14_000, seed: 7 })
      .nquads.split('\n')
      .filter((l) => l.includes(isString))
      .map((l) => {
        const literal = l.slice(l.indexOf(isString) + isString.length).trim();
        return JSON.parse(literal.slice(0, literal.lastIndexOf('"') + 1)) as string;
      });
    expect(texts.length).toBeGreaterThanOrEqual(6);
    for (const [i, text] of texts.entries()) {
      const draft = extractArticle(text, { id: `generated-${i}`, published: '2025-06-01' });
      const report = await validate(compileAnnotation(draft, text).quads);
      expect(report.problems.filter((p) => p.severity === 'violation').map((p) => p.message)).toEqual([]);
    }
  });
});
