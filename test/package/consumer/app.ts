// A consumer of the published package: every import comes from 'claimgraph' alone.
import { ClaimGraphError, exportGraph, loadArticle, type Projection, type Quotation, type Rows, toGraphML } from 'claimgraph';

export async function main(): Promise<Record<string, unknown>> {
  const kg = await loadArticle();
  const graph: Projection = kg.graph();
  const labels: string[] = [];
  graph.forEachNode((_key, attributes) => labels.push(attributes.label));
  const quotes: Quotation[] = kg.quotations({ speaker: 'Ignatius' });
  const rows: Rows = await kg.select(kg.namedQuery('cq-1'));
  let remote = '';
  try {
    await kg.select('SELECT * WHERE { ?s ?p ?o } LIMIT 1', { sources: ['http://127.0.0.1:9/sparql'] });
  } catch (e) {
    remote = e instanceof ClaimGraphError ? e.message : `not a ClaimGraphError: ${String(e)}`;
  }
  const result = {
    nodes: graph.order,
    hasTrump: labels.includes('Donald Trump'),
    quotations: quotes.length,
    namedQueries: kg.namedQueries().length,
    cq1Rows: rows.length,
    graphml: exportGraph(graph, 'graphml') === toGraphML(graph),
    page: kg.toHTML().length,
    remote,
  };
  await kg.close();
  return result;
}
