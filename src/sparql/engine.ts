/**
 * SPARQL over the store. Local reads go by default to the accelerated engine (an
 * Oxigraph copy of the store in a worker thread, see accelerated.ts) when the oxigraph
 * package can be loaded and the store has a version counter; everything else goes
 * through Comunica: updates (the n3 store is the truth), queries with remote sources,
 * bindings that text cannot carry, and, under `engine: 'auto'`, queries the accelerated
 * engine cannot run at all (its worker crashed or its copy did not load) or answers otherwise
 * than SPARQL asks (oxigraph-gaps.ts). An error Oxigraph
 * reports for the query itself is raised, naming the engine, never answered by Comunica
 * instead, so the same query never gets one engine's answer here and another's there.
 * Comunica is imported on first use (so importing claimgraph does not load it) and reused,
 * with linear-time REGEX and REPLACE (linear-regex.ts). Local queries use its light RDF/JS
 * engine (it starts faster); queries that name remote sources use the full one, an optional
 * peer dependency (@comunica/query-sparql) installed by those who need it.
 */
import type { Quad, Term } from '@rdfjs/types';
import { DataFactory, type Store } from 'n3';
import { ClaimGraphError, InvalidArgumentError, QueryAbortedError, QueryRefusedError, QueryTimeoutError, ResultLimitError } from '../errors.js';
import { abortableSource, stoppable } from './abortable.js';
import { AcceleratedEngine, AcceleratedEngineError, oxigraphModule, type AcceleratedAnswer } from './accelerated.js';
import { checkCost } from './cost.js';
import { checkQuery, type CheckedQuery, type QueryForm } from './guard.js';
import { installLinearRegex } from './linear-regex.js';
import { rowsOf, type Rows } from './results.js';
import { askAnswersFetch } from '../remote/ask.js';
import { deskolemised } from '../remote/terms.js';
import { oxigraphGaps } from './oxigraph-gaps.js';
import { rewriteQuery } from './rewrite.js';

/**
 * Which engine answers a read: 'oxigraph' (the accelerated local copy; local queries only),
 * 'comunica' (over the n3 store directly), or 'auto' (Oxigraph for local queries when it can
 * be loaded and the store has a version counter, Comunica otherwise and as the fallback).
 */
export type EngineChoice = 'auto' | 'oxigraph' | 'comunica';

export interface QueryOptions {
  /** Milliseconds before the query is stopped with QueryTimeoutError (default 60 000; 0 for none). */
  timeout?: number;
  /** Stops the query with QueryAbortedError when it fires. */
  signal?: AbortSignal;
  /**
   * Values for variables, handed to the engine as initial bindings (never pasted into the text).
   * Numbers and booleans become typed literals; strings become xsd:string literals, except absolute
   * http(s), urn, file and mailto IRIs, which become IRIs. Pass an RDF/JS term to be explicit.
   */
  bindings?: Record<string, Term | string | number | boolean>;
  /** Remote SPARQL endpoints or RDF documents the query may reach, by SERVICE, FROM or as extra sources. */
  sources?: string[];
  /** Fail with ResultLimitError past this many rows or quads. */
  maxRows?: number;
  /** Allow SPARQL Update (off by default: queries are read-only). */
  allowUpdate?: boolean;
  baseIRI?: string;
  /** Refuse, before running, queries whose unconnected patterns could multiply past this many combinations (no check by default). */
  maxCombinations?: number;
  /** Which engine answers a read (default 'auto'); updates always go through Comunica to the n3 store. */
  engine?: EngineChoice;
}

export type QueryResult =
  | { form: 'SELECT'; rows: Rows }
  | { form: 'ASK'; boolean: boolean }
  | { form: 'CONSTRUCT' | 'DESCRIBE'; quads: Quad[] }
  | { form: 'UPDATE' };

/** Long enough for any sensible query over an article corpus, short enough that a runaway one ends. */
const DEFAULT_TIMEOUT = 60_000;

