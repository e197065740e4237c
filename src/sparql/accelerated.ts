/**
 * The accelerated local engine: a copy of the store in Oxigraph (WebAssembly), held
 * in a worker thread. The n3 store stays the only source of truth; the copy is
 * reloaded (as N-Quads) whenever the store's version, or the store object, differs
 * from the one it was made from. Oxigraph's queries are synchronous and cannot be
 * interrupted, so a query that is stopped (timeout or AbortSignal) while it runs
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
 *    "2.5E0"^^xsd:double as "2.5". Plain values (numbers) are the same; the terms, and
 *    DATATYPE() or STR() of a stored number, are not.
 *  - SELECT * may list its variables in another order (explicit projections keep theirs).
 *  - Where the two engines disagree on SPARQL itself (string order, `P|P` paths; see
 *    test/differential), Oxigraph follows the specification.
 *  - Comunica refuses a binding for a GROUP BY variable; here it is bound with VALUES.
 * The copy costs about 0.7 to 1 KB per triple in the worker, and the first query after a
 * change reloads it whole (about 4 s at a million triples).
 */
import type { Quad, Term } from '@rdfjs/types';
import { createRequire } from 'node:module';
import { Worker } from 'node:worker_threads';
import { DataFactory, type Store } from 'n3';
import { WORKER_SOURCE } from './oxigraph-worker.js';
import { IRI_SAFE } from './rewrite.js';

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

type Encoded = [number, string?, string?, string?];
type EncodedRow = Record<string, Encoded>;

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

interface Reply {
  ok: boolean;
  message?: string;
  size?: number;
  boolean?: boolean;
  rows?: EncodedRow[];
  quads?: Encoded[][];
  tooMany?: boolean;
  trap?: boolean;
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
  /** Workers started, and copies loaded, over this engine's life. */
  readonly stats = { workers: 0, loads: 0, terminated: 0 };

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
        this.#synced = undefined;
        const reply = await this.#send(snapshot(store));
        if (!reply.ok) throw new AcceleratedEngineError(`The Oxigraph copy of the store could not be loaded: ${reply.message}`);
        this.#synced = { store, version: v };
        this.stats.loads++;
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
    const oxigraph = oxigraphModule();
    if (!oxigraph) throw new AcceleratedEngineError('The oxigraph package is not installed.');
    // No inherited flags: --input-type=module would make the script ESM, and loaders (tsx) only slow the start.
    const worker = new Worker(WORKER_SOURCE, { eval: true, execArgv: [], workerData: { oxigraph } });
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

  #send(message: object): Promise<Reply> {
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

/** The store as N-Quads text, with the quads N-Quads would not carry as they are (blank nodes) as encoded terms. */
function snapshot(store: Store): { type: 'load'; nquads: string; quads: Encoded[][] } {
  const lines: string[] = [];
  const quads: Encoded[][] = [];
  for (const q of store.readQuads(null, null, null, null)) {
    const s = nq(q.subject),
      p = nq(q.predicate),
      o = nq(q.object),
      g = nq(q.graph);
    if (s !== undefined && p !== undefined && o !== undefined && g !== undefined) lines.push(g ? `${s} ${p} ${o} ${g} .` : `${s} ${p} ${o} .`);
    else quads.push([encode(q.subject), encode(q.predicate), encode(q.object), encode(q.graph)]);
  }
  return { type: 'load', nquads: lines.join('\n'), quads };
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
