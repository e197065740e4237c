/**
 * Publish a store's graphs to a SPARQL 1.1 triple store. Every graph is written
 * into a staging graph first, then moved under its name (MOVE replaces a graph in one
 * step), so readers see a graph's previous complete version until then, and the new
 * complete version after. A failure drops the staging graphs.
 *
 * Staging graphs are named per publish (`…/graph/staging/<time>-<random>/<hash of the graph>`),
 * so two publishers of the same graph never write into each other's; the last to move wins,
 * each move a complete version. What an interrupted publish left (the process died) is dropped
 * by a later publish of the same graph once it is older than STALE_STAGING_MS, never younger,
 * as it may belong to a publish still running.
 *
 * Blank nodes are sent as skolem IRIs (terms.ts), so every batch is plain INSERT DATA, however
 * the quads are split, and stores federated in one query join on them.
 */
import type { Quad, Term } from '@rdfjs/types';
import { createHash, randomBytes } from 'node:crypto';
import type { Store } from 'n3';
import { ClaimGraphError, InvalidArgumentError } from '../errors.js';
import { BASE, PREFIXES } from '../vocab.js';
import { HttpClient, type EndpointOptions } from './http.js';
import { sparqlJson, sparqlUpdate } from './protocol.js';
import { iri, termText } from './terms.js';

/**
 * Where the local default graph goes. Not the store's default graph: in many stores
 * (Virtuoso, GraphDB, Fuseki with unionDefaultGraph) that is the union of all graphs,
 * so writing there would mix facts with claim contents and system data.
 */
export const DEFAULT_REMOTE_GRAPH = `${BASE}graph/default`;
const STAGING = `${BASE}graph/staging/`;
/** Staging graphs older than this are leftovers of a publish that died (a publish of a million triples takes minutes). */
const STALE_STAGING_MS = 6 * 3_600_000;

/** The graph listing what a publish wrote (`<default> dcterms:hasPart <graph>`), so readers and the next publish find them. */
export const catalogGraph = (defaultGraph: string) => `${defaultGraph}/catalog`;

export interface PublishProgress {
  /** The remote graph name. */
  graph: string;
  /** Triples of this graph sent so far. */
  sent: number;
  total: number;
}

export interface PublishOptions extends EndpointOptions {
  /** A Graph Store Protocol URL (e.g. Virtuoso's /sparql-graph-crud): batches are POSTed there; the final move still uses SPARQL Update. */
  graphStore?: string;
  /** Triples per request (default 5000). Triples linked through blank nodes travel together, so a batch may be larger. */
  batchSize?: number;
  onProgress?: (progress: PublishProgress) => void;
  /** The remote name of the local default graph (default DEFAULT_REMOTE_GRAPH). */
  defaultGraph?: string;
  /** Where to send the one query publish makes (the catalog read), when the store splits query and update URLs (Oxigraph: /query vs /update). */
  queryEndpoint?: string;
}

export interface PublishReport {
  endpoint: string;
  graphs: { graph: string; triples: number }[];
  triples: number;
  /** Requests that carried data. */
  batches: number;
  ms: number;
}

export interface PublishPlan {
  defaultGraph: string;
  /** The quads of each remote graph, the graphs in the store's order (the default graph first, even empty). */
  byGraph: Map<string, Quad[]>;
  /** Keeps this store's skolem IRIs apart from another's (see GENID in terms.ts). */
  publisher: string;
}

/** One name per store, so publishing it again names its blank nodes as before. */
const publishers = new WeakMap<Store, string>();

/** Read the store and check it (synchronous: run it under the graph's read lock). */
export function planPublish(store: Store, options: Pick<PublishOptions, 'defaultGraph'> = {}): PublishPlan {
  const defaultGraph = options.defaultGraph ?? DEFAULT_REMOTE_GRAPH;
  const catalog = catalogGraph(defaultGraph);
  const target = (g: Term): string => {
    if (g.termType === 'DefaultGraph') return defaultGraph;
    if (g.termType !== 'NamedNode') throw new InvalidArgumentError(`A graph named by a ${g.termType} cannot be published; SPARQL stores name graphs by IRI.`);
    if (g.value === defaultGraph || g.value === catalog || g.value.startsWith(STAGING))
      throw new InvalidArgumentError(`The local graph <${g.value}> has a name publish() uses itself; pass another { defaultGraph }.`);
    return g.value;
  };
  const byGraph = new Map<string, Quad[]>([[defaultGraph, []]]);
  for (const q of store.getQuads(null, null, null, null)) {
    const g = target(q.graph);
    (byGraph.get(g) ?? byGraph.set(g, []).get(g)!).push(q);
  }
  let publisher = publishers.get(store);
  if (!publisher) publishers.set(store, (publisher = randomBytes(6).toString('hex')));
  return { defaultGraph, byGraph, publisher };
}