type Stream<T> = {
  on(event: 'data', f: (item: T) => void): void;
  on(event: 'end', f: () => void): void;
  on(event: 'error', f: (e: unknown) => void): void;
  removeAllListeners(event: 'data'): void;
  destroy(e?: Error): void;
};
type Engine = {
  queryBindings(q: string, c: object): Promise<Stream<Iterable<[Term, Term]>>>;
  queryBoolean(q: string, c: object): Promise<boolean>;
  queryQuads(q: string, c: object): Promise<Stream<Quad>>;
  queryVoid(q: string, c: object): Promise<void>;
};

let local: Promise<Engine> | undefined;
let full: Promise<Engine> | undefined;
const created = { local: 0, full: 0 };

// Each engine gets linear-time REGEX and REPLACE before its first query (see linear-regex.ts).
const localEngine = () =>
  (local ??= import('@comunica/query-sparql-rdfjs-lite').then(
    (m) => (installLinearRegex('@comunica/query-sparql-rdfjs-lite'), created.local++, new m.QueryEngine() as unknown as Engine),
  ));
const fullEngine = () =>
  (full ??= import('@comunica/query-sparql').then(
    (m) => (installLinearRegex('@comunica/query-sparql'), created.full++, new m.QueryEngine() as unknown as Engine),
    (e) => {
      full = undefined;
      throw missingEngine(e);
    },
  ));

/** The full engine is an optional peer dependency (only remote sources need it): its absence names the install command. */
function missingEngine(e: unknown): unknown {
  const { code, message } = e as { code?: string; message?: string };
  if ((code !== 'ERR_MODULE_NOT_FOUND' && code !== 'MODULE_NOT_FOUND') || !message?.includes("'@comunica/query-sparql'")) return e;
  const install = 'npm install @comunica/query-sparql';
  return new ClaimGraphError(`Querying remote sources (the sources option or SERVICE) needs the full Comunica engine, an optional dependency: ${install}`, {
    cause: e,
  });
}

/** How many Comunica engines this process has built (each kind at most once). */
export function enginesCreated(): { local: number; full: number } {
  return { ...created };
}

const CALL: Record<QueryForm, string> = {
  SELECT: 'select()',
  ASK: 'ask()',
  CONSTRUCT: 'construct()',
  DESCRIBE: 'construct() or describe()',
  UPDATE: 'update()',
};

export class SparqlEngine {
  #accelerated?: AcceleratedEngine;

  /**
   * `store` is a getter: the graph may replace its store object. `source`, when given, is what
   * Comunica reads instead of the store, made for each query (several remote stores as one,
   * ../remote/federation.ts); its queries all go through Comunica.
   */
  constructor(
    private readonly store: () => Store,
    private readonly source?: (signal: AbortSignal) => object,
  ) {}

  /** The accelerated engine (created on first use; its worker starts with the first query it answers). */
  get accelerated(): AcceleratedEngine {
    return (this.#accelerated ??= new AcceleratedEngine(this.store));
  }

  /** Terminates the accelerated engine's worker; a later query starts a new one. */
  async close(): Promise<void> {
    await this.#accelerated?.close();
  }

  /** SELECT: rows of plain values, with `variables` and the RDF/JS `terms` alongside. */
  async select(query: string, options: QueryOptions = {}): Promise<Rows> {
    const checked = this.#check(query, options, ['SELECT']);
    const fast = await this.#fast(checked, options);
    return fast?.form === 'SELECT' ? fast.rows : this.#select(checked, options);
  }

  async ask(query: string, options: QueryOptions = {}): Promise<boolean> {
    const checked = this.#check(query, options, ['ASK']);
    const fast = await this.#fast(checked, options);
    return fast?.form === 'ASK' ? fast.boolean : this.#ask(checked, options);
  }

  /** CONSTRUCT and DESCRIBE. */
  async construct(query: string, options: QueryOptions = {}): Promise<Quad[]> {
    return this.#quads(this.#check(query, options, ['CONSTRUCT', 'DESCRIBE']), options);
  }

  async describe(query: string, options: QueryOptions = {}): Promise<Quad[]> {
    return this.#quads(this.#check(query, options, ['DESCRIBE']), options);
  }

  async #quads(checked: CheckedQuery, options: QueryOptions): Promise<Quad[]> {
    const fast = await this.#fast(checked, options);
    return fast && 'quads' in fast ? fast.quads : this.#construct(checked, options);
  }

