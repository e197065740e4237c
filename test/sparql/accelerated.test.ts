// The accelerated engine (an Oxigraph copy of the store in a worker thread) against
// Comunica: the same answers, the same guard and limits, a worker that a timeout
// terminates, and a copy that follows the store.
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { DataFactory, type Store } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { QueryAbortedError, QueryRefusedError, QuerySyntaxError, QueryTimeoutError, ResultLimitError, InvalidArgumentError } from '../../src/errors.js';
import { ClaimGraph, loadArticle } from '../../src/index.js';
import { SparqlEngine, type EngineChoice } from '../../src/sparql/engine.js';
import { VersionedStore } from '../../src/store.js';
import { cpuAfter, id, smallStore, wideStore } from './fixture.js';

const { namedNode, literal, quad, blankNode } = DataFactory;
const root = fileURLToPath(new URL('../..', import.meta.url));

const versioned = (from: Store) => {
  const store = new VersionedStore();
  for (const q of from) store.addQuad(q);
  return store;
};
/** Plain rows (keys sorted: SELECT * orders its variables as each engine likes), numbers compared by value (Oxigraph stores numeric literals by value). */
const plain = (rows: unknown[]) => rows.map((r) => JSON.stringify(Object.entries(r as object).sort(([a], [b]) => a.localeCompare(b))));

let store: VersionedStore;
let sparql: SparqlEngine;
beforeAll(() => {
  store = versioned(smallStore());
  sparql = new SparqlEngine(() => store);
});
afterAll(() => sparql.close());

const both = (f: (engine: EngineChoice) => Promise<unknown>) => Promise.all([f('comunica'), f('oxigraph')]);