/** Send a plan: stage every graph in batches, then move each under its name. */
export async function sendPublish(plan: PublishPlan, endpoint: string, options: PublishOptions = {}): Promise<PublishReport> {
  const started = performance.now();
  const { defaultGraph, byGraph, publisher } = plan;
  const total = (g: string) => byGraph.get(g)!.length;
  const line = (q: Quad) => `${termText(q.subject, publisher)} ${termText(q.predicate, publisher)} ${termText(q.object, publisher)} .`;
  const catalog = catalogGraph(defaultGraph);
  const batchSize = options.batchSize ?? 5000;
  if (!(batchSize >= 1)) throw new InvalidArgumentError(`batchSize must be at least 1, not ${batchSize}.`);
  const http = new HttpClient(options);
  const hash = (g: string) => createHash('sha256').update(g).digest('hex').slice(0, 24);
  const run = `${Date.now().toString(36)}-${randomBytes(6).toString('hex')}`;
  const staging = (g: string) => `${STAGING}${run}/${hash(g)}`;
  const graphs = [...byGraph.keys()];

  const cleanup = async () => {
    const quiet = new HttpClient({ ...options, signal: undefined, timeout: Math.min(options.timeout ?? 10_000, 10_000) });
    // Each request on its own: one that fails leaves the others to try.
    for (const chunk of chunks(graphs.map(staging), 200)) await dropGraphs(quiet, endpoint, chunk, 'clean-up').catch(() => undefined);
  };

  let batches = 0;
  try {
    // Leftovers of an interrupted publish of the same graphs, old enough not to be another publish's.
    const listed = await sparqlJson(
      http,
      options.queryEndpoint ?? endpoint,
      `SELECT DISTINCT ?g WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), "${STAGING}")) }`,
      undefined,
      'staging list',
    );
    const ours = new Set(graphs.map(hash));
    const leftovers = (listed.results?.bindings ?? [])
      .map((b) => b.g?.value)
      .filter((g): g is string => {
        const m = g ? /^([0-9a-z]+)-[0-9a-f]+\/([0-9a-f]+)$/.exec(g.slice(STAGING.length)) : null;
        return !!m && ours.has(m[2]!) && Date.now() - Number.parseInt(m[1]!, 36) > STALE_STAGING_MS;
      });
    await dropGraphs(http, endpoint, leftovers, 'staging clean-up');
    const sent = new Map<string, number>();
    for (const batch of pack(partsOf(byGraph), batchSize, !!options.graphStore)) {
      if (options.graphStore) {
        const url = `${options.graphStore}${options.graphStore.includes('?') ? '&' : '?'}graph=${encodeURIComponent(staging(batch[0]!.graph))}`;
        const body = batch.flatMap((part) => part.quads.map(line)).join('\n');
        const response = await http.request(url, { method: 'POST', headers: { 'content-type': 'text/turtle; charset=utf-8' }, body }, 'graph store upload');
        await response.arrayBuffer();
      } else {
        await sparqlUpdate(http, endpoint, insertText(batch, line, staging), 'batch insert');
      }
      batches++;
      for (const { graph, quads } of batch) {
        sent.set(graph, (sent.get(graph) ?? 0) + quads.length);
        options.onProgress?.({ graph, sent: sent.get(graph)!, total: total(graph) });
      }
    }
    // The flip. Each MOVE replaces one graph in one step. Virtuoso caps the SQL a request
    // compiles to, so moves go FLIP_OPS at a time: the named graphs first, then, in the last
    // request, the default graph (whose records point into them) and the catalog.
    const previous = await sparqlJson(
      http,
      options.queryEndpoint ?? endpoint,
      `SELECT ?g WHERE { GRAPH ${iri(catalog)} { ${iri(defaultGraph)} <${PREFIXES.dcterms}hasPart> ?g } }`,
      undefined,
      'catalog read',
    );
    const stale = (previous.results?.bindings ?? []).map((b) => b.g?.value).filter((g): g is string => !!g && !byGraph.has(g));
    const move = (g: string) => (total(g) > 0 ? `MOVE SILENT GRAPH ${iri(staging(g))} TO ${iri(g)}` : `DROP SILENT GRAPH ${iri(g)}`);
    const named = graphs.filter((g) => g !== defaultGraph);
    const ops = [...named.map(move), ...stale.map((g) => `DROP SILENT GRAPH ${iri(g)}`)];
    for (const chunk of chunks(ops, FLIP_OPS)) await sparqlUpdate(http, endpoint, chunk.join(' ;\n'), 'move');
    const hasPart = named.map((g) => `${iri(defaultGraph)} <${PREFIXES.dcterms}hasPart> ${iri(g)} .`);
    hasPart.push(`${iri(defaultGraph)} <${PREFIXES.dcterms}modified> "${new Date().toISOString()}"^^<${PREFIXES.xsd}dateTime> .`);
    const last = [
      move(defaultGraph),
      `DROP SILENT GRAPH ${iri(catalog)}`,
      ...chunks(hasPart, DATA_OP_SIZE).map((c) => `INSERT DATA { GRAPH ${iri(catalog)} {\n${c.join('\n')}\n} }`),
    ];
    await sparqlUpdate(http, endpoint, last.join(' ;\n'), 'final move');
  } catch (e) {
    await cleanup();
    if (e instanceof ClaimGraphError) throw e;
    throw new ClaimGraphError(`Publishing to ${endpoint} failed: ${(e as Error).message}`, { cause: e });
  }
  const list = graphs.map((graph) => ({ graph, triples: total(graph) }));
  return { endpoint, graphs: list, triples: list.reduce((n, g) => n + g.triples, 0), batches, ms: performance.now() - started };
}