  /** SPARQL Update; refused unless `allowUpdate: true`. */
  async update(query: string, options: QueryOptions = {}): Promise<void> {
    return this.#update(this.#check(query, options, ['UPDATE']), options);
  }

  /** Any query form, as a result tagged with its form. */
  async query(query: string, options: QueryOptions = {}): Promise<QueryResult> {
    const checked = this.#check(query, options);
    if (checked.form !== 'UPDATE') {
      const fast = await this.#fast(checked, options);
      if (fast) return fast;
    }
    switch (checked.form) {
      case 'SELECT':
        return { form: 'SELECT', rows: await this.#select(checked, options) };
      case 'ASK':
        return { form: 'ASK', boolean: await this.#ask(checked, options) };
      case 'UPDATE':
        return (await this.#update(checked, options), { form: 'UPDATE' });
      default:
        return { form: checked.form, quads: await this.#construct(checked, options) };
    }
  }

  /**
   * The answer of the accelerated engine, or undefined when the query is Comunica's: the
   * choice is 'comunica', the query reaches remote sources, a binding cannot be written as
   * text, or (under 'auto') the package is missing, the store has no version counter, or
   * the engine could not run (an error it reports for the query is raised instead).
   */
  async #fast(checked: CheckedQuery, options: QueryOptions): Promise<QueryResult | undefined> {
    const choice = options.engine ?? 'auto';
    if (choice !== 'auto' && choice !== 'oxigraph' && choice !== 'comunica') {
      throw new InvalidArgumentError(`{ engine } must be 'auto', 'oxigraph' or 'comunica', not ${JSON.stringify(choice)}.`);
    }
    if (choice === 'comunica' || checked.form === 'UPDATE' || this.source) return undefined;
    const remote = isRemote(checked, options);
    if (choice === 'oxigraph') {
      if (remote)
        throw new InvalidArgumentError("The oxigraph engine answers local queries only; use engine: 'auto' or 'comunica' for queries with { sources }.");
      if (!oxigraphModule()) throw new InvalidArgumentError("engine: 'oxigraph' needs the oxigraph package, which is not installed.");
    } else if (remote || !oxigraphModule() || typeof (this.store() as { version?: unknown }).version !== 'number') {
      return undefined;
    }
    let bindings: Map<string, Term> | undefined;
    if (options.bindings) {
      bindings = new Map();
      for (const [name, value] of Object.entries(options.bindings)) {
        if (!/^\w+$/.test(name)) throw new QueryRefusedError(`"${name}" is not a variable name; bindings take names like "speaker" (for ?speaker).`);
        bindings.set(name, toTerm(value, name));
      }
    }
    // What Oxigraph answers otherwise than SPARQL asks goes to Comunica under 'auto' (see oxigraph-gaps.ts).
    const gaps = oxigraphGaps(checked.parsed, this.store(), bindings);
    if (gaps.comunica && choice === 'auto') return undefined;
    const limit = checked.form === 'SELECT' && options.maxRows !== undefined ? options.maxRows + 1 : undefined;
    const text =
      bindings?.size || limit !== undefined || gaps.groupConcat
        ? rewriteQuery(checked.text, { bindings, limit, baseIRI: options.baseIRI, simpleGroupConcat: gaps.groupConcat })
        : checked.text;
    if (text === undefined) return undefined; // a blank node, or a term text cannot carry safely
    const form = checked.form;
    const request = (text: string) => ({
      text,
      form,
      ...(options.baseIRI ? { base: options.baseIRI } : {}),
      ...(options.maxRows !== undefined ? { maxRows: options.maxRows } : {}),
    });
    let answer: AcceleratedAnswer;
    try {
      answer = await withStop(options, async (signal) => {
        try {
          return await this.accelerated.run(request(text), signal);
        } catch (e) {
          // Oxigraph's parser misses some of SPARQL's spellings that sparqljs reads (keywords such as
          // TRUE in capitals): the same query, as sparqljs writes it back, is tried once more.
          if (!(e instanceof AcceleratedEngineError && e.query && /^error at \d+:\d+/.test(e.message)) || text !== checked.text) throw e;
          const again = rewriteQuery(checked.text, { baseIRI: options.baseIRI });
          if (again === undefined || again === text) throw e;
          return await this.accelerated.run(request(again), signal);
        }
      });
    } catch (e) {
      if (!(e instanceof AcceleratedEngineError)) throw e;
      // Only an engine that cannot run (not installed, crashed, copy not loaded) hands the query to
      // Comunica: an error Oxigraph reports for the query is the answer, so a query never gets another
      // engine's answer without the caller asking for it.
      if (choice === 'auto' && !e.query) return undefined;
      throw new ClaimGraphError(
        e.query
          ? `The query failed in the default engine (Oxigraph): ${e.message}. Pass { engine: 'comunica' } to run it with Comunica.`
          : `The query failed: ${e.message}`,
        { cause: e },
      );
    }
    if ('tooMany' in answer) throw tooMany(options.maxRows!);
    if ('boolean' in answer) return { form: 'ASK', boolean: answer.boolean };
    if ('quads' in answer) return { form: form as 'CONSTRUCT' | 'DESCRIBE', quads: answer.quads };
    return { form: 'SELECT', rows: rowsOf(variablesOf(checked, answer.rows), answer.rows) };
  }

  #check(query: string, options: QueryOptions, forms?: QueryForm[]): CheckedQuery {
    const store = this.store();
    const checked = checkQuery(query, { ...options, isLocalGraph: (iri) => store.countQuads(null, null, null, DataFactory.namedNode(iri)) > 0 });
    if (forms && !forms.includes(checked.form))
      throw new InvalidArgumentError(`This is ${checked.form === 'ASK' ? 'an' : 'a'} ${checked.form} query; use ${CALL[checked.form]} for it.`);
    if (options.maxCombinations !== undefined) {
      checkCost(checked.where, (s, p, o) => store.countQuads(s as never, p as never, o as never, null), options.maxCombinations);
    }
    return checked;
  }

  #select(checked: CheckedQuery, options: QueryOptions): Promise<Rows> {
    const remote = isRemote(checked, options);
    return this.#run(checked, options, async (engine, context, signal) => {
      const terms: Record<string, Term>[] = [];
      await drain(await race(engine.queryBindings(checked.text, context), signal), signal, (bindings) => {
        const row: Record<string, Term> = {};
        for (const [v, t] of bindings) row[v.value] = remote ? deskolemised(t) : t;
        terms.push(row);
        if (options.maxRows !== undefined && terms.length > options.maxRows) throw tooMany(options.maxRows);
      });
      return rowsOf(variablesOf(checked, terms), terms);
    });
  }

  #ask(checked: CheckedQuery, options: QueryOptions): Promise<boolean> {
    return this.#run(checked, options, (engine, context, signal) => race(engine.queryBoolean(checked.text, context), signal));
  }

  #construct(checked: CheckedQuery, options: QueryOptions): Promise<Quad[]> {
    const remote = isRemote(checked, options);
    return this.#run(checked, options, async (engine, context, signal) => {
      const quads: Quad[] = [];
      await drain(await race(engine.queryQuads(checked.text, context), signal), signal, (q) => {
        quads.push(remote ? DataFactory.quad(deskolemised(q.subject), q.predicate, deskolemised(q.object), q.graph) : q);
        if (options.maxRows !== undefined && quads.length > options.maxRows) throw tooMany(options.maxRows);
      });
      return quads;
    });
  }

  #update(checked: CheckedQuery, options: QueryOptions): Promise<void> {
    if ((checked.parsed as { updates?: unknown[] }).updates?.length === 0) return Promise.resolve(); // an empty update changes nothing
    // The destination is the source object itself, so blank nodes read from the store are written back as themselves.
    return this.#run(checked, options, (engine, context, signal) =>
      race(engine.queryVoid(checked.text, { ...context, destination: (context as { sources: unknown[] }).sources[0] }), signal),
    );
  }

  async #run<T>(checked: CheckedQuery, options: QueryOptions, execute: (engine: Engine, context: object, signal: AbortSignal) => Promise<T>): Promise<T> {
    return withStop(options, async (signal) => {
      try {
        const extra = options.sources ?? [];
        const remote = isRemote(checked, options);
        // Built outside the query's stoppable context, so nothing the engine keeps is tied to this query.
        const engine = await race(remote ? fullEngine() : localEngine(), signal);
        const initialBindings = options.bindings ? await bindingsOf(options.bindings) : undefined;
        const context = {
          sources: [this.source ? this.source(signal) : abortableSource(this.store(), signal), ...extra.map(sourceOf)],
          // Stores that answer ASK otherwise than the standard (Virtuoso 7) are read too, see ../remote/ask.ts.
          ...(remote ? { fetch: askAnswersFetch() } : {}),
          ...(options.baseIRI ? { baseIRI: options.baseIRI } : {}),
          ...(initialBindings ? { initialBindings } : {}),
        };
        return await stoppable(signal, () => execute(engine, context, signal));
      } catch (e) {
        if (signal.aborted || e instanceof ClaimGraphError) throw e;
        throw new ClaimGraphError(`The query failed: ${(e as Error).message}`, { cause: e });
      }
    });
  }
}

