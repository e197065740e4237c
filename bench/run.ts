/**
 * claimgraph against Oxigraph, same run, same data.
 *
 *   npm run bench                 full: load and memory at 10k…1M triples, queries at 1M
 *   npm run bench -- --quick      about 100k triples, under a minute
 *   options: --sizes 10000,100000  --query-size 100000  --reps 7  --only load,memory,helper,sparql,traversal,change,startup
 *            --engine auto|oxigraph|comunica   (claimgraph's SPARQL engine; default auto: the Oxigraph copy in a worker)
 *
 * One JSON object per measurement on stdout (progress on stderr); all of them in
 * bench/results/latest.json. `ratio_vs_oxigraph` is claimgraph's figure over
 * Oxigraph's (time over time, bytes over bytes): below 1 is better.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import * as oxigraph from 'oxigraph';
import { corpusQueries, drawParams, generateCorpus, type Corpus } from './generate.js';
import { prefixDeclarations } from '../src/vocab.js';
import type * as Lib from '../src/index.js';
import { flag, here, option, root } from './args.js';

const quick = flag('quick');
const sizes = (option('sizes') ?? (quick ? '10000,100000' : '10000,100000,300000,1000000')).split(',').map(Number);
const querySize = Number(option('query-size') ?? sizes[sizes.length - 1]);
const reps = Number(option('reps') ?? (quick ? 5 : 7));
/** Time budget for one measurement's repeats (ms). */
const budget = quick ? 1500 : 8000;
const only = option('only')?.split(',');
const wanted = (kind: string) => !only || only.includes(kind);
const SEED = 1;
const engine = (option('engine') ?? 'auto') as 'auto' | 'oxigraph' | 'comunica';

// The library as users get it (the build), or the sources with --src.
const lib = (await import(flag('src') ? '../src/index.js' : 'claimgraph')) as typeof Lib;
const PREFIXES = prefixDeclarations('sparql');

// ── output ───────────────────────────────────────────────────────────────────

type Kind = 'load' | 'memory' | 'helper' | 'sparql' | 'traversal' | 'change' | 'startup';
interface Measurement {
  kind: Kind;
  name: string;
  triples: number;
  p50_ms?: number;
  p95_ms?: number;
  ratio_vs_oxigraph: number | null;
  [more: string]: unknown;
}
const results: Measurement[] = [];
const round = (x: number, d = 3) => (Number.isFinite(x) ? Math.round(x * 10 ** d) / 10 ** d : x);
function emit(m: Measurement) {
  for (const [k, v] of Object.entries(m)) if (typeof v === 'number') (m as Record<string, unknown>)[k] = round(v, k.includes('ratio') ? 3 : 3);
  results.push(m);
  console.log(JSON.stringify(m));
}
const log = (...x: unknown[]) => console.error('[bench]', ...x);

// ── timing ───────────────────────────────────────────────────────────────────

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))]!;
};
interface Timing {
  p50: number;
  p95: number;
  runs: number;
  first: number;
  result?: unknown;
}
/** Runs `fn` over the parameters: one warm-up round, then rounds until `reps` or the time budget. */
async function time<P>(params: P[], fn: (p: P) => unknown | Promise<unknown>, opts: { reps?: number; budget?: number } = {}): Promise<Timing> {
  const samples: number[] = [];
  let first = NaN;
  let result: unknown;
  let warm = 0;
  for (const p of params) {
    const t = performance.now();
    result = await fn(p);
    const ms = performance.now() - t;
    if (Number.isNaN(first)) first = ms;
    warm += ms;
  }
  const limit = opts.budget ?? budget;
  const rounds = opts.reps ?? reps;
  const start = performance.now();
  for (let r = 0; r < rounds; r++) {
    for (const p of params) {
      const t = performance.now();
      await fn(p);
      samples.push(performance.now() - t);
    }
    if (performance.now() - start > limit || warm > limit) break;
  }
  return { p50: quantile(samples, 0.5), p95: quantile(samples, 0.95), runs: samples.length, first, result };
}
const gc = () => (globalThis as { gc?: () => void }).gc?.();

// ── the corpus ───────────────────────────────────────────────────────────────