describe('the same answers through both engines', () => {
  const selects = [
    'SELECT ?c ?v ?when ?ok WHERE { ?c a schema:Claim ; schema:value ?v OPTIONAL { ?c schema:startDate ?when ; cg:status ?ok } } ORDER BY ?c',
    'SELECT (COUNT(*) AS ?n) WHERE { ?p a schema:Person }',
    'SELECT ?x ?l WHERE { ?x rdfs:label ?l } ORDER BY ?x ?l',
    'SELECT ?c ?t WHERE { ?c cg:evidence ?e . ?e schema:text ?t }',
    'PREFIX schema: <https://schema.org/> SELECT ?x WHERE { ?x a schema:Person }',
  ];
  it.each(selects)('%s', async (q) => {
    const [a, b] = (await both((engine) => sparql.select(q, { engine }))) as unknown[][];
    expect(plain(b!)).toEqual(plain(a!));
    expect((b as { variables: string[] } & unknown[]).variables).toEqual((a as { variables: string[] } & unknown[]).variables);
  });

  it('ASK, CONSTRUCT, DESCRIBE and query()', async () => {
    for (const q of ['ASK { id:alice a schema:Person }', 'ASK { id:alice a schema:Place }']) {
      const [a, b] = await both((engine) => sparql.ask(q, { engine }));
      expect(b).toBe(a);
    }
    const key = (qs: unknown) =>
      (qs as { subject: { value: string }; predicate: { value: string }; object: { value: string } }[])
        .map((q) => `${q.subject.value} ${q.predicate.value} ${q.object.value}`)
        .sort();
    for (const q of ['CONSTRUCT { ?c schema:author ?who } WHERE { ?c a schema:Claim ; prov:wasAttributedTo ?who }', 'DESCRIBE id:bob']) {
      const [a, b] = await both((engine) => sparql.construct(q, { engine }));
      expect(key(b)).toEqual(key(a));
    }
    const tagged = await sparql.query('SELECT ?p WHERE { ?p a schema:Person }', { engine: 'oxigraph' });
    expect(tagged.form === 'SELECT' && tagged.rows.length).toBe(3);
  });

  it('blank nodes keep the store’s labels', async () => {
    const rows = await sparql.select('SELECT ?e WHERE { ?c cg:evidence ?e }', { engine: 'oxigraph' });
    expect(rows.terms[0]!.e).toEqual(blankNode('ev1'));
  });

  it('bindings, hostile ones included, give the same rows', async () => {
    const cases: [string, Record<string, never>][] = [
      ['SELECT ?c WHERE { ?c prov:wasAttributedTo ?who } ORDER BY ?c', { who: id('alice') } as never],
      ['SELECT ?c ?who WHERE { ?c prov:wasAttributedTo ?who } ORDER BY ?c', { who: id('bob') } as never],
      ['SELECT ?c WHERE { ?c cg:hedge ?h } ORDER BY ?c', { h: 'reportedly' } as never],
      ['SELECT * WHERE { ?c cg:hedge ?h } ORDER BY ?c', { h: 'reportedly' } as never],
      ['SELECT ?c WHERE { ?c schema:value ?v }', { v: 300 } as never],
      ['SELECT ?c WHERE { ?c cg:status ?v }', { v: true } as never],
      ['SELECT ?c WHERE { ?c cg:evidence ?e }', { e: blankNode('ev1') } as never],
    ];
    for (const value of [
      '"',
      "' } ; DROP ALL ; #",
      '}',
      'a\nb',
      'http://x/>{ ?s ?p ?o }<',
      '\\',
      'reportedly" || true || "',
      'reportedly"@en',
      '?h',
      '\\u0022 } ',
      'reportedly" . ?c ?p ?o . FILTER("1"="1',
    ]) {
      cases.push(['SELECT ?c WHERE { ?c cg:hedge ?h }', { h: value } as never]);
    }
    for (const value of ['http://x/> ?p ?o . <http://y', 'https://w3id.org/claimgraph/id/alice> . ?c ?p ?o #']) {
      cases.push(['SELECT ?c WHERE { ?c prov:wasAttributedTo ?who }', { who: namedNode(value) } as never]);
    }
    cases.push(['SELECT ?c WHERE { ?c rdfs:label ?l }', { l: literal('Alice', 'en} . ?c ?p ?o . #') } as never]);
    const size = store.size;
    for (const [q, bindings] of cases) {
      const [a, b] = (await both((engine) => sparql.select(q, { engine, bindings }))) as unknown[][];
      expect(plain(b!), `${q} ${JSON.stringify(bindings)}`).toEqual(plain(a!));
    }
    expect(store.size).toBe(size);
    // Comunica refuses to bind a GROUP BY variable; the rewritten query binds it with VALUES.
    const grouped = await sparql.select('SELECT ?h (COUNT(?c) AS ?n) WHERE { ?c cg:hedge ?h } GROUP BY ?h', {
      engine: 'oxigraph',
      bindings: { h: 'reportedly' },
    });
    expect([...grouped]).toEqual([{ h: 'reportedly', n: 2 }]);
    await expect(sparql.select('SELECT ?c WHERE { ?c ?p ?o }', { bindings: { 'c }': 'x' }, engine: 'oxigraph' })).rejects.toBeInstanceOf(QueryRefusedError);
  });

  it('FROM a local graph, and the default graph is not the union of the named graphs', async () => {
    const own = new VersionedStore();
    own.addQuad(quad(id('a'), id('b'), literal('in g'), namedNode('https://example.org/g')));
    const engine = new SparqlEngine(() => own);
    expect((await engine.select('SELECT ?o FROM <https://example.org/g> WHERE { ?s ?p ?o }', { engine: 'oxigraph' })).map((r) => r.o)).toEqual(['in g']);
    expect(await engine.select('SELECT ?o WHERE { ?s ?p ?o }', { engine: 'oxigraph' })).toHaveLength(0);
    expect(await engine.select('SELECT ?o WHERE { GRAPH ?g { ?s ?p ?o } }', { engine: 'oxigraph' })).toHaveLength(1);
    await engine.close();
  });
});

