/**
 * A claim graph published to a SPARQL store, read where it lives. SPARQL goes to the
 * endpoint whole (one request per query, the store's own optimiser and indexes);
 * the typed helpers, which make thousands of small lookups, read a copy of the
 * published graphs fetched once on first use (see docs/remote.md for the trade-off).
 * Over several stores (a corpus partitioned among them), SPARQL runs in Comunica over one
 * source standing for them all (federation.ts), and the helpers read one copy of them all.
 */
import type { Quad, Term } from '@rdfjs/types';
import { DataFactory, Store } from 'n3';
import { Generator as SparqlGenerator, Parser as SparqlParser } from 'sparqljs';
import { InvalidArgumentError, ResultLimitError } from '../errors.js';
import type { ClaimGraph } from '../graph.js';
import type { ClaimFilter, EntityFilter, QuotationFilter, ArticleFilter } from '../model/types.js';
import { type QueryOptions, SparqlEngine, toTerm } from '../sparql/engine.js';
import { checkQuery, type QueryForm } from '../sparql/guard.js';
import { listNamedQueries, namedQuery } from '../sparql/named.js';
import { rowsOf, type Rows } from '../sparql/results.js';
import { PREFIXES } from '../vocab.js';
import { tabularAsk } from './ask.js';
import { federatedSource } from './federation.js';
import { HttpClient, type EndpointOptions } from './http.js';
import { sparqlJson, sparqlQuads, sparqlUpdate, type Dataset } from './protocol.js';
import { DEFAULT_REMOTE_GRAPH, catalogGraph } from './publish.js';
import { iri, jsonTerm, readBackIri } from './terms.js';

const { quad, defaultGraph: localDefault } = DataFactory;

export interface RemoteOptions extends EndpointOptions {
  /** The remote name of the claim graph's default graph, as given to publish() (default DEFAULT_REMOTE_GRAPH). */
  defaultGraph?: string;
  /**
   * The dataset queries run against. By default the published default graph as the
   * query's default graph (default-graph-uri), named graphs left to the store; Virtuoso
   * and Oxigraph then let GRAPH ?g reach every graph. Stores that take the protocol's
   * dataset literally (Fuseki) need `namedGraphs` too: `await remote.graphs()` lists them.
   */
  dataset?: Dataset;
  /** Where update() sends SPARQL Update, when the store splits query and update URLs (Oxigraph: /update). */
  updateEndpoint?: string;
}

/** Remote queries take the local options; `timeout` and `signal` apply to the HTTP request. */
export type RemoteQueryOptions = Pick<QueryOptions, 'timeout' | 'signal' | 'bindings' | 'sources' | 'maxRows' | 'allowUpdate' | 'baseIRI'>;

export class RemoteClaimGraph {
  readonly defaultGraph: string;
  /** Every store of the graph; `endpoint` is the first. */
  readonly endpoints: readonly string[];
  readonly #http: HttpClient;
  readonly #dataset: Dataset;
  #local?: Promise<ClaimGraph>;
  #federation?: SparqlEngine;

  /** Made by ClaimGraph.fromEndpoint, which hands in how to build a local graph (so this module need not import graph.ts). */
  constructor(
    endpoints: string | readonly string[],
    readonly options: RemoteOptions,
    private readonly graphOf: (quads: Quad[]) => Promise<ClaimGraph>,
  ) {
    this.endpoints = typeof endpoints === 'string' ? [endpoints] : [...endpoints];
    if (!this.endpoints.length) throw new InvalidArgumentError('No endpoint was given: pass the URL of a SPARQL endpoint, or several.');
    for (const e of this.endpoints) if (!/^https?:\/\//.test(e)) throw new InvalidArgumentError(`"${e}" is not an http(s) URL of a SPARQL endpoint.`);
    this.defaultGraph = options.defaultGraph ?? DEFAULT_REMOTE_GRAPH;
    this.#http = new HttpClient(options);
    this.#dataset = options.dataset ?? { defaultGraphs: [this.defaultGraph] };
  }

  get endpoint(): string {
    return this.endpoints[0]!;
  }

  /** Over several stores, queries go to Comunica over all of them as one source (federation.ts). */
  get #federated(): SparqlEngine {
    if (!this.#federation) {
      const empty = new Store(); // nothing local: FROM and the like name no local graph
      this.#federation = new SparqlEngine(
        () => empty,
        (signal) => federatedSource(this.endpoints, this.#http, this.defaultGraph, signal),
      );
    }
    return this.#federation;
  }

