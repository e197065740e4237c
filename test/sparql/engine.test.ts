// The SPARQL engine over a small store built here: forms, prefixes, bindings, the guard, limits.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { DataFactory, Store } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { InvalidArgumentError, QueryAbortedError, QueryRefusedError, QuerySyntaxError, QueryTimeoutError, ResultLimitError } from '../../src/errors.js';
import { SparqlEngine, enginesCreated, toTerm } from '../../src/sparql/engine.js';
import { cpuAfter, id, smallStore, wideStore } from './fixture.js';

const { namedNode, literal } = DataFactory;
const XSD = 'http://www.w3.org/2001/XMLSchema#';

let store: Store;
let sparql: SparqlEngine;
beforeAll(() => {
  store = smallStore();
  sparql = new SparqlEngine(() => store);
});

describe('query forms', () => {
  it('SELECT gives plain values of each datatype, the variables, and the terms alongside', async () => {
    const rows = await sparql.select(
      'SELECT ?c ?v ?when ?ok WHERE { ?c a schema:Claim ; schema:value ?v OPTIONAL { ?c schema:startDate ?when ; cg:status ?ok } } ORDER BY ?c',
    );
    expect(rows.variables).toEqual(['c', 'v', 'when', 'ok']);
    expect(rows.map((r) => r.v)).toEqual([300, 1.5, 2.5]);
    expect(rows[2]).toEqual({ c: id('claim-3').value, v: 2.5, when: '2025-06-01', ok: true });
    expect(rows[0]).not.toHaveProperty('when');
    expect(rows.terms[1]!.v).toEqual(literal('1.5', namedNode(`${XSD}decimal`)));
    expect(rows.terms[2]!.when!.termType).toBe('Literal');
    const [count] = await sparql.select('SELECT (COUNT(*) AS ?n) WHERE { ?p a schema:Person }');
    expect(count!.n).toBe(3);
  });

  it('ASK, CONSTRUCT and DESCRIBE', async () => {
    expect(await sparql.ask('ASK { id:alice a schema:Person }')).toBe(true);
    expect(await sparql.ask('ASK { id:alice a schema:Place }')).toBe(false);
    const quads = await sparql.construct('CONSTRUCT { ?c schema:author ?who } WHERE { ?c a schema:Claim ; prov:wasAttributedTo ?who }');
    expect(quads).toHaveLength(3);
    expect(quads.every((q) => q.predicate.value === 'http://schema.org/author')).toBe(true);
    for (const described of [await sparql.construct('DESCRIBE id:bob'), await sparql.describe('DESCRIBE id:bob')]) {
      expect(described.map((q) => q.object.value).sort()).toEqual(['Bob "the Builder" Brown', 'http://schema.org/Person']);
    }
  });

  it('query() tags the result with its form', async () => {
    expect(await sparql.query('ASK { ?s ?p ?o }')).toEqual({ form: 'ASK', boolean: true });
    const select = await sparql.query('SELECT ?p WHERE { ?p a schema:Person }');
    expect(select.form === 'SELECT' && select.rows.length).toBe(3);
    const describe = await sparql.query('DESCRIBE id:carol');
    expect(describe.form === 'DESCRIBE' && describe.quads.length).toBe(2);
  });

  it('a query of one form sent to another call is a clear error', async () => {
    await expect(sparql.select('ASK { ?s ?p ?o }')).rejects.toThrow(InvalidArgumentError);
    await expect(sparql.select('ASK { ?s ?p ?o }')).rejects.toThrow(/use ask\(\)/);
  });

  it('the store getter is read at every query, so a replaced store is seen', async () => {
    let current = smallStore();
    const engine = new SparqlEngine(() => current);
    expect(await engine.ask('ASK { id:alice ?p ?o }')).toBe(true);
    current = new Store();
    expect(await engine.ask('ASK { id:alice ?p ?o }')).toBe(false);
  });
});

describe('prefixes', () => {
  it('every vocabulary prefix is predeclared', async () => {
    expect(
      await sparql.ask(
        'ASK { ?c prov:wasAttributedTo id:alice ; a schema:Claim ; cg:hedge "confirmed" ; schema:startDate "2025-06-01"^^xsd:date ; cg:status true }',
      ),
    ).toBe(true);
    expect(await sparql.ask('ASK { ?c prov:wasAttributedTo id:alice ; cg:hedge "confirmed" ; schema:value 300 }')).toBe(false);
  });

  it('the user’s own PREFIX of the same name wins', async () => {
    expect(await sparql.select('PREFIX schema: <https://schema.org/> SELECT ?x WHERE { ?x a schema:Person }')).toHaveLength(0);
    expect(await sparql.select('PREFIX schema: <http://schema.org/> SELECT ?x WHERE { ?x a schema:Person }')).toHaveLength(3);
  });
});

