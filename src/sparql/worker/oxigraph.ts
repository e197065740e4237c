/**
 * The worker thread that holds the Oxigraph copy of the store (see ../accelerated.ts,
 * which also says how this file is found built and from source). It imports nothing
 * but Node's own modules: the path of the oxigraph package comes in `workerData`,
 * resolved by the main thread, and is loaded with `require` so the main thread's
 * module hooks and loaders never see it.
 *
 * Messages in:  { type: 'load', nquads, quads }     replace the copy
 *               { type: 'delta', removed, added }   remove, then add, each a Batch
 *               { type: 'query', text, form, base, maxRows }
 * A Batch is N-Quads text plus the quads with blank nodes as encoded terms (Oxigraph's
 * parser renames blank nodes; `add` and `delete` keep their labels).
 * Messages out: { ok: true } (a load or delta done; not the size, which Oxigraph counts by a pass over the store) | { ok: true, boolean } | { ok: true, rows } | { ok: true, quads }
 *               | { ok: true, tooMany: true } | { ok: false, message, trap }  (trap: a WebAssembly trap)
 * Terms travel as arrays: [0, iri] [1, label] [2, value, language, datatype] [3] (default graph).
 * One message at a time: the main thread sends the next only after the answer.
 */
import { createRequire } from 'node:module';
import { parentPort, workerData } from 'node:worker_threads';
import type * as Oxigraph from 'oxigraph';
import type { Batch, Encoded, EncodedRow, WorkerMessage, WorkerReply } from './protocol.js';

// `parse` is exported by the package but missing from its type declarations.
type Ox = typeof Oxigraph & { parse(input: string, options: { format: string }): Oxigraph.Quad[] };

const NQUADS = 'application/n-quads';
const port = parentPort;
if (!port) throw new Error('src/sparql/worker/oxigraph.ts runs as a worker thread; start it through AcceleratedEngine.');
const path = (workerData as { oxigraph: string }).oxigraph;
const ox = createRequire(path)(path) as Ox;
let store = new ox.Store();

function term(t: Encoded): Oxigraph.Term {
  switch (t[0]) {
    case 0:
      return ox.namedNode(t[1]!);
    case 1:
      return ox.blankNode(t[1]!);
    case 2:
      return t[2] ? ox.literal(t[1], t[2]) : ox.literal(t[1], ox.namedNode(t[3]!));
    default:
      return ox.defaultGraph();
  }
}

function quadOf(q: Encoded[]): Oxigraph.Quad {
  return ox.quad(
    term(q[0]!) as Oxigraph.Quad_Subject,
    term(q[1]!) as Oxigraph.Quad_Predicate,
    term(q[2]!) as Oxigraph.Quad_Object,
    term(q[3]!) as Oxigraph.Quad_Graph,
  );
}

function enc(t: Oxigraph.Term): Encoded {
  switch (t.termType) {
    case 'NamedNode':
      return [0, t.value];
    case 'BlankNode':
      return [1, t.value];
    case 'Literal':
      return [2, t.value, t.language, t.datatype.value];
    default:
      return [3];
  }
}

function add(batch: Batch): void {
  if (batch.nquads) store.load(batch.nquads, { format: NQUADS, no_transaction: true });
  for (const q of batch.quads) store.add(quadOf(q));
}

function remove(batch: Batch): void {
  const graphs = new Set<string>();
  const drop = (q: Oxigraph.Quad) => {
    store.delete(q);
    if (q.graph.termType === 'NamedNode') graphs.add(q.graph.value);
  };
  if (batch.nquads) for (const q of ox.parse(batch.nquads, { format: NQUADS })) drop(q);
  for (const q of batch.quads) drop(quadOf(q));
  // Oxigraph keeps a named graph whose last quad is deleted, and GRAPH ?g would still list it; the
  // store holds no empty graphs, so those are dropped. (A blank-node graph name cannot be written in
  // an update; such a graph stays listed until the next reload.)
  for (const g of graphs) {
    if (!/^[^<>"{}|^`\\\u0000-\u0020]*$/.test(g)) continue;
    if (!store.query(`ASK { GRAPH <${g}> { ?s ?p ?o } }`)) store.update(`DROP SILENT GRAPH <${g}>`);
  }
}

function query(m: Extract<WorkerMessage, { type: 'query' }>): WorkerReply {
  const options: { use_default_graph_as_union: boolean; base_iri?: string } = { use_default_graph_as_union: false };
  if (m.base) options.base_iri = m.base;
  const r = store.query(m.text, options);
  if (typeof r === 'boolean') return { ok: true, boolean: r };
  if (typeof r === 'string') return { ok: false, message: 'Oxigraph answered with text where terms were expected.' };
  if (m.maxRows !== undefined && r.length > m.maxRows) return { ok: true, tooMany: true };
  if (m.form === 'SELECT') {
    const solutions = r as Map<string, Oxigraph.Term>[];
    const rows: EncodedRow[] = new Array(solutions.length);
    for (let i = 0; i < solutions.length; i++) {
      const row: EncodedRow = {};
      for (const [k, v] of solutions[i]!) row[k] = enc(v);
      rows[i] = row;
    }
    return { ok: true, rows };
  }
  return { ok: true, quads: (r as Oxigraph.Quad[]).map((q) => [enc(q.subject), enc(q.predicate), enc(q.object), enc(q.graph)]) };
}

// A worker started ahead of need (see prewarm in ../accelerated.ts) runs a small load and query
// first: WebAssembly functions are compiled on their first call, which made the first real load
// about three times slower than the next.
if ((workerData as { warm?: boolean }).warm) {
  const s = '<urn:claimgraph:s>';
  add({
    nquads: `${s} <urn:claimgraph:p> "text"@en .\n${s} <urn:claimgraph:p> "1"^^<http://www.w3.org/2001/XMLSchema#integer> <urn:claimgraph:g> .\n${s} <urn:claimgraph:q> ${s} .\n`,
    quads: [],
  });
  query({
    type: 'query',
    form: 'SELECT',
    text: `SELECT ?o (COUNT(*) AS ?n) WHERE { ${s} ?p ?o OPTIONAL { GRAPH ?g { ?o ?q ?x } } FILTER(isLiteral(?o)) } GROUP BY ?o ORDER BY ?o`,
  });
  store = new ox.Store();
}

port.on('message', (m: WorkerMessage) => {
  try {
    if (m.type === 'load') {
      store = new ox.Store();
      add(m);
      port.postMessage({ ok: true } satisfies WorkerReply);
    } else if (m.type === 'delta') {
      remove(m.removed);
      add(m.added);
      port.postMessage({ ok: true } satisfies WorkerReply);
    } else {
      port.postMessage(query(m));
    }
  } catch (e) {
    // A WebAssembly trap (stack or memory exhausted) may leave the instance unusable: the main thread ends this worker.
    port.postMessage({ ok: false, message: String((e as Error | undefined)?.message ?? e), trap: e instanceof WebAssembly.RuntimeError } satisfies WorkerReply);
  }
});
