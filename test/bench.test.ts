// Performance guarantees that are facts rather than timings: importing the package
// must not load the SPARQL engine (Comunica, about half a second to start) until the
// first SPARQL query. Checked on the built package in a fresh Node process, watching
// both module systems: an ESM loader hook sees every import, and the CommonJS cache
// holds every require (Comunica's packages are CommonJS).
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));

const HOOK = `
let port;
export async function initialize(data) { port = data.port; }
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context);
  port.postMessage(result.url);
  return result;
}`;

const CHILD = `
import { register, createRequire } from 'node:module';
import { MessageChannel } from 'node:worker_threads';
const { port1, port2 } = new MessageChannel();
const imported = new Set();
port1.on('message', (url) => imported.add(url));
register('data:text/javascript,' + encodeURIComponent(${JSON.stringify(HOOK)}), { data: { port: port2 }, transferList: [port2] });
const require = createRequire(import.meta.url);
const settle = () => new Promise((r) => setTimeout(r, 100));
const comunica = () => ({
  esm: [...imported].filter((u) => u.includes('@comunica')).length,
  cjs: Object.keys(require.cache).filter((k) => k.includes('@comunica')).length,
});
const lib = await import('claimgraph');
const kg = await lib.loadArticle();
const quotations = kg.quotations({ speaker: 'donald-trump' }).length;
await settle();
const afterImport = { ...comunica(), modules: imported.size };
const rows = (await kg.select(kg.namedQuery('cq-4'))).length;
await settle();
const afterQuery = comunica();
port1.close();
console.log(JSON.stringify({ quotations, rows, afterImport, afterQuery }));
`;

describe('start-up cost', () => {
  it('importing claimgraph and using the typed helpers does not load Comunica; the first SPARQL query does', () => {
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', CHILD], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    const r = JSON.parse(out.trim().split('\n').pop()!);
    expect(r.quotations).toBeGreaterThan(0);
    expect(r.afterImport.modules).toBeGreaterThan(10); // the hook does see the imports
    expect(r.afterImport.esm).toBe(0);
    expect(r.afterImport.cjs).toBe(0);
    expect(r.rows).toBeGreaterThan(0);
    // The detection works: once a query has run, Comunica is there.
    expect(r.afterQuery.esm + r.afterQuery.cjs).toBeGreaterThan(0);
  });
});