  // ── SPARQL, answered by the store ─────────────────────────────────────────

  async select(query: string, options: RemoteQueryOptions = {}): Promise<Rows> {
    if (this.endpoints.length > 1) return this.#federated.select(query, options);
    const { text, variables } = this.#check(query, options, ['SELECT']);
    const json = await sparqlJson(this.#http, this.endpoint, text, this.#dataset, 'query', options);
    const bindings = json.results?.bindings ?? [];
    if (options.maxRows !== undefined && bindings.length > options.maxRows) throw tooMany(options.maxRows);
    const terms = bindings.map((b) => Object.fromEntries(Object.entries(b).map(([k, v]) => [k, jsonTerm(v, this.endpoint)])));
    return rowsOf(variables ?? json.head?.vars ?? [], terms);
  }

  async ask(query: string, options: RemoteQueryOptions = {}): Promise<boolean> {
    if (this.endpoints.length > 1) return this.#federated.ask(query, options);
    const { text } = this.#check(query, options, ['ASK']);
    const json = await sparqlJson(this.#http, this.endpoint, text, this.#dataset, 'query', options);
    if (typeof json.boolean === 'boolean') return json.boolean;
    // Virtuoso 7 answers ASK as one row of __ASK_RETVAL (1 or 0), or no row.
    return tabularAsk(json) ?? false;
  }

  async construct(query: string, options: RemoteQueryOptions = {}): Promise<Quad[]> {
    if (this.endpoints.length > 1) return this.#federated.construct(query, options);
    const { text } = this.#check(query, options, ['CONSTRUCT', 'DESCRIBE']);
    const quads = await sparqlQuads(this.#http, this.endpoint, text, this.#dataset, 'query', options);
    if (options.maxRows !== undefined && quads.length > options.maxRows) throw tooMany(options.maxRows);
    return quads;
  }

  /** SPARQL Update on the store; refused unless `{ allowUpdate: true }`. */
  async update(query: string, options: RemoteQueryOptions = {}): Promise<void> {
    if (this.endpoints.length > 1) throw new InvalidArgumentError('An update goes to one store: use ClaimGraph.fromEndpoint(url) for the store to change.');
    const { text } = this.#check(query, options, ['UPDATE']);
    await sparqlUpdate(this.#http, this.options.updateEndpoint ?? this.endpoint, text, 'update', options);
    this.refresh();
  }

  namedQuery(name: string): string {
    return namedQuery(name);
  }
  namedQueries(): string[] {
    return listNamedQueries();
  }

  /** The library's guard (no updates, no SERVICE to unnamed endpoints), bindings as a VALUES block. */
  #check(query: string, options: RemoteQueryOptions, forms: QueryForm[]) {
    // FROM names graphs of this store, which is where the query runs.
    const checked = checkQuery(query, { ...options, isLocalGraph: () => true });
    if (!forms.includes(checked.form))
      throw new InvalidArgumentError(
        `This is ${checked.form === 'ASK' ? 'an' : 'a'} ${checked.form} query; use ${checked.form === 'SELECT' ? 'select()' : checked.form === 'ASK' ? 'ask()' : checked.form === 'UPDATE' ? 'update()' : 'construct()'} for it.`,
      );
    if (!options.bindings || !Object.keys(options.bindings).length) return checked;
    if (checked.form === 'UPDATE') throw new InvalidArgumentError('Bindings are not supported for remote updates.');
    const names = Object.keys(options.bindings);
    for (const n of names)
      if (!/^\w+$/.test(n)) throw new InvalidArgumentError(`"${n}" is not a variable name; bindings take names like "speaker" (for ?speaker).`);
    // A VALUES block first in WHERE (Virtuoso mishandles a trailing VALUES on unprojected variables).
    const parsed = new SparqlParser({ baseIRI: options.baseIRI }).parse(checked.text) as { where?: unknown[] };
    const value = (n: string) => {
      const t = toTerm(options.bindings![n]!, n);
      if (t.termType !== 'BlankNode') return t;
      const named = readBackIri(t.value);
      if (!named) throw new InvalidArgumentError(`The blank node ${t.value} bound to ?${n} is not one read from this store; bind an IRI or a literal.`);
      return DataFactory.namedNode(named);
    };
    parsed.where = [{ type: 'values', values: [Object.fromEntries(names.map((n) => [`?${n}`, value(n)]))] }, ...(parsed.where ?? [])];
    return { ...checked, text: new SparqlGenerator().stringify(parsed as never) };
  }

  // ── the published graphs ─────────────────────────────────────────────────

  /** The remote names of the published graphs: the default graph first, then those the catalogs list (of every store). */
  async graphs(): Promise<string[]> {
    const named = new Set<string>();
    for (const endpoint of this.endpoints) for (const g of await this.#catalog(endpoint)) named.add(g);
    return [this.defaultGraph, ...[...named].sort()];
  }

  async #catalog(endpoint: string): Promise<string[]> {
    const json = await sparqlJson(
      this.#http,
      endpoint,
      `SELECT ?g WHERE { GRAPH ${iri(catalogGraph(this.defaultGraph))} { ${iri(this.defaultGraph)} <${PREFIXES.dcterms}hasPart> ?g } }`,
      undefined,
      'catalog read',
    );
    return (json.results?.bindings ?? []).map((b) => b.g?.value).filter((g): g is string => !!g);
  }

  /**
   * A local ClaimGraph holding a copy of the published graphs (the default graph back as the
   * default graph), from every store. The default graph, the bulk of a claim graph, comes as
   * N-Triples (Virtuoso writes SPARQL JSON at about 11k rows/s, N-Triples about eight times
   * faster); the named graphs as SELECT results, which carry the graph name.
   */
  async pull(): Promise<ClaimGraph> {
    const quads: Quad[] = [];
    for (const endpoint of this.endpoints) {
      for (const q of await sparqlQuads(
        this.#http,
        endpoint,
        `CONSTRUCT { ?s ?p ?o } WHERE { GRAPH ${iri(this.defaultGraph)} { ?s ?p ?o } }`,
        undefined,
        'pull',
      ))
        quads.push(quad(q.subject, q.predicate, q.object, localDefault()));
      const named = await this.#catalog(endpoint);
      for (let i = 0; i < named.length; i += 500) {
        const json = await sparqlJson(
          this.#http,
          endpoint,
          `SELECT ?g ?s ?p ?o WHERE { VALUES ?g { ${named
            .slice(i, i + 500)
            .map(iri)
            .join(' ')} } GRAPH ?g { ?s ?p ?o } }`,
          undefined,
          'pull',
        );
        for (const b of json.results?.bindings ?? []) {
          const [g, s, p, o] = [b.g, b.s, b.p, b.o].map((t) => jsonTerm(t!, endpoint)) as [Term, Term, Term, Term];
          quads.push(quad(s as never, p as never, o as never, g as never));
        }
      }
    }
    return this.graphOf(quads);
  }

  /** Forget the copy the helpers read, so the next helper call fetches the store's current state. */
  refresh(): void {
    this.#local = undefined;
  }

  /** The copy the helpers read, fetched on first use. */
  local(): Promise<ClaimGraph> {
    const pending = (this.#local ??= this.pull());
    pending.catch(() => (this.#local === pending ? (this.#local = undefined) : undefined));
    return pending;
  }

  // ── typed helpers (as on ClaimGraph, asynchronous) ───────────────────────

  async articles() {
    return (await this.local()).articles();
  }
  async entities(filter: EntityFilter = {}) {
    return (await this.local()).entities(filter);
  }
  async entity(idOrLabel: string | Term) {
    return (await this.local()).entity(idOrLabel);
  }
  async claims(filter: ClaimFilter = {}) {
    return (await this.local()).claims(filter);
  }
  async quotations(filter: QuotationFilter = {}) {
    return (await this.local()).quotations(filter);
  }
  async weapons(filter: ArticleFilter = {}) {
    return (await this.local()).weapons(filter);
  }
  async sources(filter: ArticleFilter = {}) {
    return (await this.local()).sources(filter);
  }
  async attribution(node: string | Term) {
    return (await this.local()).attribution(node);
  }
  async evidence(node: string | Term) {
    return (await this.local()).evidence(node);
  }
  async places(filter: ArticleFilter = {}) {
    return (await this.local()).places(filter);
  }
  async events(filter: ArticleFilter = {}) {
    return (await this.local()).events(filter);
  }
  async descriptions(filter: ArticleFilter = {}) {
    return (await this.local()).descriptions(filter);
  }
  async notes(filter: ArticleFilter = {}) {
    return (await this.local()).notes(filter);
  }
  async statements(filter: ClaimFilter = {}) {
    return (await this.local()).statements(filter);
  }
}

function tooMany(max: number): ResultLimitError {
  return new ResultLimitError(`The query returned more than ${max} results. Add LIMIT or narrower patterns, or raise { maxRows }.`);
}