describe('the guard and the choice of engine', () => {
  it('refuses what Comunica refuses, before any engine runs', async () => {
    const own = versioned(smallStore());
    const engine = new SparqlEngine(() => own);
    await expect(engine.select('SELECT ?x WHERE { ?x ?p }', { engine: 'oxigraph' })).rejects.toBeInstanceOf(QuerySyntaxError);
    await expect(engine.select('INSERT DATA { id:x rdfs:label "x" }', { engine: 'oxigraph' })).rejects.toBeInstanceOf(QueryRefusedError);
    await expect(engine.select('SELECT * WHERE { SERVICE <http://127.0.0.1:9/sparql> { ?s ?p ?o } }', { engine: 'oxigraph' })).rejects.toBeInstanceOf(
      QueryRefusedError,
    );
    await expect(engine.select('SELECT * FROM <file:///etc/passwd> WHERE { ?s ?p ?o }', { engine: 'oxigraph' })).rejects.toBeInstanceOf(QueryRefusedError);
    await expect(engine.select('SELECT * WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }', { engine: 'oxigraph', maxCombinations: 1000 })).rejects.toBeInstanceOf(
      QueryRefusedError,
    );
    await expect(engine.select('SELECT * WHERE { ?s ?p ?o }', { engine: 'oxigraph', sources: ['http://127.0.0.1:9/x.ttl'] })).rejects.toBeInstanceOf(
      InvalidArgumentError,
    );
    await expect(engine.select('SELECT * WHERE { ?s ?p ?o }', { engine: 'fast' as never })).rejects.toBeInstanceOf(InvalidArgumentError);
    expect(engine.accelerated.stats.workers).toBe(0);
  });

  it('auto uses Oxigraph for a versioned store and Comunica for a plain one', async () => {
    const own = versioned(smallStore());
    const engine = new SparqlEngine(() => own);
    expect(await engine.select('SELECT * WHERE { ?s ?p ?o }')).toHaveLength(own.size);
    expect(engine.accelerated.stats.loads).toBe(1);
    await engine.close();
    const plainEngine = new SparqlEngine(() => smallStore());
    expect(await plainEngine.ask('ASK { id:alice a schema:Person }')).toBe(true);
    expect(plainEngine.accelerated.stats.workers).toBe(0);
  });

  it('a row cap stops a result that is too large', async () => {
    const error = await sparql.select('SELECT * WHERE { ?s ?p ?o }', { maxRows: 5, engine: 'oxigraph' }).catch((e) => e);
    expect(error).toBeInstanceOf(ResultLimitError);
    expect(await sparql.select('SELECT * WHERE { ?s ?p ?o } LIMIT 5', { maxRows: 5, engine: 'oxigraph' })).toHaveLength(5);
    await expect(sparql.construct('CONSTRUCT WHERE { ?s ?p ?o }', { maxRows: 5, engine: 'oxigraph' })).rejects.toBeInstanceOf(ResultLimitError);
  });
});

describe('stopping', () => {
  const wideStoreV = versioned(wideStore(2000));
  const wide = new SparqlEngine(() => wideStoreV);
  afterAll(() => wide.close());
  const cartesian = 'SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }';

  it('a timeout terminates the worker, nothing keeps computing, and the next query starts a new one', async () => {
    expect(await wide.ask('ASK { ?s ?p "3" }', { engine: 'oxigraph' })).toBe(true); // the copy is loaded
    const started = Date.now();
    const error = await wide.select(cartesian, { timeout: 500, engine: 'oxigraph' }).catch((e) => e);
    expect(error).toBeInstanceOf(QueryTimeoutError);
    expect(Date.now() - started).toBeLessThan(2000);
    expect(wide.accelerated.running).toBe(false);
    expect(wide.accelerated.stats.terminated).toBe(1);
    expect(await cpuAfter()).toBeLessThan(0.3);
    expect(await wide.ask('ASK { ?s ?p "3" }', { engine: 'oxigraph' })).toBe(true);
    expect(wide.accelerated.stats.workers).toBe(2);
  });

  it('an AbortSignal does the same, and a query waiting behind the stopped one still gets its answer', async () => {
    const controller = new AbortController();
    const doomed = wide.select(cartesian, { signal: controller.signal, engine: 'oxigraph' });
    const other = wide.select('SELECT (COUNT(*) AS ?n) WHERE { ?a ?b ?c . ?d ?b ?c }', { engine: 'oxigraph' });
    setTimeout(() => controller.abort(), 200);
    await expect(doomed).rejects.toBeInstanceOf(QueryAbortedError);
    expect((await other)[0]!.n).toBe(2000);
    await expect(wide.select('SELECT * { ?s ?p ?o }', { signal: AbortSignal.abort(), engine: 'oxigraph' })).rejects.toBeInstanceOf(QueryAbortedError);
  });
});