const corpora = new Map<number, Corpus>();
function corpus(triples: number): Corpus {
  let c = corpora.get(triples);
  if (!c) {
    c = generateCorpus({ triples, seed: SEED });
    log(`corpus ${triples}: ${c.stats.quads} quads, ${c.stats.articles} articles, ${c.stats.statements} statements, generated in ${Math.round(c.stats.ms)} ms`);
    corpora.set(triples, c);
  }
  return c;
}
function corpusFile(triples: number): string {
  const file = join(here, 'data', `corpus-${triples}-s${SEED}.nq`);
  if (!existsSync(file)) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, corpus(triples).nquads);
  }
  return file;
}

async function loadClaimgraph(text: string) {
  const kg = new lib.ClaimGraph();
  await kg.loadString(text, { format: 'nquads' });
  return kg;
}
function loadOxigraph(text: string) {
  const store = new oxigraph.Store();
  store.load(text, { format: 'application/n-quads', no_transaction: true });
  return store;
}

// ── load and memory (a fresh child process per size, engine and repeat) ─────
// In one long-lived process the order matters a lot (Oxigraph's load of 1M quads took
// ten times longer after claimgraph's heap had grown), so each load runs alone.

function child(args: string[], expose = false): Record<string, number | string | boolean> {
  const out = execFileSync(process.execPath, [...(expose ? ['--expose-gc', '--max-old-space-size=16384'] : []), join(here, 'children.mjs'), ...args], {
    cwd: root,
    encoding: 'utf8',
    maxBuffer: 1 << 24,
  });
  return JSON.parse(out.trim().split('\n').pop()!);
}

function benchLoadAndMemory() {
  for (const size of sizes) {
    const file = corpusFile(size);
    const times = size >= 1_000_000 ? 2 : 3;
    const runs = { claimgraph: [] as Record<string, number | string | boolean>[], oxigraph: [] as Record<string, number | string | boolean>[] };
    for (let i = 0; i < times; i++) for (const engine of ['claimgraph', 'oxigraph'] as const) runs[engine].push(child(['memory', engine, file], true));
    const n = Number(runs.claimgraph[0]!.triples);
    const ms = (engine: 'claimgraph' | 'oxigraph') => runs[engine].map((r) => Number(r.load_ms));
    const cg = ms('claimgraph'),
      ox = ms('oxigraph');
    if (wanted('load')) {
      emit({
        kind: 'load',
        name: 'n-quads parse and index',
        triples: n,
        p50_ms: quantile(cg, 0.5),
        p95_ms: quantile(cg, 0.95),
        triples_per_s: n / (quantile(cg, 0.5) / 1000),
        oxigraph_p50_ms: quantile(ox, 0.5),
        oxigraph_triples_per_s: n / (quantile(ox, 0.5) / 1000),
        ratio_vs_oxigraph: quantile(cg, 0.5) / quantile(ox, 0.5),
        runs: times,
      });
    }
    if (wanted('memory')) {
      const med = (engine: 'claimgraph' | 'oxigraph', k: string) =>
        quantile(
          runs[engine].map((r) => Number(r[k])),
          0.5,
        ) / n;
      const heap = (engine: 'claimgraph' | 'oxigraph') =>
        quantile(
          runs[engine].map((r) => Number(r.heap) + Number(r.external)),
          0.5,
        ) / n;
      emit({
        kind: 'memory',
        name: 'bytes per triple after load',
        triples: n,
        heap_bytes_per_triple: heap('claimgraph'),
        rss_bytes_per_triple: med('claimgraph', 'rss'),
        oxigraph_heap_bytes_per_triple: heap('oxigraph'),
        oxigraph_rss_bytes_per_triple: med('oxigraph', 'rss'),
        ratio_vs_oxigraph: med('claimgraph', 'rss') / med('oxigraph', 'rss'),
      });
    }
  }
}

// ── helpers, SPARQL and traversal at the query size ─────────────────────────

