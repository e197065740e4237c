// A few hundred concurrent requests on loopback against an endpoint in its own process (so the
// client's work does not slow the server's event loop); prints the latency figures. No timing is asserted.
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Agent } from 'undici';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const CONCURRENT = 400;

interface Kind {
  name: string;
  request: (url: string) => [string, RequestInit];
  check: (status: number, type: string, body: string) => boolean;
}

const q = (text: string) => encodeURIComponent(text);
const KINDS: Kind[] = [
  {
    name: 'SELECT (GET, JSON)',
    request: (url) => [`${url}?query=${q('SELECT ?w ?label WHERE { ?w a cg:WeaponSystem ; rdfs:label ?label } ORDER BY ?label')}`, {}],
    check: (s, t, b) => s === 200 && t.startsWith('application/sparql-results+json') && b.includes('Tomahawk cruise missile'),
  },
  {
    name: 'ASK (POST form, XML)',
    request: (url) => [
      url,
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/x-www-form-urlencoded', Accept: 'application/sparql-results+xml' },
        body: `query=${q('ASK { id:tomahawk a cg:WeaponSystem }')}`,
      },
    ],
    check: (s, t, b) => s === 200 && t.startsWith('application/sparql-results+xml') && b.includes('<boolean>true</boolean>'),
  },
  {
    name: 'CONSTRUCT (POST direct, Turtle)',
    request: (url) => [
      url,
      {
        method: 'POST',
        headers: { 'Content-Type': 'application/sparql-query', Accept: 'text/turtle' },
        body: 'CONSTRUCT { ?w rdfs:label ?label } WHERE { ?w a cg:WeaponSystem ; rdfs:label ?label }',
      },
    ],
    check: (s, t, b) => s === 200 && t.startsWith('text/turtle') && b.includes('Tomahawk cruise missile'),
  },
  {
    name: 'aggregate (GET, CSV)',
    request: (url) => [
      `${url}?query=${q('SELECT ?type (COUNT(?x) AS ?n) WHERE { ?x a ?type } GROUP BY ?type ORDER BY DESC(?n)')}`,
      { headers: { Accept: 'text/csv' } },
    ],
    check: (s, t, b) => s === 200 && t.startsWith('text/csv') && b.startsWith('type,n\r\n'),
  },
];

let child: ChildProcess;
let url: string;
let dir: string;
const agent = new Agent({ connections: CONCURRENT, pipelining: 1 });

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'claimgraph-load-'));
  const script = join(dir, 'server.mts');
  writeFileSync(
    script,
    `import { loadArticle } from ${JSON.stringify(`${root}src/bundled.ts`)};
import { serve } from ${JSON.stringify(`${root}src/server/index.ts`)};
const kg = await loadArticle();
const server = await serve(kg, { port: 0 });
process.stdout.write(server.url + '\\n');
process.on('SIGTERM', () => server.close().then(() => kg.close()).finally(() => process.exit(0)));
`,
  );
  child = spawn(process.execPath, ['--import', 'tsx', script], { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  url = await new Promise<string>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d;
      const line = /^(http:\/\/\S+)\n/.exec(out);
      if (line) resolve(line[1]!);
    });
    child.on('exit', (code) => reject(new Error(`the server process ended (${code}) before it listened`)));
  });
});
afterAll(async () => {
  if (child && child.exitCode === null) {
    const ended = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await ended;
  }
  await agent.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)]!;
const figures = (ms: number[]) => {
  const s = [...ms].sort((a, b) => a - b);
  return `p50 ${percentile(s, 50).toFixed(1)} ms, p95 ${percentile(s, 95).toFixed(1)} ms, max ${s[s.length - 1]!.toFixed(1)} ms`;
};

async function one(kind: Kind): Promise<{ ms: number; ok: boolean; status: number }> {
  const [target, init] = kind.request(url);
  const started = performance.now();
  const r = await fetch(target, { ...init, dispatcher: agent } as RequestInit);
  const body = await r.text();
  const ms = performance.now() - started;
  return { ms, ok: kind.check(r.status, r.headers.get('content-type') ?? '', body), status: r.status };
}

describe('load', () => {
  it(`answers ${CONCURRENT} concurrent requests of four kinds, every one correctly, and prints their latency`, async () => {
    // Warm up: the engine's worker, Comunica's first import, the JIT.
    for (const kind of KINDS) expect((await one(kind)).ok, kind.name).toBe(true);

    // One client at a time: the cost of a request with no queue in front of it.
    const alone: number[] = [];
    for (let i = 0; i < 100; i++) {
      const r = await one(KINDS[i % KINDS.length]!);
      expect(r.ok).toBe(true);
      alone.push(r.ms);
    }

    const started = performance.now();
    const results = await Promise.all(
      Array.from({ length: CONCURRENT }, (_, i) => one(KINDS[i % KINDS.length]!).then((r) => ({ ...r, kind: KINDS[i % KINDS.length]!.name }))),
    );
    const wall = performance.now() - started;

    const failed = results.filter((r) => !r.ok);
    expect(failed.map((r) => `${r.kind}: ${r.status}`)).toEqual([]);
    const lines = [
      `load: ${CONCURRENT} concurrent requests on loopback in ${wall.toFixed(0)} ms (${((CONCURRENT / wall) * 1000).toFixed(0)} requests/s): ${figures(results.map((r) => r.ms))}`,
      ...KINDS.map((k) => `  ${k.name}: ${figures(results.filter((r) => r.kind === k.name).map((r) => r.ms))}`),
      `  one request at a time (100 in turn, same mix): ${figures(alone)}`,
    ];
    console.info(lines.join('\n'));
  }, 120_000);
});