/** The query's variables (the projection, or those in scope for SELECT *), then any other an engine bound. */
function variablesOf(checked: CheckedQuery, rows: Record<string, Term>[]): string[] {
  const variables = new Set(checked.variables ?? []);
  for (const row of rows) for (const k in row) variables.add(k);
  return [...variables];
}

/**
 * Runs `work` with a signal that fires on the query's timeout or on the caller's signal, and
 * rejects with that reason once it has fired; the signal fires at the end in any case, so
 * whatever is still scheduled for the query is dropped.
 */
async function withStop<T>(options: QueryOptions, work: (signal: AbortSignal) => Promise<T>): Promise<T> {
  const timeout = options.timeout ?? DEFAULT_TIMEOUT;
  if (!(timeout >= 0)) throw new InvalidArgumentError(`{ timeout } must be a number of milliseconds (0 for none), not ${timeout}.`);
  const stop = new AbortController();
  const timer =
    timeout > 0
      ? setTimeout(
          () =>
            stop.abort(
              new QueryTimeoutError(
                `The query was stopped after its timeout of ${timeout} ms. Pass a larger { timeout } (0 for none), or narrow the query (LIMIT, more specific patterns).`,
              ),
            ),
          timeout,
        )
      : undefined;
  const onAbort = () => stop.abort(new QueryAbortedError('The query was stopped by its AbortSignal.'));
  if (options.signal?.aborted) onAbort();
  options.signal?.addEventListener('abort', onAbort, { once: true });
  try {
    return await work(stop.signal);
  } catch (e) {
    if (stop.signal.aborted) throw stop.signal.reason;
    throw e;
  } finally {
    clearTimeout(timer);
    options.signal?.removeEventListener('abort', onAbort);
    if (!stop.signal.aborted) stop.abort(new QueryAbortedError('The query has ended.'));
  }
}