describe('bindings', () => {
  it('an RDF/JS IRI, a string, numbers of each kind and a boolean', async () => {
    expect(await sparql.select('SELECT ?c WHERE { ?c prov:wasAttributedTo ?who }', { bindings: { who: id('alice') } })).toHaveLength(2);
    expect(await sparql.select('SELECT ?c WHERE { ?c cg:hedge ?h }', { bindings: { h: 'reportedly' } })).toHaveLength(2);
    const byValue = async (v: number | boolean, p = 'schema:value') =>
      (await sparql.select(`SELECT ?c WHERE { ?c ${p} ?v }`, { bindings: { v } })).map((r) => r.c);
    expect(await byValue(300)).toEqual([id('claim-1').value]);
    expect(await byValue(1.5)).toEqual([id('claim-2').value]);
    expect(await byValue(true, 'cg:status')).toEqual([id('claim-3').value]);
    expect(await byValue(false, 'cg:status')).toEqual([]);
  });

  it('a bound variable that is projected shows its value', async () => {
    const rows = await sparql.select('SELECT ?c ?who WHERE { ?c prov:wasAttributedTo ?who } ORDER BY ?c', { bindings: { who: id('bob') } });
    expect([...rows]).toEqual([{ c: id('claim-2').value, who: id('bob').value }]);
  });

  it('plain JS values become typed literals', () => {
    expect(toTerm('x')).toEqual(literal('x'));
    expect(toTerm(3)).toEqual(literal('3', namedNode(`${XSD}integer`)));
    expect(toTerm(-0.25)).toEqual(literal('-0.25', namedNode(`${XSD}decimal`)));
    expect(toTerm(1e-9)).toEqual(literal('1E-9', namedNode(`${XSD}double`)));
    expect(toTerm(Number.NaN)).toEqual(literal('NaN', namedNode(`${XSD}double`)));
    expect(toTerm(false)).toEqual(literal('false', namedNode(`${XSD}boolean`)));
    expect(toTerm('https://w3id.org/claimgraph/id/alice')).toEqual(id('alice'));
    expect(toTerm('http://x/>{ ?s ?p ?o }<').termType).toBe('Literal');
  });

  it('hostile values match nothing, change nothing and throw nothing odd', async () => {
    const hostile = [
      '"',
      "' } ; DROP ALL ; #",
      '}',
      'a\nb',
      'http://x/>{ ?s ?p ?o }<',
      'SELECT * WHERE { ?s ?p ?o }',
      '\\',
      'reportedly" || true || "',
      'reportedly"@en',
      '?h',
      'reportedly" . ?c ?p ?o . FILTER("1"="1',
    ];
    const size = store.size;
    for (const value of hostile) {
      const rows = await sparql.select('SELECT ?c WHERE { ?c cg:hedge ?h }', { bindings: { h: value } });
      expect(rows, JSON.stringify(value)).toHaveLength(0);
    }
    for (const value of ['http://x/> ?p ?o . <http://y', 'https://w3id.org/claimgraph/id/alice> . ?c ?p ?o #']) {
      expect(await sparql.select('SELECT ?c WHERE { ?c prov:wasAttributedTo ?who }', { bindings: { who: namedNode(value) } })).toHaveLength(0);
    }
    expect(store.size).toBe(size);
  });

  it('a binding name that is not a variable name is refused', async () => {
    await expect(sparql.select('SELECT ?c WHERE { ?c ?p ?o }', { bindings: { 'c }': 'x' } })).rejects.toBeInstanceOf(QueryRefusedError);
  });
});