describe('the copy follows the store', () => {
  it('after loads, removes and updates, and close() ends the worker', async () => {
    const kg = new ClaimGraph();
    const count = async () => (await kg.select('SELECT (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } }', { engine: 'oxigraph' }))[0]!.n;
    const q1 = quad(id('a'), id('p'), literal('1'), id('g'));
    const q2 = quad(id('a'), id('p'), literal('2'), id('g'));
    expect(await count()).toBe(0);
    await kg.add([q1, q2]);
    expect(await count()).toBe(2);
    await kg.remove([q1]);
    expect(await count()).toBe(1);
    await kg.update('INSERT DATA { GRAPH id:g { id:a id:p "3" } }', { allowUpdate: true });
    expect(await count()).toBe(2);
    expect(kg.store.size).toBe(2);
    expect(kg.sparql.accelerated.running).toBe(true);
    await kg.close();
    expect(kg.sparql.accelerated.running).toBe(false);
    expect(await count()).toBe(2); // a new worker on demand
    await kg.close();
  });

  it('a named graph whose last quad is removed is no longer listed', async () => {
    const kg = new ClaimGraph();
    const graphs = async () => (await kg.select('SELECT ?g WHERE { GRAPH ?g { } }', { engine: 'oxigraph' })).map((r) => r.g);
    const q1 = quad(id('a'), id('p'), literal('1'), id('g1'));
    const q2 = quad(id('a'), id('p'), literal('2'), id('g2'));
    await kg.add([q1, q2]);
    expect((await graphs()).sort()).toEqual([id('g1').value, id('g2').value]);
    await kg.remove([q1]);
    expect(await graphs()).toEqual([id('g2').value]);
    await kg.update('DROP GRAPH id:g2', { allowUpdate: true });
    expect(await graphs()).toEqual([]);
    await kg.close();
  });
});

