/**
 * ClaimGraph: one n3 Store holding one or many articles, and every way to read it.
 * The store is the only source of truth; typed views, SPARQL and the graphology
 * projection are derived from it and follow its version counter.
 */
import type { Quad, Term } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { readFile } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { compileWithPlaces } from './authoring/read.js';
import { assertConforms, validate } from './validate/index.js';
import { ClaimGraphError, InvalidArgumentError, ParseError, UnsupportedFormatError } from './errors.js';
import { inKeptForm } from './literal-forms.js';
import { nif } from './vocab.js';
import { DERIVED_FORMATS, EXPORT_FORMATS, formatFromPath, normalizeFormat, type ExportFormat, type InputFormat } from './io/formats.js';
import { decodeUtf8, parseRdf } from './io/parse.js';
import { serializeRdf } from './io/serialize.js';
import { ReadWriteLock } from './lock.js';
import { GraphView, filterArg } from './model/view.js';
import * as helpers from './model/helpers.js';
import type { ClaimFilter, EntityFilter, QuotationFilter, ArticleFilter } from './model/types.js';
import { VersionedStore } from './store.js';
import { prewarmSoon } from './sparql/accelerated.js';
import { SparqlEngine, type QueryOptions } from './sparql/engine.js';
import { listNamedQueries, namedQuery } from './sparql/named.js';
import { buildProjection, type Projection } from './traverse/projection.js';
import { PROJECTION_DELTA_SHARE, updateProjection } from './traverse/update.js';
import { centrality, neighbors, shortestPath, type WalkOptions } from './traverse/walk.js';
import { asDisplay, type Displayable, type DisplayOptions } from './render/display.js';
import { exportGraph, type ExportGraphOptions, type GraphFormat } from './render/exports.js';
import { drawGraph, type DrawOptions, type DrawTarget } from './render/svg.js';
import { explorerPage, type ExplorerOptions } from './render/html/payload.js';
import { planPublish, sendPublish, type PublishOptions, type PublishReport } from './remote/publish.js';
import { RemoteClaimGraph, type RemoteOptions } from './remote/endpoint.js';

export interface LoadOptions {
  /** Format name; by default taken from the file extension. */
  format?: InputFormat | string;
  baseIRI?: string;
  /** Name used in error messages (defaults to the file path). */
  source?: string;
  /** Annotations: run the SHACL shapes and the checks beyond them before loading (default true). */
  validate?: boolean;
  /**
   * Put the triples of a triples format (Turtle, N-Triples, RDF/XML, JSON-LD) into this named
   * graph instead of the default graph. Input that names graphs of its own is refused.
   */
  graph?: string;
  /**
   * Write numbers, booleans and time zones in the form the accelerated engine keeps, of the same
   * value: "1.0"^^xsd:decimal as "1", "05"^^xsd:integer as "5", an xsd:nonNegativeInteger (or
   * other derived integer type) as xsd:integer, "+00:00" as "Z". The terms change, the values do
   * not; the report counts them. Without it such literals are kept as written, and every query
   * over the graph goes to Comunica (see src/literal-forms.ts), correct but slower.
   */
  canonicalLiterals?: boolean;
  /**
   * Raw article text (.txt): load the draft the extractor makes of it. Every record and mention
   * carries the program as annotator and a confidence below 1, so it never passes for curated.
   */
  extract?: boolean;
}

export interface LoadReport {
  source: string;
  /** Quads new to the graph. */
  added: number;
  /** Quads read, including ones the graph already had. */
  read: number;
  /** Articles (schema:NewsArticle with a text) the load brought. */
  articles: string[];
  /** With `canonicalLiterals`: the literals written in the accelerated engine's form. */
  rewritten?: number;
}

export interface SerializeOptions {
  format: ExportFormat | string;
  /** Only this named graph ('default' for the default graph). */
  graph?: string;
}

/**
 * What the package's own modules reach inside a graph: the server runs any query form on the
 * engine under the read lock. Not exported from the index, so none of it is public.
 */
export interface GraphInternals {
  readonly lock: ReadWriteLock;
  readonly sparql: SparqlEngine;
}

let reach: (kg: ClaimGraph) => GraphInternals;

/** The lock and engine of a graph, for the package's own modules. */
export function internals(kg: ClaimGraph): GraphInternals {
  return reach(kg);
}

