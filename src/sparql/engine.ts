/**
 * SPARQL over the store through Comunica. The engine is imported on first use
 * (so importing claimgraph does not load it) and reused. Local queries use the
 * light RDF/JS engine; queries that name remote sources use the full one.
 */
import type { Quad, Term } from '@rdfjs/types';
import { DataFactory, type Store } from 'n3';
import { QueryAbortedError, QueryRefusedError, QueryTimeoutError, ResultLimitError, InvalidArgumentError, ClaimGraphError } from '../errors.js';
import { abortableSource } from './abortable.js';
import { checkCost } from './cost.js';
import { checkQuery, type CheckedQuery, type QueryForm } from './guard.js';
import { rowsOf, type Rows } from './results.js';

export interface QueryOptions {
  /** Milliseconds before the query is stopped (default 60 000; 0 for none). */
  timeout?: number;
  signal?: AbortSignal;
  /** Values for variables, passed as bindings (never pasted into the text). Strings that look like IRIs are not IRIs: pass a NamedNode or use `iri()`. */
  bindings?: Record<string, Term | string | number | boolean>;
  /** Remote SPARQL endpoints (or files) the query may reach, by SERVICE, FROM or as extra sources. */
  sources?: string[];
  /** Fail with ResultLimitError past this many rows or quads. */
  maxRows?: number;
  allowUpdate?: boolean;
  baseIRI?: string;
  /** Refuse queries whose unconnected patterns multiply past this many combinations (default 1e8). */
  maxCombinations?: number;
}

export const DEFAULT_TIMEOUT = 60_000;

type Engine = {
  queryBindings(q: string, c: object): Promise<AsyncIterable<unknown> & { destroy(e?: Error): void }>;
  queryBoolean(q: string, c: object): Promise<boolean>;
  queryQuads(q: string, c: object): Promise<AsyncIterable<Quad> & { destroy(e?: Error): void }>;
  queryVoid(q: string, c: object): Promise<void>;
};
type BindingsLike = { [Symbol.iterator](): Iterator<[Term, Term]> };

let local: Promise<Engine> | undefined;
let full: Promise<Engine> | undefined;

async function localEngine(): Promise<Engine> {
  return (local ??= import('@comunica/query-sparql-rdfjs-lite').then((m) => new m.QueryEngine() as unknown as Engine));
}
async function fullEngine(): Promise<Engine> {
  return (full ??= import('@comunica/query-sparql').then((m) => new m.QueryEngine() as unknown as Engine));
}

export class SparqlEngine {
  constructor(private readonly store: () => Store) {}

