// The SPARQL endpoint over HTTP on loopback: every route, content negotiation, refusals, limits.
import type { Quad } from '@rdfjs/types';
import jsonld from 'jsonld';
import { DataFactory, Parser } from 'n3';
import { isomorphic } from 'rdf-isomorphic';
import { RdfXmlParser } from 'rdfxml-streaming-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadArticle } from '../../src/bundled.js';
import type { ClaimGraph } from '../../src/graph.js';
import { serve, type Server } from '../../src/server/index.js';

const WEAPONS = 'SELECT ?w ?label WHERE { ?w a cg:WeaponSystem ; rdfs:label ?label } ORDER BY ?label';
const CONSTRUCT = 'CONSTRUCT { ?w rdfs:label ?label ; a cg:WeaponSystem } WHERE { ?w a cg:WeaponSystem ; rdfs:label ?label }';
const SD = 'http://www.w3.org/ns/sparql-service-description#';

let kg: ClaimGraph;
let server: Server;
let writable: ClaimGraph;
let updates: Server;

beforeAll(async () => {
  kg = await loadArticle();
  server = await serve(kg, { host: '127.0.0.1', port: 0, bodyLimit: 64 * 1024 });
  writable = await loadArticle();
  updates = await serve(writable, { port: 0, allowUpdate: true, token: 's3cret' });
});
afterAll(async () => {
  await server?.close();
  await updates?.close();
  await kg?.close();
  await writable?.close();
});

const get = (query: string, headers: Record<string, string> = {}, extra = '') => fetch(`${server.url}?query=${encodeURIComponent(query)}${extra}`, { headers });
const post = (body: string, type: string, headers: Record<string, string> = {}, target = server) =>
  fetch(target.url, { method: 'POST', headers: { 'Content-Type': type, ...headers }, body });
const parse = (text: string, format: string): Quad[] => new Parser({ format }).parse(text);
const form = (fields: Record<string, string>) => new URLSearchParams(fields).toString();

function parseXml(text: string): Promise<Quad[]> {
  return new Promise((resolve, reject) => {
    const out: Quad[] = [];
    const parser = new RdfXmlParser({ dataFactory: DataFactory as never });
    parser
      .on('data', (q: Quad) => out.push(q))
      .on('error', reject)
      .on('end', () => resolve(out));
    parser.end(text);
  });
}