/** An endpoint (path ending in /sparql) is queried as SPARQL; anything else is left to Comunica to identify. */
function sourceOf(url: string): string | { type: 'sparql'; value: string } {
  return /\/sparql\/?(?:[?#]|$)/.test(url) ? { type: 'sparql', value: url } : url;
}

/** Whether the query reaches beyond the local store (SERVICE, FROM or { sources }). */
const isRemote = (checked: CheckedQuery, options: QueryOptions) => checked.remote.length > 0 || (options.sources?.length ?? 0) > 0;

/** Consume a result stream; the signal rejects at once, since a stopped pipeline never ends by itself. */
function drain<T>(stream: Stream<T>, signal: AbortSignal, each: (item: T) => void): Promise<void> {
  return new Promise<void>((resolve, reject) => {
    const settle = (error?: unknown) => {
      signal.removeEventListener('abort', onAbort);
      stream.removeAllListeners('data');
      if (error === undefined) return resolve();
      stream.destroy();
      reject(error);
    };
    const onAbort = () => settle(signal.reason);
    if (signal.aborted) return onAbort();
    signal.addEventListener('abort', onAbort, { once: true });
    stream.on('error', settle);
    stream.on('end', () => settle());
    stream.on('data', (item) => {
      try {
        each(item);
      } catch (e) {
        settle(e);
      }
    });
  });
}

/** The work's result, or the signal's reason as soon as it fires (the stalled work is then dropped). */
function race<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const stop = () => reject(signal.reason);
    signal.addEventListener('abort', stop, { once: true });
    work.then(resolve, reject).finally(() => signal.removeEventListener('abort', stop));
  });
}

