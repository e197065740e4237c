// Runs the W3C tests through four paths over the same data: claimgraph's default path
// (`kg.select` etc., Oxigraph in a worker under 'auto'), claimgraph with
// `{ engine: 'comunica' }`, and the two raw engines as claimgraph uses them (Oxigraph's npm
// package in this process, Comunica's rdfjs-lite engine over an n3 Store), so a failure of
// claimgraph's own is told apart from its engine's. Raw Comunica shares this process's copy of
// Comunica, so once claimgraph's engine is built it evaluates REGEX and REPLACE with the same
// linear-time functions (src/sparql/linear-regex.ts); its counts were the same before that.
import type { Quad, Term } from '@rdfjs/types';
import { QueryEngine } from '@comunica/query-sparql-rdfjs-lite';
import { DataFactory, Store } from 'n3';
import { readFileSync } from 'node:fs';
import { oxigraphStore } from './oxigraph.js';
import { Parser as SparqlParser } from 'sparqljs';
import { ClaimGraph } from '../../src/graph.js';
import { checkQuery } from '../../src/sparql/guard.js';
import { oxigraphGaps } from '../../src/sparql/oxigraph-gaps.js';
import { rowsOf, toCsv, toSparqlJson, toTsv } from '../../src/sparql/results.js';
import { fileOf, readRdf, type W3cTest } from './manifest.js';
import { readCsv } from '../csv.js';
import { compare, compareVariables, readExpected, readSrj, readTsv, type Answer, type Solution } from './results.js';

/** 'default+maxRows' is the default path with a row cap, which rewrites every SELECT (a LIMIT) before Oxigraph reads it. */
export const RUNNERS = ['default', 'default+maxRows', 'comunica', 'raw-oxigraph', 'raw-comunica'] as const;
type Runner = (typeof RUNNERS)[number];
/** null: passed; a string: why it failed. */
export type Outcome = Record<Runner, string | null>;
/** The engine that answered each test on the default path (see src/sparql/oxigraph-gaps.ts). */
export const routes = new Map<string, 'oxigraph' | 'comunica'>();

const TIMEOUT = 10_000;

interface Prepared {
  text: string;
  base: string;
  form: string;
  orderBy?: string[];
  quads: Quad[];
  expected: Answer;
  lax: boolean;
  /** The result file's extension. */
  format: string;
}

/** The query, its dataset and its expected answer; a string when the harness cannot run the test. */
async function prepare(test: W3cTest): Promise<Prepared | string> {
  const text = readFileSync(test.query.path, 'utf8');
  const base = test.query.iri;
  let parsed: Record<string, any> | undefined;
  try {
    parsed = new SparqlParser({ baseIRI: base }).parse(text) as unknown as Record<string, any>;
  } catch {
    parsed = undefined;
  }
  const form = parsed?.queryType ?? /\b(SELECT|ASK|CONSTRUCT|DESCRIBE)\b/i.exec(text)?.[1]?.toUpperCase() ?? 'SELECT';
  const quads: Quad[] = [];
  const add = (q: Quad[]) => quads.push(...q);
  const named = new Set(test.graphData.map((g) => g.iri));
  try {
    for (const d of test.data) add(await readRdf(d));
    for (const g of test.graphData) add(await readRdf(g, nn(g.iri)));
    // FROM and FROM NAMED documents the manifest does not list are loaded as named graphs of that name.
    for (const g of [...(parsed?.from?.default ?? []), ...(parsed?.from?.named ?? [])] as Term[]) {
      if (named.has(g.value) || !g.value.startsWith('https://w3c.github.io/rdf-tests/')) continue;
      named.add(g.value);
      add(await readRdf(fileOf(g.value), g));
    }
  } catch (e) {
    return (e as Error).message;
  }
  if (!test.result) return 'no result file';
  const expected = await readExpected(test.result, form);
  if (!expected) return 'the result is RDF/XML, which the harness does not read';
  const order = parsed?.order as { expression: Term }[] | undefined;
  const orderBy = order?.every((o) => o.expression.termType === 'Variable') ? order.map((o) => o.expression.value) : undefined;
  return { text, base, form, ...(orderBy ? { orderBy } : {}), quads, expected, lax: !!test.lax, format: test.result.path.split('.').pop()! };
}

const nn = (v: string) => DataFactory.namedNode(v);
const asQuad = (q: Quad) =>
  DataFactory.quad(
    q.subject as never,
    q.predicate as never,
    q.object as never,
    q.graph.termType === 'DefaultGraph' ? DataFactory.defaultGraph() : nn(q.graph.value),
  );

// ── the four paths ──────────────────────────────────────────────────────────

