/**
 * Several stores read as one claim graph (a corpus partitioned among them, each part published
 * by `kg.publish`): the source Comunica reads for `ClaimGraph.fromEndpoint([a, b])`.
 *
 * Comunica's own federation of SPARQL endpoints is not used for this, for two reasons measured
 * on the bundled articles split between two Virtuosos: it unions each pattern's matches over the
 * stores as a bag, so a triple both stores hold (an entity's label, in every article that names
 * it) matches twice and joins multiply (cq-1: 33 rows for 3); and a store's default graph is its
 * own (Virtuoso's is the union of all its graphs, claim contents included). Here a quad pattern is
 * asked of every store in the published graphs only (the default graph is DEFAULT_REMOTE_GRAPH,
 * the named graphs those its catalog lists), and each quad is given once: the RDF merge of the
 * stores, what one store of everything would hold. Blank nodes travel as skolem IRIs (terms.ts),
 * so matches from two stores join.
 *
 * A source lives for one query: each distinct pattern is fetched once and kept (Comunica counts a
 * pattern before reading it, and bind joins ask patterns again).
 */
import type { Quad, Term } from '@rdfjs/types';
import { setMaxListeners } from 'node:events';
import { Readable } from 'node:stream';
import { DataFactory, termToId } from 'n3';
import { PREFIXES } from '../vocab.js';
import type { HttpClient } from './http.js';
import { sparqlJson } from './protocol.js';
import { catalogGraph } from './publish.js';
import { iri, jsonTerm, readBackIri, termText } from './terms.js';

const { quad, defaultGraph: localDefault } = DataFactory;

type Position = Term | null | undefined;

export function federatedSource(endpoints: readonly string[], http: HttpClient, defaultGraph: string, signal: AbortSignal) {
  setMaxListeners(0, signal); // every pattern's request listens to the query's signal
  const fetched = new Map<string, Promise<Quad[]>>();
  const quadsOf = (s: Position, p: Position, o: Position, g: Position): Promise<Quad[]> => {
    // termToId writes the default graph as '', so the open position gets a mark of its own.
    const key = [s, p, o, g].map((t) => (t && t.termType !== 'Variable' ? `${t.termType}:${termToId(t as never)}` : '?')).join('\u0000');
    let pending = fetched.get(key);
    if (!pending) fetched.set(key, (pending = ask(endpoints, http, defaultGraph, signal, [s, p, o, g])));
    return pending;
  };
  return {
    match(s?: Position, p?: Position, o?: Position, g?: Position): Readable {
      const stream = new Readable({ objectMode: true, read() {} });
      quadsOf(s, p, o, g).then(
        (quads) => {
          if (signal.aborted) return; // silent, as the local source (../sparql/abortable.ts)
          for (const q of quads) stream.push(q);
          stream.push(null);
        },
        (e) => stream.destroy(e),
      );
      return stream;
    },
    async countQuads(s?: Position, p?: Position, o?: Position, g?: Position): Promise<number> {
      return (await quadsOf(s, p, o, g)).length;
    },
  };
}

/** One pattern asked of every store, each quad once. */
async function ask(endpoints: readonly string[], http: HttpClient, defaultGraph: string, signal: AbortSignal, pattern: Position[]): Promise<Quad[]> {
  const [s, p, o, g] = pattern.map((t) => (t && t.termType !== 'Variable' ? t : undefined));
  const texts = [s, p, o].map((t, i) => (t ? textOf(t) : `?${'spo'[i]}`));
  if (texts.includes(undefined)) return []; // a blank node no store holds
  const triple = texts.join(' ');
  // The default graph, one named graph, or (any graph: Comunica asks so for GRAPH ?g, which SPARQL
  // answers from the named graphs) every graph the catalog lists.
  const text =
    g?.termType === 'DefaultGraph'
      ? `SELECT * WHERE { GRAPH ${iri(defaultGraph)} { ${triple} } }`
      : g
        ? `SELECT * WHERE { GRAPH ${textOf(g)} { ${triple} } }`
        : `SELECT * WHERE { GRAPH ${iri(catalogGraph(defaultGraph))} { ${iri(defaultGraph)} <${PREFIXES.dcterms}hasPart> ?g } GRAPH ?g { ${triple} } }`;
  const answers = await Promise.all(endpoints.map((endpoint) => sparqlJson(http, endpoint, text, undefined, 'federated pattern', { signal })));
  const seen = new Map<string, Quad>();
  for (const [i, json] of answers.entries()) {
    for (const b of json.results?.bindings ?? []) {
      const term = (name: 's' | 'p' | 'o' | 'g', fixed: Term | undefined) => fixed ?? jsonTerm(b[name]!, endpoints[i]!);
      const graph = g?.termType === 'DefaultGraph' ? localDefault() : term('g', g);
      const q = quad(term('s', s) as never, term('p', p) as never, term('o', o) as never, graph as never);
      const key = [q.subject, q.predicate, q.object, q.graph].map((t) => termToId(t as never)).join('\u0000');
      if (!seen.has(key)) seen.set(key, q);
    }
  }
  return [...seen.values()];
}

/** A fixed term of a pattern as SPARQL text; a blank node only when read from a store (its skolem IRI). */
function textOf(t: Term): string | undefined {
  if (t.termType !== 'BlankNode') return termText(t, '');
  const named = readBackIri(t.value);
  return named ? iri(named) : undefined;
}
