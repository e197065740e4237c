// A corpus partitioned between two Virtuosos on 127.0.0.1, each half published by kg.publish,
// read as one through ClaimGraph.fromEndpoint([a, b]): every bundled query must give the rows
// one local graph of both halves gives. The halves share entities (the same triple in both
// stores) and claim contents hold blank nodes, the two things a plain federation gets wrong.
// test/remote/federation.ts measures the same split.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { corpusQueries, drawParams, generateCorpus } from '../../bench/generate.js';
import { ClaimGraph, InvalidArgumentError, loadCorpus } from '../../src/index.js';
import { bundledArticles } from '../../src/bundled.js';
import { packagePath } from '../../src/paths.js';
import { canonicalRows, sameGraphs, unordered } from './compare.js';
import { Virtuoso, hasVirtuoso, whenVirtuosoIsMissing } from './virtuoso.js';

whenVirtuosoIsMissing('federation');

const articles = bundledArticles();
const halves = [articles.filter((_, i) => i % 2 === 0), articles.filter((_, i) => i % 2 === 1)];
const files = (slugs: string[]) => slugs.map((s) => packagePath('data', 'articles', `${s}.yaml`));
const isAsk = (q: string) => /^\s*ASK\b/im.test(q.replace(/#.*$/gm, ''));

describe.skipIf(!hasVirtuoso)('two stores read as one (federation)', () => {
  let stores: Virtuoso[];
  let parts: ClaimGraph[];
  const local = new ClaimGraph();
  const federated = () => ClaimGraph.fromEndpoint(stores.map((s) => s.endpoint));

  beforeAll(async () => {
    [stores, parts] = await Promise.all([
      Promise.all(halves.map(() => Virtuoso.start())),
      Promise.all(halves.map((h) => loadCorpus(files(h), { identity: false }))),
    ]);
    for (const p of parts) await local.add(p.store.getQuads(null, null, null, null));
    await Promise.all(parts.map((p, i) => p.publish(stores[i]!.endpoint)));
  }, 120_000);
  afterAll(async () => {
    await Promise.all((stores ?? []).map((s) => s.stop()));
  });

  it('holds shared triples in both stores, and neither holds every article', async () => {
    const label = 'SELECT ?l WHERE { <https://w3id.org/claimgraph/id/ukraine> rdfs:label ?l }';
    for (const s of stores) expect(await ClaimGraph.fromEndpoint(s.endpoint).select(label)).toHaveLength(1);
    const counts = await Promise.all(stores.map((s) => ClaimGraph.fromEndpoint(s.endpoint).select('SELECT DISTINCT ?a WHERE { ?text nif:sourceUrl ?a }')));
    expect(counts.map((c) => c.length)).toEqual(halves.map((h) => h.length));
  });

  it('answers every bundled query with the rows of one graph of both halves', async () => {
    const f = federated();
    for (const name of local.namedQueries()) {
      const q = local.namedQuery(name);
      if (isAsk(q)) {
        expect(await f.ask(q), name).toBe(await local.ask(q));
        continue;
      }
      const [near, far] = await Promise.all([local.select(q), f.select(q, { timeout: 120_000 })]);
      expect(near.length, name).toBeGreaterThan(0);
      expect(canonicalRows(far), name).toEqual(canonicalRows(near));
      expect(far.variables, name).toEqual(near.variables);
    }
  }, 300_000);

  it('binds parameters, and joins claim contents across stores through their blank nodes', async () => {
    const f = federated();
    const q = local.namedQuery('statements-about');
    const bindings = { entity: 'https://w3id.org/claimgraph/id/atacms' };
    expect(canonicalRows(await f.select(q, { bindings }))).toEqual(canonicalRows(await local.select(q, { bindings })));
    // Weapon ranges are blank nodes inside claim contents ([ a schema:QuantitativeValue ]).
    const ranges = 'SELECT ?claim ?v WHERE { ?claim cg:content ?c . GRAPH ?c { ?w cg:range ?r . ?r schema:value ?v } }';
    const near = await local.select(ranges);
    expect(near.length).toBeGreaterThan(0);
    expect(canonicalRows(await f.select(ranges))).toEqual(canonicalRows(near));
  });

  it('gives the typed helpers over a copy of both stores, isomorphic to the two halves', async () => {
    const f = federated();
    expect(sameGraphs(await f.pull(), local)).toBe(true);
    expect(unordered(await f.claims())).toEqual(unordered(local.claims()));
    expect((await f.graphs()).length).toBe(local.store.getGraphs(null, null, null).filter((g) => g.termType === 'NamedNode').length + 1);
  });

  it('answers from the command line over both stores (--endpoint, repeated)', async () => {
    const cli = packagePath('dist', 'cli.js');
    if (!existsSync(cli)) await promisify(execFile)('npm', ['run', 'build', '--silent'], { cwd: packagePath() });
    const args = ['query', '--named', 'cq-4', '--format', 'json', ...stores.flatMap((s) => ['--endpoint', s.endpoint])];
    const { stdout } = await promisify(execFile)(process.execPath, [cli, ...args]);
    expect(canonicalRows(JSON.parse(stdout))).toEqual(canonicalRows(await local.select(local.namedQuery('cq-4'))));
  });

  it('answers the corpus queries over a generated corpus split by article, published beside the bundled one', async () => {
    // Its own remote default graph, so the two corpora share the stores without mixing.
    const defaultGraph = 'https://w3id.org/claimgraph/graph/generated';
    const corpus = generateCorpus({ triples: 20_000, seed: 1 });
    const halves = [corpus.articles.filter((_, i) => i % 2 === 0), corpus.articles.filter((_, i) => i % 2 === 1)];
    const whole = new ClaimGraph();
    await whole.loadString(corpus.nquads, { format: 'nquads' });
    for (const [i, h] of halves.entries()) {
      const part = new ClaimGraph();
      await part.loadString(h.join(''), { format: 'nquads' });
      await part.publish(stores[i]!.endpoint, { defaultGraph });
    }
    const f = ClaimGraph.fromEndpoint(
      stores.map((s) => s.endpoint),
      { defaultGraph },
    );
    for (const [name, query] of Object.entries(corpusQueries(drawParams(corpus)))) {
      const q = query.replace(/ LIMIT \d+$/, ''); // ties at a cut are in each engine's order
      const near = await whole.select(q);
      expect(near.length, name).toBeGreaterThan(0);
      expect(canonicalRows(await f.select(q, { timeout: 120_000 })), name).toEqual(canonicalRows(near));
    }
    // The bundled corpus beside it is untouched.
    expect(canonicalRows(await federated().select(local.namedQuery('cq-1')))).toEqual(canonicalRows(await local.select(local.namedQuery('cq-1'))));
  }, 300_000);

  it('sends an update to one store only', async () => {
    await expect(federated().update('INSERT DATA { <urn:a> <urn:b> <urn:c> }', { allowUpdate: true })).rejects.toThrow(InvalidArgumentError);
  });
});