describe('SELECT and ASK', () => {
  it('answers GET ?query= in SPARQL JSON by default, with the rows the library gives', async () => {
    const r = await get(WEAPONS);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/^application\/sparql-results\+json/);
    expect(r.headers.get('vary')).toMatch(/Accept/);
    const body = (await r.json()) as { head: { vars: string[] }; results: { bindings: Record<string, { value: string }>[] } };
    expect(body.head.vars).toEqual(['w', 'label']);
    const expected = await kg.select(WEAPONS);
    expect(body.results.bindings.map((b) => b.label!.value)).toEqual(expected.map((row) => row.label));
    expect(expected.length).toBeGreaterThan(1);
  });

  it.each([
    ['application/sparql-results+json', /^application\/sparql-results\+json/, '"Tomahawk cruise missile"'],
    ['application/json', /^application\/sparql-results\+json/, '"Tomahawk cruise missile"'],
    ['application/sparql-results+xml', /^application\/sparql-results\+xml/, '<literal>Tomahawk cruise missile</literal>'],
    ['text/csv', /^text\/csv/, 'https://w3id.org/claimgraph/id/tomahawk,Tomahawk cruise missile\r\n'],
    ['text/tab-separated-values', /^text\/tab-separated-values/, '<https://w3id.org/claimgraph/id/tomahawk>\t"Tomahawk cruise missile"\n'],
    ['text/csv;q=0.5, application/sparql-results+xml', /^application\/sparql-results\+xml/, '<uri>'],
    ['text/html, */*;q=0.1', /^application\/sparql-results\+json/, '"bindings"'],
    ['text/*', /^text\/csv/, 'w,label\r\n'],
  ])('Accept: %s', async (accept, type, fragment) => {
    const r = await get(WEAPONS, { Accept: accept });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(type);
    expect(await r.text()).toContain(fragment);
  });

  it('takes the format a format= or output= parameter names over the Accept header', async () => {
    const r = await get(WEAPONS, { Accept: 'application/sparql-results+json' }, '&format=csv');
    expect(r.headers.get('content-type')).toMatch(/^text\/csv/);
    const x = await get(WEAPONS, {}, '&output=xml');
    expect(x.headers.get('content-type')).toMatch(/^application\/sparql-results\+xml/);
  });

  it('answers ASK in JSON, XML, CSV and TSV', async () => {
    const ask = 'ASK { id:tomahawk a cg:WeaponSystem }';
    expect(await (await get(ask)).json()).toEqual({ head: {}, boolean: true });
    expect(await (await get(ask, { Accept: 'application/sparql-results+xml' })).text()).toContain('<boolean>true</boolean>');
    expect(await (await get(ask, { Accept: 'text/csv' })).text()).toBe('_askResult\r\ntrue\r\n');
    expect(await (await get('ASK { id:nobody a cg:WeaponSystem }', { Accept: 'text/tab-separated-values' })).text()).toBe('?_askResult\nfalse\n');
  });

  it('refuses with 406 an Accept it cannot meet, naming what it offers', async () => {
    const r = await get(WEAPONS, { Accept: 'text/turtle' });
    expect(r.status).toBe(406);
    expect(await r.text()).toMatch(/application\/sparql-results\+json.*text\/csv/);
    expect((await get(WEAPONS, { Accept: 'image/png' })).status).toBe(406);
    expect((await get(WEAPONS, { Accept: 'application/sparql-results+json;q=0' })).status).toBe(406);
  });
});

describe('CONSTRUCT and DESCRIBE', () => {
  let expected: Quad[];
  beforeAll(async () => {
    expected = await kg.construct(CONSTRUCT);
    expect(expected.length).toBeGreaterThan(2);
  });

  it.each([
    ['text/turtle', 'Turtle'],
    ['application/trig', 'TriG'],
    ['application/n-triples', 'N-Triples'],
    ['application/n-quads', 'N-Quads'],
  ])('writes %s that parses to the same graph', async (accept, format) => {
    const r = await get(CONSTRUCT, { Accept: accept });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(new RegExp(`^${accept.replace('+', '\\+')}`));
    expect(isomorphic(parse(await r.text(), format), expected)).toBe(true);
  });

  it('writes JSON-LD and RDF/XML that read back as the same graph', async () => {
    const j = await get(CONSTRUCT, { Accept: 'application/ld+json' });
    expect(j.headers.get('content-type')).toMatch(/^application\/ld\+json/);
    const nquads = (await jsonld.toRDF((await j.json()) as object, { format: 'application/n-quads' })) as unknown as string;
    expect(isomorphic(parse(nquads, 'N-Quads'), expected)).toBe(true);
    const x = await get(CONSTRUCT, { Accept: 'application/rdf+xml' });
    expect(x.headers.get('content-type')).toMatch(/^application\/rdf\+xml/);
    expect(isomorphic(await parseXml(await x.text()), expected)).toBe(true);
  });

  it('defaults to Turtle, answers DESCRIBE, and refuses results formats with 406', async () => {
    const r = await get(CONSTRUCT);
    expect(r.headers.get('content-type')).toMatch(/^text\/turtle/);
    const d = await get('DESCRIBE id:tomahawk', { Accept: 'application/n-triples' });
    expect(d.status).toBe(200);
    expect(await d.text()).toContain('<https://w3id.org/claimgraph/id/tomahawk>');
    expect((await get(CONSTRUCT, { Accept: 'application/sparql-results+json' })).status).toBe(406);
  });
});

