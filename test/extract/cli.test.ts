// claimgraph extract, driven through its commander definition: a draft YAML that the compiler
// reads back, the compiled graph in the RDF formats, and one file per text for a folder.
import { copyFileSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { Parser } from 'n3';
import { parse, stringify } from 'yaml';
import type { ArticleAnnotation } from '../../src/authoring/format.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compileAnnotationFile } from '../../src/authoring/read.js';
import { registerExtract } from '../../src/cli/commands/extract.js';

async function run(args: string[], command = 'extract'): Promise<string> {
  const program = new Command('claimgraph').exitOverride();
  registerExtract(program);
  let out = '';
  const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((out += String(chunk)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    await program.parseAsync(['node', 'claimgraph', command, ...args]);
  } finally {
    write.mockRestore();
    err.mockRestore();
  }
  return out;
}

afterEach(() => vi.restoreAllMocks());

describe('claimgraph extract', () => {
  const dir = mkdtempSync(join(tmpdir(), 'claimgraph-extract-'));
  const text = 'Ilse Dorn, an invented minister, said that the bridge would reopen. “We are ready,” Dorn said.';
  writeFileSync(join(dir, 'bridge.txt'), text);
  writeFileSync(join(dir, 'ferry.txt'), 'The ferry will resume service in May, a person familiar with the plans said.');

  it('writes a draft annotation that compiles beside its text', async () => {
    await run([join(dir, 'bridge.txt'), '--out', join(dir, 'bridge.yaml')]);
    const yaml = readFileSync(join(dir, 'bridge.yaml'), 'utf8');
    expect(yaml).toContain('name: claimgraph-extract');
    expect(yaml).toContain('text: bridge.txt');
    const compiled = compileAnnotationFile(join(dir, 'bridge.yaml'));
    expect(compiled.quads.length).toBeGreaterThan(50);
  });

  it('writes the compiled graph as TriG, N-Quads or JSON-LD', async () => {
    const trig = await run([join(dir, 'bridge.txt'), '--format', 'trig']);
    expect(new Parser({ format: 'TriG' }).parse(trig).length).toBeGreaterThan(50);
    const nq = await run([join(dir, 'bridge.txt'), '--format', 'nquads']);
    expect(new Parser({ format: 'N-Quads' }).parse(nq).length).toBe(new Parser({ format: 'TriG' }).parse(trig).length);
    const jsonld = JSON.parse(await run([join(dir, 'bridge.txt'), '--format', 'jsonld']));
    expect(jsonld).toBeTypeOf('object');
  });

  it('drafts every text of a folder into a folder', async () => {
    const out = join(dir, 'drafts');
    await run([dir, '--out', out]);
    expect(readdirSync(out).sort()).toEqual(['bridge.yaml', 'ferry.yaml']);
    expect(compileAnnotationFile(join(out, 'ferry.yaml')).slug).toBe('ferry');
  });

  it('shows what the curator changed between a draft and its corrected annotation', async () => {
    const at = mkdtempSync(join(tmpdir(), 'claimgraph-diff-'));
    copyFileSync('data/dev-articles/kestrel-airline-strike.txt', join(at, 'kestrel.txt'));
    await run([join(at, 'kestrel.txt'), '--out', join(at, 'draft.yaml')]);
    // The curator's corrections: a quotation re-attributed, a statement dropped, an entity retyped, a statement added.
    const fixed = parse(readFileSync(join(at, 'draft.yaml'), 'utf8')) as ArticleAnnotation;
    const asking = fixed.quotations!.find((q) => JSON.stringify(q.parts).includes('asking the union'))!;
    asking.holder = 'cabin-crew-united';
    fixed.claims = fixed.claims!.filter((c) => !JSON.stringify(c.evidence).startsWith('"The authority said'));
    const vestbladet = Object.values(fixed.entities).find((e) => e.label === 'Vestbladet')!;
    vestbladet.type = 'Company';
    fixed.claims.push({ id: 'put-at-340', label: 'The airline put the figure at 340', evidence: 'had earlier put the figure at 340', holder: 'unspecified' });
    writeFileSync(join(at, 'kestrel.yaml'), stringify(fixed));

    const out = await run([join(at, 'draft.yaml'), join(at, 'kestrel.yaml')], 'diff');
    expect(out).toMatch(/quotations: 0 added, 0 removed, 1 changed/);
    expect(out).toMatch(/speaker: paul-verhoeven \(Paul Verhoeven\) → cabin-crew-united/);
    expect(out).toMatch(/- claim-\d+: The authority said airlines must refund cancelled tickets within seven days\./);
    expect(out).toMatch(/\+ put-at-340: had earlier put the figure at 340/);
    expect(out).toMatch(/~ vestbladet: Vestbladet\n\s+type: NewsOutlet → Company/);
    // The same through extract --diff, and as JSON.
    expect(await run(['--diff', join(at, 'draft.yaml'), join(at, 'kestrel.yaml')])).toBe(out);
    const json = JSON.parse(await run([join(at, 'draft.yaml'), join(at, 'kestrel.yaml'), '--json'], 'diff'));
    expect(json.changes.filter((c: { change: string }) => c.change === 'removed').map((c: { element: string }) => c.element)).toEqual(['statement']);
    // A draft diffed against itself has no changes.
    expect(await run([join(at, 'draft.yaml'), join(at, 'draft.yaml')], 'diff')).toMatch(
      /quotations: 0 added, 0 removed, 0 changed\nstatements: 0 added, 0 removed, 0 changed\nentities: 0 added, 0 removed, 0 changed/,
    );
  });
});
