import { createServer, type Server } from 'node:http';
import { DataFactory } from 'n3';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ClaimGraph, EndpointError, QueryAbortedError, QueryTimeoutError, loadArticle } from '../../src/index.js';
import { DEFAULT_REMOTE_GRAPH } from '../../src/remote/publish.js';
import { canonicalRows as canonical, sameGraphs, unordered } from './compare.js';
import { Virtuoso, freePort, hasVirtuoso, whenVirtuosoIsMissing } from './virtuoso.js';

const { namedNode, blankNode, literal, quad, defaultGraph } = DataFactory;
const STAGING = 'https://w3id.org/claimgraph/graph/staging/';

whenVirtuosoIsMissing('remote-store');

describe.skipIf(!hasVirtuoso)('a real SPARQL store (Virtuoso)', () => {
  let v: Virtuoso;
  let kg: ClaimGraph;
  const remote = () => ClaimGraph.fromEndpoint(v.endpoint);
  const stagingLeft = () => remote().ask(`ASK { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), "${STAGING}")) }`);

  beforeAll(async () => {
    [v, kg] = await Promise.all([Virtuoso.start(), loadArticle()]);
  });
  afterAll(async () => {
    await v?.stop();
  });

  it('publishes every graph of the bundled article, with progress', async () => {
    const seen = new Map<string, { sent: number; total: number }>();
    const report = await kg.publish(v.endpoint, { batchSize: 300, onProgress: (p) => seen.set(p.graph, p) });
    const named = kg.store.getGraphs(null, null, null).filter((g) => g.termType === 'NamedNode').length;
    expect(report.triples).toBe(kg.size);
    expect(report.graphs).toHaveLength(named + 1);
    expect(report.batches).toBeGreaterThan(kg.size / 300 - 1);
    expect(seen.get(DEFAULT_REMOTE_GRAPH)).toEqual({
      graph: DEFAULT_REMOTE_GRAPH,
      sent: kg.store.countQuads(null, null, null, defaultGraph()),
      total: kg.store.countQuads(null, null, null, defaultGraph()),
    });
    for (const p of seen.values()) expect(p.sent).toBe(p.total);
    expect(await stagingLeft()).toBe(false);
  });

  it('answers every competency question remotely as it does locally', async () => {
    const r = remote();
    for (const name of kg.namedQueries().filter((n) => /^cq-\d+$/.test(n))) {
      const q = kg.namedQuery(name);
      if (/^\s*ASK\b/im.test(q.replace(/#.*$/gm, ''))) {
        expect(await r.ask(q), name).toBe(await kg.ask(q));
        continue;
      }
      const [local, far] = await Promise.all([kg.select(q), r.select(q)]);
      expect(local.length, name).toBeGreaterThan(0);
      expect(canonical(far), name).toEqual(canonical(local));
      expect(far.variables, name).toEqual(local.variables);
    }
    // The query families, their parameters bound (an unbound optional parameter relies on
    // COALESCE over an error, which the store must evaluate as the local engines do).
    const article = 'trump-tomahawks';
    const families: [string, Record<string, string>][] = [
      ['quotations-by-speaker', { article }],
      ['quotations-by-speaker', {}],
      ['statements-by-sourcing', { article, sourcing: 'anonymous' }],
      ['hedged-statements', { article }],
      ['report-chain', { statement: 'https://w3id.org/claimgraph/article/trump-tomahawks/claim/inner-circle-warning' }],
      ['statements-about', { entity: 'https://w3id.org/claimgraph/id/atacms' }],
      ['dated-events', { article }],
      ['denials-and-corrections', {}],
      ['who-relays-whom', { article }],
    ];
    for (const [name, bindings] of families) {
      const q = kg.namedQuery(name);
      const [local, far] = await Promise.all([kg.select(q, { bindings }), r.select(q, { bindings })]);
      expect(local.length, name).toBeGreaterThan(0);
      expect(canonical(far), name).toEqual(canonical(local));
    }
    // Bindings travel as VALUES.
    const speaker = await r.select('SELECT ?q WHERE { ?q a schema:Quotation ; cg:holder ?s }', {
      bindings: { s: namedNode('https://w3id.org/claimgraph/id/donald-trump') },
    });
    expect(speaker).toHaveLength(3);
    expect(await r.ask('ASK { ?q a schema:Quotation }')).toBe(true);
    expect(await r.ask('ASK { ?q a schema:NoSuchClass }')).toBe(false);
  });

  it('gives the typed helpers over the remote store', async () => {
    const r = remote();
    expect(unordered(await r.claims())).toEqual(unordered(kg.claims()));
    expect(unordered(await r.quotations({ speaker: 'Trump' }))).toEqual(unordered(kg.quotations({ speaker: 'Trump' })));
    expect(unordered(await r.statements())).toEqual(unordered(kg.statements()));
    expect(await r.articles()).toEqual(kg.articles());
    expect((await r.entity('donald-trump')).label).toBe('Donald Trump');
    expect((await r.weapons()).map((w) => w.label).sort()).toEqual(['ATACMS', 'B-2 bomber', 'Tomahawk cruise missile']);
  });

  it('joins local data with the remote store through Comunica', async () => {
    const local = new ClaimGraph();
    const watch = namedNode('https://example.org/watch');
    await local.add([
      quad(namedNode('https://w3id.org/claimgraph/id/tomahawk'), watch, literal('high')),
      quad(namedNode('https://w3id.org/claimgraph/id/atacms'), watch, literal('low')),
    ]);
    // Remote sources only when named.
    await expect(local.select(`SELECT * WHERE { SERVICE <${v.endpoint}> { ?s ?p ?o } }`)).rejects.toThrow(/sources/);
    const viaService = await local.select(
      `SELECT ?weapon ?level ?claim WHERE {
         ?weapon <https://example.org/watch> ?level .
         SERVICE <${v.endpoint}> { GRAPH <${DEFAULT_REMOTE_GRAPH}> { ?claim cg:content ?content } GRAPH ?content { ?weapon ?p ?o } }
       }`,
      { sources: [v.endpoint] },
    );
    // The same join over one local store holding both.
    const both = await loadArticle();
    await both.add(local.store.getQuads(null, null, null, null));
    const expected = await both.select(
      'SELECT ?weapon ?level ?claim WHERE { ?weapon <https://example.org/watch> ?level . ?claim cg:content ?content . GRAPH ?content { ?weapon ?p ?o } }',
    );
    expect(expected.length).toBeGreaterThan(2);
    expect(canonical(viaService)).toEqual(canonical(expected));
    // The endpoint as a second source: Comunica splits the patterns between the two.
    const joined = await local.select('SELECT DISTINCT ?label ?level WHERE { ?w <https://example.org/watch> ?level ; rdfs:label ?label }', {
      sources: [v.endpoint],
    });
    expect(canonical(joined)).toEqual(
      canonical([
        { label: 'ATACMS', level: 'low' },
        { label: 'Tomahawk cruise missile', level: 'high' },
      ]),
    );
  });

  it('pulls the graphs back isomorphic', async () => {
    const back = await remote().pull();
    expect(back.size).toBe(kg.size);
    expect(sameGraphs(back, kg)).toBe(true);
  });

  it('publishes thousands of small graphs in full batches, blank nodes as skolem IRIs, and pulls them back isomorphic', async () => {
    // Claim contents are small graphs: a batch of 5000 quads can span a thousand of them, and
    // Virtuoso fails a request of one operation per graph.
    const many = new ClaimGraph();
    const quads = Array.from({ length: 3000 }, (_, i) => {
      const [g, b] = [namedNode(`https://example.org/content/${i}`), blankNode(`range${i}`)];
      return [
        quad(namedNode(`https://example.org/weapon/${i}`), namedNode('https://example.org/range'), b, g),
        quad(b, namedNode('https://example.org/value'), literal(String(i)), g),
      ];
    }).flat();
    await many.add(quads);
    const store = await Virtuoso.start();
    try {
      const report = await many.publish(store.endpoint);
      expect(report.batches).toBe(2);
      const far = ClaimGraph.fromEndpoint(store.endpoint);
      expect(await far.ask('ASK { GRAPH ?g { ?s ?p ?o FILTER(isBlank(?o) || isBlank(?s)) } }')).toBe(false);
      const skolem = await far.select(
        'SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o FILTER(STRSTARTS(STR(?o), "https://w3id.org/claimgraph/.well-known/genid/")) } }',
      );
      expect(skolem[0]!.n).toBe(3000);
      expect(sameGraphs(await far.pull(), many)).toBe(true);
    } finally {
      await store.stop();
    }
  }, 180_000);

  it('leaves one copy when published twice, and drops graphs no longer published', async () => {
    await kg.publish(v.endpoint);
    const count = async () => {
      const rows = await remote().select(
        `SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), "https://w3id.org/claimgraph/")) } GROUP BY ?g`,
      );
      return Object.fromEntries(rows.map((r) => [r.g, r.n]));
    };
    const counts = await count();
    expect(counts[DEFAULT_REMOTE_GRAPH]).toBe(kg.store.countQuads(null, null, null, defaultGraph()));
    for (const g of kg.store.getGraphs(null, null, null))
      if (g.termType === 'NamedNode') expect(counts[g.value], g.value).toBe(kg.store.countQuads(null, null, null, g));

    const fewer = await loadArticle();
    const dropped = kg.store.getGraphs(null, null, null).find((g) => g.termType === 'NamedNode')!;
    await fewer.remove(fewer.store.getQuads(null, null, null, dropped));
    await fewer.publish(v.endpoint);
    expect((await count())[dropped.value]).toBeUndefined();
    expect(sameGraphs(await remote().pull(), fewer)).toBe(true);
    await kg.publish(v.endpoint);
  });

  it('publishes with digest auth (SPARQL Update and Graph Store Protocol) and refuses a wrong password', async () => {
    const auth = { user: 'dba', password: 'dba', scheme: 'digest' as const };
    const name = 'https://example.org/digest/default';
    const viaUpdate = await kg.publish(`${v.base}/sparql-auth`, { auth, defaultGraph: name, batchSize: 500 });
    expect(viaUpdate.batches).toBeGreaterThan(1);
    const back = await ClaimGraph.fromEndpoint(`${v.base}/sparql-auth`, { auth, defaultGraph: name }).pull();
    expect(sameGraphs(back, kg)).toBe(true);

    await kg.publish(`${v.base}/sparql-auth`, { auth, defaultGraph: name, graphStore: `${v.base}/sparql-graph-crud-auth`, batchSize: 400 });
    expect(sameGraphs(await ClaimGraph.fromEndpoint(v.endpoint, { defaultGraph: name }).pull(), kg)).toBe(true);

    const wrong = kg.publish(`${v.base}/sparql-auth`, { auth: { ...auth, password: 'nope' }, defaultGraph: name });
    await expect(wrong).rejects.toThrow(EndpointError);
    await expect(wrong).rejects.toMatchObject({ status: 401, endpoint: `${v.base}/sparql-auth` });
  });

  it('names the endpoint when it is down', async () => {
    const down = `http://127.0.0.1:${await freePort()}/sparql`;
    const error = await kg.publish(down).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EndpointError);
    expect(error).toMatchObject({ endpoint: down });
    expect((error as Error).message).toMatch(/is down.*virtuoso\.sh start/);
    await expect(ClaimGraph.fromEndpoint(down).select('SELECT * WHERE { ?s ?p ?o } LIMIT 1')).rejects.toThrow(/is down/);
  });

  it('keeps the previous complete version when the connection fails after some batches', async () => {
    const changed = await loadArticle();
    await changed.add(
      Array.from({ length: 1500 }, (_, i) => quad(namedNode(`https://example.org/extra/${i}`), namedNode('https://example.org/p'), literal(String(i)))),
    );
    let inserts = 0;
    const failing: typeof fetch = async (url, init) => {
      if (String(init?.body ?? '').startsWith('INSERT') && ++inserts > 3)
        throw new TypeError('fetch failed', { cause: Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }) });
      return fetch(url, init);
    };
    const error = await changed.publish(v.endpoint, { fetch: failing, batchSize: 200 }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EndpointError);
    expect(inserts).toBe(4);
    expect(sameGraphs(await remote().pull(), kg)).toBe(true);
    expect(await stagingLeft()).toBe(false);
  });

  it('reports HTTP errors with their status and the server message', async () => {
    const error = await kg.publish(`${v.base}/no-such-endpoint`).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EndpointError);
    expect(error).toMatchObject({ status: 404, endpoint: `${v.base}/no-such-endpoint` });
    expect((error as Error).message).toMatch(/HTTP 404/);
    // A query the store itself rejects: the message is Virtuoso's, trimmed to one line.
    const bad = await remote()
      .select('SELECT * WHERE { ?s ?p ?o FILTER(<https://example.org/no-such-function>(?o)) }')
      .catch((e: unknown) => e);
    expect(bad).toBeInstanceOf(EndpointError);
    expect((bad as EndpointError).status).toBeGreaterThanOrEqual(400);
    expect((bad as Error).message).toMatch(/Virtuoso/);
    expect((bad as Error).message).not.toMatch(/\n/);
  });

  it('says when a store does not answer in time, and leaves nothing half-written', async () => {
    const silent: Server = createServer(() => undefined);
    await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(silent.address() as { port: number }).port}/sparql`;
    try {
      await expect(kg.publish(url, { timeout: 300 })).rejects.toThrow(/within 300 ms \(timeout\)/);
      await expect(ClaimGraph.fromEndpoint(url, { timeout: 200 }).ask('ASK {}')).rejects.toThrow(QueryTimeoutError);
      await expect(kg.publish(url, { timeout: 300 })).rejects.toThrow(QueryTimeoutError);
      const stop = new AbortController();
      setTimeout(() => stop.abort(), 100);
      await expect(ClaimGraph.fromEndpoint(url, { timeout: 0 }).ask('ASK {}', { signal: stop.signal })).rejects.toThrow(QueryAbortedError);
      await expect(remote().ask('ASK {}', { timeout: 200 })).resolves.toBe(true);
    } finally {
      silent.closeAllConnections();
      silent.close();
    }
    // A timeout in the middle of a publish: batches slowed down past the limit.
    const slow: typeof fetch = async (u, init) => {
      if (String(init?.body ?? '').startsWith('INSERT')) await new Promise((r) => setTimeout(r, 400));
      return fetch(u, init);
    };
    await expect(kg.publish(v.endpoint, { fetch: slow, timeout: 200, batchSize: 500 })).rejects.toThrow(/timeout/);
    expect(sameGraphs(await remote().pull(), kg)).toBe(true);
  });

  it('shows the previous version or nothing when the store stops in the middle of a publish', async () => {
    const other = await Virtuoso.start();
    try {
      const small = await loadArticle();
      await small.publish(other.endpoint);
      const bigger = await loadArticle();
      await bigger.add(
        Array.from({ length: 20_000 }, (_, i) => quad(namedNode(`https://example.org/more/${i}`), namedNode('https://example.org/p'), literal(`value ${i}`))),
      );
      let stopping: Promise<void> | undefined;
      const error = await bigger
        .publish(other.endpoint, { batchSize: 500, onProgress: () => void (stopping ??= other.stop({ keepData: true })) })
        .catch((e: unknown) => e);
      await stopping;
      expect(error).toBeInstanceOf(EndpointError);
      await other.start();
      const back = await ClaimGraph.fromEndpoint(other.endpoint).pull();
      // A checkpointing stop keeps the previous version; the staged batches stay under staging names only.
      expect(sameGraphs(back, small)).toBe(true);
      // A publish soon after leaves them: they may be another publish's, still running.
      const staged = () => ClaimGraph.fromEndpoint(other.endpoint).ask(`ASK { GRAPH ?g { ?s ?p ?o } FILTER(STRSTARTS(STR(?g), "${STAGING}")) }`);
      await small.publish(other.endpoint);
      expect(await staged()).toBe(true);
      // Once they are older than any publish takes, the next publish of the same graphs drops them.
      vi.useFakeTimers({ toFake: ['Date'] });
      try {
        vi.setSystemTime(Date.now() + 7 * 3_600_000);
        await small.publish(other.endpoint);
      } finally {
        vi.useRealTimers();
      }
      expect(await staged()).toBe(false);
    } finally {
      await other.stop();
    }
  }, 120_000);

  it('two publishers of the same graphs never share staging graphs: the last to move wins, whole', async () => {
    const a = await loadArticle();
    const b = await loadArticle();
    await b.add([quad(namedNode('https://example.org/extra'), namedNode('https://example.org/p'), literal('only in b'))]);
    await Promise.all([a.publish(v.endpoint, { batchSize: 300 }), b.publish(v.endpoint, { batchSize: 300 })]);
    const back = await remote().pull();
    expect(sameGraphs(back, a) || sameGraphs(back, b)).toBe(true);
    expect(await stagingLeft()).toBe(false);
    await kg.publish(v.endpoint);
  }, 120_000);

  it('answers federated ASK queries, which Virtuoso answers as a table', async () => {
    const empty = new ClaimGraph();
    expect(await empty.ask('ASK { ?q a schema:Quotation }', { sources: [v.endpoint] })).toBe(true);
    expect(await empty.ask('ASK { ?q a schema:NoSuchClass }', { sources: [v.endpoint] })).toBe(false);
    const local = await loadArticle();
    // A join of the local graph with the store, with an ASK inside (FILTER EXISTS on the remote side).
    const rows = await local.select('SELECT ?q WHERE { ?q a schema:Quotation FILTER EXISTS { ?q schema:text ?t } }', { sources: [v.endpoint] });
    expect(rows.length).toBeGreaterThan(0);
  });
});