describe('POST', () => {
  it('takes a form with query= and a direct application/sparql-query body (with a charset)', async () => {
    const a = await post(form({ query: WEAPONS }), 'application/x-www-form-urlencoded', { Accept: 'text/csv' });
    expect(a.status).toBe(200);
    expect(await a.text()).toContain('Tomahawk cruise missile');
    const b = await post(WEAPONS, 'application/sparql-query; charset=utf-8');
    expect(b.status).toBe(200);
    expect(((await b.json()) as { results: { bindings: unknown[] } }).results.bindings.length).toBeGreaterThan(1);
  });

  it('refuses other bodies with 415, and a form with both operations or neither with 400', async () => {
    const t = await post(WEAPONS, 'text/plain');
    expect(t.status).toBe(415);
    expect(await t.text()).toMatch(/application\/sparql-query/);
    expect((await post(form({ query: WEAPONS, update: 'CLEAR ALL' }), 'application/x-www-form-urlencoded')).status).toBe(400);
    expect((await post(form({ other: 'x' }), 'application/x-www-form-urlencoded')).status).toBe(400);
  });

  it('refuses a body past the size limit with 413', async () => {
    const big = `${WEAPONS} #${'x'.repeat(70 * 1024)}`;
    const r = await post(big, 'application/sparql-query');
    expect(r.status).toBe(413);
    expect(await r.text()).toMatch(/larger than the limit of 65536 bytes/);
  });
});

describe('bad requests', () => {
  it('answers a syntax error with 400 and the library’s message, line and column', async () => {
    const r = await get('SELECT ?x WHERE { ?x ?y }');
    expect(r.status).toBe(400);
    expect(r.headers.get('content-type')).toMatch(/^text\/plain/);
    const message = await r.text();
    let library = '';
    await kg.select('SELECT ?x WHERE { ?x ?y }').catch((e: Error) => (library = e.message));
    expect(library).toMatch(/line 1, column/);
    expect(message.trim()).toBe(library.trim());
  });

  it('says how to send an update given as a query, and refuses repeated or empty queries', async () => {
    const r = await get('INSERT DATA { id:x a cg:WeaponSystem }');
    expect(r.status).toBe(400);
    expect(await r.text()).toMatch(/update=.*read-only/);
    expect((await fetch(`${server.url}?query=ASK%7B%7D&query=ASK%7B%7D`)).status).toBe(400);
    expect((await get('   ')).status).toBe(400);
    expect((await fetch(`${server.url}?update=CLEAR%20ALL`)).status).toBe(400);
  });

  it('refuses SERVICE (the endpoint reaches nothing beyond its graph)', async () => {
    const r = await get('SELECT * WHERE { SERVICE <http://example.org/sparql> { ?s ?p ?o } }');
    expect(r.status).toBe(400);
    expect(await r.text()).toMatch(/SERVICE/);
  });

  it('answers unknown paths with 404 naming the endpoint', async () => {
    const r = await fetch(`${server.origin}/nothing`);
    expect(r.status).toBe(404);
    expect(await r.text()).toMatch(/\/sparql/);
  });
});

describe('dataset parameters', () => {
  it('queries the named graph given as default-graph-uri; a graph it does not hold is empty', async () => {
    const graphs = kg.store.getGraphs(null, null, null).filter((g) => g.termType === 'NamedNode');
    const g = graphs[0]!;
    const size = kg.store.countQuads(null, null, null, g);
    const count = 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }';
    const r = await get(count, {}, `&default-graph-uri=${encodeURIComponent(g.value)}`);
    expect(r.status).toBe(200);
    const body = (await r.json()) as { results: { bindings: { n: { value: string } }[] } };
    expect(Number(body.results.bindings[0]!.n.value)).toBe(size);
    const named = await get('SELECT (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }', {}, `&named-graph-uri=${encodeURIComponent(g.value)}`);
    expect(((await named.json()) as { results: { bindings: { n: { value: string } }[] } }).results.bindings[0]!.n.value).toBe('1');
    // A graph the endpoint does not hold is empty, as in any store; nothing is fetched.
    const missing = await get(count, {}, `&default-graph-uri=${encodeURIComponent('http://example.org/none')}`);
    expect(missing.status).toBe(200);
    expect(((await missing.json()) as { results: { bindings: { n: { value: string } }[] } }).results.bindings[0]!.n.value).toBe('0');
  });
});