describe('the guard', () => {
  it('a syntax error carries the user’s line and column, and shows the line with a caret', async () => {
    const error = await sparql.select('SELECT ?x\nWHERE {\n  ?x a schema:Person .\n  ?x rdfs:label ?l ?oops\n}').catch((e) => e);
    expect(error).toBeInstanceOf(QuerySyntaxError);
    expect([error.line, error.column]).toEqual([4, 20]);
    expect(error.message).toContain('line 4, column 20');
    expect(error.message).toContain('\n    ?x rdfs:label ?l ?oops\n                     ^');
  });

  it('columns on the first line are not shifted by the predeclared prefixes', async () => {
    const error = await sparql.select('SELECT ?x WHERE { ?x ?p }').catch((e) => e);
    expect([error.line, error.column]).toEqual([1, 25]);
    const prefix = await sparql.select('SELECT ?x WHERE {\n ?x nope:bar ?y }').catch((e) => e);
    expect(prefix).toBeInstanceOf(QuerySyntaxError);
    expect([prefix.line, prefix.column]).toEqual([2, 5]);
    expect(prefix.message).toMatch(/"nope:" is not declared/);
    await expect(sparql.select('   ')).rejects.toBeInstanceOf(QuerySyntaxError);
    await expect(sparql.select('PREFIX x: <urn:x:>\n# nothing else')).rejects.toThrow(/only comments or declarations/);
    await expect(sparql.update('BASE <urn:x:>\n# an empty update', { allowUpdate: true })).resolves.toBeUndefined();
  });

  it('refuses updates unless asked, and applies them when asked', async () => {
    const own = new Store();
    const engine = new SparqlEngine(() => own);
    const insert = 'INSERT DATA { id:x rdfs:label "x" }';
    await expect(engine.update(insert)).rejects.toBeInstanceOf(QueryRefusedError);
    await expect(engine.query(insert)).rejects.toBeInstanceOf(QueryRefusedError);
    await expect(engine.select(insert)).rejects.toBeInstanceOf(QueryRefusedError);
    expect(own.size).toBe(0);
    await engine.update(insert, { allowUpdate: true });
    expect(own.size).toBe(1);
    expect(await engine.query('DELETE WHERE { ?s ?p ?o }', { allowUpdate: true })).toEqual({ form: 'UPDATE' });
    expect(own.size).toBe(0);
  });

  it('an update deletes and copies blank nodes it matched as themselves', async () => {
    const a = DataFactory.blankNode('a');
    const own = new Store([DataFactory.quad(a, id('p'), id('o')), DataFactory.quad(id('s'), id('q'), a)]);
    const engine = new SparqlEngine(() => own);
    await engine.update('DELETE { ?s id:p ?o } WHERE { ?s id:p ?o }', { allowUpdate: true });
    expect(own.size).toBe(1);
    await engine.update('INSERT { GRAPH id:g { ?s id:q ?o } } WHERE { ?s id:q ?o }', { allowUpdate: true });
    expect(own.getQuads(id('s'), id('q'), null, null).map((q) => [q.graph.value, q.object.equals(a)])).toEqual([
      ['', true],
      [id('g').value, true],
    ]);
  });

  it('refuses SERVICE, FROM, USING and LOAD that reach http(s) or file IRIs', async () => {
    const refused = [
      'SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }',
      'SELECT * WHERE { SERVICE <file:///etc/passwd> { ?s ?p ?o } }',
      'SELECT * WHERE { SERVICE ?endpoint { ?s ?p ?o } }',
      'SELECT * WHERE { ?s ?p ?o OPTIONAL { SERVICE SILENT <https://example.org/sparql> { ?s ?q ?r } } }',
      'SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }',
      'SELECT * FROM <http://127.0.0.1:9/data.ttl> WHERE { ?s ?p ?o }',
      'SELECT * FROM NAMED <https://example.org/remote> WHERE { GRAPH ?g { ?s ?p ?o } }',
    ];
    for (const query of refused) await expect(sparql.select(query), query).rejects.toBeInstanceOf(QueryRefusedError);
    await expect(sparql.select(refused[0]!)).rejects.toThrow(/SERVICE <http:\/\/127\.0\.0\.1:9\/sparql>.*\{ sources/);
    await expect(sparql.update('LOAD <http://127.0.0.1:9/data.ttl>', { allowUpdate: true })).rejects.toBeInstanceOf(QueryRefusedError);
    await expect(sparql.update('DELETE { ?s ?p ?o } USING <file:///etc/passwd> WHERE { ?s ?p ?o }', { allowUpdate: true })).rejects.toBeInstanceOf(
      QueryRefusedError,
    );
  });

  it('lets FROM name a graph of the local store', async () => {
    const own = new Store([DataFactory.quad(id('a'), id('b'), literal('in g'), namedNode('https://example.org/g'))]);
    const rows = await new SparqlEngine(() => own).select('SELECT ?o FROM <https://example.org/g> WHERE { ?s ?p ?o }');
    expect(rows.map((r) => r.o)).toEqual(['in g']);
  });
});

describe('remote sources through the full engine', () => {
  let server: Server;
  let url: string;
  beforeAll(async () => {
    server = createServer((_req, res) => {
      res.writeHead(200, { 'content-type': 'text/turtle' });
      res.end('<http://example.org/remote> <http://www.w3.org/2000/01/rdf-schema#label> "Remote" .');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/data.ttl`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  // Importing @comunica/query-sparql crashes on Node 20 without the undici override.
  it('a source the caller names is queried alongside the store', async () => {
    const rows = await sparql.select('SELECT ?x WHERE { ?x rdfs:label ?l } ORDER BY ?x', { sources: [url] });
    expect(rows.map((r) => r.x)).toEqual(['http://example.org/remote', id('alice').value, id('alice').value, id('bob').value, id('carol').value]);
  });
});

describe('limits', () => {
  const wide = new SparqlEngine(() => wideStore(2000));
  const cartesian = 'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }';

  it('a timeout stops a cartesian COUNT(*) at once, and nothing keeps computing', async () => {
    await wide.ask('ASK {}'); // the engine is loaded, so the timeout measures the query alone
    const started = Date.now();
    const error = await wide.select(cartesian, { timeout: 500 }).catch((e) => e);
    expect(error).toBeInstanceOf(QueryTimeoutError);
    expect(error.message).toMatch(/timeout of 500 ms.*larger \{ timeout \}/);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(await cpuAfter()).toBeLessThan(0.5);
  });

  it('so does an AbortSignal, under GROUP BY and ORDER BY too', async () => {
    for (const query of [
      'SELECT ?b (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i } GROUP BY ?b',
      'SELECT ?a ?d WHERE { ?a ?b ?c . ?d ?e ?f } ORDER BY ?a ?d',
    ]) {
      const controller = new AbortController();
      setTimeout(() => controller.abort(), 300);
      const started = Date.now();
      await expect(wide.select(query, { signal: controller.signal })).rejects.toBeInstanceOf(QueryAbortedError);
      expect(Date.now() - started).toBeLessThan(2000);
      expect(await cpuAfter()).toBeLessThan(0.5);
    }
  });

  it('an ASK and a signal aborted before the start are stopped too', async () => {
    await expect(wide.ask('ASK { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i FILTER(STR(?c) = CONCAT(STR(?f), STR(?i), "x")) }', { timeout: 300 })).rejects.toBeInstanceOf(
      QueryTimeoutError,
    );
    await expect(sparql.select('SELECT * { ?s ?p ?o }', { signal: AbortSignal.abort() })).rejects.toBeInstanceOf(QueryAbortedError);
  });

  it('stopping one query leaves a concurrent one running', async () => {
    const controller = new AbortController();
    const doomed = wide.select(cartesian, { signal: controller.signal });
    const other = wide.select('SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?b ?c }');
    setTimeout(() => controller.abort(), 50);
    await expect(doomed).rejects.toBeInstanceOf(QueryAbortedError);
    expect((await other)[0]!.n).toBe(2000);
  });

  it('a row cap stops a result that is too large', async () => {
    const error = await sparql.select('SELECT * WHERE { ?s ?p ?o }', { maxRows: 5 }).catch((e) => e);
    expect(error).toBeInstanceOf(ResultLimitError);
    expect(error.message).toMatch(/more than 5 results.*LIMIT.*maxRows/);
    expect(await sparql.select('SELECT * WHERE { ?s ?p ?o } LIMIT 5', { maxRows: 5 })).toHaveLength(5);
    await expect(sparql.construct('CONSTRUCT WHERE { ?s ?p ?o }', { maxRows: 5 })).rejects.toBeInstanceOf(ResultLimitError);
  });

  it('the opt-in cost check refuses unconnected patterns before they run', async () => {
    await expect(wide.select(cartesian, { maxCombinations: 1e8 })).rejects.toThrow(/share no variable, up to 8\.0e\+9 combinations/);
  });

  it('the engines answer normally after all of that, and each was built once', async () => {
    expect(await wide.ask('ASK { <http://example.org/s3> ?p "3" }')).toBe(true);
    expect(await sparql.ask('ASK { id:alice a schema:Person }')).toBe(true);
    expect(enginesCreated()).toEqual({ local: 1, full: 1 });
  });
});
