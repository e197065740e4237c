/**
 * The SPARQL 1.1 Service Description the endpoint answers GET /sparql with (no query):
 * the endpoint, the languages it takes (Update only when enabled), the result formats,
 * and its dataset: the default graph and each named graph with its triple count.
 */
import type { Quad } from '@rdfjs/types';
import { DataFactory } from 'n3';
import type { ClaimGraph } from '../graph.js';

const { namedNode, blankNode, literal, quad } = DataFactory;
const SD = 'http://www.w3.org/ns/sparql-service-description#';
const VOID = 'http://rdfs.org/ns/void#';
const FORMATS = 'http://www.w3.org/ns/formats/';
const RDF_TYPE = namedNode('http://www.w3.org/1999/02/22-rdf-syntax-ns#type');
const XSD_INTEGER = namedNode('http://www.w3.org/2001/XMLSchema#integer');

const RESULT_FORMATS = [
  'SPARQL_Results_JSON',
  'SPARQL_Results_XML',
  'SPARQL_Results_CSV',
  'SPARQL_Results_TSV',
  'Turtle',
  'TriG',
  'N-Triples',
  'N-Quads',
  'JSON-LD',
  'RDF_XML',
];

/** Named graphs listed one by one up to this many; past it only their number is given. */
const MAX_LISTED_GRAPHS = 10_000;

export function serviceDescription(kg: ClaimGraph, endpoint: string, options: { update: boolean }): Quad[] {
  const sd = (name: string) => namedNode(SD + name);
  const count = (n: number) => literal(String(n), XSD_INTEGER);
  const service = namedNode(endpoint);
  const out: Quad[] = [
    quad(service, RDF_TYPE, sd('Service')),
    quad(service, sd('endpoint'), service),
    quad(service, sd('supportedLanguage'), sd('SPARQL11Query')),
  ];
  if (options.update) out.push(quad(service, sd('supportedLanguage'), sd('SPARQL11Update')));
  for (const f of RESULT_FORMATS) out.push(quad(service, sd('resultFormat'), namedNode(FORMATS + f)));

  const store = kg.store;
  const dataset = blankNode('dataset');
  const defaultGraph = blankNode('default');
  out.push(
    quad(service, sd('defaultDataset'), dataset),
    quad(dataset, RDF_TYPE, sd('Dataset')),
    quad(dataset, sd('defaultGraph'), defaultGraph),
    quad(defaultGraph, RDF_TYPE, sd('Graph')),
    quad(defaultGraph, namedNode(VOID + 'triples'), count(store.countQuads(null, null, null, DataFactory.defaultGraph()))),
  );
  const graphs = store.getGraphs(null, null, null).filter((g) => g.termType === 'NamedNode');
  out.push(quad(dataset, namedNode(VOID + 'graphs'), count(graphs.length)));
  graphs.slice(0, MAX_LISTED_GRAPHS).forEach((g, i) => {
    const named = blankNode(`named${i}`);
    const graph = blankNode(`graph${i}`);
    out.push(
      quad(dataset, sd('namedGraph'), named),
      quad(named, RDF_TYPE, sd('NamedGraph')),
      quad(named, sd('name'), g as never),
      quad(named, sd('graph'), graph),
      quad(graph, RDF_TYPE, sd('Graph')),
      quad(graph, namedNode(VOID + 'triples'), count(store.countQuads(null, null, null, g))),
    );
  });
  return out;
}