export class ClaimGraph {
  /** The n3 Store (an RDF/JS DatasetCore and Source); hand it to any RDF/JS tool. */
  readonly store: VersionedStore;
  /** Serialises loads against queries. */
  readonly #lock = new ReadWriteLock();
  #view?: GraphView;
  #projection?: { version: number; graph: Projection };

  static {
    reach = (kg) => ({
      lock: kg.#lock,
      get sparql() {
        return kg.#engine();
      },
    });
  }

  constructor(store?: VersionedStore) {
    this.store = store ?? new VersionedStore();
  }

  /** Number of quads in all graphs. */
  get size(): number {
    return this.store.size;
  }

  // ── loading ────────────────────────────────────────────────────────────────

  /** Load a file: Turtle, TriG, N-Triples, N-Quads, JSON-LD, RDF/XML, or an annotation (.yaml). Atomic. */
  async loadFile(path: string, options: LoadOptions = {}): Promise<LoadReport> {
    const format = options.extract ? 'text' : options.format ? normalizeFormat(options.format) : formatFromPath(path);
    let bytes: Buffer;
    try {
      bytes = await readFile(path);
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      throw new ClaimGraphError(
        `${path}: cannot read the file (${code ?? (e as Error).message}). Check the path${code === 'EISDIR' ? '; for a folder use loadCorpus()' : ''}.`,
        { cause: e },
      );
    }
    const source = options.source ?? path;
    const text = decodeUtf8(bytes, source);
    if (options.graph !== undefined && (options.extract || format === 'annotation')) throw graphForAnnotation(path);
    if (options.extract) return this.#commit(source, await this.#extract(text, path, options));
    if (format === 'annotation') return this.#commit(source, await this.#compile(text, path, options));
    return this.loadString(text, { ...options, format, source });
  }

  /** Load RDF or annotation text. Atomic: a syntax error leaves the graph unchanged. */
  async loadString(text: string, options: LoadOptions & { format: InputFormat | string }): Promise<LoadReport> {
    const format = normalizeFormat(options.format);
    const source = options.source ?? `<${format} string>`;
    const graph = options.graph === undefined ? undefined : graphName(options.graph, format, source);
    // Empty Turtle, TriG, N-Triples and N-Quads are valid, empty graphs; empty JSON, XML and YAML are not documents.
    const empty = !text.trim();
    if (empty && !['turtle', 'trig', 'ntriples', 'nquads'].includes(format))
      throw new ParseError(
        `${source}: the input is empty, which is not a ${format === 'annotation' ? 'annotation' : `${format} document`}; there is nothing to load.`,
        source,
      );
    const quads = empty
      ? []
      : format === 'annotation'
        ? await this.#compile(text, source, options)
        : await parseRdf(text, { format, baseIRI: options.baseIRI, source });
    const placed = graph ? intoGraph(quads, graph, source) : quads;
    if (!options.canonicalLiterals) return this.#commit(source, placed);
    let rewritten = 0;
    const kept = placed.map((q) => {
      const o = inKeptForm(q.object, { retype: true });
      if (o === q.object) return q;
      rewritten++;
      return DataFactory.quad(q.subject, q.predicate, o, q.graph);
    });
    return { ...(await this.#commit(source, kept)), rewritten };
  }

  /** An annotation compiled and validated; a graph that fails validation is never loaded. */
  async #extract(text: string, file: string, options: LoadOptions): Promise<Quad[]> {
    const [{ extractArticle, slugOf }, { compileAnnotation }] = await Promise.all([import('./extract/index.js'), import('./authoring/compile.js')]);
    const { quads } = compileAnnotation(extractArticle(text, { id: slugOf(file) }), text, file);
    if (options.validate !== false) assertConforms(await validate(quads), file);
    return quads;
  }

  async #compile(text: string, file: string, options: LoadOptions): Promise<Quad[]> {
    const check = options.validate !== false;
    const { compiled, places } = compileWithPlaces(text, { file, validate: check });
    if (check) assertConforms(await validate(compiled.quads, { places }), file);
    return compiled.quads;
  }

