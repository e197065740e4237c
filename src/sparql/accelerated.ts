/**
 * The accelerated local engine: a copy of the store in Oxigraph (WebAssembly), held
 * in a worker thread. The n3 store stays the only source of truth. When the store has
 * changed since the copy was made, the copy catches up by the delta (the quads added and
 * removed, from the store's change log, see ../store.ts) when the log reaches back to the
 * copy's version; otherwise (another store object, a store without a log, a log dropped
 * for its size, a new worker) it is reloaded whole as N-Quads. Oxigraph's queries are
 * synchronous and cannot be interrupted, so a query that is stopped (timeout or AbortSignal) while it runs
 * terminates the worker: the computation ends and the core is freed; the next query
 * starts a new worker, which reloads the copy. Stopping a query that is still waiting
 * for the copy to load leaves the load running for the queries after it.
 *
 * The worker is unreferenced while idle, so it never keeps the process alive.
 * Nothing here loads oxigraph in the main thread; the worker does, on first use.
 *
 * Where the answers differ from Comunica's:
 *  - Oxigraph stores numeric literals by value, so they come back in canonical form:
 *    "0"^^xsd:nonNegativeInteger as "0"^^xsd:integer, "300.0"^^xsd:decimal as "300",
 *    "2.5E0"^^xsd:double as "2.5". Under engine 'auto' a graph holding such literals is
 *    answered by Comunica (see ../literal-forms.ts and oxigraph-gaps.ts); asked for by name,
 *    this engine answers by value.
 *  - SELECT * may list its variables in another order (explicit projections keep theirs).
 *  - Where the two engines disagree on SPARQL itself (string order, `P|P` paths; see
 *    test/differential), Oxigraph follows the specification.
 *  - Comunica refuses a binding for a GROUP BY variable; here it is bound with VALUES.
 * The copy costs about 0.7 to 1 KB per triple in the worker; a full reload takes about 13 s
 * at a million triples (bench/README.md), a delta time in proportion to the change.
 *
 * Literals that Oxigraph stores as one value are two quads in n3 ("01" and "1" as
 * xsd:integer, "1" and "true" as xsd:boolean; language tags differing in case, from a data
 * factory that keeps the case): removing one of them from the copy removes both, so a delta re-adds what the store still holds for the same subject,
 * predicate, graph and datatype or language.
 *
 * How the worker's code is found: built, it is its own bundle next to this one
 * (dist/oxigraph-worker.cjs, tsup's `oxigraph-worker` entry), started as a file. Run from
 * source (tsx, vitest), this module is src/sparql/accelerated.ts and the worker
 * src/sparql/worker/oxigraph.ts, which Node 20 cannot start as TypeScript: it is compiled
 * once to CommonJS with esbuild (a development dependency, there wherever the sources run)
 * and started with `eval`. Both run the same code, with no inherited flags (loaders such
 * as tsx would only slow the start).
 */
import type { Quad, Term } from '@rdfjs/types';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { DataFactory, type Store } from 'n3';
import type { ChangeLog } from '../store.js';
import { IRI_SAFE } from './rewrite.js';
import type { Batch, Encoded, WorkerMessage, WorkerReply as Reply } from './worker/protocol.js';

let resolved: string | null | undefined;

/** The path of the oxigraph package's Node entry, or null when it is not installed (resolved, not loaded). */
export function oxigraphModule(): string | null {
  if (resolved === undefined) {
    try {
      resolved = createRequire(import.meta.url).resolve('oxigraph');
    } catch {
      resolved = null;
    }
  }
  return resolved;
}

export interface AcceleratedRequest {
  text: string;
  form: 'SELECT' | 'ASK' | 'CONSTRUCT' | 'DESCRIBE';
  base?: string;
  maxRows?: number;
}

export type AcceleratedAnswer = { boolean: boolean } | { rows: Record<string, Term>[] } | { quads: Quad[] } | { tooMany: true };

/**
 * A failure of the engine itself (load, crash) or an error Oxigraph reported for the query
 * (`query` true), as opposed to the query being stopped.
 */
export class AcceleratedEngineError extends Error {
  constructor(
    message: string,
    readonly query = false,
  ) {
    super(message);
  }
}

interface Job {
  request: AcceleratedRequest;
  signal: AbortSignal;
  resolve: (a: AcceleratedAnswer) => void;
  reject: (e: unknown) => void;
  settled: boolean;
  phase: 'queued' | 'load' | 'query';
}

