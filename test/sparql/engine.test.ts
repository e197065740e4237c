// SPARQL through the library: forms, prefixes, bindings, the guard, limits and formats.
import { DataFactory } from 'n3';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  ClaimGraph, QueryAbortedError, QueryRefusedError, QuerySyntaxError, QueryTimeoutError, ResultLimitError, loadArticle,
} from '../../src/index.js';
import { toCsv, toSparqlJson, toTsv } from '../../src/sparql/results.js';

let kg: ClaimGraph;
beforeAll(async () => {
  kg = await loadArticle();
});

describe('query forms', () => {
  it('SELECT gives plain values with the terms alongside', async () => {
    const rows = await kg.select('SELECT ?label ?n WHERE { ?w a cg:WeaponSystem ; rdfs:label ?label } ORDER BY ?label');
    expect(rows.variables).toEqual(['label', 'n']);
    expect(rows.map((r) => r.label)).toEqual(['ATACMS', 'B-2 bomber', 'Tomahawk cruise missile']);
    expect(rows.terms[0]!.label!.termType).toBe('Literal');
    const [count] = await kg.select('SELECT (COUNT(*) AS ?n) WHERE { ?q a schema:Quotation }');
    expect(count!.n).toBe(7);
  });

  it('ASK, CONSTRUCT and DESCRIBE', async () => {
    expect(await kg.ask('ASK { id:donald-trump a schema:Person }')).toBe(true);
    expect(await kg.ask('ASK { id:donald-trump a schema:Place }')).toBe(false);
    const quads = await kg.construct('CONSTRUCT { ?q schema:author ?s } WHERE { ?q a schema:Quotation ; prov:wasAttributedTo ?s }');
    expect(quads).toHaveLength(7);
    const described = await kg.construct('DESCRIBE id:atacms');
    expect(described.some((q) => q.predicate.value.endsWith('#label') && q.object.value === 'ATACMS')).toBe(true);
  });

  it('a query of one form sent to another call is a clear error', async () => {
    await expect(kg.select('ASK { ?s ?p ?o }')).rejects.toThrow(/use ask\(\)/);
  });

  it('the user’s own PREFIX wins over a predeclared one', async () => {
    const rows = await kg.select('PREFIX schema: <https://schema.org/> SELECT ?x WHERE { ?x a schema:Person }');
    expect(rows).toHaveLength(0);
  });
});

describe('bindings', () => {
  it('select by a bound IRI and a bound literal', async () => {
    const trump = kg.entity('Trump').iri;
    expect(await kg.select('SELECT ?q WHERE { ?q prov:wasAttributedTo ?who ; a schema:Quotation }', { bindings: { who: DataFactory.namedNode(trump) } })).toHaveLength(3);
    expect(await kg.select('SELECT ?q WHERE { ?q cg:hedge/skos:notation ?h }', { bindings: { h: 'reportedly' } })).toHaveLength(2);
  });

  it('hostile values match nothing and throw nothing', async () => {
    const hostile = ['"', "' } ; DROP ALL ; #", '}', 'a\nb', 'http://x/>{ ?s ?p ?o }<', 'SELECT * WHERE { ?s ?p ?o }', '\\', 'reportedly" || true || "'];
    for (const value of hostile) {
      const rows = await kg.select('SELECT ?q WHERE { ?q cg:hedge/skos:notation ?h }', { bindings: { h: value } });
      expect(rows, JSON.stringify(value)).toHaveLength(0);
    }
    expect(kg.size).toBeGreaterThan(1000);
  });

  it('a binding name that is not a variable name is refused', async () => {
    await expect(kg.select('SELECT ?q WHERE { ?q ?p ?o }', { bindings: { 'q }': 'x' } })).rejects.toBeInstanceOf(QueryRefusedError);
  });
});

