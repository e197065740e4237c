/**
 * Where one machine ends: claimgraph in memory against Virtuoso, same corpus, same queries.
 *
 *   npm run bench:crossover                          1M, 3M and 10M triples
 *   npm run bench:crossover -- --sizes 100000,300000 --reps 3
 *   options: --publish-sizes 1000000   sizes sent by kg.publish (the others by Virtuoso's bulk loader)
 *            --local-sizes 1000000     sizes loaded locally (default: those that fit, see below)
 *            --buffers 500000          Virtuoso's NumberOfBuffers (8 KB pages)
 *            --data DIR                where the corpora are written (default: the system's temp folder)
 *            --src                     the library's sources instead of the build
 *   npx tsx bench/crossover.ts --table bench/results/crossover.json   the Markdown tables of a run
 *
 * Per size: the corpus (bench/generate.ts, seed 1) streamed to a file; locally, in a child
 * process, `kg.loadFile`, RSS per triple after load and GC, and every competency and corpus
 * query (bench/run.ts's) through the default engine; remotely, a fresh Virtuoso on free ports,
 * filled by `kg.publish` or by the bulk loader (plus the catalog publish writes), and the same
 * queries through `ClaimGraph.fromEndpoint`. One JSON object per line in
 * bench/results/crossover.json, Markdown tables on stdout, progress on stderr.
 */