/** The variables of a query's ORDER BY clause, in order (`DESC(?n) ?label` gives n, label). */
function orderKeys(query: string): string[] {
  const clause = /\bORDER\s+BY\s+([^{}]*?)\s*(?:LIMIT\b|OFFSET\b|$)/i.exec(query.replace(/#.*$/gm, '').trim())?.[1] ?? '';
  return [...clause.matchAll(/\?(\w+)/g)].map((m) => m[1]!);
}

describe('the competency queries', () => {
  let kg: ClaimGraph;
  beforeAll(async () => {
    kg = await loadArticle();
  });
  afterAll(() => kg.close());

  it('all sixteen give the same answers through both engines', async () => {
    // The competency queries; the query families have their own tests (test/families.test.ts).
    const names = kg.namedQueries().filter((n) => /^cq-\d+$/.test(n));
    expect(names).toHaveLength(16);
    let ordered = 0;
    for (const name of names) {
      const q = kg.namedQuery(name);
      if (/^\s*ASK\b/im.test(q.replace(/^\s*(#|PREFIX).*$/gim, ''))) {
        expect(await kg.ask(q, { engine: 'oxigraph' }), name).toBe(await kg.ask(q, { engine: 'comunica' }));
        continue;
      }
      const a = await kg.select(q, { engine: 'comunica' });
      const b = await kg.select(q, { engine: 'oxigraph' });
      expect(b.variables, name).toEqual(a.variables);
      // Same rows; and where the query orders them, the same sequence of ORDER BY keys (ties may come in either order).
      expect(plain(b).sort(), name).toEqual(plain(a).sort());
      const keys = orderKeys(q);
      if (!keys.length) continue;
      // Keys the query does not project are added to its projection, so their order can be read.
      const missing = keys.filter((k) => !b.variables.includes(k));
      const readable = missing.length ? q.replace(/\bSELECT(\s+DISTINCT)?/i, (m) => `${m} ${missing.map((k) => `?${k}`).join(' ')}`) : q;
      const [ka, kb] = await Promise.all(
        (['comunica', 'oxigraph'] as const).map(async (engine) => (await kg.select(readable, { engine })).map((r) => keys.map((k) => r[k]))),
      );
      if (ka!.length > 1) ordered++;
      expect(kb, `${name}: ORDER BY ${keys.join(' ')}`).toEqual(ka);
    }
    // Most competency queries order several rows: the order check is not vacuous.
    expect(ordered).toBeGreaterThan(8);
  });
});

describe('the process', () => {
  it('is not kept alive by the worker, and loads neither engine in the main thread on import', () => {
    const script = `
      import { createRequire } from 'node:module';
      const require = createRequire(import.meta.url);
      const loaded = (name) => Object.keys(require.cache).some((k) => k.includes(name));
      const { loadArticle } = await import('./src/index.ts');
      const kg = await loadArticle();
      const before = { comunica: loaded('@comunica'), oxigraph: loaded('oxigraph') };
      const rows = (await kg.select(kg.namedQuery('cq-4'))).length;
      console.log(JSON.stringify({ before, rows, after: { comunica: loaded('@comunica'), oxigraph: loaded('oxigraph') }, workers: kg.sparql.accelerated.stats.workers }));
    `;
    const started = Date.now();
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: root, encoding: 'utf8', timeout: 30_000 });
    const r = JSON.parse(out.trim().split('\n').pop()!);
    expect(r.before).toEqual({ comunica: false, oxigraph: false });
    expect(r.rows).toBe(4);
    expect(r.workers).toBe(1);
    // The first query went to the worker: neither engine is in the main thread.
    expect(r.after).toEqual({ comunica: false, oxigraph: false });
    expect(Date.now() - started).toBeLessThan(30_000);
  });

  it('starts a worker a moment after the first load, once, and the first query takes it', () => {
    const script = `
      const { ClaimGraph } = await import('./src/index.ts');
      const kg = new ClaimGraph();
      await kg.loadString('<urn:s> <urn:p> "o" .', { format: 'ntriples' });
      const other = new ClaimGraph();
      await other.loadString('<urn:s> <urn:p> "p" .', { format: 'ntriples' });
      await new Promise((r) => setTimeout(r, 1500)); // a notebook's next cell
      const rows = (await kg.select('SELECT ?o WHERE { ?s ?p ?o }')).map((r) => r.o);
      const otherRows = (await other.select('SELECT ?o WHERE { ?s ?p ?o }')).map((r) => r.o);
      const stats = (g) => ({ workers: g.sparql.accelerated.stats.workers, prewarmed: g.sparql.accelerated.stats.prewarmed });
      console.log(JSON.stringify({ rows, otherRows, first: stats(kg), second: stats(other) }));
    `;
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: root, encoding: 'utf8', timeout: 30_000 });
    // The second graph's query starts its own worker: one spare per process, taken by the first.
    expect(JSON.parse(out.trim().split('\n').pop()!)).toEqual({
      rows: ['o'],
      otherRows: ['p'],
      first: { workers: 1, prewarmed: 1 },
      second: { workers: 1, prewarmed: 0 },
    });
  });

  it('a query straight after the load starts its own worker, and none is started after it', () => {
    const script = `
      const { ClaimGraph } = await import('./src/index.ts');
      const { Worker } = await import('node:worker_threads');
      const kg = new ClaimGraph();
      await kg.loadString('<urn:s> <urn:p> "o" .', { format: 'ntriples' });
      const rows = (await kg.select('SELECT ?o WHERE { ?s ?p ?o }')).map((r) => r.o);
      await new Promise((r) => setTimeout(r, 1000));
      const other = new ClaimGraph();
      await other.loadString('<urn:s> <urn:p> "p" .', { format: 'ntriples' });
      await other.ask('ASK { ?s ?p ?o }');
      const stats = (g) => ({ workers: g.sparql.accelerated.stats.workers, prewarmed: g.sparql.accelerated.stats.prewarmed });
      console.log(JSON.stringify({ rows, first: stats(kg), second: stats(other) }));
    `;
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { cwd: root, encoding: 'utf8', timeout: 30_000 });
    expect(JSON.parse(out.trim().split('\n').pop()!)).toEqual({ rows: ['o'], first: { workers: 1, prewarmed: 0 }, second: { workers: 1, prewarmed: 0 } });
  });
});