const OX_HELPERS: Record<string, (p: string) => string> = {
  'claims by speaker': (s) => `SELECT ?claim ?label ?hedge ?sourcing ?channel ?verb ?begin ?end ?evidence ?position ?document ?agent WHERE {
    ?claim a schema:Claim ; cg:holder <${s}> ; rdfs:label ?label ;
      cg:hedge/skos:notation ?hedge ; cg:sourcing/skos:notation ?sourcing ; cg:channel/skos:notation ?channel ;
      cg:evidence ?span ; cg:reportStep ?step .
    ?span nif:beginIndex ?begin ; nif:endIndex ?end ; nif:anchorOf ?evidence .
    ?step cg:position ?position .
    OPTIONAL { ?step cg:document ?document } OPTIONAL { ?step prov:agent ?agent }
    OPTIONAL { ?claim cg:reportingVerb ?verb } }`,
  'quotations by speaker': (s) => `SELECT ?q ?label ?text ?hedge ?sourcing ?channel ?verb ?begin ?end ?evidence ?position ?document ?agent WHERE {
    ?q a schema:Quotation ; cg:holder <${s}> ; rdfs:label ?label ; schema:text ?text ;
      cg:hedge/skos:notation ?hedge ; cg:sourcing/skos:notation ?sourcing ; cg:channel/skos:notation ?channel ;
      cg:evidence ?span ; cg:reportStep ?step .
    ?span nif:beginIndex ?begin ; nif:endIndex ?end ; nif:anchorOf ?evidence .
    ?step cg:position ?position .
    OPTIONAL { ?step cg:document ?document } OPTIONAL { ?step prov:agent ?agent }
    OPTIONAL { ?q cg:reportingVerb ?verb } }`,
  'attribution chain': (s) => `SELECT ?position ?document ?documentLabel ?agent ?agentLabel ?outlet WHERE {
    <${s}> cg:reportStep ?step . ?step cg:position ?position .
    OPTIONAL { ?step cg:document ?document . ?document rdfs:label ?documentLabel OPTIONAL { ?document schema:publisher ?outlet } }
    OPTIONAL { ?step prov:agent ?agent . ?agent rdfs:label ?agentLabel } } ORDER BY ?position`,
  'evidence of a statement': (s) => `SELECT ?span ?begin ?end ?text ?article ?sentence ?sb ?se ?stext WHERE {
    <${s}> cg:evidence ?span . ?span nif:beginIndex ?begin ; nif:endIndex ?end ; nif:anchorOf ?text ; nif:referenceContext ?ctx .
    ?ctx nif:sourceUrl ?article .
    ?sentence nif:referenceContext ?ctx ; a nif:Sentence ; nif:beginIndex ?sb ; nif:endIndex ?se ; nif:anchorOf ?stext .
    FILTER(?sb < ?end && ?se > ?begin) }`,
  'evidence of an entity (every mention)': (e) => `SELECT ?span ?begin ?end ?text ?article ?sentence ?sb ?se WHERE {
    ?span itsrdf:taIdentRef <${e}> ; nif:beginIndex ?begin ; nif:endIndex ?end ; nif:anchorOf ?text ; nif:referenceContext ?ctx .
    ?ctx nif:sourceUrl ?article .
    ?sentence nif:referenceContext ?ctx ; a nif:Sentence ; nif:beginIndex ?sb ; nif:endIndex ?se .
    FILTER(?sb < ?end && ?se > ?begin) } ORDER BY ?article ?begin`,
  weapons: () => `SELECT ?weapon ?label ?category ?claim ?p ?o ?value ?unit WHERE {
    ?weapon a cg:WeaponSystem ; rdfs:label ?label ; cg:category/skos:notation ?category .
    OPTIONAL { ?claim cg:content ?g . GRAPH ?g { ?weapon ?p ?o . OPTIONAL { ?o schema:value ?value ; schema:unitText ?unit } } } }`,
};

