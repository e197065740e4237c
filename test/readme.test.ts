// Every ```ts block of the README runs, and prints what its `// →` comments say.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const blocks = [...readme.matchAll(/```ts\n([\s\S]*?)```/g)].map((m) => m[1]!);
const outDir = join(root, 'test-output', 'readme');

/** The expected output: each `// → text` comment, in order (a `…` ending means "starts with"). */
function expectations(code: string): string[] {
  return [...code.matchAll(/\/\/ → (.*)$/gm)].map((m) => m[1]!.trim());
}

describe('README examples', () => {
  it('has examples to run', () => {
    expect(blocks.length).toBeGreaterThanOrEqual(5);
  });

  blocks.forEach((code, i) => {
    const first =
      code
        .split('\n')
        .find((l) => l.startsWith('//'))
        ?.slice(2)
        .trim() ?? `block ${i + 1}`;
    it(`runs example ${i + 1}: ${first}`, () => {
      mkdirSync(outDir, { recursive: true });
      const file = join(outDir, `example-${i + 1}.ts`);
      writeFileSync(file, code);
      const output = execFileSync(process.execPath, ['--import', 'tsx', file], { cwd: root, encoding: 'utf8', timeout: 60_000 });
      const printed = output.trimEnd().split('\n');
      const expected = expectations(code);
      expect(printed.length, output).toBeGreaterThanOrEqual(expected.length);
      expected.forEach((want, j) => {
        const got = printed[j]!.trim();
        if (want.endsWith('…')) expect(got.startsWith(want.slice(0, -1)), `line ${j + 1}: ${got}`).toBe(true);
        else expect(got, `line ${j + 1}`).toBe(want);
      });
    });
  });
});