function tooMany(max: number): ResultLimitError {
  return new ResultLimitError(`The query returned more than ${max} results. Add LIMIT or narrower patterns, or raise { maxRows }.`);
}

/** Initial bindings: Comunica substitutes them into the parsed algebra, so values never meet the parser. */
async function bindingsOf(values: Record<string, Term | string | number | boolean>) {
  const { BindingsFactory } = await import('@comunica/utils-bindings-factory');
  const entries: [Term, Term][] = Object.entries(values).map(([name, value]) => {
    if (!/^\w+$/.test(name)) throw new QueryRefusedError(`"${name}" is not a variable name; bindings take names like "speaker" (for ?speaker).`);
    return [DataFactory.variable(name), toTerm(value, name)];
  });
  return new BindingsFactory(DataFactory as never).bindings(entries as never);
}

const XSD = 'http://www.w3.org/2001/XMLSchema#';
const IRI_LIKE = /^(?:https?:\/\/|urn:|file:|mailto:)[^<>"{}|\\^`\s]+$/;

/** A plain JS value as an RDF term: booleans and numbers typed, IRI-shaped strings as IRIs, other strings as xsd:string. */
export function toTerm(value: Term | string | number | boolean, name = 'value'): Term {
  const typed = (lexical: string, type: string) => DataFactory.literal(lexical, DataFactory.namedNode(XSD + type));
  if (typeof value === 'object' && value !== null && typeof (value as Term).termType === 'string') return value;
  if (typeof value === 'boolean') return typed(String(value), 'boolean');
  if (typeof value === 'number') {
    if (Number.isInteger(value) && Math.abs(value) < 1e21) return typed(BigInt(value).toString(), 'integer');
    if (Number.isFinite(value) && !/e/i.test(String(value))) return typed(String(value), 'decimal');
    return typed(Number.isNaN(value) ? 'NaN' : value === Infinity ? 'INF' : value === -Infinity ? '-INF' : String(value).toUpperCase(), 'double');
  }
  if (typeof value === 'string') return IRI_LIKE.test(value) ? DataFactory.namedNode(value) : DataFactory.literal(value);
  throw new InvalidArgumentError(`The binding for ?${name} must be a string, number, boolean or RDF/JS term, not ${value === null ? 'null' : typeof value}.`);
}
