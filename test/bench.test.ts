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
const loaded = (name) => ({
  esm: [...imported].filter((u) => u.includes(name)).length,
  cjs: Object.keys(require.cache).filter((k) => k.includes(name)).length,
});
const comunica = () => loaded('@comunica');
const lib = await import('claimgraph');
const kg = await lib.loadArticle();
const quotations = kg.quotations({ speaker: 'donald-trump' }).length;
await settle();
const afterImport = { ...comunica(), oxigraph: loaded('node_modules/oxigraph'), jsonld: loaded('node_modules/jsonld/'), modules: imported.size,
  optional: Object.fromEntries(['node_modules/shacl-engine/', 'node_modules/yaml/', 'node_modules/graphology-gexf/'].map((m) => [m, loaded(m)])) };
const rows = (await kg.select(kg.namedQuery('cq-4'))).length;
await settle();
const afterQuery = { ...comunica(), oxigraph: loaded('node_modules/oxigraph') };
const comunicaRows = (await kg.select(kg.namedQuery('cq-4'), { engine: 'comunica' })).length;
await settle();
const afterComunica = comunica();
await kg.serialize({ format: 'jsonld' });
const afterJsonLd = loaded('node_modules/jsonld/');
await kg.validate();
kg.exportGraph('gexf');
const afterOptional = Object.fromEntries(['node_modules/shacl-engine/', 'node_modules/graphology-gexf/'].map((m) => [m, loaded(m)]));
await kg.close();
port1.close();
console.log(JSON.stringify({ quotations, rows, comunicaRows, afterImport, afterQuery, afterComunica, afterJsonLd, afterOptional }));
`;

describe('start-up cost', () => {
  it('importing claimgraph and using the typed helpers loads neither Comunica, Oxigraph, jsonld.js, shacl-engine, yaml nor GEXF; local SPARQL runs Oxigraph in a worker; a Comunica query loads Comunica', () => {
    const out = execFileSync(process.execPath, ['--input-type=module', '-e', CHILD], { cwd: root, encoding: 'utf8', timeout: 60_000 });
    const r = JSON.parse(out.trim().split('\n').pop()!);
    expect(r.quotations).toBeGreaterThan(0);
    expect(r.afterImport.modules).toBeGreaterThan(10); // the hook does see the imports
    expect(r.afterImport.esm).toBe(0);
    expect(r.afterImport.cjs).toBe(0);
    expect(r.afterImport.oxigraph).toEqual({ esm: 0, cjs: 0 });
    // jsonld.js (half the import time) waits for the first JSON-LD read or write
    expect(r.afterImport.jsonld).toEqual({ esm: 0, cjs: 0 });
    expect(r.afterJsonLd.esm + r.afterJsonLd.cjs).toBeGreaterThan(0);
    // so do the SHACL engine (the first validation), YAML (the first annotation) and GEXF (the first GEXF export)
    for (const [name, counts] of Object.entries(r.afterImport.optional)) expect(counts, name).toEqual({ esm: 0, cjs: 0 });
    for (const [name, counts] of Object.entries(r.afterOptional) as [string, { esm: number; cjs: number }][])
      expect(counts.esm + counts.cjs, name).toBeGreaterThan(0);
    expect(r.rows).toBeGreaterThan(0);
    // The first query went to the accelerated engine, whose Oxigraph lives in its worker thread.
    expect(r.afterQuery).toEqual({ esm: 0, cjs: 0, oxigraph: { esm: 0, cjs: 0 } });
    // The detection works: once a query has run through Comunica, Comunica is there.
    expect(r.comunicaRows).toBe(r.rows);
    expect(r.afterComunica.esm + r.afterComunica.cjs).toBeGreaterThan(0);
  });
});
