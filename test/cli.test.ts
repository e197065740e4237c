// The command line, run as users run it: the built dist/cli.js.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { Parser } from 'n3';
import { beforeAll, describe, expect, it } from 'vitest';

const root = new URL('..', import.meta.url).pathname;
const cli = `${root}dist/cli.js`;
const run = (args: string[], input?: string) => spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8', input, timeout: 60_000 });
const ok = (args: string[], input?: string) => {
  const r = run(args, input);
  expect(r.status, r.stderr).toBe(0);
  return r.stdout;
};

beforeAll(() => {
  if (!existsSync(cli)) execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
});

describe('claimgraph CLI', () => {
  it('summary: counts and answers with evidence', () => {
    const out = ok(['summary']);
    expect(out).toContain('46 entities · 19 claims · 7 quotations · 3 weapons systems · 12 sources');
    expect(out).toContain('Donald Trump: 3');
    expect(out).toContain('2. David Ignatius’s recent Washington Post article (The Washington Post)');
    expect(out).toContain('closed-door meeting of Trump with aides: 2025-01');
    expect(out).toContain('Is it asserted anywhere that Ukraine received Tomahawks? No:');
    expect(out).toMatch(/evidence \[97–196\]: In a dramatic escalation/);
    expect(out).not.toMatch(/\x1b\[/);
  });

  it('query in every format, from text, a named query, a file and stdin', () => {
    const csv = ok(['query', '--named', 'cq-4', '--format', 'csv']);
    expect(csv.split('\r\n')[0]).toBe('speaker,label,quotations');
    expect(csv).toContain(',Donald Trump,3');
    const tsv = ok(['query', '--named', 'cq-4', '--format', 'tsv']);
    expect(tsv.split('\n')[0]).toBe('?speaker\t?label\t?quotations');
    const json = JSON.parse(ok(['query', '--named', 'cq-11', '--format', 'json']));
    expect(json.map((r: { label: string }) => r.label).sort()).toEqual(['Donbass', 'Iran', 'Moscow', 'Russia', 'St. Petersburg', 'Ukraine', 'United States']);
    const sj = JSON.parse(ok(['query', 'SELECT ?l WHERE { ?w a cg:WeaponSystem ; rdfs:label ?l }', '--format', 'sparql-json']));
    expect(sj.head.vars).toEqual(['l']);
    expect(sj.results.bindings).toHaveLength(3);
    expect(ok(['query', '-'], 'ASK { id:atacms a cg:WeaponSystem }').trim()).toBe('true');
    expect(ok(['query', '-f', 'src/sparql/queries/cq-16.rq']).trim()).toBe('false');
    const ttl = ok(['query', 'CONSTRUCT { ?q schema:author ?s } WHERE { ?q a schema:Quotation ; prov:wasAttributedTo ?s }']);
    expect(new Parser().parse(ttl)).toHaveLength(7);
  });

  it('binds parameters, hostile ones included, without pasting them into the query', () => {
    expect(ok(['query', 'SELECT ?q WHERE { ?q cg:hedge/skos:notation ?h }', '--bind', 'h=reportedly', '--format', 'csv']).trim().split('\r\n')).toHaveLength(3);
    expect(ok(['query', 'SELECT ?q WHERE { ?q cg:hedge/skos:notation ?h }', '--bind', 'h=x" } ; DROP ALL ; #', '--format', 'csv']).trim()).toBe('q');
  });

  it('lists with filters', () => {
    expect(JSON.parse(ok(['quotations', '--speaker', 'Ignatius', '--format', 'json'])).map((q: { channel: string }) => q.channel)).toEqual(['interview', 'written']);
    expect(ok(['claims', '--hedge', 'claimed', '--format', 'csv'])).toContain('Duma officials');
    expect(JSON.parse(ok(['entities', '--type', 'place', '--format', 'json']))).toHaveLength(7);
    expect(JSON.parse(ok(['weapons', '--format', 'json'])).find((w: { label: string }) => w.label === 'ATACMS').range.value).toBe(300);
    expect(ok(['sources', '--format', 'tsv'])).toContain('The Washington Post');
  });

  it('evidence, attribution, path and neighbours', () => {
    expect(ok(['evidence', 'considered-supply', '--format', 'json'])).toContain('"begin": 97');
    expect(ok(['attribution', 'considered-supply', '--format', 'csv'])).toContain('David Ignatius’s recent Washington Post article');
    expect(ok(['path', 'David Ignatius', 'Moscow', '--format', 'csv'])).toContain('Moscow');
    expect(JSON.parse(ok(['neighbors', 'Ignatius', '--depth', '1', '--format', 'json'])).some((n: { label: string }) => n.label === 'The Washington Post')).toBe(true);
  });

  it('exports RDF that reads back, and graph-tool formats', () => {
    expect(new Parser({ format: 'application/trig' }).parse(ok(['export', '--format', 'trig'])).length).toBe(1996);
    expect(new Parser({ format: 'application/n-quads' }).parse(ok(['export', '--format', 'nquads'])).length).toBe(1996);
    expect(JSON.parse(ok(['export', '--format', 'jsonld']))['@context']).toBeDefined();
    expect(ok(['export', '--format', 'graphml'])).toContain('<graphml');
    expect(ok(['export', '--format', 'svg', '--node', 'Ignatius'])).toMatch(/^<svg/);
    expect(ok(['export', '--format', 'html'])).toMatch(/^<!doctype html>/i);
  });

  it('validates files and loads other data', () => {
    expect(ok(['validate', 'data/articles/trump-tomahawks.yaml'])).toContain('valid');
    expect(ok(['summary', '--data', 'data/articles/trump-tomahawks.trig'])).toContain('7 quotations');
  });

  it('exit 1 with a one-line fix for user errors, 2 for bad usage', () => {
    const unknown = run(['entity', 'Putn']);
    expect(unknown.status).toBe(1);
    expect(unknown.stderr.trim().split('\n')).toHaveLength(1);
    expect(unknown.stderr).toMatch(/Did you mean "Vladimir Putin"/);
    expect(run(['summary', '--data', 'no-such-file.ttl']).status).toBe(1);
    expect(run(['query', 'SELECT ?x WHERE { ?x ?p }']).stderr).toMatch(/line 1/);
    expect(run(['summary', '--no-such-option']).status).toBe(2);
    expect(run(['frobnicate']).status).toBe(2);
  });

  it('help on each command shows an example', () => {
    for (const cmd of ['summary', 'query', 'claims', 'export', 'validate', 'path']) expect(ok([cmd, '--help'])).toContain('Example:');
  });
});
