// Measurements that need a fresh process: memory after load, and start-up time.
// Plain JavaScript on purpose, so no TypeScript loader weighs on the numbers.
//
//   node --expose-gc bench/children.mjs memory claimgraph|oxigraph FILE.nq
//   node bench/children.mjs startup claimgraph-helper|claimgraph-sparql|oxigraph-helper|oxigraph-sparql
//   node bench/children.mjs idle claimgraph|oxigraph   (the first SPARQL answer 1 s after the load, as a notebook's next cell)
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const [mode, engine, file] = process.argv.slice(2);
const require = createRequire(import.meta.url);
const SPEAKER = 'https://w3id.org/claimgraph/id/donald-trump';
const OX_QUOTATIONS = `PREFIX schema: <http://schema.org/> PREFIX cg: <https://w3id.org/claimgraph/ns#>
SELECT ?q ?text WHERE { ?q a schema:Quotation ; cg:holder <${SPEAKER}> ; schema:text ?text }`;

if (mode === 'memory') {
  const gc = globalThis.gc;
  if (!gc) throw new Error('run with --expose-gc');
  const text = readFileSync(file, 'utf8');
  const lib = engine === 'claimgraph' ? await import('claimgraph') : require('oxigraph');
  const settle = async () => {
    for (let i = 0; i < 4; i++) {
      gc();
      await new Promise((r) => setTimeout(r, 20));
    }
  };
  await settle();
  const before = process.memoryUsage();
  const t0 = performance.now();
  let store, size;
  if (engine === 'claimgraph') {
    store = new lib.ClaimGraph();
    await store.loadString(text, { format: 'nquads' });
    size = store.size;
  } else {
    store = new lib.Store();
    store.load(text, { format: 'application/n-quads', no_transaction: true });
    size = store.size;
  }
  const ms = performance.now() - t0;
  await settle();
  const after = process.memoryUsage();
  const d = (k) => after[k] - before[k];
  console.log(JSON.stringify({ engine, triples: size, load_ms: ms, heap: d('heapUsed'), external: d('external'), rss: d('rss'), keep: typeof store }));
} else if (mode === 'startup') {
  const t0 = performance.now();
  let answer;
  if (engine.startsWith('claimgraph')) {
    const { loadArticle } = await import('claimgraph');
    const kg = await loadArticle();
    if (engine === 'claimgraph-helper') answer = kg.quotations({ speaker: SPEAKER }).length;
    else answer = (await kg.select(kg.namedQuery('cq-4'))).length;
  } else {
    const ox = require('oxigraph');
    const { packageRoot } = { packageRoot: new URL('..', import.meta.url).pathname };
    const store = new ox.Store();
    store.load(readFileSync(`${packageRoot}data/articles/trump-tomahawks.trig`, 'utf8'), { format: 'application/trig' });
    answer = store.query(OX_QUOTATIONS).length;
  }
  const ms = performance.now() - t0;
  const comunica = Object.keys(require.cache).some((k) => k.includes('@comunica'));
  console.log(JSON.stringify({ engine, ms, answer, comunica }));
} else if (mode === 'idle') {
  let ask;
  if (engine === 'claimgraph') {
    const { loadArticle } = await import('claimgraph');
    const kg = await loadArticle();
    ask = async () => (await kg.select(OX_QUOTATIONS)).length;
  } else {
    const ox = require('oxigraph');
    const store = new ox.Store();
    store.load(readFileSync(new URL('../data/articles/trump-tomahawks.trig', import.meta.url), 'utf8'), { format: 'application/trig' });
    ask = async () => store.query(OX_QUOTATIONS).length;
  }
  await new Promise((r) => setTimeout(r, 1000));
  const t0 = performance.now();
  const answer = await ask();
  console.log(JSON.stringify({ engine, ms: performance.now() - t0, answer }));
  process.exit(0);
} else {
  throw new Error(`unknown mode ${mode}`);
}
