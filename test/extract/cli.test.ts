// claimgraph extract, driven through its commander definition: a draft YAML that the compiler
// reads back, the compiled graph in the RDF formats, and one file per text for a folder.
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { Parser } from 'n3';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { compileAnnotationFile } from '../../src/authoring/read.js';
import { registerExtract } from '../../src/cli/commands/extract.js';

async function run(args: string[]): Promise<string> {
  const program = new Command('claimgraph').exitOverride();
  registerExtract(program);
  let out = '';
  const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => ((out += String(chunk)), true));
  const err = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    await program.parseAsync(['node', 'claimgraph', 'extract', ...args]);
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
});
