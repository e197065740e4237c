// Remote bindings go into the query text as a VALUES block; each value must become the term the local
// engine would bind, so a query means the same against the store and against an endpoint.
import type { Term } from '@rdfjs/types';
import { Parser } from 'sparqljs';
import { describe, expect, it } from 'vitest';
import { ClaimGraph } from '../../src/index.js';
import { toTerm } from '../../src/sparql/engine.js';

/** The query text the remote graph sends, read from a fetch that answers every query with no rows. */
async function sentQuery(bindings: Record<string, string | number | boolean>): Promise<string> {
  let sent = '';
  const fetch: typeof globalThis.fetch = async (_url, init) => {
    sent = new URLSearchParams(String(init?.body)).get('query') ?? '';
    return new Response(JSON.stringify({ head: { vars: ['x'] }, results: { bindings: [] } }), {
      headers: { 'content-type': 'application/sparql-results+json' },
    });
  };
  const remote = ClaimGraph.fromEndpoint('http://127.0.0.1:1/sparql', { fetch });
  await remote.select('SELECT ?x WHERE { ?s ?p ?x }', { bindings });
  return sent;
}

function valuesOf(query: string): Record<string, Term> {
  const parsed = new Parser().parse(query) as unknown as { where: { type: string; values?: Record<string, Term>[] }[] };
  const block = parsed.where.find((p) => p.type === 'values');
  if (!block?.values?.[0]) throw new Error(`no VALUES block in the query sent: ${query}`);
  return Object.fromEntries(Object.entries(block.values[0]).map(([k, v]) => [k.replace(/^\?/, ''), v]));
}

describe('remote bindings', () => {
  const cases: [string, string | number | boolean][] = [
    ['decimal', 1.5],
    ['integer', 42],
    ['negative', -7],
    ['huge', 1e21],
    ['tiny', 1e-7],
    ['boolean', true],
    ['string', 'Trump'],
    ['iri', 'https://example.org/a'],
  ];

  it.each(cases)('binds a %s as the local engine does', async (_what, value) => {
    const sent = valuesOf(await sentQuery({ v: value }));
    const local = toTerm(value, 'v');
    expect(sent.v?.termType).toBe(local.termType);
    expect(sent.v?.value).toBe(local.value);
    if (local.termType === 'Literal') expect((sent.v as typeof local).datatype.value).toBe(local.datatype.value);
  });

  it('types 1.5 as xsd:decimal, not xsd:double', async () => {
    const sent = valuesOf(await sentQuery({ v: 1.5 }));
    expect(sent.v).toMatchObject({ termType: 'Literal', value: '1.5', datatype: { value: 'http://www.w3.org/2001/XMLSchema#decimal' } });
  });
});
