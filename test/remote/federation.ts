// Corpora partitioned between two Virtuosos, queried as one (docs/remote.md, "Several stores"):
// each half published to its own store by kg.publish, then every query through
// ClaimGraph.fromEndpoint([a, b]) against one local graph of both halves: same rows or not, and
// the time of each. Two splits: the bundled articles (which share entities, so both stores hold
// some triples) with the bundled queries, and a generated corpus split by article with the
// benchmark's corpus queries.
//   npx tsx test/remote/federation.ts [triples of the generated corpus, default 20000]
import { corpusQueries, drawParams, generateCorpus } from '../../bench/generate.js';
import { ClaimGraph, loadCorpus } from '../../src/index.js';
import { bundledArticles } from '../../src/bundled.js';
import { packagePath } from '../../src/paths.js';
import { canonicalRows } from './compare.js';
import { Virtuoso } from './virtuoso.js';

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
async function time<T>(f: () => Promise<T>, runs: number): Promise<{ ms: number; value: T }> {
  const value = await f();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await f();
    ms.push(performance.now() - t);
  }
  return { ms: median(ms), value };
}
const halve = <T>(xs: T[]) => [xs.filter((_, i) => i % 2 === 0), xs.filter((_, i) => i % 2 === 1)];

async function compare(title: string, parts: ClaimGraph[], queries: [string, string][]) {
  const stores = await Promise.all(parts.map(() => Virtuoso.start()));
  try {
    const local = new ClaimGraph();
    for (const p of parts) await local.add(p.store.getQuads(null, null, null, null));
    console.log(`\n## ${title}`);
    for (const [i, p] of parts.entries()) {
      const r = await p.publish(stores[i]!.endpoint, { timeout: 600_000 });
      console.log(`store ${i + 1}: ${r.triples} triples published in ${Math.round(r.ms)} ms`);
    }
    const federated = ClaimGraph.fromEndpoint(stores.map((s) => s.endpoint));
    console.log('\n| query | local | federated | ratio | rows local | rows federated | same rows |');
    console.log('|---|---:|---:|---:|---:|---:|---|');
    let same = 0;
    for (const [name, q] of queries) {
      const near = await time(() => local.select(q), 5);
      const far = await time(() => federated.select(q, { timeout: 600_000 }), 2);
      const agree = JSON.stringify(canonicalRows(far.value)) === JSON.stringify(canonicalRows(near.value));
      if (agree) same++;
      console.log(
        `| ${name} | ${near.ms.toFixed(1)} ms | ${far.ms.toFixed(0)} ms | ${(far.ms / near.ms).toFixed(0)} | ${near.value.length} | ${far.value.length} | ${agree ? 'yes' : 'no'} |`,
      );
    }
    console.log(`\n${same} of ${queries.length} SELECT queries give the same rows.`);
  } finally {
    await Promise.all(stores.map((s) => s.stop()));
  }
}

const files = (slugs: string[]) => slugs.map((s) => packagePath('data', 'articles', `${s}.yaml`));
const bundled = await Promise.all(halve(bundledArticles()).map((h) => loadCorpus(files(h), { identity: false })));
const named = new ClaimGraph();
const selects = named
  .namedQueries()
  .map((n): [string, string] => [n, named.namedQuery(n)])
  .filter(([, q]) => !/^\s*ASK\b/im.test(q.replace(/#.*$/gm, '')));
await compare('The six bundled articles, three per store', bundled, selects);

const corpus = generateCorpus({ triples: Number(process.argv[2] ?? 20_000), seed: 1 });
const generated = await Promise.all(
  halve(corpus.articles).map(async (h) => {
    const kg = new ClaimGraph();
    await kg.loadString(h.join(''), { format: 'nquads' });
    return kg;
  }),
);
await compare(`A generated corpus of ${corpus.stats.quads} quads, ${corpus.articles.length} articles alternating between the stores`, generated, [
  ...Object.entries(corpusQueries(drawParams(corpus))),
  ...selects.filter(([n]) => /^cq-(1|4|5|6|9)$/.test(n)),
]);