describe('service description and pages', () => {
  it('describes the service at GET /sparql: endpoint, query language, formats, dataset', async () => {
    const r = await fetch(server.url, { headers: { Accept: 'text/turtle' } });
    expect(r.status).toBe(200);
    const quads = new Parser({ baseIRI: server.url }).parse(await r.text());
    const has = (p: string, o: string) => quads.some((q) => q.predicate.value === SD + p && q.object.value === o);
    expect(has('endpoint', server.url)).toBe(true);
    expect(has('supportedLanguage', `${SD}SPARQL11Query`)).toBe(true);
    expect(has('supportedLanguage', `${SD}SPARQL11Update`)).toBe(false);
    expect(has('resultFormat', 'http://www.w3.org/ns/formats/SPARQL_Results_JSON')).toBe(true);
    const names = quads.filter((q) => q.predicate.value === `${SD}name`).map((q) => q.object.value);
    expect(names.length).toBe(kg.store.getGraphs(null, null, null).filter((g) => g.termType === 'NamedNode').length);
    const json = await fetch(server.url, { headers: { Accept: 'application/ld+json' } });
    expect(json.headers.get('content-type')).toMatch(/^application\/ld\+json/);
  });

  it('sends a browser asking for /sparql to the query page', async () => {
    const r = await fetch(server.url, { headers: { Accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' }, redirect: 'manual' });
    expect(r.status).toBe(303);
    expect(r.headers.get('location')).toBe('/query');
    const page = await fetch(`${server.origin}/query`);
    expect(page.headers.get('content-type')).toMatch(/^text\/html/);
    expect(await page.text()).toContain(`const endpoint = "${server.url}"`);
  });

  it('serves the explorer page at /', async () => {
    const r = await fetch(`${server.origin}/`);
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/^text\/html/);
    const html = await r.text();
    expect(html).toMatch(/^<!doctype html>/i);
    expect(html).toContain('Tomahawk');
  });

  it('answers HEAD like GET, without a body', async () => {
    const r = await fetch(`${server.url}?query=${encodeURIComponent(WEAPONS)}`, { method: 'HEAD' });
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toMatch(/^application\/sparql-results\+json/);
    expect(await r.text()).toBe('');
  });
});

describe('CORS', () => {
  it('answers a preflight and marks answers as readable from any origin', async () => {
    const pre = await fetch(server.url, {
      method: 'OPTIONS',
      headers: { Origin: 'https://yasgui.example', 'Access-Control-Request-Method': 'POST', 'Access-Control-Request-Headers': 'content-type,authorization' },
    });
    expect(pre.status).toBe(204);
    expect(pre.headers.get('access-control-allow-origin')).toBe('*');
    expect(pre.headers.get('access-control-allow-methods')).toMatch(/POST/);
    expect(pre.headers.get('access-control-allow-headers')?.toLowerCase()).toMatch(/authorization/);
    const r = await get(WEAPONS, { Origin: 'https://yasgui.example' });
    expect(r.headers.get('access-control-allow-origin')).toBe('*');
  });

  it('can be turned off', async () => {
    const closed = await serve(kg, { port: 0, cors: false });
    try {
      const r = await fetch(`${closed.url}?query=${encodeURIComponent('ASK {}')}`, { headers: { Origin: 'https://yasgui.example' } });
      expect(r.status).toBe(200);
      expect(r.headers.get('access-control-allow-origin')).toBeNull();
    } finally {
      await closed.close();
    }
  });
});

describe('updates', () => {
  const insert = 'INSERT DATA { id:new-weapon a cg:WeaponSystem ; rdfs:label "New weapon" }';

  it('are refused with 403 by a read-only endpoint', async () => {
    const r = await post(insert, 'application/sparql-update', { Authorization: 'Bearer s3cret' });
    expect(r.status).toBe(403);
    expect(await r.text()).toMatch(/read-only.*--allow-update --token/);
  });

  it('need the bearer token: none or a wrong one is a 401', async () => {
    const none = await post(insert, 'application/sparql-update', {}, updates);
    expect(none.status).toBe(401);
    expect(none.headers.get('www-authenticate')).toMatch(/^Bearer/);
    const wrong = await post(insert, 'application/sparql-update', { Authorization: 'Bearer nope' }, updates);
    expect(wrong.status).toBe(401);
    expect(await fetch(`${updates.url}?query=${encodeURIComponent('ASK { id:new-weapon ?p ?o }')}`).then((r) => r.json())).toEqual({
      head: {},
      boolean: false,
    });
  });

  it('change the graph with the token, as a direct body or a form, and show in the service description', async () => {
    const before = writable.size;
    const r = await post(insert, 'application/sparql-update', { Authorization: 'Bearer s3cret' }, updates);
    expect(r.status, await r.clone().text()).toBe(200);
    expect(writable.size).toBe(before + 2);
    const ask = await fetch(`${updates.url}?query=${encodeURIComponent('ASK { id:new-weapon a cg:WeaponSystem }')}`);
    expect(await ask.json()).toEqual({ head: {}, boolean: true });
    const del = await post(
      form({ update: 'DELETE WHERE { id:new-weapon ?p ?o }' }),
      'application/x-www-form-urlencoded',
      { Authorization: 'Bearer s3cret' },
      updates,
    );
    expect(del.status).toBe(200);
    expect(writable.size).toBe(before);
    const sd = await fetch(updates.url, { headers: { Accept: 'application/n-triples' } });
    expect(await sd.text()).toContain(`<${SD}SPARQL11Update>`);
  });

  it('answer a query sent as an update with 400, and a bad update with the library’s message', async () => {
    const q = await post(WEAPONS, 'application/sparql-update', { Authorization: 'Bearer s3cret' }, updates);
    expect(q.status).toBe(400);
    expect(await q.text()).toMatch(/SELECT query.*query=/);
    const bad = await post('INSERT DATA { id:x }', 'application/sparql-update', { Authorization: 'Bearer s3cret' }, updates);
    expect(bad.status).toBe(400);
    expect(await bad.text()).toMatch(/syntax error/i);
  });

  it('cannot be made without a token', async () => {
    await expect(serve(kg, { allowUpdate: true })).rejects.toThrow(/token/);
  });
});

describe('timeouts', () => {
  it('stop a query whose client went away', async () => {
    const slow = await loadArticle();
    const open = await serve(slow, { port: 0, timeout: 0 });
    try {
      await fetch(`${open.url}?query=${encodeURIComponent('ASK {}')}`); // the worker is up
      const client = new AbortController();
      const pending = fetch(`${open.url}?query=${encodeURIComponent('SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }')}`, {
        signal: client.signal,
      });
      await new Promise((resolve) => setTimeout(resolve, 500));
      client.abort();
      await expect(pending).rejects.toThrow();
      const stats = slow.sparql.accelerated.stats;
      for (let i = 0; i < 100 && stats.terminated === 0; i++) await new Promise((resolve) => setTimeout(resolve, 50));
      expect(stats.terminated).toBe(1);
    } finally {
      await open.close();
      await slow.close();
    }
  });

  it('stop a query past --timeout with 503, and the endpoint goes on answering', async () => {
    const slow = await loadArticle();
    const short = await serve(slow, { port: 0, timeout: 2000 });
    try {
      const started = performance.now();
      const r = await fetch(`${short.url}?query=${encodeURIComponent('SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i . ?j ?k ?l }')}`);
      expect(r.status).toBe(503);
      expect(await r.text()).toMatch(/timeout of 2000 ms.*--timeout/);
      expect(performance.now() - started).toBeLessThan(20_000);
      const after = await fetch(`${short.url}?query=${encodeURIComponent('ASK { id:tomahawk a cg:WeaponSystem }')}`);
      expect(await after.json()).toEqual({ head: {}, boolean: true });
    } finally {
      await short.close();
      await slow.close();
    }
  });
});