describe('the guard', () => {
  it('syntax errors carry the user’s line and column', async () => {
    const error = await kg.select('SELECT ?x\nWHERE {\n  ?x a schema:Person .\n  ?x rdfs:label ?l ?oops\n}').catch((e) => e);
    expect(error).toBeInstanceOf(QuerySyntaxError);
    expect(error.line).toBe(4);
    expect(error.message).toMatch(/line 4/);
    const first = await kg.select('SELECT ?x WHERE { ?x ?p }').catch((e) => e);
    expect(first.line).toBe(1);
    expect(first.column).toBeLessThan(30);
  });

  it('refuses updates unless asked, and applies them when asked', async () => {
    const fresh = new ClaimGraph();
    await expect(fresh.update('INSERT DATA { <http://example.org/a> <http://example.org/b> "c" }')).rejects.toBeInstanceOf(QueryRefusedError);
    await expect(fresh.select('INSERT DATA { <http://example.org/a> <http://example.org/b> "c" }')).rejects.toBeInstanceOf(QueryRefusedError);
    expect(fresh.size).toBe(0);
    await fresh.update('INSERT DATA { <http://example.org/a> <http://example.org/b> "c" }', { allowUpdate: true });
    expect(fresh.size).toBe(1);
  });

  it('refuses SERVICE, FROM and LOAD outside the local store', async () => {
    await expect(kg.select('SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }')).rejects.toThrow(/SERVICE <http:\/\/127\.0\.0\.1:9\/sparql>.*sources/);
    await expect(kg.select('SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }')).rejects.toBeInstanceOf(QueryRefusedError);
    await expect(kg.select('SELECT * FROM NAMED <https://example.org/remote> WHERE { GRAPH ?g { ?s ?p ?o } }')).rejects.toBeInstanceOf(QueryRefusedError);
    await expect(kg.update('LOAD <http://127.0.0.1:9/data.ttl>', { allowUpdate: true })).rejects.toBeInstanceOf(QueryRefusedError);
  });

  it('lets FROM name a graph of the local store', async () => {
    const [claim] = kg.claims({ about: 'atacms' }).filter((c) => c.id.endsWith('atacms-range'));
    const graph = `${claim!.iri}/content`;
    const rows = await kg.select(`SELECT ?v FROM <${graph}> WHERE { ?w cg:range/schema:value ?v }`);
    expect(rows.map((r) => r.v)).toEqual([300]);
  });
});

describe('limits', () => {
  const cartesian = 'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }';

  it('a query that would join unconnected patterns for hours is refused before it starts', async () => {
    const error = await kg.select(cartesian).catch((e) => e);
    expect(error).toBeInstanceOf(QueryRefusedError);
    expect(error.message).toMatch(/share no variable, up to 8\.\de\+9 combinations/);
  });

  it('a timeout stops a long query and returns control at once', async () => {
    // Two unconnected patterns pass the cost check (4 million rows) but not a 100 ms timeout.
    const started = Date.now();
    await expect(kg.select('SELECT ?a ?d WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?a ?d', { timeout: 100 })).rejects.toBeInstanceOf(QueryTimeoutError);
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('after a refusal or a timeout nothing keeps computing', async () => {
    await new Promise((r) => setTimeout(r, 300));
    const before = process.cpuUsage();
    await new Promise((r) => setTimeout(r, 1000));
    const used = process.cpuUsage(before);
    expect((used.user + used.system) / 1000).toBeLessThan(400);
  });

  it('an unbounded property path is stopped by its timeout', async () => {
    await expect(kg.select('SELECT (COUNT(*) AS ?n) WHERE { ?a (<http://x/none>|!<http://x/none>)* ?b . ?c ?d ?e }', { timeout: 300 })).rejects.toBeInstanceOf(QueryTimeoutError);
  });

  it('an AbortSignal stops a query', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 200);
    await expect(kg.select('SELECT ?a ?d WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?a ?d', { signal: controller.signal })).rejects.toBeInstanceOf(QueryAbortedError);
  });

  it('a row cap stops a result that is too large', async () => {
    await expect(kg.select('SELECT * WHERE { ?s ?p ?o }', { maxRows: 100 })).rejects.toBeInstanceOf(ResultLimitError);
    expect(await kg.select('SELECT * WHERE { ?s ?p ?o } LIMIT 100', { maxRows: 100 })).toHaveLength(100);
  });

  it('the graph answers normally after all of that', async () => {
    expect(await kg.ask('ASK { id:atacms a cg:WeaponSystem }')).toBe(true);
  });
});

describe('result formats', () => {
  it('SPARQL JSON, CSV and TSV', async () => {
    const rows = await kg.select(
      'SELECT ?label ?n ?w WHERE { VALUES (?label ?n ?w) { ("say \\"hi\\", then\\tgo"@en 3 id:atacms) ("x" 1.5 UNDEF) } }',
    );
    expect(JSON.parse(toSparqlJson(rows))).toEqual({
      head: { vars: ['label', 'n', 'w'] },
      results: {
        bindings: [
          { label: { type: 'literal', value: 'say "hi", then\tgo', 'xml:lang': 'en' }, n: { type: 'literal', value: '3', datatype: 'http://www.w3.org/2001/XMLSchema#integer' }, w: { type: 'uri', value: 'https://w3id.org/claimgraph/id/atacms' } },
          { label: { type: 'literal', value: 'x' }, n: { type: 'literal', value: '1.5', datatype: 'http://www.w3.org/2001/XMLSchema#decimal' } },
        ],
      },
    });
    expect(toCsv(rows)).toBe('label,n,w\r\n"say ""hi"", then\tgo",3,https://w3id.org/claimgraph/id/atacms\r\nx,1.5,\r\n');
    expect(toTsv(rows)).toBe('?label\t?n\t?w\n"say \\"hi\\", then\\tgo"@en\t3\t<https://w3id.org/claimgraph/id/atacms>\n"x"\t"1.5"^^<http://www.w3.org/2001/XMLSchema#decimal>\t\n');
    expect(toSparqlJson(true)).toBe('{"head":{},"boolean":true}');
  });
});
