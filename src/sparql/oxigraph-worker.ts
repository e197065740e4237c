/**
 * The code of the worker thread that holds the Oxigraph copy of the store. It is
 * plain JavaScript run with `eval`, so it needs no separate file in the build; the
 * path of the oxigraph package comes in `workerData`, resolved by the main thread.
 *
 * Messages in:  { type: 'load', nquads, quads }   replace the copy (N-Quads text, plus
 *                                                 quads with blank nodes as encoded terms:
 *                                                 Oxigraph's parser renames blank nodes,
 *                                                 `add` keeps their labels)
 *               { type: 'query', text, form, base, maxRows }
 * Messages out: { ok: true, size } | { ok: true, boolean } | { ok: true, rows } | { ok: true, quads }
 *               | { ok: true, tooMany: true } | { ok: false, message, trap }  (trap: a WebAssembly trap)
 * Terms travel as arrays: [0, iri] [1, label] [2, value, language, datatype] [3] (default graph).
 * One message at a time: the main thread sends the next only after the answer.
 */
export const WORKER_SOURCE = `
'use strict';
const { parentPort, workerData } = require('node:worker_threads');
const ox = require(workerData.oxigraph);
let store = new ox.Store();
const term = (t) => {
  switch (t[0]) {
    case 0: return ox.namedNode(t[1]);
    case 1: return ox.blankNode(t[1]);
    case 2: return t[2] ? ox.literal(t[1], t[2]) : ox.literal(t[1], ox.namedNode(t[3]));
    default: return ox.defaultGraph();
  }
};
const enc = (t) => {
  switch (t.termType) {
    case 'NamedNode': return [0, t.value];
    case 'BlankNode': return [1, t.value];
    case 'Literal': return [2, t.value, t.language, t.datatype.value];
    default: return [3];
  }
};
parentPort.on('message', (m) => {
  try {
    if (m.type === 'load') {
      store = new ox.Store();
      if (m.nquads) store.load(m.nquads, { format: 'application/n-quads', no_transaction: true });
      for (const q of m.quads) store.add(ox.quad(term(q[0]), term(q[1]), term(q[2]), term(q[3])));
      parentPort.postMessage({ ok: true, size: store.size });
      return;
    }
    const options = { use_default_graph_as_union: false };
    if (m.base) options.base_iri = m.base;
    const r = store.query(m.text, options);
    if (typeof r === 'boolean') return parentPort.postMessage({ ok: true, boolean: r });
    if (m.maxRows !== undefined && r.length > m.maxRows) return parentPort.postMessage({ ok: true, tooMany: true });
    if (m.form === 'SELECT') {
      const rows = new Array(r.length);
      for (let i = 0; i < r.length; i++) {
        const row = {};
        for (const [k, v] of r[i]) row[k] = enc(v);
        rows[i] = row;
      }
      return parentPort.postMessage({ ok: true, rows });
    }
    parentPort.postMessage({ ok: true, quads: r.map((q) => [enc(q.subject), enc(q.predicate), enc(q.object), enc(q.graph)]) });
  } catch (e) {
    // A WebAssembly trap (stack or memory exhausted) may leave the instance unusable: the main thread ends this worker.
    parentPort.postMessage({ ok: false, message: String((e && e.message) || e), trap: e instanceof WebAssembly.RuntimeError });
  }
});
`;
