// A misspelt key in an annotation is an error at its line, with the key meant, never ignored.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { compileAnnotationSource } from '../../src/authoring/read.js';
import { unknownKeys } from '../../src/authoring/keys.js';
import { bundledArticles } from '../../src/bundled.js';
import { AnnotationError } from '../../src/errors.js';
import { packagePath } from '../../src/paths.js';
import { parse } from 'yaml';

const file = packagePath('data', 'articles', 'kessel-denies-fault.yaml');
const source = readFileSync(file, 'utf8');
const compile = (text: string) => compileAnnotationSource(text, { file });

describe('unknown annotation keys', () => {
  it('finds none in the bundled annotations', () => {
    for (const slug of bundledArticles()) expect(unknownKeys(parse(readFileSync(packagePath('data', 'articles', `${slug}.yaml`), 'utf8'))), slug).toEqual([]);
  });

  it('names the line, the place and the key meant, in claims, quotations, entities and the article', () => {
    const cases: [string, string, RegExp][] = [
      ['    sameClaim: halvorsen', '    sameClaimAs: halvorsen', /:\d+: unknown key "sameClaimAs" in claims\[5\]; did you mean "sameClaim"\?/],
      ['    worksFor: kessel-components', '    worksfor: kessel-components', /unknown key "worksfor" in entities\.per-aaland; did you mean "worksFor"\?/],
      ['  published: 2025-04-12', '  publishd: 2025-04-12', /unknown key "publishd" in article; did you mean "published"\?/],
      [
        '    supports: [thermostat-not-cause]\n    about: [thermostat, kessel-test-records]',
        '    suports: [thermostat-not-cause]\n    about: [thermostat, kessel-test-records]',
        /in quotations\[0\]; did you mean "supports"\?/,
      ],
    ];
    for (const [from, to, message] of cases) {
      expect(source.includes(from), from).toBe(true);
      const broken = source.replace(from, to);
      let error: unknown;
      try {
        compile(broken);
      } catch (e) {
        error = e;
      }
      expect(error, to).toBeInstanceOf(AnnotationError);
      expect((error as Error).message).toMatch(message);
      // the line given is the line of the misspelt key
      const line = (error as AnnotationError).line!;
      expect(broken.split('\n')[line - 1]).toContain(to.trim().split(':')[0]);
    }
  });

  it('catches a comma in a flow mapping that turned the rest of a label into a key', () => {
    const broken = source.replace('label: Nordhavn (invented town)', 'label: Nordhavn, a town (invented)');
    expect(() => compile(broken)).toThrow(/unknown key "a town \(invented\)" in entities\.nordhavn/);
  });
});
