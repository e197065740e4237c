// Publish rate and remote vs local query latency against a fresh Virtuoso (docs/remote.md).
//   npx tsx test/remote/measure.ts [corpus.nq|.trig ...]   (default: the bundled article)
import { ClaimGraph, loadArticle } from '../../src/index.js';
import { Virtuoso } from './virtuoso.js';

const QUERIES = ['cq-1', 'cq-4', 'cq-5', 'cq-7', 'cq-13', 'cq-15'];
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
async function time(f: () => Promise<unknown>, runs = 5): Promise<number> {
  await f();
  const ms: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    await f();
    ms.push(performance.now() - t);
  }
  return median(ms);
}

const v = await Virtuoso.start();
try {
  for (const file of process.argv.slice(2).length ? process.argv.slice(2) : ['(bundled article)']) {
    const kg = file.startsWith('(') ? await loadArticle() : new ClaimGraph();
    if (!file.startsWith('(')) await kg.loadFile(file);
    const graphs = kg.store.getGraphs(null, null, null).length;
    console.log(`\n## ${file}: ${kg.size} quads in ${graphs} graphs`);
    for (const batchSize of [1000, 5000, 20000]) {
      const r = await kg.publish(v.endpoint, { batchSize, timeout: 600_000 });
      console.log(`publish batchSize ${batchSize}: ${Math.round(r.ms)} ms, ${Math.round(r.triples / (r.ms / 1000))} triples/s, ${r.batches} batches`);
    }
    const again = await kg.publish(v.endpoint, { timeout: 600_000 });
    console.log(`publish again (replace): ${Math.round(again.ms)} ms`);
    const remote = ClaimGraph.fromEndpoint(v.endpoint, { timeout: 600_000 });
    let t = performance.now();
    await remote.claims();
    console.log(`remote helpers, first call (pull ${kg.size} quads + view): ${Math.round(performance.now() - t)} ms`);
    t = performance.now();
    await remote.claims();
    console.log(`remote helpers, next call: ${Math.round(performance.now() - t)} ms; local claims(): ${Math.round(await time(async () => kg.claims(), 1))} ms`);
    console.log('| query | local (Comunica over n3) | remote (Virtuoso) | rows |');
    console.log('|---|---:|---:|---:|');
    for (const name of QUERIES) {
      const q = kg.namedQuery(name);
      const rows = (await kg.select(q, { timeout: 0 })).length;
      const local = await time(() => kg.select(q, { timeout: 0 }));
      const far = await time(() => remote.select(q));
      console.log(`| ${name} | ${local.toFixed(1)} ms | ${far.toFixed(1)} ms | ${rows} |`);
    }
  }
} finally {
  await v.stop();
}
