// A corpus partitioned between two Virtuosos, queried as one (docs/remote.md, "Several stores"):
// the bundled articles split in two halves, each published to its own store by kg.publish,
// then every bundled SELECT query through ClaimGraph.fromEndpoint([a, b]) (Comunica's
// federation) against one local graph of both halves: same rows or not, and the time of each.
//   npx tsx test/remote/federation.ts
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

const articles = bundledArticles();
const halves = [articles.filter((_, i) => i % 2 === 0), articles.filter((_, i) => i % 2 === 1)];
const files = (slugs: string[]) => slugs.map((s) => packagePath('data', 'articles', `${s}.yaml`));
const stores = await Promise.all(halves.map(() => Virtuoso.start()));
try {
  const parts = await Promise.all(halves.map((h) => loadCorpus(files(h), { identity: false })));
  const local = new ClaimGraph();
  for (const p of parts) await local.add(p.store.getQuads(null, null, null, null));
  for (const [i, p] of parts.entries()) {
    const r = await p.publish(stores[i]!.endpoint);
    console.log(`store ${i + 1}: ${halves[i]!.join(', ')}: ${r.triples} triples in ${Math.round(r.ms)} ms`);
  }
  const federated = ClaimGraph.fromEndpoint(stores.map((s) => s.endpoint));
  console.log('\n| query | local | federated | ratio | rows local | rows federated | same rows |');
  console.log('|---|---:|---:|---:|---:|---:|---|');
  let same = 0;
  let total = 0;
  for (const name of local.namedQueries()) {
    const q = local.namedQuery(name);
    if (/^\s*ASK\b/im.test(q.replace(/#.*$/gm, ''))) continue;
    total++;
    const near = await time(() => local.select(q), 5);
    const far = await time(() => federated.select(q, { timeout: 300_000 }), 2);
    const agree = JSON.stringify(canonicalRows(far.value)) === JSON.stringify(canonicalRows(near.value));
    if (agree) same++;
    console.log(
      `| ${name} | ${near.ms.toFixed(1)} ms | ${far.ms.toFixed(0)} ms | ${(far.ms / near.ms).toFixed(0)} | ${near.value.length} | ${far.value.length} | ${agree ? 'yes' : 'no'} |`,
    );
  }
  console.log(`\n${same} of ${total} SELECT queries give the same rows.`);
} finally {
  await Promise.all(stores.map((s) => s.stop()));
}
