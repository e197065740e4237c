/** The SPARQL 1.1 Protocol: queries and updates sent whole to one endpoint. */
import type { Quad } from '@rdfjs/types';
import { DataFactory, Parser } from 'n3';
import { EndpointError } from '../errors.js';
import type { EndpointOptions, HttpClient } from './http.js';
import { canonicalLiteral, deskolemised, type SparqlJson } from './terms.js';

const { quad } = DataFactory;

type Call = Pick<EndpointOptions, 'timeout' | 'signal'>;

/** The dataset of a query (default-graph-uri / named-graph-uri). */
export interface Dataset {
  defaultGraphs?: string[];
  namedGraphs?: string[];
}

export async function sparqlUpdate(http: HttpClient, endpoint: string, text: string, what = 'update', call?: Call): Promise<void> {
  const response = await http.request(
    endpoint,
    { method: 'POST', headers: { 'content-type': 'application/sparql-update; charset=utf-8' }, body: text },
    what,
    call,
  );
  await response.arrayBuffer();
}

async function post(http: HttpClient, endpoint: string, text: string, accept: string, dataset: Dataset = {}, what = 'query', call?: Call): Promise<Response> {
  const form = new URLSearchParams({ query: text });
  for (const g of dataset.defaultGraphs ?? []) form.append('default-graph-uri', g);
  for (const g of dataset.namedGraphs ?? []) form.append('named-graph-uri', g);
  const response = await http.request(
    endpoint,
    { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', accept }, body: form.toString() },
    what,
    call,
  );
  // Virtuoso cuts results at ResultSetMaxRows and says so only in this header.
  const cap = response.headers.get('x-sparql-maxrows');
  if (cap)
    throw new EndpointError(
      `${endpoint} cut the result at ${cap} rows (its result-size limit; Virtuoso: [SPARQL] ResultSetMaxRows). Narrow the query or raise the limit.`,
      endpoint,
    );
  return response;
}

export async function sparqlJson(http: HttpClient, endpoint: string, text: string, dataset?: Dataset, what?: string, call?: Call): Promise<SparqlJson> {
  const response = await post(http, endpoint, text, 'application/sparql-results+json', dataset, what, call);
  const body = await response.text();
  try {
    return JSON.parse(body) as SparqlJson;
  } catch (e) {
    throw new EndpointError(
      `${endpoint} did not answer with SPARQL JSON results (${response.headers.get('content-type') ?? 'no content type'}): ${body.slice(0, 200)}`,
      endpoint,
      response.status,
      { cause: e },
    );
  }
}

export async function sparqlQuads(http: HttpClient, endpoint: string, text: string, dataset?: Dataset, what?: string, call?: Call): Promise<Quad[]> {
  const response = await post(http, endpoint, text, 'application/n-triples, text/turtle;q=0.9', dataset, what, call);
  const type = response.headers.get('content-type') ?? '';
  const body = await response.text();
  try {
    const quads = new Parser({ format: /n-triples|text\/plain/.test(type) ? 'N-Triples' : 'Turtle', blankNodePrefix: '' }).parse(body);
    return quads.map((q) =>
      quad(
        deskolemised(q.subject),
        q.predicate,
        q.object.termType === 'Literal' && !q.object.language ? canonicalLiteral(q.object.value, q.object.datatype.value) : deskolemised(q.object),
        q.graph,
      ),
    );
  } catch (e) {
    throw new EndpointError(`${endpoint} answered with RDF that does not parse (${type}): ${(e as Error).message}`, endpoint, response.status, { cause: e });
  }
}
