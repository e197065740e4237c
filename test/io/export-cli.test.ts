// `claimgraph export --format nanopub|claimreview`, run from the sources (no build needed).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Parser } from 'n3';
import { describe, expect, it } from 'vitest';
import { loadArticle } from '../../src/bundled.js';
import { CURATOR, haldenAnnotation } from './fixture.js';

const root = new URL('../..', import.meta.url).pathname;
const run = (args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', join(root, 'src/cli/main.ts'), ...args], { cwd: root, encoding: 'utf8', timeout: 60_000 });
const ok = (args: string[]) => {
  const r = run(args);
  expect(r.status, `${args.join(' ')}\n${r.stderr}`).toBe(0);
  return r.stdout;
};

describe('export command', () => {
  it('writes one nanopublication per statement of the bundled article', async () => {
    const statements = (await loadArticle()).store.getQuads(null, 'https://w3id.org/claimgraph/ns#content' as never, null, null).length;
    const quads = new Parser({ format: 'application/trig' }).parse(ok(['export', '--format', 'nanopub']));
    expect(statements).toBeGreaterThan(0);
    expect(quads.filter((q) => q.object.value === 'http://www.nanopub.org/nschema#Nanopublication')).toHaveLength(statements);
  });

  it('writes the verdicts of an annotation as ClaimReview JSON-LD', () => {
    const file = join(mkdtempSync(join(tmpdir(), 'claimgraph-')), 'halden.yaml');
    writeFileSync(file, haldenAnnotation(CURATOR));
    const reviews = JSON.parse(ok(['export', '--format', 'claimreview', '--data', file]));
    expect(reviews).toHaveLength(3);
    expect(reviews[0]).toMatchObject({ '@context': 'https://schema.org', '@type': 'ClaimReview' });
  });

  it('lists the new formats when the format is unknown', () => {
    const r = run(['export', '--format', 'nanopubs-please']);
    expect(r.status).not.toBe(0);
    expect(r.stderr).toMatch(/nanopub, claimreview/);
  });
});