export class AcceleratedEngine {
  #worker?: Worker;
  #reply?: { resolve: (r: Reply) => void; reject: (e: unknown) => void };
  #synced?: { store: object; version: number | undefined };
  #queue: Job[] = [];
  #current?: Job;
  /** Workers started (`prewarmed`: of them, taken from `prewarm`), copies loaded whole, copies brought up to date by a delta, and workers terminated, over this engine's life. */
  readonly stats = { workers: 0, prewarmed: 0, loads: 0, deltas: 0, terminated: 0 };

  /** `store` is a getter: the graph may replace its store object. */
  constructor(private readonly store: () => Store) {}

  /** Whether a worker thread exists now. */
  get running(): boolean {
    return this.#worker !== undefined;
  }

  /** Runs one query on the copy; rejects with the signal's reason when it fires. */
  run(request: AcceleratedRequest, signal: AbortSignal): Promise<AcceleratedAnswer> {
    return new Promise((resolve, reject) => {
      if (signal.aborted) return reject(signal.reason);
      const job: Job = { request, signal, resolve, reject, settled: false, phase: 'queued' };
      const onAbort = () => this.#stop(job);
      signal.addEventListener('abort', onAbort, { once: true });
      const settle = (f: () => void) => {
        if (job.settled) return;
        job.settled = true;
        signal.removeEventListener('abort', onAbort);
        f();
      };
      job.resolve = (a) => settle(() => resolve(a));
      job.reject = (e) => settle(() => reject(e));
      this.#queue.push(job);
      void this.#pump();
    });
  }

  /** Terminates the worker and fails the queries waiting for it; a later query starts a new worker. */
  close(): Promise<void> {
    for (const job of this.#queue.splice(0)) job.reject(new AcceleratedEngineError('The engine was closed.'));
    this.#current?.reject(new AcceleratedEngineError('The engine was closed.'));
    return this.#kill();
  }

  #stop(job: Job): void {
    job.reject(job.signal.reason);
    if (job === this.#current && job.phase === 'query') {
      // The only way to stop a synchronous WebAssembly computation.
      this.stats.terminated++;
      void this.#kill();
    } else if (job.phase === 'queued') {
      this.#queue = this.#queue.filter((j) => j !== job);
    }
    // A load in progress goes on: the queries after this one need it.
  }

  async #pump(): Promise<void> {
    if (this.#current) return;
    const job = this.#queue.shift();
    if (!job) return void this.#worker?.unref();
    this.#current = job;
    try {
      const worker = this.#ensureWorker();
      worker.ref();
      const store = this.store();
      const version = (store as { version?: unknown }).version;
      const v = typeof version === 'number' ? version : undefined;
      if (!this.#synced || this.#synced.store !== store || v === undefined || this.#synced.version !== v) {
        job.phase = 'load';
        const from = this.#synced?.store === store ? this.#synced.version : undefined;
        this.#synced = undefined;
        const changes = from === undefined || v === undefined ? undefined : (store as Store & Partial<ChangeLog>).changesSince?.(from);
        // A delta that fails in the worker leaves the copy unknown: it is reloaded whole.
        if (!changes || !(await this.#send(delta(store, changes))).ok) {
          const reply = await this.#send(snapshot(store));
          if (!reply.ok) throw new AcceleratedEngineError(`The Oxigraph copy of the store could not be loaded: ${reply.message}`);
          this.stats.loads++;
        } else {
          this.stats.deltas++;
        }
        this.#synced = { store, version: v };
      }
      if (!job.settled) {
        job.phase = 'query';
        const reply = await this.#send({ type: 'query', ...job.request });
        if (!reply.ok && reply.trap) {
          this.stats.terminated++;
          await this.#kill(); // the next query starts a fresh worker
          throw new AcceleratedEngineError(`Oxigraph ran out of stack or memory on this query (${reply.message}); its worker was restarted`, true);
        }
        if (!reply.ok) throw new AcceleratedEngineError(reply.message ?? 'Oxigraph failed.', true);
        job.resolve(decode(reply));
      }
    } catch (e) {
      job.reject(e);
    } finally {
      this.#current = undefined;
      void this.#pump();
    }
  }

  #ensureWorker(): Worker {
    if (this.#worker) return this.#worker;
    const spare = takeSpare();
    if (spare) this.stats.prewarmed++;
    prewarmed = true;
    const worker = spare ?? startWorker();
    this.stats.workers++;
    const lost = (e: unknown) => {
      if (this.#worker !== worker) return;
      this.#worker = undefined;
      this.#synced = undefined;
      const reply = this.#reply;
      this.#reply = undefined;
      reply?.reject(
        e instanceof Error
          ? new AcceleratedEngineError(`The Oxigraph worker failed: ${e.message}`)
          : new AcceleratedEngineError('The Oxigraph worker stopped.'),
      );
    };
    worker.on('message', (r: Reply) => {
      const reply = this.#reply;
      this.#reply = undefined;
      reply?.resolve(r);
    });
    worker.on('error', lost);
    worker.on('exit', () => lost(undefined));
    this.#worker = worker;
    return worker;
  }

  #send(message: WorkerMessage): Promise<Reply> {
    const worker = this.#ensureWorker();
    return new Promise((resolve, reject) => {
      this.#reply = { resolve, reject };
      worker.postMessage(message);
    });
  }

  async #kill(): Promise<void> {
    const worker = this.#worker;
    if (!worker) return;
    this.#worker = undefined;
    this.#synced = undefined;
    const reply = this.#reply;
    this.#reply = undefined;
    reply?.reject(new AcceleratedEngineError('The Oxigraph worker was terminated.'));
    await worker.terminate();
  }
}