type Part = { graph: string; quads: Quad[] };
const partsOf = (byGraph: Map<string, Quad[]>): Part[] => [...byGraph].map(([graph, quads]) => ({ graph, quads }));

/** Parts regrouped in batches of `size` quads, a part split where a batch is full; with `oneGraph`, a batch holds one graph. */
function* pack(parts: Iterable<Part>, size: number, oneGraph: boolean): Generator<Part[]> {
  let batch: Part[] = [];
  let room = size;
  for (const { graph, quads } of parts) {
    for (let i = 0; i < quads.length; ) {
      if (room === 0 || (oneGraph && batch.length && batch[0]!.graph !== graph)) {
        yield batch;
        batch = [];
        room = size;
      }
      const part = quads.slice(i, i + room);
      batch.push({ graph, quads: part });
      room -= part.length;
      i += part.length;
    }
  }
  if (batch.length) yield batch;
}

/**
 * One request per batch, in INSERT DATA operations of DATA_OP_SIZE triples, each with a GRAPH
 * block per graph it touches (Virtuoso compiles each operation to SQL, whose size it caps, and
 * fails on a request of many small operations).
 */
function insertText(batch: Part[], line: (q: Quad) => string, staging: (g: string) => string): string {
  return [...pack(batch, DATA_OP_SIZE, false)]
    .map((op) => `INSERT DATA {\n${op.map(({ graph, quads }) => `GRAPH ${iri(staging(graph))} {\n${quads.map(line).join('\n')}\n}`).join('\n')}\n}`)
    .join(' ;\n');
}

// Virtuoso compiles each operation to SQL and refuses past 10 000 lines of it.
const DATA_OP_SIZE = 500;
const FLIP_OPS = 100;

/** DROP SILENT of each graph, 200 to a request. */
async function dropGraphs(http: HttpClient, endpoint: string, graphs: string[], what: string): Promise<void> {
  for (const chunk of chunks(graphs, 200)) await sparqlUpdate(http, endpoint, chunk.map((g) => `DROP SILENT GRAPH ${iri(g)}`).join(' ;\n'), what);
}

function chunks<T>(xs: T[], n: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
}