  /** Load from a stream of text chunks (a file stream, a socket). Read whole, then committed atomically. */
  async loadStream(stream: Readable | AsyncIterable<string | Uint8Array>, options: LoadOptions & { format: InputFormat | string }): Promise<LoadReport> {
    const chunks: Uint8Array[] = [];
    for await (const chunk of stream as AsyncIterable<string | Uint8Array>) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
    const source = options.source ?? '<stream>';
    return this.loadString(decodeUtf8(Buffer.concat(chunks), source), { ...options, source });
  }

  /** Add quads (atomic with respect to queries). */
  async add(quads: Iterable<Quad>): Promise<number> {
    return (await this.#commit('<add>', [...quads])).added;
  }

  /** Remove quads (atomic with respect to queries); returns how many were present. */
  async remove(quads: Iterable<Quad>): Promise<number> {
    const list = [...quads];
    return this.#lock.write(() => this.store.batch(() => list.reduce((n, q) => n + (this.store.removeQuad(q) ? 1 : 0), 0)));
  }

  async #commit(source: string, quads: Quad[]): Promise<LoadReport> {
    // A graph with data is likely to be queried: the SPARQL worker starts a moment after the load.
    prewarmSoon();
    // One batch: the whole load is one version of the store, one change for the copies to catch up on.
    return this.#lock.write(() => {
      let added = 0;
      this.store.batch(() => {
        for (const q of quads) if (this.store.addQuad(q)) added++;
      });
      const articles = [...new Set(quads.filter((q) => q.predicate.equals(nif.sourceUrl)).map((q) => q.object.value))];
      return { source, added, read: quads.length, articles };
    });
  }

  // ── export ─────────────────────────────────────────────────────────────────

  /** The graph (or one named graph) as Turtle, TriG, N-Triples, N-Quads or JSON-LD; or one nanopublication per statement (TriG), or the verdicts as ClaimReview JSON-LD. */
  async serialize(options: SerializeOptions): Promise<string> {
    const format = normalizeFormat(options.format, EXPORT_FORMATS);
    if (options.graph !== undefined && (DERIVED_FORMATS as readonly string[]).includes(format))
      throw new UnsupportedFormatError(`${format} is built from the whole graph (records, contents, editorial notes); leave out { graph }.`);
    const graph = options.graph === undefined ? null : options.graph === 'default' ? DataFactory.defaultGraph() : DataFactory.namedNode(options.graph);
    const quads = this.store.getQuads(null, null, null, graph);
    return serializeRdf(quads, format);
  }

  // ── SPARQL (an Oxigraph copy in a worker, or Comunica; loaded on first use) ─

  #sparql?: SparqlEngine;
  #engine(): SparqlEngine {
    return (this.#sparql ??= new SparqlEngine(() => this.store));
  }
  /**
   * @internal The engine, for the package's tests and benchmarks (which may hold a built copy of the
   * class, out of reach of `internals()`); left out of the published types.
   */
  get sparql(): SparqlEngine {
    return this.#engine();
  }

  /** Ends the accelerated SPARQL engine's worker thread (it never keeps the process alive; a later query starts it again). */
  close(): Promise<void> {
    return this.#sparql?.close() ?? Promise.resolve();
  }

  /** SELECT: rows of plain values (see `Row`), with the RDF/JS terms alongside. */
  select(query: string, options: QueryOptions = {}) {
    return this.#lock.read(() => this.#engine().select(query, options));
  }
  /** ASK: a boolean. */
  ask(query: string, options: QueryOptions = {}) {
    return this.#lock.read(() => this.#engine().ask(query, options));
  }
  /** CONSTRUCT or DESCRIBE: quads. */
  construct(query: string, options: QueryOptions = {}) {
    return this.#lock.read(() => this.#engine().construct(query, options));
  }
  /** SPARQL Update; refused unless `{ allowUpdate: true }`. Runs as a write, after the queries in flight. */
  update(query: string, options: QueryOptions = {}) {
    return this.#lock.write(() => this.#engine().update(query, options));
  }
  /** The text of a bundled named query (`cq-1` … `cq-16`). */
  namedQuery(name: string): string {
    return namedQuery(name);
  }
  namedQueries(): string[] {
    return listNamedQueries();
  }

  // ── typed views (read the store's indexes directly) ───────────────────────

  /** The current view of the store, renewed when the store has changed. */
  #currentView(): GraphView {
    if (!this.#view || this.#view.version !== this.store.version) this.#view = GraphView.after(this.#view, this.store, (v) => this.store.changesSince(v));
    return this.#view;
  }

  articles() {
    return helpers.articles(this.#currentView());
  }
  entities(filter: EntityFilter = {}) {
    return helpers.entities(this.#currentView(), filterArg(filter, 'entities'));
  }
  entity(idOrLabel: string | Term) {
    return helpers.entity(this.#currentView(), idOrLabel);
  }
  claims(filter: ClaimFilter = {}) {
    return helpers.claims(this.#currentView(), filterArg(filter, 'claims'));
  }
  quotations(filter: QuotationFilter = {}) {
    return helpers.quotations(this.#currentView(), filterArg(filter, 'quotations'));
  }
  weapons(filter: ArticleFilter = {}) {
    return helpers.weapons(this.#currentView(), filterArg(filter, 'weapons'));
  }
  sources(filter: ArticleFilter = {}) {
    return helpers.sources(this.#currentView(), filterArg(filter, 'sources'));
  }
  attribution(claimOrQuotation: string | Term) {
    return helpers.attribution(this.#currentView(), claimOrQuotation);
  }
  evidence(node: string | Term) {
    return helpers.evidence(this.#currentView(), node);
  }
  places(filter: ArticleFilter = {}) {
    return helpers.places(this.#currentView(), filterArg(filter, 'places'));
  }
  events(filter: ArticleFilter = {}) {
    return helpers.events(this.#currentView(), filterArg(filter, 'events'));
  }
  descriptions(filter: ArticleFilter = {}) {
    return helpers.descriptions(this.#currentView(), filterArg(filter, 'descriptions'));
  }
  notes(filter: ArticleFilter = {}) {
    return helpers.notes(this.#currentView(), filterArg(filter, 'notes'));
  }

  statements(filter: ClaimFilter = {}) {
    return helpers.statements(this.#currentView(), filterArg(filter, 'statements'));
  }

  // ── traversal ──────────────────────────────────────────────────────────────

  /**
   * The graphology MultiDirectedGraph projection of the store as it is now. Treat it as read-only.
   *
   * After a change the next call brings the projection up to date: a change of up to
   * `PROJECTION_DELTA_SHARE` of the store (an article, a few quads) is applied to the same
   * graph object in place, by the delta the store logged, so a graph kept from an earlier
   * call shows the change too once any traversal (`graph()`, `neighbors`, `path`, `central`,
   * `draw`, `exportGraph`) has run; a larger change, or one the log no longer reaches, builds
   * a new object. Either way, ask `kg.graph()` again after changing the graph rather than
   * keeping the object: a kept one may be stale (rebuilt) or have changed (updated). Copy it
   * (`graph.copy()`) to keep a version.
   */
  graph(): Projection {
    const current = this.#projection;
    if (current?.version === this.store.version) return current.graph;
    const view = this.#currentView();
    const changes = current && this.store.changesSince(current.version);
    if (current && changes && changes.added.length + changes.removed.length <= this.store.size * PROJECTION_DELTA_SHARE) {
      try {
        if (updateProjection(current.graph, view, changes)) {
          current.version = this.store.version;
          return current.graph;
        }
      } catch {
        // A graph edited by its caller (it is documented read-only) may refuse the update: build it afresh.
      }
    }
    this.#projection = { version: this.store.version, graph: buildProjection(view) };
    return this.#projection.graph;
  }

  /** Nodes within `depth` hops of an entity, claim or source (IRI, short id or label). */
  neighbors(node: string | Term, options: WalkOptions = {}) {
    return neighbors(this.graph(), helpers.resolveEntity(this.#currentView(), node), options);
  }

  /** The shortest connection between two nodes, following edges either way; null when unconnected. */
  path(from: string | Term, to: string | Term, options: Pick<WalkOptions, 'layers' | 'hubs'> = {}) {
    const view = this.#currentView();
    const path = shortestPath(this.graph(), helpers.resolveEntity(view, from), helpers.resolveEntity(view, to), options);
    if (!path) return null;
    // Each step that rests on a statement carries the sentence that makes it.
    const steps = path.steps.map((step) => {
      const sentence = step.statement && this.evidence(step.statement.iri)[0]?.sentences[0]?.text;
      return sentence ? { ...step, evidence: sentence.replace(/\s+/g, ' ') } : step;
    });
    return { ...path, steps };
  }

  /** The most central nodes (PageRank). */
  central(options: Parameters<typeof centrality>[1] = {}) {
    return centrality(this.graph(), options);
  }

  // ── corpus and validation ──────────────────────────────────────────────────

  /** SHACL shapes plus the checks beyond them (spans, sentences, layers, vocabulary); problems name annotation lines when known. */
  async validate(options: import('./validate/index.js').ValidateOptions = {}): Promise<import('./validate/index.js').ValidationReport> {
    const { validate } = await import('./validate/index.js');
    return this.#lock.read(() => validate(this, options));
  }

  // ── rendering and export for graph tools ───────────────────────────────────

  /** An SVG picture of a node's neighbourhood (`depth` hops, default 1), a list of nodes, or a subgraph. */
  draw(target: DrawTarget, options: DrawOptions = {}): string {
    return drawGraph(this.graph(), target, (x) => this.#currentView().resolve(x), options);
  }

  /** Wrap rows, helper results or an SVG so notebook kernels render them (HTML table, SVG); plain text elsewhere. */
  show(value: unknown, options: DisplayOptions = {}): Displayable {
    return asDisplay(value, options);
  }

  /** The projection, or the part around `options.node`, as GraphML, GEXF, DOT or Mermaid. */
  exportGraph(format: GraphFormat | string, options: ExportGraphOptions = {}): string {
    return exportGraph(this.graph(), format, options, (x) => this.#currentView().resolve(x));
  }

  /** A self-contained HTML page to explore the graph (search, statement panel, layer and statement filters). */
  toHTML(options: ExplorerOptions = {}): string {
    return explorerPage(this, options, this.#currentView());
  }

  // ── remote stores ──────────────────────────────────────────────────────────

  /**
   * Write every graph to a SPARQL 1.1 store (SPARQL Update, or the Graph Store Protocol
   * with `graphStore`), each staged and then moved under its name, so no half-written graph
   * shows; the default graph goes to a named graph (docs/remote.md). Reads the store under the lock.
   */
  async publish(endpoint: string, options: PublishOptions = {}): Promise<PublishReport> {
    const plan = await this.#lock.read(async () => planPublish(this.store, options));
    return sendPublish(plan, endpoint, options);
  }

  /**
   * SPARQL and the typed helpers (asynchronous there) over a store that claimgraph published to,
   * or over several as one (a corpus partitioned among stores: SPARQL through Comunica's
   * federation, the helpers over a copy of them all). Nothing is fetched until used.
   */
  static fromEndpoint(endpoint: string | readonly string[], options: RemoteOptions = {}): RemoteClaimGraph {
    return new RemoteClaimGraph(endpoint, options, async (quads) => {
      const kg = new ClaimGraph();
      await kg.add(quads);
      return kg;
    });
  }
}

const graphForAnnotation = (source: string) =>
  new InvalidArgumentError(`${source}: { graph } puts triples into one named graph; an annotation makes graphs of its own. Leave out { graph }.`);

/** The named graph of `{ graph }`: an absolute IRI, for input that has no graphs of its own. */
function graphName(iri: string, format: string, source: string): Quad['graph'] {
  if (format === 'annotation') throw graphForAnnotation(source);
  if (typeof iri !== 'string' || !/^[a-z][a-z0-9+.-]*:[^\s<>"{}|^`\\]*$/i.test(iri))
    throw new InvalidArgumentError(`{ graph } must be an absolute IRI such as "https://example.org/graph/1", not ${JSON.stringify(iri)}.`);
  return DataFactory.namedNode(iri);
}

function intoGraph(quads: Quad[], graph: Quad['graph'], source: string): Quad[] {
  const named = quads.find((q) => q.graph.termType !== 'DefaultGraph');
  if (named)
    throw new InvalidArgumentError(
      `${source}: the input names a graph of its own (${named.graph.value}), so { graph } cannot say where its quads go. Leave out { graph }, or load triples (Turtle, N-Triples).`,
    );
  return quads.map((q) => DataFactory.quad(q.subject, q.predicate, q.object, graph as never));
}