async function benchQueries() {
  const c = corpus(querySize);
  const n = c.stats.quads;
  const p = drawParams(c);
  log(`loading ${n} quads into both engines for the query benchmarks`);
  // Oxigraph first: its load slows down badly in a process whose heap is already large.
  const ox = loadOxigraph(c.nquads);
  const kg = await loadClaimgraph(c.nquads);
  gc();
  const oxq = (q: string) => ox.query(`${PREFIXES}\n${q}`);
  const rows = (r: unknown) => (Array.isArray(r) ? r.length : r ? 1 : 0);

  if (wanted('sparql')) {
    // The very first query after the load: engine start-up and cold caches included.
    const q = kg.namedQuery('cq-4');
    const t0 = performance.now();
    const first = await kg.select(q, { engine });
    const cgFirst = performance.now() - t0;
    const t1 = performance.now();
    oxq(q);
    const oxFirst = performance.now() - t1;
    emit({
      kind: 'sparql',
      name: 'first query after load (cq-4)',
      triples: n,
      p50_ms: cgFirst,
      p95_ms: cgFirst,
      rows: rows(first),
      oxigraph_p50_ms: oxFirst,
      ratio_vs_oxigraph: cgFirst / oxFirst,
    });
  }

  if (wanted('helper')) {
    // [name, parameters, helper, the OX_HELPERS query for the same question when the name is not one]
    const top = p.prolific;
    const helperRuns: [string, string[], (x: string) => unknown, string?][] = [
      ['claims by speaker', p.speakers, (s) => kg.claims({ speaker: s })],
      // What a caller pays who reads every field of every record (written out as JSON).
      ['claims by speaker, every field read', p.speakers, (s) => JSON.stringify(kg.claims({ speaker: s })).length, 'claims by speaker'],
      // The tail on its own: the three speakers with the most claims, against Oxigraph on the same three.
      ['claims by the most prolific speakers', top, (s) => kg.claims({ speaker: s }), 'claims by speaker'],
      ['quotations by speaker', p.speakers, (s) => kg.quotations({ speaker: s })],
      ['attribution chain', p.chained, (s) => kg.attribution(s)],
      ['evidence of a statement', p.statements, (s) => kg.evidence(s)],
      ['evidence of an entity (every mention)', p.entities, (e) => kg.evidence(e)],
      ['weapons', [''], () => kg.weapons()],
    ];
    {
      // The first helper call after a load builds the view.
      const t = performance.now();
      kg.claims({ speaker: p.speakers[0]! });
      const ms = performance.now() - t;
      emit({ kind: 'helper', name: 'first helper call after load (claims by speaker)', triples: n, p50_ms: ms, p95_ms: ms, ratio_vs_oxigraph: null });
    }
    for (const [name, params, fn, oxName] of helperRuns) {
      const cg = await time(params, fn);
      const o = await time(params, (x) => oxq(OX_HELPERS[oxName ?? name]!(x)));
      const cgRows = params.reduce((s, x) => s + rows(fn(x)), 0) / params.length;
      emit({
        kind: 'helper',
        name,
        triples: n,
        p50_ms: cg.p50,
        p95_ms: cg.p95,
        runs: cg.runs,
        mean_results: cgRows,
        oxigraph_p50_ms: o.p50,
        oxigraph_p95_ms: o.p95,
        ratio_vs_oxigraph: cg.p50 / o.p50,
        // The tail target: claimgraph's p95 over Oxigraph's p50 for the same question.
        p95_ratio_vs_oxigraph_p50: cg.p95 / o.p50,
      });
    }
  }

  if (wanted('sparql')) {
    const named = kg.namedQueries().sort((a, b) => Number(a.split('-')[1]) - Number(b.split('-')[1]));
    const queries: [string, string][] = [
      ...named.map((q): [string, string] => [q, kg.namedQuery(q)]),
      ...Object.entries(corpusQueries(p)).map(([k, q]): [string, string] => [k, `${PREFIXES}\n${q}`]),
    ];
    for (const [name, q] of queries) {
      const ask = /^\s*ASK\b/im.test(q.replace(/^\s*(#|PREFIX).*$/gim, ''));
      const run = ask ? () => kg.ask(q, { engine }) : () => kg.select(q, { engine });
      let cg: Timing;
      try {
        cg = await time([q], run);
      } catch (e) {
        log(`${name}: ${(e as Error).message}`);
        emit({ kind: 'sparql', name, triples: n, error: String((e as Error).message).slice(0, 200), ratio_vs_oxigraph: null });
        continue;
      }
      const o = await time([q], (x) => oxq(x));
      emit({
        kind: 'sparql',
        name,
        triples: n,
        p50_ms: cg.p50,
        p95_ms: cg.p95,
        first_ms: cg.first,
        runs: cg.runs,
        rows: rows(cg.result),
        oxigraph_p50_ms: o.p50,
        oxigraph_rows: rows(o.result),
        ratio_vs_oxigraph: cg.p50 / o.p50,
      });
    }
  }

  if (wanted('traversal')) {
    // Projection build, whole: a new graph over the same store builds its view and projection from nothing
    // (touching the store would now be followed by the delta, and would leave the SPARQL copy behind).
    const build = await time([0], () => new lib.ClaimGraph(kg.store).graph(), { reps: quick ? 2 : 3, budget: Infinity });
    const g = kg.graph();
    emit({
      kind: 'traversal',
      name: 'projection build (view and graph)',
      triples: n,
      p50_ms: build.p50,
      p95_ms: build.p95,
      nodes: g.order,
      edges: g.size,
      ratio_vs_oxigraph: null,
    });
    const nb = await time(p.entities, (e) => kg.neighbors(e, { depth: 2 }));
    const nbRows = p.entities.reduce((s, e) => s + kg.neighbors(e, { depth: 2 }).length, 0) / p.entities.length;
    emit({ kind: 'traversal', name: 'neighbours at depth 2', triples: n, p50_ms: nb.p50, p95_ms: nb.p95, mean_results: nbRows, ratio_vs_oxigraph: null });
    const sp = await time(p.pairs, ([a, b]) => kg.path(a, b));
    emit({ kind: 'traversal', name: 'shortest path', triples: n, p50_ms: sp.p50, p95_ms: sp.p95, ratio_vs_oxigraph: null });
  }
  if (wanted('change')) await benchChange(kg, ox, c, oxq);
  await kg.close();
}

// ── the cost of a change ─────────────────────────────────────────────────────

/**
 * A researcher's session: the graph is loaded and queried, then an article is taken out or
 * added, and the next answer waits for the copy to follow. The corpus's last article is
 * removed from both stores and added back (as N-Quads text, parse included), each time
 * followed by the first SPARQL answer and, for claimgraph, the next traversal (the projection
 * follows by the delta). Oxigraph's figure: deleting or loading the same quads in the main
 * thread, then the same query. The same add followed by a traversal (neighbours of the most
 * mentioned entity) stands beside Oxigraph's add and answer. The same cycle with claimgraph's
 * change log switched off gives the whole reload of the copy and the projection rebuilt
 * whole, as every change cost before the delta.
 */
async function benchChange(kg: Lib.ClaimGraph, ox: oxigraph.Store, c: Corpus, oxq: (q: string) => unknown) {
  const n = c.stats.quads;
  const { Parser } = await import('n3');
  const quads = new Parser({ format: 'N-Quads' }).parse(c.lastArticle);
  const oxQuads = quads.map((q) => oxigraph.fromQuad(q) as oxigraph.Quad);
  const q = kg.namedQuery('cq-4');
  const stats = (kg.sparql as unknown as { accelerated: { stats: { loads: number; deltas: number } } }).accelerated.stats;
  await kg.select(q, { engine });
  kg.graph();
  // After a big load V8 is still collecting for a while; a researcher has that time between a load and the next change, so each round starts collected.
  const rounds = 4;
  const runs = {
    remove: [] as number[],
    add: [] as number[],
    oxRemove: [] as number[],
    oxAdd: [] as number[],
    graphRemove: [] as number[],
    graphAdd: [] as number[],
    addTraverse: [] as number[],
    reload: [] as number[],
    rebuild: [] as number[],
  };
  const hub = c.params.mentioned[0]![0];
  const before = { ...stats };
  const timed = async (f: () => unknown) => {
    const t = performance.now();
    await f();
    return performance.now() - t;
  };
  for (let r = 0; r < rounds; r++) {
    gc();
    runs.remove.push(
      await timed(async () => {
        await kg.remove(quads);
        await kg.select(q, { engine });
      }),
    );
    runs.oxRemove.push(
      await timed(() => {
        for (const x of oxQuads) ox.delete(x);
        oxq(q);
      }),
    );
    runs.graphRemove.push(await timed(() => kg.graph()));
    gc();
    runs.add.push(
      await timed(async () => {
        await kg.loadString(c.lastArticle, { format: 'nquads' });
        await kg.select(q, { engine });
      }),
    );
    runs.oxAdd.push(
      await timed(() => {
        ox.load(c.lastArticle, { format: 'application/n-quads', no_transaction: true });
        oxq(q);
      }),
    );
    runs.graphAdd.push(await timed(() => kg.graph()));
    // The add again, answered by a traversal instead of a query; the copy is brought up to date after each change, untimed.
    await kg.remove(quads);
    await kg.select(q, { engine });
    kg.graph();
    gc();
    runs.addTraverse.push(
      await timed(async () => {
        await kg.loadString(c.lastArticle, { format: 'nquads' });
        kg.neighbors(hub);
      }),
    );
    await kg.select(q, { engine });
  }
  const deltas = stats.deltas - before.deltas;
  const loads = stats.loads - before.loads;
  // The same change with the log off: the copy is reloaded whole.
  const store = kg.store as Lib.ClaimGraph['store'] & { maxLogChanges?: number };
  store.maxLogChanges = 0;
  await kg.remove(quads);
  await kg.select(q, { engine });
  gc();
  runs.reload.push(
    await timed(async () => {
      await kg.loadString(c.lastArticle, { format: 'nquads' });
      await kg.select(q, { engine });
    }),
  );
  // The log does not reach back either for the projection: it is rebuilt whole (seconds at 1M, so once).
  runs.rebuild.push(await timed(() => kg.graph()));
  store.maxLogChanges = undefined;
  const med = (xs: number[]) => quantile(xs, 0.5);
  const row = (name: string, cg: number[], ox?: number[]) =>
    emit({
      kind: 'change',
      name,
      triples: n,
      p50_ms: med(cg),
      p95_ms: quantile(cg, 0.95),
      runs: cg.length,
      quads: quads.length,
      ...(ox ? { oxigraph_p50_ms: med(ox), ratio_vs_oxigraph: med(cg) / med(ox) } : { ratio_vs_oxigraph: null }),
      copy_deltas: deltas,
      copy_loads: loads,
    });
  row(`first SPARQL answer after adding one article (${quads.length} quads, cq-4)`, runs.add, runs.oxAdd);
  row(`first SPARQL answer after removing one article (${quads.length} quads, cq-4)`, runs.remove, runs.oxRemove);
  row('the same add with the change log off (copy reloaded whole)', runs.reload, runs.oxAdd);
  row('projection after adding one article (view renewed, its name index and the graph updated by the delta)', runs.graphAdd);
  row('projection after removing one article (view renewed, its name index and the graph updated by the delta)', runs.graphRemove);
  row('the same add with the change log off (view and graph rebuilt whole)', runs.rebuild);
  row('add one article, then the first traversal (neighbours of the most mentioned entity)', runs.addTraverse, runs.oxAdd);
}

// ── start-up (a fresh child process each time) ──────────────────────────────

function benchStartup() {
  const runs = quick ? 3 : 5;
  for (const what of ['helper', 'sparql'] as const) {
    const cg: number[] = [];
    const ox: number[] = [];
    let comunica = false;
    for (let i = 0; i < runs; i++) {
      const r = child(['startup', `claimgraph-${what}`]);
      cg.push(Number(r.ms));
      if (what === 'helper') comunica ||= r.comunica === true;
      ox.push(Number(child(['startup', `oxigraph-${what}`]).ms));
    }
    const p50 = quantile(cg, 0.5);
    emit({
      kind: 'startup',
      name: `import to first ${what === 'helper' ? 'helper' : 'SPARQL'} answer (bundled article)`,
      triples: 1996,
      p50_ms: p50,
      p95_ms: quantile(cg, 0.95),
      ...(what === 'helper' ? { comunica_loaded: comunica } : {}),
      oxigraph_p50_ms: quantile(ox, 0.5),
      ratio_vs_oxigraph: p50 / quantile(ox, 0.5),
    });
  }
  // A notebook's next cell: the first SPARQL answer a second after the load (the worker started during it).
  const cg: number[] = [];
  const ox: number[] = [];
  for (let i = 0; i < runs; i++) {
    cg.push(Number(child(['idle', 'claimgraph']).ms));
    ox.push(Number(child(['idle', 'oxigraph']).ms));
  }
  emit({
    kind: 'startup',
    name: 'first SPARQL answer 1 s after loading the bundled article',
    triples: 1996,
    p50_ms: quantile(cg, 0.5),
    p95_ms: quantile(cg, 0.95),
    oxigraph_p50_ms: quantile(ox, 0.5),
    ratio_vs_oxigraph: quantile(cg, 0.5) / quantile(ox, 0.5),
  });
}

// ── main ─────────────────────────────────────────────────────────────────────

const started = new Date().toISOString();
const t0 = performance.now();
if (wanted('startup')) benchStartup();
if (wanted('load') || wanted('memory')) benchLoadAndMemory();
if (wanted('helper') || wanted('sparql') || wanted('traversal') || wanted('change')) await benchQueries();

const machine = {
  cpus: cpus().length,
  cpu: cpus()[0]?.model,
  memory_gb: Math.round(totalmem() / 2 ** 30),
  node: process.version,
  oxigraph: (JSON.parse(readFileSync(join(root, 'node_modules', 'oxigraph', 'package.json'), 'utf8')) as { version: string }).version,
};
const summary = { started, seconds: round((performance.now() - t0) / 1000, 1), quick, sizes, query_size: querySize, seed: SEED, engine, machine };
mkdirSync(join(here, 'results'), { recursive: true });
writeFileSync(join(here, 'results', 'latest.json'), JSON.stringify({ ...summary, results }, null, 2) + '\n');
log(`done in ${summary.seconds} s; bench/results/latest.json`);