// ── workers ──────────────────────────────────────────────────────────────────

/** `warm`: compile Oxigraph's code with a small load and query first (for a worker started ahead of need). */
function startWorker(warm = false): Worker {
  const oxigraph = oxigraphModule();
  if (!oxigraph) throw new AcceleratedEngineError('The oxigraph package is not installed.');
  const code = workerCode();
  // No inherited flags: --input-type=module would make the eval'd script ESM, and loaders (tsx) only slow the start.
  const options = { execArgv: [], workerData: { oxigraph, warm } };
  return 'file' in code ? new Worker(code.file, options) : new Worker(code.source, { ...options, eval: true });
}

/** A worker started ahead of need by `prewarm`, until an engine takes it. */
let spare: Worker | undefined;
/** Once a worker was started (ahead of need or by a query), there is nothing left to prewarm. */
let prewarmed = false;
/** After a load, how long the process must leave the worker alone before it starts one. */
const PREWARM_DELAY_MS = 250;

/**
 * Starts one worker, and compiles Oxigraph in it, in the background once per process, a moment
 * after the first load: the first engine that needs a worker takes it, so a query asked a moment
 * later (a notebook's next cell) does not wait the 0.3 to 0.7 s a worker takes to start. Not at
 * once: a starting worker slows the main thread by about 0.1 s, which a helper call or a query
 * made straight after the load would pay; such a query starts its worker itself, as before.
 * The timer and the worker are unreferenced, so neither keeps the process alive.
 */
export function prewarmSoon(): void {
  if (prewarmed || scheduled || !oxigraphModule()) return;
  scheduled = true;
  setTimeout(prewarm, PREWARM_DELAY_MS).unref();
}
let scheduled = false;

function prewarm(): void {
  if (prewarmed) return;
  prewarmed = true;
  try {
    const worker = startWorker(true);
    worker.unref();
    const forget = () => {
      if (spare === worker) spare = undefined;
    };
    worker.once('error', forget);
    worker.once('exit', forget);
    spare = worker;
  } catch {
    // The first query starts its own worker and reports what fails.
  }
}

function takeSpare(): Worker | undefined {
  const worker = spare;
  spare = undefined;
  worker?.removeAllListeners();
  return worker;
}

// ── the copy ─────────────────────────────────────────────────────────────────

const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';

