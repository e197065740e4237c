// The published package as a consumer gets it: packed with npm pack, installed into a project of
// its own with nothing but its declared dependencies beside it, then type-checked with skipLibCheck
// off (nodenext from ESM and from CommonJS, and bundler resolution) and run from both formats.
// attw and publint check the same tarball. Offline: the dependencies are links into this
// repository's node_modules, so anything the package imports without declaring it is not found.
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const fixture = new URL('./consumer/', import.meta.url).pathname;
const bin = (name: string) => join(root, 'node_modules', '.bin', name);
const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  dependencies: Record<string, string>;
  peerDependencies?: Record<string, string>;
};

let tmp = '';
let tarball = '';
let project = '';

/** A link in the consumer's node_modules to this repository's copy of a package. */
function link(name: string): void {
  const at = join(project, 'node_modules', name);
  mkdirSync(dirname(at), { recursive: true });
  symlinkSync(join(root, 'node_modules', name), at, 'dir');
}

function run(command: string, args: string[], cwd = project) {
  const r = spawnSync(command, args, { cwd, encoding: 'utf8', timeout: 120_000, env: { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' } });
  return { status: r.status, output: `${r.stdout ?? ''}${r.stderr ?? ''}${r.error ? String(r.error) : ''}` };
}

beforeAll(() => {
  if (!existsSync(join(root, 'dist', 'index.js'))) throw new Error('dist/ is missing: run npm run build first (npm test does)');
  tmp = mkdtempSync(join(tmpdir(), 'claimgraph-consumer-'));
  const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', tmp], { cwd: root, encoding: 'utf8' })) as { filename: string }[];
  tarball = join(tmp, packed[0]!.filename);

  project = join(tmp, 'project');
  mkdirSync(join(project, 'node_modules'), { recursive: true });
  execFileSync('tar', ['xzf', tarball, '-C', join(project, 'node_modules')]);
  renameSync(join(project, 'node_modules', 'package'), join(project, 'node_modules', 'claimgraph'));
  // What npm would install: the dependencies (not the optional peer), and the consumer's own @types/node.
  for (const name of Object.keys(pkg.dependencies)) link(name);
  link('@types/node');
  writeFileSync(
    join(project, 'package.json'),
    JSON.stringify({
      name: 'consumer',
      private: true,
      type: 'module',
      dependencies: { claimgraph: `file:${tarball}` },
      devDependencies: { '@types/node': '*' },
    }),
  );
  // One program, as an ES module, a CommonJS module and a bundler-resolved module.
  for (const ext of ['mts', 'cts', 'ts']) copyFileSync(join(fixture, 'app.ts'), join(project, `app.${ext}`));
  const options = { strict: true, skipLibCheck: false, noEmit: true, target: 'es2022', types: ['node'] };
  const config = (name: string, compilerOptions: object, files: string[]) =>
    writeFileSync(join(project, name), JSON.stringify({ compilerOptions: { ...options, ...compilerOptions }, files }));
  config('tsconfig.nodenext.json', { module: 'nodenext', moduleResolution: 'nodenext' }, ['app.mts', 'app.cts']);
  config('tsconfig.bundler.json', { module: 'preserve', moduleResolution: 'bundler' }, ['app.ts']);
}, 120_000);

afterAll(() => {
  if (tmp) rmSync(tmp, { recursive: true, force: true });
});

describe('the packed package', () => {
  it('ships the built code and what it reads at run time, and no sources', () => {
    const files = execFileSync('tar', ['tzf', tarball], { encoding: 'utf8' }).split('\n');
    expect(files).toContain('package/dist/index.js');
    expect(files).toContain('package/dist/index.d.cts');
    expect(files).toContain('package/dist/client.bundle.js');
    expect(files).toContain('package/dist/queries/cq-1.rq');
    expect(files).toContain('package/LICENSE');
    expect(files.filter((f) => f.startsWith('package/src/'))).toEqual([]);
  });

  it('imports only declared packages and Node built-ins, and inlines none', () => {
    const declared = new Set([...Object.keys(pkg.dependencies), ...Object.keys(pkg.peerDependencies ?? {})]);
    const builtins = new Set(builtinModules);
    const dist = join(project, 'node_modules', 'claimgraph', 'dist');
    const code = readdirSync(dist).filter((f) => /\.c?js$/.test(f) && f !== 'client.bundle.js');
    expect(code.length).toBeGreaterThan(0);
    for (const file of code) {
      const text = readFileSync(join(dist, file), 'utf8');
      // esbuild heads every module it inlines with a comment naming its path.
      const inlined = [...text.matchAll(/^\/\/ (node_modules\/\S+)/gm)].map((m) => m[1]).filter((p) => !p!.startsWith('node_modules/tsup/'));
      expect(inlined, file).toEqual([]);
      const specifiers = [...text.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\brequire\s*\(\s*)["']([^"'./][^"']*)["']/g)].map((m) => m[1]!);
      const packages = specifiers.map((s) => (s.startsWith('@') ? s.split('/').slice(0, 2).join('/') : s.split('/')[0]!));
      const undeclared = packages.filter((p) => !p.startsWith('node:') && !builtins.has(p) && !declared.has(p));
      expect([...new Set(undeclared)], file).toEqual([]);
    }
  });

  it('declares every package its types import (or its @types package)', () => {
    const declared = new Set(Object.keys(pkg.dependencies));
    for (const file of ['index.d.ts', 'index.d.cts']) {
      const text = readFileSync(join(project, 'node_modules', 'claimgraph', 'dist', file), 'utf8');
      const packages = [...text.matchAll(/^import .* from '([^'./][^']*)';$/gm)].map((m) => m[1]!).filter((p) => !p.startsWith('node:'));
      expect(packages.length).toBeGreaterThan(0);
      const typesName = (p: string) => `@types/${p.startsWith('@') ? p.slice(1).replace('/', '__') : p}`;
      expect(
        packages.filter((p) => !declared.has(p) && !declared.has(typesName(p))),
        file,
      ).toEqual([]);
    }
  });

  it('type-checks in a consumer with skipLibCheck off under module nodenext (ESM and CommonJS)', () => {
    const r = run(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.nodenext.json']);
    expect(r.output).toBe('');
    expect(r.status).toBe(0);
  }, 120_000);

  it('type-checks in a consumer with skipLibCheck off under module preserve and moduleResolution bundler', () => {
    const r = run(process.execPath, [join(root, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.bundler.json']);
    expect(r.output).toBe('');
    expect(r.status).toBe(0);
  }, 120_000);

  it.each([
    ['import', 'esm', 'app.mjs', `import('./app.mjs').then((m) => m.main())`],
    ['require', 'cjs', 'app.cjs', `require('./app.cjs').main()`],
  ])(
    'runs from %s: named queries and the explorer page come from dist, remote sources name the optional engine',
    (_condition, format, out, call) => {
      // Node 20 has no type stripping: the program runs as JavaScript, transformed by esbuild.
      execFileSync(bin('esbuild'), ['app.ts', `--format=${format}`, `--outfile=${out}`, '--log-level=warning'], { cwd: project });
      const r = run(process.execPath, ['-e', `${call}.then((r) => console.log(JSON.stringify(r)))`]);
      expect(r.status, r.output).toBe(0);
      const result = JSON.parse(r.output.trim().split('\n').pop()!) as Record<string, unknown>;
      expect(result).toMatchObject({ hasTrump: true, quotations: 2, graphml: true });
      expect(result.nodes).toBeGreaterThan(20);
      expect(result.namedQueries).toBeGreaterThanOrEqual(16);
      expect(result.cq1Rows).toBeGreaterThan(0);
      expect(result.page).toBeGreaterThan(100_000);
      expect(result.remote).toContain('needs the full Comunica engine, an optional dependency: npm install @comunica/query-sparql');
    },
    120_000,
  );

  it('is clean under @arethetypeswrong/cli (types for require resolve to .d.cts)', () => {
    const r = run(bin('attw'), [tarball, '--format', 'json', '--no-definitely-typed'], tmp);
    const report = JSON.parse(r.output) as { analysis: { problems: unknown[] } };
    expect(report.analysis.problems).toEqual([]);
    expect(r.status).toBe(0);
  }, 120_000);

  it('is clean under publint', () => {
    const r = run(bin('publint'), ['run', tarball, '--strict'], tmp);
    expect(r.status, r.output).toBe(0);
    expect(r.output).toContain('All good!');
  }, 120_000);
});