async function viaClaimgraph(
  kg: ClaimGraph,
  p: Prepared,
  engine: 'auto' | 'comunica',
  csv: boolean,
  maxRows?: number,
): Promise<{ answer: Answer; variables?: string[] }> {
  const options = { baseIRI: p.base, timeout: TIMEOUT, engine, ...(maxRows ? { maxRows } : {}) };
  if (p.form === 'ASK') return { answer: { kind: 'boolean', value: await kg.ask(p.text, options) } };
  if (p.form === 'CONSTRUCT' || p.form === 'DESCRIBE') return { answer: { kind: 'graph', quads: await kg.construct(p.text, options) } };
  const rows = await kg.select(p.text, options);
  if (csv) return { answer: { kind: 'csv', ...readCsv(toCsv(rows)) } };
  // Where the expected result is SPARQL JSON or TSV, claimgraph's own writer of that format is read back.
  const written = p.format === 'srj' ? readSrj(toSparqlJson(rows)) : p.format === 'tsv' ? readTsv(toTsv(rows)) : undefined;
  if (written?.kind === 'bindings') return { answer: written, variables: written.variables };
  return { answer: { kind: 'bindings', rows: rows.terms }, variables: rows.variables };
}

function viaOxigraph(p: Prepared, csvHeader?: string[]): Answer {
  const store = oxigraphStore(p.quads);
  const r = store.query(p.text, { base_iri: p.base, use_default_graph_as_union: false }) as unknown;
  if (typeof r === 'boolean') return { kind: 'boolean', value: r };
  if (p.form === 'CONSTRUCT' || p.form === 'DESCRIBE') return { kind: 'graph', quads: (r as Quad[]).map(asQuad) };
  const rows = (r as Map<string, Term>[]).map((m) => Object.fromEntries(m) as Solution);
  return csvHeader ? { kind: 'csv', ...readCsv(toCsv(rowsOf(csvHeader, rows))) } : { kind: 'bindings', rows };
}

let comunica: QueryEngine | undefined;
async function viaComunica(p: Prepared, csvHeader?: string[]): Promise<Answer> {
  comunica ??= new QueryEngine();
  const store = new Store(p.quads.map(asQuad));
  const context = { sources: [store], baseIRI: p.base } as never;
  const work = (async (): Promise<Answer> => {
    if (p.form === 'ASK') return { kind: 'boolean', value: await comunica!.queryBoolean(p.text, context) };
    if (p.form === 'CONSTRUCT' || p.form === 'DESCRIBE') return { kind: 'graph', quads: await (await comunica!.queryQuads(p.text, context)).toArray() };
    const bindings = await (await comunica!.queryBindings(p.text, context)).toArray();
    const rows = bindings.map((b) => Object.fromEntries([...b].map(([v, t]) => [v.value, t])) as Solution);
    return csvHeader ? { kind: 'csv', ...readCsv(toCsv(rowsOf(csvHeader, rows))) } : { kind: 'bindings', rows };
  })();
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('timed out')), TIMEOUT)));
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

function routeOf(p: Prepared, kg: ClaimGraph): 'oxigraph' | 'comunica' {
  try {
    return oxigraphGaps(checkQuery(p.text, { baseIRI: p.base }).parsed, kg.store).comunica ? 'comunica' : 'oxigraph';
  } catch {
    return 'oxigraph';
  }
}

const why = (e: unknown) =>
  `${(e as Error)?.constructor?.name ?? 'Error'}: ${String((e as Error)?.message ?? e)
    .split('\n')[0]!
    .slice(0, 300)}`;

/** Every test through every path; the ClaimGraph is reused, its store emptied and refilled per test. */
export async function runAll(tests: W3cTest[]): Promise<Map<string, Outcome>> {
  const kg = new ClaimGraph();
  const out = new Map<string, Outcome>();
  try {
    for (const test of tests) {
      const p = await prepare(test);
      if (typeof p === 'string') {
        out.set(test.key, Object.fromEntries(RUNNERS.map((r) => [r, `not run: ${p}`])) as Outcome);
        continue;
      }
      await kg.remove(kg.store.getQuads(null, null, null, null));
      await kg.add(p.quads.map(asQuad));
      const csvHeader = p.expected.kind === 'csv' ? p.expected.header : undefined;
      routes.set(test.key, routeOf(p, kg));
      const outcome = {} as Outcome;
      for (const runner of RUNNERS) {
        try {
          if (runner === 'default' || runner === 'default+maxRows' || runner === 'comunica') {
            const { answer, variables } = await viaClaimgraph(
              kg,
              p,
              runner === 'comunica' ? 'comunica' : 'auto',
              !!csvHeader,
              runner === 'default+maxRows' ? 100_000 : undefined,
            );
            outcome[runner] = compare(answer, p.expected, p.orderBy, p.lax) ?? compareVariables(variables, p.expected) ?? null;
          } else {
            const answer = runner === 'raw-oxigraph' ? viaOxigraph(p, csvHeader) : await viaComunica(p, csvHeader);
            outcome[runner] = compare(answer, p.expected, p.orderBy, p.lax) ?? null;
          }
        } catch (e) {
          outcome[runner] = why(e);
        }
      }
      out.set(test.key, outcome);
    }
  } finally {
    await kg.close();
  }
  return out;
}