const escapeLiteral = (s: string) => s.replace(/[\\"\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '"' ? '\\"' : c === '\n' ? '\\n' : '\\r'));

function nq(t: Term): string | undefined {
  switch (t.termType) {
    case 'NamedNode':
      return IRI_SAFE.test(t.value) ? `<${t.value}>` : undefined;
    case 'Literal': {
      const l = t as Term & { language: string; datatype: { value: string } };
      const text = `"${escapeLiteral(l.value)}"`;
      if (l.language) return /^[a-zA-Z]+(?:-[a-zA-Z0-9]+)*$/.test(l.language) ? `${text}@${l.language}` : undefined;
      if (l.datatype.value === XSD_STRING) return text;
      return IRI_SAFE.test(l.datatype.value) ? `${text}^^<${l.datatype.value}>` : undefined;
    }
    case 'DefaultGraph':
      return '';
    default:
      return undefined; // blank nodes (Oxigraph's parser would rename them) and anything unusual go as terms
  }
}

function encode(t: Term): Encoded {
  switch (t.termType) {
    case 'NamedNode':
      return [0, t.value];
    case 'BlankNode':
      return [1, t.value];
    case 'Literal': {
      const l = t as Term & { language: string; datatype: { value: string } };
      return [2, l.value, l.language, l.datatype.value];
    }
    default:
      return [3];
  }
}

/** Quads as N-Quads text, with the quads N-Quads would not carry as they are (blank nodes) as encoded terms. */
function batch(quads: Iterable<Quad>): Batch {
  const lines: string[] = [];
  const terms: Encoded[][] = [];
  for (const q of quads) {
    const s = nq(q.subject),
      p = nq(q.predicate),
      o = nq(q.object),
      g = nq(q.graph);
    if (s !== undefined && p !== undefined && o !== undefined && g !== undefined) lines.push(g ? `${s} ${p} ${o} ${g} .` : `${s} ${p} ${o} .`);
    else terms.push([encode(q.subject), encode(q.predicate), encode(q.object), encode(q.graph)]);
  }
  return { nquads: lines.join('\n'), quads: terms };
}

/** The whole store, to replace the copy. */
function snapshot(store: Store): WorkerMessage {
  return { type: 'load', ...batch(store.readQuads(null, null, null, null)) };
}

/** A literal Oxigraph may hold as the same value as another (see the header): typed other than xsd:string, or with a language. */
const foldable = (t: Term) => t.termType === 'Literal' && ((t as Literal).language !== '' || (t as Literal).datatype.value !== XSD_STRING);
type Literal = Term & { language: string; datatype: { value: string } };
const sameFold = (a: Literal, b: Literal) =>
  a.language ? a.language.toLowerCase() === b.language.toLowerCase() : !b.language && a.datatype.value === b.datatype.value;

/** The changes since the copy's version, with the quads a removal would take from the copy though the store still holds them. */
function delta(store: Store, changes: { added: Quad[]; removed: Quad[] }): WorkerMessage {
  const kept: Quad[] = [];
  for (const r of changes.removed) {
    if (!foldable(r.object)) continue;
    for (const q of store.readQuads(r.subject, r.predicate, null, r.graph))
      if (foldable(q.object) && sameFold(r.object as Literal, q.object as Literal)) kept.push(q);
  }
  return { type: 'delta', removed: batch(changes.removed), added: batch(kept.length ? [...changes.added, ...kept] : changes.added) };
}

let compiled: { file: URL } | { source: string } | undefined;

/** The worker's code: the built bundle next to this module, or the TypeScript source compiled (see the header). */
function workerCode(): { file: URL } | { source: string } {
  if (compiled) return compiled;
  const built = new URL('./oxigraph-worker.cjs', import.meta.url);
  if (existsSync(built)) return (compiled = { file: built });
  const source = fileURLToPath(new URL('./worker/oxigraph.ts', import.meta.url));
  if (!existsSync(source))
    throw new AcceleratedEngineError(
      `The Oxigraph worker is missing: neither ${fileURLToPath(built)} nor ${source} exists. Rebuild the package (npm run build).`,
    );
  let esbuild: { transformSync(code: string, options: object): { code: string } };
  try {
    esbuild = createRequire(import.meta.url)('esbuild');
  } catch (e) {
    throw new AcceleratedEngineError(
      `Running claimgraph from its TypeScript sources needs esbuild to compile ${source} (${(e as Error).message}): npm install with the development dependencies, or use the built package.`,
    );
  }
  const { code } = esbuild.transformSync(readFileSync(source, 'utf8'), { loader: 'ts', format: 'cjs', target: 'node20', sourcefile: source });
  return (compiled = { source: code });
}

function term(t: Encoded): Term {
  switch (t[0]) {
    case 0:
      return DataFactory.namedNode(t[1]!);
    case 1:
      return DataFactory.blankNode(t[1]!);
    case 2:
      return DataFactory.literal(t[1]!, t[2] ? t[2] : DataFactory.namedNode(t[3]!));
    default:
      return DataFactory.defaultGraph();
  }
}

function decode(reply: Reply): AcceleratedAnswer {
  if (reply.tooMany) return { tooMany: true };
  if (reply.boolean !== undefined) return { boolean: reply.boolean };
  if (reply.rows) {
    return {
      rows: reply.rows.map((row) => {
        const out: Record<string, Term> = {};
        for (const k in row) out[k] = term(row[k]!);
        return out;
      }),
    };
  }
  return { quads: (reply.quads ?? []).map(([s, p, o, g]) => DataFactory.quad(term(s!) as never, term(p!) as never, term(o!) as never, term(g!) as never)) };
}
