// The W3C SPARQL query evaluation tests (SPARQL 1.1 query and result-format folders, SPARQL 1.0
// evaluation folders) and the SPARQL 1.1 Update evaluation tests, vendored under
// test/w3c/rdf-tests with the W3C test-suite licence. Each query test runs through claimgraph's
// default path, through { engine: 'comunica' }, and through the two raw engines; each update test
// through kg.update and the two raw engines. A report of pass counts per folder and path goes to
// test-output-w3c.json. It holds that:
//  - no test fails through claimgraph that its raw engine passes (the wrapper adds no bug; the
//    default path's raw engine is the one it routes the test to), but
//    those listed under "wrapper" with their cause, and a row cap never changes an answer;
//  - the tests that fail through claimgraph are exactly those in known-failures.json, each
//    with its cause, so a new failure (or a fixed one left on the list) breaks this test;
//  - the default path passes at least the floor there;
//  - the same of the update tests: none fails through kg.update that raw Comunica passes, and
//    those that fail are the ones listed under "update", each with its cause;
//  - docs/guarantees.md states the report's figures per suite and path.
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadTests, loadUpdateTests, SPARQL11, SPARQL11_UPDATE, sparql10Folders, type W3cTest } from './manifest.js';
import { RUNNERS, routes, runAll, type Outcome } from './run.js';
import { runUpdates, UPDATE_RUNNERS, type UpdateOutcome } from './run-update.js';

const KNOWN = fileURLToPath(new URL('./known-failures.json', import.meta.url));
const REPORT = fileURLToPath(new URL('../../test-output-w3c.json', import.meta.url));
const GUARANTEES = fileURLToPath(new URL('../../docs/guarantees.md', import.meta.url));

interface Known {
  /** Least number of tests the default path passes, per suite. */
  floor: Record<string, number>;
  /** Tests that fail through claimgraph and pass through its raw engine, each with its cause (to be emptied). */
  wrapper: Record<string, string>;
  /** Test key → cause, per claimgraph path. */
  default: Record<string, string>;
  comunica: Record<string, string>;
  /** Update tests that fail through kg.update: test key → cause. */
  update: Record<string, string>;
}

const known = JSON.parse(readFileSync(KNOWN, 'utf8')) as Known;
const suites: Record<string, W3cTest[]> = {
  sparql11: loadTests('sparql11', SPARQL11),
  sparql10: loadTests('sparql10', sparql10Folders()),
};
const outcomes = new Map<string, Outcome>();
const updateTests = loadUpdateTests(SPARQL11_UPDATE);
const updates = new Map<string, UpdateOutcome>();
let report: Record<string, Record<string, number>> = {};

beforeAll(async () => {
  for (const tests of Object.values(suites)) for (const [k, v] of await runAll(tests)) outcomes.set(k, v);
  for (const [k, v] of await runUpdates(updateTests)) updates.set(k, v);
  const folders: Record<string, Record<string, number>> = {};
  const totals: Record<string, Record<string, number>> = {};
  const tally = (suite: string, folder: string, outcome: Record<string, string | null>) => {
    for (const into of [(folders[folder] ??= { tests: 0 }), (totals[suite] ??= { tests: 0 })]) {
      into.tests!++;
      for (const [r, why] of Object.entries(outcome)) into[r] = (into[r] ?? 0) + (why === null ? 1 : 0);
    }
  };
  for (const [suite, tests] of Object.entries(suites)) for (const t of tests) tally(suite, t.folder, outcomes.get(t.key)!);
  for (const t of updateTests) tally('sparql11-update', t.folder, updates.get(t.key)!);
  const all = [...outcomes, ...updates] as [string, Record<string, string | null>][];
  const runners = [...new Set<string>([...RUNNERS, ...UPDATE_RUNNERS])];
  const failures = Object.fromEntries(runners.map((r) => [r, Object.fromEntries(all.filter(([, o]) => r in o && o[r] !== null).map(([k, o]) => [k, o[r]]))]));
  writeFileSync(REPORT, JSON.stringify({ written: new Date().toISOString(), totals, folders, failures }, null, 2) + '\n');
  report = totals;
}, 240_000);

describe('W3C SPARQL test suites', () => {
  it('no test fails through claimgraph that its raw engine passes, but the listed ones', () => {
    const worse: string[] = [];
    for (const [key, o] of outcomes) {
      if (key in known.wrapper) continue;
      // The default path's engine is the one it routes the test to: Oxigraph, or Comunica for what Oxigraph answers otherwise.
      const raw = routes.get(key) === 'comunica' ? 'raw-comunica' : 'raw-oxigraph';
      if (o.default !== null && o[raw] === null) worse.push(`${key} (default, on ${raw}): ${o.default}`);
      if ((o['default+maxRows'] === null) !== (o.default === null)) worse.push(`${key} (default with maxRows): ${o['default+maxRows']}; without: ${o.default}`);
      if (o.comunica !== null && o['raw-comunica'] === null) worse.push(`${key} (comunica): ${o.comunica}`);
    }
    expect(worse).toEqual([]);
  });

  for (const path of ['default', 'comunica'] as const) {
    it(`the tests failing through the ${path} path are the known ones`, () => {
      const failing = [...outcomes].filter(([, o]) => o[path] !== null).map(([k, o]) => `${k}: ${o[path]}`);
      const unexpected = failing.filter((f) => !(f.slice(0, f.indexOf(': ')) in known[path]));
      const fixed = Object.keys(known[path]).filter((k) => outcomes.get(k)?.[path] === null);
      expect({ unexpected, fixed }).toEqual({ unexpected: [], fixed: [] });
    });
  }

  it('the default path passes at least the floor of each suite', () => {
    for (const [suite, tests] of Object.entries(suites)) {
      const passed = tests.filter((t) => outcomes.get(t.key)!.default === null).length;
      expect(passed, suite).toBeGreaterThanOrEqual(known.floor[suite]!);
    }
  });

  it('no update test fails through kg.update that raw Comunica passes', () => {
    const worse = [...updates].filter(([, o]) => o.default !== null && o['raw-comunica'] === null).map(([k, o]) => `${k}: ${o.default}`);
    expect(worse).toEqual([]);
  });

  it('the update tests failing through kg.update are the known ones', () => {
    const failing = [...updates].filter(([, o]) => o.default !== null).map(([k, o]) => `${k}: ${o.default}`);
    const unexpected = failing.filter((f) => !(f.slice(0, f.indexOf(': ')) in known.update));
    const fixed = Object.keys(known.update).filter((k) => updates.get(k)?.default === null);
    expect({ unexpected, fixed }).toEqual({ unexpected: [], fixed: [] });
  });

  it('docs/guarantees.md gives the figures of the report', () => {
    // Its table: | suite (`key`) | tests | default path | engine: 'comunica' | raw Oxigraph | raw Comunica |
    const columns = ['tests', 'default', 'comunica', 'raw-oxigraph', 'raw-comunica'];
    const rows = [...readFileSync(GUARANTEES, 'utf8').matchAll(/^\|[^|\n]*\(`([\w-]+)`\)\s*\|(.*)\|\s*$/gm)];
    const stated = Object.fromEntries(rows.map(([, suite, cells]) => [suite, cells!.split('|').map((c) => c.trim())]));
    const measured = Object.fromEntries(Object.entries(report).map(([suite, t]) => [suite, columns.map((c) => (c in t ? String(t[c]) : '—'))]));
    expect(stated).toEqual(measured);
  });
});