import { execFile, spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { appendFileSync, copyFileSync, existsSync, linkSync, mkdirSync, mkdtempSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { corpusQueries, drawParams, writeCorpus } from './generate.js';
import { prefixDeclarations } from '../src/vocab.js';
import type * as Lib from '../src/index.js';
import { argv, flag, here, option, root } from './args.js';

const list = (s: string | undefined) => (s ? s.split(',').filter(Boolean).map(Number) : undefined);
const log = (...x: unknown[]) => console.error('[crossover]', ...x);
const SEED = 1;
const reps = Number(option('reps') ?? 5);
/** Time budget for one query's repeats (ms); a query slower than that runs twice. */
const BUDGET = 20_000;
const REMOTE_TIMEOUT = 1_800_000;
/** V8's longest string (2^29 - 24 characters): loadFile reads a file into one, and the default engine sends its copy as one. */
const MAX_STRING = 2 ** 29 - 24;
/** Bytes per triple of RSS with the Oxigraph copy, when no size has been measured yet (4.2 KB after load, bench/README.md, plus the copy). */
const RSS_PER_TRIPLE_GUESS = 6500;

const median = (xs: number[]) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length ? s[Math.floor((s.length - 1) / 2)]! : Number.NaN;
};
const rowsOf = (r: unknown) => (Array.isArray(r) ? r.length : r ? 1 : 0);
const isAsk = (q: string) => /^\s*ASK\b/im.test(q.replace(/^\s*(#|PREFIX).*$/gim, ''));

interface QueryTiming {
  name: string;
  first_ms: number;
  p50_ms: number;
  runs: number;
  rows: number;
  error?: string;
}

/** One cold run (reported apart), then repeats until `reps` or the time budget, at least one. */
async function timeQuery(name: string, run: () => Promise<unknown>): Promise<QueryTiming> {
  try {
    let t = performance.now();
    const result = await run();
    const first = performance.now() - t;
    const samples: number[] = [];
    const start = performance.now();
    for (let i = 0; i < reps; i++) {
      t = performance.now();
      await run();
      samples.push(performance.now() - t);
      if (performance.now() - start + first > BUDGET) break;
    }
    return { name, first_ms: first, p50_ms: median(samples), runs: samples.length, rows: rowsOf(result) };
  } catch (e) {
    log(`${name}: ${(e as Error).message}`);
    return { name, first_ms: Number.NaN, p50_ms: Number.NaN, runs: 0, rows: Number.NaN, error: String((e as Error).message).slice(0, 300) };
  }
}

const loadLib = async () => (await import(flag('src') ? '../src/index.js' : 'claimgraph')) as typeof Lib;

// ── the local side, in a child process of its own ───────────────────────────

interface LocalReport {
  triples: number;
  graphs: number;
  load_ms: number;
  rss: number;
  heap: number;
  external: number;
  rss_after_queries: number;
  first: QueryTiming;
  queries: QueryTiming[];
  publish?: { ms: number; triples: number; batches: number; graphs: number } | { error: string };
}

async function childLocal(file: string, queriesFile: string, endpoint: string | undefined): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('run the child with --expose-gc');
  const lib = await loadLib();
  const queries = JSON.parse(readFileSync(queriesFile, 'utf8')) as [string, string][];
  const settle = async () => {
    for (let i = 0; i < 4; i++) {
      gc();
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  await settle();
  const before = process.memoryUsage();
  const kg = new lib.ClaimGraph();
  let t = performance.now();
  await kg.loadFile(file);
  const load = performance.now() - t;
  await settle();
  const after = process.memoryUsage();
  const run = (q: string) => (isAsk(q) ? () => kg.ask(q, { timeout: 0 }) : () => kg.select(q, { timeout: 0 }));
  // The first query after the load starts the worker and builds the Oxigraph copy.
  t = performance.now();
  const firstRows = rowsOf(await kg.select(kg.namedQuery('cq-4'), { timeout: 0 }));
  const first: QueryTiming = {
    name: 'first query after load (cq-4)',
    first_ms: performance.now() - t,
    p50_ms: performance.now() - t,
    runs: 1,
    rows: firstRows,
  };
  log(`local ${kg.size}: loaded in ${Math.round(load)} ms, first query ${Math.round(first.first_ms)} ms`);
  const timings: QueryTiming[] = [];
  for (const [name, q] of queries) timings.push(await timeQuery(name, run(q)));
  await settle();
  const report: LocalReport = {
    triples: kg.size,
    graphs: kg.store.getGraphs(null, null, null).length,
    load_ms: load,
    rss: after.rss - before.rss,
    heap: after.heapUsed - before.heapUsed,
    external: after.external - before.external,
    rss_after_queries: process.memoryUsage().rss - before.rss,
    first,
    queries: timings,
  };
  if (endpoint) {
    try {
      const r = await kg.publish(endpoint, { timeout: REMOTE_TIMEOUT });
      report.publish = { ms: r.ms, triples: r.triples, batches: r.batches, graphs: r.graphs.length };
    } catch (e) {
      report.publish = { error: String((e as Error).message).slice(0, 300) };
    }
  }
  await kg.close();
  console.log(JSON.stringify(report));
}

let current: ChildProcess | undefined;
function runChild(args: string[]): Promise<LocalReport> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', '--max-old-space-size=20480', '--import', 'tsx', fileURLToPath(import.meta.url), ...args], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    current = child;
    let out = '';
    child.stdout!.on('data', (d: Buffer) => (out += d));
    child.on('error', reject);
    child.on('close', (code, signal) => {
      current = undefined;
      const last = out.trim().split('\n').pop();
      if (code === 0 && last) resolve(JSON.parse(last) as LocalReport);
      else reject(new Error(`the local child ended with ${signal ?? `code ${code}`}`));
    });
  });
}

// ── Virtuoso ────────────────────────────────────────────────────────────────

const exec = promisify(execFile);
const SCRIPT = join(root, 'scripts', 'virtuoso.sh');
const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });

/** A Virtuoso of its own through scripts/virtuoso.sh (as test/remote/virtuoso.ts starts one): free ports, a fresh database, stopped at exit too. */
class Virtuoso {
  readonly dir = mkdtempSync(join(tmpdir(), 'claimgraph-virtuoso-'));
  readonly #stopAtExit = () => spawnSync('bash', [SCRIPT, 'stop', this.dir], { env: this.#env, stdio: 'ignore' });
  private constructor(
    readonly httpPort: number,
    readonly sqlPort: number,
  ) {}
  get endpoint() {
    return `http://127.0.0.1:${this.httpPort}/sparql`;
  }
  get #env() {
    return { ...process.env, VIRTUOSO_HTTP_PORT: String(this.httpPort), VIRTUOSO_SQL_PORT: String(this.sqlPort), VIRTUOSO_KEEP_DATA: '' };
  }
  static async start(): Promise<Virtuoso> {
    const v = new Virtuoso(await freePort(), await freePort());
    process.once('exit', v.#stopAtExit);
    await exec('bash', [SCRIPT, 'start', v.dir], { env: v.#env });
    return v;
  }
  async stop(): Promise<void> {
    await exec('bash', [SCRIPT, 'stop', this.dir], { env: this.#env });
    process.removeListener('exit', this.#stopAtExit);
  }
}
const isql = async (v: Virtuoso, sql: string) =>
  (await exec('isql-vt', [`127.0.0.1:${v.sqlPort}`, 'dba', 'dba', `exec=${sql}`], { maxBuffer: 1 << 26, timeout: 6 * 3_600_000 })).stdout;

async function sparql(v: Virtuoso, query: string): Promise<{ results: { bindings: Record<string, { value: string }>[] } }> {
  const r = await fetch(v.endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/sparql-results+json' },
    body: new URLSearchParams({ query }),
    signal: AbortSignal.timeout(REMOTE_TIMEOUT),
  });
  if (!r.ok) throw new Error(`Virtuoso: ${r.status} ${(await r.text()).slice(0, 300)}`);
  return (await r.json()) as never;
}
async function update(v: Virtuoso, text: string): Promise<void> {
  const r = await fetch(v.endpoint, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ update: text }),
    signal: AbortSignal.timeout(REMOTE_TIMEOUT),
  });
  if (!r.ok) throw new Error(`Virtuoso: ${r.status} ${(await r.text()).slice(0, 300)}`);
  await r.arrayBuffer();
}
/** The graphs and how many quads each holds (GROUP BY: Virtuoso 7 takes minutes over SELECT DISTINCT ?g here). */
const graphsOf = async (v: Virtuoso) =>
  new Map(
    (await sparql(v, 'SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g')).results.bindings.map((b) => [b.g!.value, Number(b.n!.value)]),
  );
const sum = (m: Map<string, number>) => [...m.values()].reduce((a, b) => a + b, 0);

/**
 * The bulk loader, then the catalog publish() would have written (`<default> dcterms:hasPart <graph>`
 * for every named graph, and `dcterms:modified`), so fromEndpoint finds the graphs. N-Quads' default
 * graph goes to the graph named in ld_dir, which is claimgraph's remote default graph.
 */
async function bulkLoad(v: Virtuoso, file: string, lib: typeof Lib) {
  const defaultGraph = lib.DEFAULT_REMOTE_GRAPH;
  const catalog = `${defaultGraph}/catalog`;
  const system = await graphsOf(v);
  // ld_dir reads only from DirsAllowed, which is the database's folder.
  const name = 'corpus.nq';
  try {
    linkSync(file, join(v.dir, name));
  } catch {
    copyFileSync(file, join(v.dir, name));
  }
  let t = performance.now();
  await isql(v, `ld_dir('${v.dir}', '${name}', '${defaultGraph}'); rdf_loader_run();`);
  const loadMs = performance.now() - t;
  const errors = (await isql(v, `SELECT ll_file, ll_error FROM DB.DBA.load_list WHERE ll_error IS NOT NULL;`))
    .match(/^\S+\s+.*$/gm)
    ?.filter((l) => l.includes(v.dir));
  t = performance.now();
  await isql(v, 'checkpoint;');
  const checkpointMs = performance.now() - t;
  t = performance.now();
  const after = await graphsOf(v);
  const named = [...after.keys()].filter((g) => !system.has(g) && g !== defaultGraph).sort();
  const dcterms = 'http://purl.org/dc/terms/';
  const triples = named.map((g) => `<${defaultGraph}> <${dcterms}hasPart> <${g}> .`);
  triples.push(`<${defaultGraph}> <${dcterms}modified> "${new Date().toISOString()}"^^<http://www.w3.org/2001/XMLSchema#dateTime> .`);
  await update(v, `DROP SILENT GRAPH <${catalog}>`);
  // Virtuoso compiles each operation to SQL of capped size: 500 triples an operation, as publish does.
  for (let i = 0; i < triples.length; i += 5000) {
    const ops: string[] = [];
    for (let j = i; j < Math.min(i + 5000, triples.length); j += 500)
      ops.push(`INSERT DATA { GRAPH <${catalog}> {\n${triples.slice(j, Math.min(j + 500, i + 5000, triples.length)).join('\n')}\n} }`);
    await update(v, ops.join(' ;\n'));
  }
  const catalogMs = performance.now() - t;
  const loaded = sum(after) - sum(system);
  return { loadMs, checkpointMs, catalogMs, graphs: named.length, loaded, errors: errors?.length ? errors.slice(0, 3) : undefined };
}

/** Virtuoso's resident memory and its database: file size, and the pages in use after a checkpoint. */
async function virtuosoMemory(v: Virtuoso) {
  const pid = readFileSync(join(v.dir, 'virtuoso.pid'), 'utf8').trim();
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (k: string) => Number(new RegExp(`^${k}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN) * 1024;
  const s = await isql(v, "checkpoint; status('');");
  const m = /File size (\d+), (\d+) pages, (\d+) free/.exec(s);
  return {
    rss: kb('VmRSS'),
    hwm: kb('VmHWM'),
    dbFile: statSync(join(v.dir, 'virtuoso.db')).size,
    dbUsed: m ? (Number(m[2]) - Number(m[3])) * 8192 : Number.NaN,
  };
}

// ── the run ─────────────────────────────────────────────────────────────────

type Row = Record<string, unknown> & { kind: string; triples?: number };
const round = (x: number) => (Number.isFinite(x) ? Math.round(x * 1000) / 1000 : x);
const clean = (r: Row): Row => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'number' ? round(v) : v])) as Row;

async function main() {
  const sizes = list(option('sizes')) ?? [1_000_000, 3_000_000, 10_000_000];
  const publishSizes = list(option('publish-sizes')) ?? [1_000_000];
  const localSizes = list(option('local-sizes'));
  const buffers = Number(option('buffers') ?? 500_000);
  const dataDir = option('data') ?? join(tmpdir(), 'claimgraph-crossover');
  const out = join(here, 'results', 'crossover.json');
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, '');
  const rows: Row[] = [];
  const emit = (r: Row) => {
    const c = clean(r);
    rows.push(c);
    appendFileSync(out, JSON.stringify(c) + '\n');
    console.log(JSON.stringify(c));
  };
  emit({
    kind: 'run',
    started: new Date().toISOString(),
    sizes,
    publish_sizes: publishSizes,
    reps,
    seed: SEED,
    buffers,
    machine: { cpus: cpus().length, cpu: cpus()[0]?.model, memory_gb: Math.round(totalmem() / 2 ** 30), node: process.version },
  });
  const lib = await loadLib();
  const PREFIXES = prefixDeclarations('sparql');
  const kg0 = new lib.ClaimGraph();
  const named = kg0.namedQueries().sort((a, b) => Number(a.split('-')[1]) - Number(b.split('-')[1]));
  let rssPerTriple = RSS_PER_TRIPLE_GUESS;
  process.env.VIRTUOSO_BUFFERS = String(buffers);
  process.env.VIRTUOSO_QUERY_TIMEOUT = String(REMOTE_TIMEOUT / 1000);

  for (const size of sizes) {
    // The corpus, streamed to a file (the same seed gives the same bytes).
    const file = join(dataDir, `corpus-${size}-s${SEED}.nq`);
    const meta = `${file}.json`;
    let c: { stats: { quads: number; bytes: number; articles: number; ms: number }; params: Parameters<typeof drawParams>[0]['params'] };
    if (existsSync(file) && existsSync(meta)) c = JSON.parse(readFileSync(meta, 'utf8'));
    else {
      log(`generating ${size} triples into ${file}`);
      const { stats, params } = writeCorpus({ triples: size, seed: SEED }, file);
      c = { stats, params };
      writeFileSync(meta, JSON.stringify(c));
    }
    const n = c.stats.quads;
    emit({ kind: 'corpus', triples: n, bytes: c.stats.bytes, articles: c.stats.articles, generate_ms: c.stats.ms, file });
    const queries: [string, string][] = [
      ...named.map((q): [string, string] => [q, kg0.namedQuery(q)]),
      ...Object.entries(corpusQueries(drawParams(c, SEED))).map(([k, q]): [string, string] => [k, `${PREFIXES}\n${q}`]),
    ];
    const queriesFile = join(dataDir, `queries-${size}.json`);
    writeFileSync(queriesFile, JSON.stringify(queries));

    // Whether the local side can run: the file must fit in one string, and the store comfortably in memory.
    const available = Number(/^MemAvailable:\s+(\d+)/m.exec(readFileSync('/proc/meminfo', 'utf8'))?.[1]) * 1024;
    const estimate = rssPerTriple * n;
    const reason =
      c.stats.bytes > MAX_STRING
        ? `the corpus file (${(c.stats.bytes / 2 ** 20).toFixed(0)} MB) is longer than V8's longest string (${MAX_STRING / 2 ** 20} MB); loadFile and the default engine's copy each need it as one`
        : estimate > available / 2
          ? `estimated ${(estimate / 2 ** 30).toFixed(1)} GB (${Math.round(rssPerTriple)} B/triple with the copy, as measured) is over half of the ${(available / 2 ** 30).toFixed(1)} GB available`
          : undefined;
    const runLocal = localSizes ? localSizes.includes(size) : !reason;
    if (!runLocal) {
      log(`local ${size}: skipped, ${reason ?? 'not in --local-sizes'}`);
      emit({ kind: 'local', triples: n, skipped: reason ?? 'not in --local-sizes', estimated_rss_bytes: estimate, available_bytes: available });
    }

    const v = await Virtuoso.start();
    try {
      log(`virtuoso for ${size}: ${v.endpoint} (${buffers} buffers, ${v.dir})`);
      const publish = publishSizes.includes(size) && runLocal;
      let local: LocalReport | undefined;
      if (runLocal) {
        try {
          local = await runChild(['--child', 'local', file, queriesFile, ...(publish ? [v.endpoint] : [])]);
          rssPerTriple = local.rss_after_queries / local.triples;
          emit({
            kind: 'local',
            triples: local.triples,
            graphs: local.graphs,
            load_ms: local.load_ms,
            load_triples_per_s: local.triples / (local.load_ms / 1000),
            rss_bytes_per_triple: local.rss / local.triples,
            heap_bytes_per_triple: (local.heap + local.external) / local.triples,
            rss_after_queries_bytes_per_triple: local.rss_after_queries / local.triples,
            first_query_ms: local.first.first_ms,
          });
        } catch (e) {
          log(`local ${size}: ${(e as Error).message}`);
          emit({ kind: 'local', triples: n, error: (e as Error).message });
        }
      }
      const pub = local?.publish;
      if (pub && 'ms' in pub)
        emit({ kind: 'publish', triples: pub.triples, ms: pub.ms, triples_per_s: pub.triples / (pub.ms / 1000), batches: pub.batches, graphs: pub.graphs });
      else {
        if (pub) emit({ kind: 'publish', triples: n, error: pub.error });
        log(`bulk loading ${n} quads`);
        const b = await bulkLoad(v, file, lib);
        emit({
          kind: 'bulk-load',
          triples: n,
          loaded: b.loaded,
          ms: b.loadMs,
          triples_per_s: n / (b.loadMs / 1000),
          checkpoint_ms: b.checkpointMs,
          catalog_ms: b.catalogMs,
          with_checkpoint_and_catalog_triples_per_s: n / ((b.loadMs + b.checkpointMs + b.catalogMs) / 1000),
          graphs: b.graphs,
          ...(b.errors ? { errors: b.errors } : {}),
        });
      }
      const loadedMemory = await virtuosoMemory(v);

      // The same queries through fromEndpoint.
      const remote = lib.ClaimGraph.fromEndpoint(v.endpoint, { timeout: REMOTE_TIMEOUT });
      const remoteGraphs = (await remote.graphs()).length;
      const run = (q: string) => (isAsk(q) ? () => remote.ask(q) : () => remote.select(q));
      const first = await timeQuery('first query after load (cq-4)', run(kg0.namedQuery('cq-4')));
      const remoteTimings: QueryTiming[] = [];
      for (const [name, q] of queries) {
        remoteTimings.push(await timeQuery(name, run(q)));
        log(`remote ${size} ${name}: ${remoteTimings.at(-1)!.p50_ms.toFixed(1)} ms, ${remoteTimings.at(-1)!.rows} rows`);
      }
      const mem = await virtuosoMemory(v);
      emit({
        kind: 'remote',
        triples: n,
        graphs_in_catalog: remoteGraphs - 1,
        local_graphs: local?.graphs,
        first_query_ms: first.first_ms,
        virtuoso_rss_after_load_bytes: loadedMemory.rss,
        virtuoso_rss_bytes: mem.rss,
        virtuoso_peak_rss_bytes: mem.hwm,
        rss_bytes_per_triple: mem.rss / n,
        db_file_bytes: mem.dbFile,
        db_used_bytes: mem.dbUsed,
        db_file_bytes_per_triple: mem.dbFile / n,
        db_used_bytes_per_triple: mem.dbUsed / n,
        buffers,
      });
      for (const [i, [name]] of queries.entries()) {
        const r = remoteTimings[i]!;
        const l = local?.queries[i];
        emit({
          kind: 'query',
          name,
          triples: n,
          remote_p50_ms: r.p50_ms,
          remote_first_ms: r.first_ms,
          remote_runs: r.runs,
          remote_rows: r.rows,
          ...(r.error ? { remote_error: r.error } : {}),
          ...(l
            ? {
                local_p50_ms: l.p50_ms,
                local_first_ms: l.first_ms,
                local_runs: l.runs,
                local_rows: l.rows,
                ...(l.error ? { local_error: l.error } : {}),
                remote_over_local: r.p50_ms / l.p50_ms,
                rows_agree: r.rows === l.rows,
              }
            : {}),
        });
      }
    } finally {
      await v.stop();
    }
  }
  console.log(`\n${table(rows)}`);
  log(`done; ${out}`);
}

// ── the Markdown tables ─────────────────────────────────────────────────────

const ms = (x: unknown) => (typeof x === 'number' && Number.isFinite(x) ? (x >= 100 ? Math.round(x).toLocaleString('en') : x.toFixed(x >= 10 ? 1 : 2)) : '—');
const count = (x: unknown) => (typeof x === 'number' && Number.isFinite(x) ? Math.round(x).toLocaleString('en') : '—');
const size = (t: unknown) => (typeof t === 'number' ? (t >= 1e6 ? `${(t / 1e6).toFixed(1)}M` : `${Math.round(t / 1000)}k`) : '');

function table(rows: Row[]): string {
  const sizes = [...new Set(rows.filter((r) => r.kind === 'corpus').map((r) => r.triples!))];
  const of = (kind: string, n: number) => rows.find((r) => r.kind === kind && r.triples === n);
  const lines: string[] = [];
  lines.push(
    '| triples | local load | local RSS | local RSS with the copy, after queries | first query local / remote | publish | bulk load (+ checkpoint, catalog) | Virtuoso RSS | Virtuoso database (used / file) |',
  );
  lines.push('|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
  for (const n of sizes) {
    const l = of('local', n);
    const p = of('publish', n);
    const b = of('bulk-load', n);
    const r = of('remote', n);
    const bpt = (x: unknown) => (typeof x === 'number' && Number.isFinite(x) ? `${count(x)} B/t` : '—');
    lines.push(
      [
        size(n),
        l?.skipped ? 'skipped' : l?.error ? 'failed' : `${ms(l?.load_ms)} ms (${count(l?.load_triples_per_s)} t/s)`,
        l?.skipped ? `~${(Number(l.estimated_rss_bytes) / 2 ** 30).toFixed(0)} GB needed` : bpt(l?.rss_bytes_per_triple),
        bpt(l?.rss_after_queries_bytes_per_triple),
        `${ms(l?.first_query_ms)} / ${ms(r?.first_query_ms)} ms`,
        p && !p.error ? `${ms(p.ms)} ms (${count(p.triples_per_s)} t/s)` : p?.error ? 'failed' : '—',
        b ? `${ms(b.ms)} ms (${count(b.triples_per_s)} t/s; ${count(b.with_checkpoint_and_catalog_triples_per_s)} t/s with them)` : '—',
        r ? `${bpt(r.rss_bytes_per_triple)} (${(Number(r.virtuoso_rss_bytes) / 2 ** 30).toFixed(2)} GB)` : '—',
        r ? `${bpt(r.db_used_bytes_per_triple)} / ${bpt(r.db_file_bytes_per_triple)}` : '—',
      ]
        .join(' | ')
        .replace(/^/, '| ')
        .replace(/$/, ' |'),
    );
  }
  lines.push('');
  const withLocal = sizes.filter((n) => rows.some((r) => r.kind === 'query' && r.triples === n && r.local_p50_ms !== undefined));
  const head = [
    'query',
    ...sizes.flatMap((n) => (withLocal.includes(n) ? [`${size(n)} local`, `${size(n)} remote`, 'remote / local'] : [`${size(n)} remote`])),
  ];
  lines.push(`| ${head.join(' | ')} |`);
  lines.push(
    `|---|${head
      .slice(1)
      .map(() => '---:')
      .join('|')}|`,
  );
  const names = [...new Set(rows.filter((r) => r.kind === 'query').map((r) => String(r.name)))];
  const notes: string[] = [];
  for (const name of names) {
    const cells = [name];
    for (const n of sizes) {
      const q = rows.find((r) => r.kind === 'query' && r.name === name && r.triples === n);
      const rowsNote = (x: unknown) => (typeof x === 'number' && Number.isFinite(x) ? ` (${count(x)})` : '');
      const remote = q?.remote_error ? 'error' : `${ms(q?.remote_p50_ms)}${rowsNote(q?.remote_rows)}`;
      if (withLocal.includes(n)) {
        cells.push(q?.local_error ? 'error' : `${ms(q?.local_p50_ms)}${rowsNote(q?.local_rows)}`, remote, q ? ms(q.remote_over_local) : '—');
        if (q && q.rows_agree === false) notes.push(`${name} at ${size(n)}: ${count(q.local_rows)} rows locally, ${count(q.remote_rows)} remote`);
      } else cells.push(remote);
      if (q?.remote_error) notes.push(`${name} at ${size(n)}, remote: ${q.remote_error}`);
      if (q?.local_error) notes.push(`${name} at ${size(n)}, local: ${q.local_error}`);
    }
    lines.push(`| ${cells.join(' | ')} |`);
  }
  if (notes.length) lines.push('', ...notes.map((x) => `- ${x}`));
  return lines.join('\n');
}

// ── entry ───────────────────────────────────────────────────────────────────

if (argv[0] === '--child') await childLocal(argv[2]!, argv[3]!, argv[4]);
else if (flag('table'))
  console.log(
    table(
      readFileSync(option('table') ?? join(here, 'results', 'crossover.json'), 'utf8')
        .split('\n')
        .filter(Boolean)
        .map((l) => JSON.parse(l) as Row),
    ),
  );
else {
  // Virtuoso's exit handler runs on process exit; make signals end through it, and take the child along.
  for (const sig of ['SIGINT', 'SIGTERM'] as const)
    process.on(sig, () => {
      current?.kill('SIGKILL');
      process.exit(130);
    });
  await main();
}