  async select(query: string, options: QueryOptions = {}): Promise<Rows> {
    return this.#run(query, options, ['SELECT'], async (engine, checked, context, signal) => {
      const stream = await engine.queryBindings(checked.text, context);
      const terms: Record<string, Term>[] = [];
      const variables = new Set<string>();
      await drain(stream, signal, (b) => {
        const row: Record<string, Term> = {};
        for (const [v, t] of b as BindingsLike) {
          row[v.value] = t;
          variables.add(v.value);
        }
        terms.push(row);
        if (options.maxRows !== undefined && terms.length > options.maxRows) throw tooMany(options.maxRows);
      });
      return rowsOf(checked.variables ?? [...variables], terms);
    });
  }

  async ask(query: string, options: QueryOptions = {}): Promise<boolean> {
    return this.#run(query, options, ['ASK'], (engine, checked, context, signal) => race(engine.queryBoolean(checked.text, context), signal));
  }

  /** CONSTRUCT and DESCRIBE. */
  async construct(query: string, options: QueryOptions = {}): Promise<Quad[]> {
    return this.#run(query, options, ['CONSTRUCT', 'DESCRIBE'], async (engine, checked, context, signal) => {
      const quads: Quad[] = [];
      await drain(await engine.queryQuads(checked.text, context), signal, (q) => {
        quads.push(q as Quad);
        if (options.maxRows !== undefined && quads.length > options.maxRows) throw tooMany(options.maxRows);
      });
      return quads;
    });
  }

  async update(query: string, options: QueryOptions = {}): Promise<void> {
    return this.#run(query, options, ['UPDATE'], (engine, checked, context, signal) => race(engine.queryVoid(checked.text, { ...context, destination: this.store() }), signal));
  }

  /** Any query form: the tagged result. */
  async query(query: string, options: QueryOptions = {}): Promise<{ form: 'SELECT'; rows: Rows } | { form: 'ASK'; boolean: boolean } | { form: 'CONSTRUCT' | 'DESCRIBE'; quads: Quad[] } | { form: 'UPDATE' }> {
    const { form } = checkQuery(query, this.#guard(options));
    if (form === 'SELECT') return { form, rows: await this.select(query, options) };
    if (form === 'ASK') return { form, boolean: await this.ask(query, options) };
    if (form === 'UPDATE') return (await this.update(query, options), { form });
    return { form, quads: await this.construct(query, options) };
  }

  #guard(options: QueryOptions) {
    const store = this.store();
    return { ...options, isLocalGraph: (iri: string) => store.countQuads(null, null, null, DataFactory.namedNode(iri)) > 0 };
  }

  async #run<T>(query: string, options: QueryOptions, forms: QueryForm[], execute: (engine: Engine, checked: CheckedQuery, context: object, signal: AbortSignal) => Promise<T>): Promise<T> {
    const checked = checkQuery(query, this.#guard(options));
    if (!forms.includes(checked.form)) {
      throw new InvalidArgumentError(`This is a ${checked.form} query; use ${checked.form === 'SELECT' ? 'select()' : checked.form === 'ASK' ? 'ask()' : checked.form === 'UPDATE' ? 'update()' : 'construct()'} for it.`);
    }
    const store = this.store();
    checkCost(checked.where, (s, p, o) => store.countQuads(s as never, p as never, o as never, null), options.maxCombinations);
    const timeout = options.timeout ?? DEFAULT_TIMEOUT;
    const stop = new AbortController();
    const timer = timeout > 0 ? setTimeout(() => stop.abort(new QueryTimeoutError(`The query was stopped after its timeout of ${timeout} ms. Pass a larger { timeout } (0 for none), or narrow the query (LIMIT, more specific patterns).`)), timeout) : undefined;
    const onAbort = () => stop.abort(new QueryAbortedError('The query was stopped by its AbortSignal.'));
    if (options.signal?.aborted) onAbort();
    options.signal?.addEventListener('abort', onAbort, { once: true });
    const reason = () => (stop.signal.reason instanceof Error ? stop.signal.reason : new QueryAbortedError('The query was stopped.'));
    try {
      const extra = options.sources ?? [];
      const engine = checked.remote.length || extra.length ? await fullEngine() : await localEngine();
      const source = abortableSource(this.store(), stop.signal);
      const context: Record<string, unknown> = {
        sources: [source, ...extra.map((url) => ({ type: /^https?:/.test(url) ? 'sparql' : 'file', value: url }))],
        ...(options.baseIRI ? { baseIRI: options.baseIRI } : {}),
        ...(options.bindings ? { initialBindings: await bindingsOf(options.bindings) } : {}),
      };
      return await execute(engine, checked, context, stop.signal);
    } catch (e) {
      if (stop.signal.aborted) throw reason();
      if (e instanceof ClaimGraphError) throw e;
      throw new ClaimGraphError(`The query failed: ${(e as Error).message}`, { cause: e });
    } finally {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      if (!stop.signal.aborted) stop.abort(new QueryAbortedError('The query has ended.'));
    }
  }
}

/** Consume a result stream, stopping it when the signal fires. */
async function drain(stream: AsyncIterable<unknown> & { destroy(e?: Error): void }, signal: AbortSignal, each: (item: unknown) => void): Promise<void> {
  const stop = () => stream.destroy(signal.reason as Error);
  signal.addEventListener('abort', stop, { once: true });
  try {
    for await (const item of stream) {
      if (signal.aborted) throw signal.reason;
      each(item);
    }
  } catch (e) {
    stream.destroy();
    throw e;
  } finally {
    signal.removeEventListener('abort', stop);
  }
}

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

/** Initial bindings: plain JS values become literals; RDF/JS terms pass through. */
async function bindingsOf(values: Record<string, Term | string | number | boolean>) {
  const { BindingsFactory } = await import('@comunica/utils-bindings-factory');
  const factory = new BindingsFactory(DataFactory as never);
  const entries: [Term, Term][] = [];
  for (const [name, value] of Object.entries(values)) {
    if (!/^\w+$/.test(name)) throw new QueryRefusedError(`"${name}" is not a variable name; bindings take names like "speaker" (for ?speaker).`);
    entries.push([DataFactory.variable(name), toTerm(value, name)]);
  }
  return factory.bindings(entries as never);
}

const IRI_LIKE = /^(https?|urn|file|mailto):\S+$/;

function toTerm(value: Term | string | number | boolean, name: string): Term {
  if (typeof value === 'object' && value && 'termType' in value) return value;
  if (typeof value === 'boolean') return DataFactory.literal(String(value), DataFactory.namedNode('http://www.w3.org/2001/XMLSchema#boolean'));
  if (typeof value === 'number') {
    const type = Number.isInteger(value) ? 'integer' : 'double';
    return DataFactory.literal(String(value), DataFactory.namedNode(`http://www.w3.org/2001/XMLSchema#${type}`));
  }
  if (typeof value === 'string') return IRI_LIKE.test(value) && !/[<>"{}|\\^`\s]/.test(value) ? DataFactory.namedNode(value) : DataFactory.literal(value);
  throw new InvalidArgumentError(`The binding for ?${name} must be a string, number, boolean or RDF/JS term.`);
}
