// The public surface is what src/index.ts exports, and the README's "Public surface" section lists
// exactly those names: a name added to one and not the other fails here, so the two cannot drift.
import { readFileSync } from 'node:fs';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { packagePath } from '../src/paths.js';

/** Every name src/index.ts exports, values and types, as TypeScript resolves the re-exports (computed once: it takes seconds). */
let exported: string[] | undefined;
function exportedNames(): string[] {
  exported ??= resolveExports();
  return exported;
}

function resolveExports(): string[] {
  const index = packagePath('src', 'index.ts');
  const program = ts.createProgram([index], {
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    types: ['node'],
    skipLibCheck: true,
    noEmit: true,
  });
  const source = program.getSourceFile(index);
  const checker = program.getTypeChecker();
  const module = source && checker.getSymbolAtLocation(source);
  if (!module) throw new Error(`TypeScript could not read ${index} as a module.`);
  return checker
    .getExportsOfModule(module)
    .map((s) => s.name)
    .sort();
}

/** The names in backticks in the README section `## Public surface`, up to the next `## ` heading. */
function listedNames(): string[] {
  const readme = readFileSync(packagePath('README.md'), 'utf8');
  const start = readme.indexOf('\n## Public surface\n');
  if (start < 0) throw new Error('README.md has no "## Public surface" section; it lists every name src/index.ts exports.');
  const end = readme.indexOf('\n## ', start + 1);
  const section = readme.slice(start, end < 0 ? undefined : end);
  return [...new Set([...section.matchAll(/`([A-Za-z_$][\w$]*)`/g)].map((m) => m[1]!))].sort();
}

describe('public surface', { timeout: 120_000 }, () => {
  it('is listed in the README, name for name', () => {
    const names = exportedNames();
    const listed = listedNames();
    const unlisted = names.filter((n) => !listed.includes(n));
    const stale = listed.filter((n) => !names.includes(n));
    expect({ unlisted, stale }, 'list new exports in the README\'s "Public surface" section, and drop names no longer exported').toEqual({
      unlisted: [],
      stale: [],
    });
  });

  it('leaves the internals out', () => {
    const names = exportedNames();
    for (const internal of ['GraphView', 'VersionedStore', 'buildPayload', 'renderPage', 'selectNodes', 'subProjection', 'drawSelection', 'findSpan'])
      expect(names, `${internal} is an internal; import it from its module inside the package`).not.toContain(internal);
  });
});
