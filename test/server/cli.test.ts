// `claimgraph serve` as users run it (node dist/cli.js serve …): it listens, answers, stops on SIGTERM.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const cli = `${root}dist/cli.js`;
const children: ChildProcess[] = [];

/** Starts the server and resolves with its endpoint URL and the lines it printed. */
function start(args: string[]): Promise<{ child: ChildProcess; url: string; printed: string }> {
  const child = spawn(process.execPath, [cli, 'serve', '--port', '0', ...args], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  children.push(child);
  return new Promise((resolve, reject) => {
    let out = '';
    let err = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d;
      const m = /SPARQL endpoint: (\S+)\n[\s\S]*Ctrl-C stops\.\n/.exec(out);
      if (m) resolve({ child, url: m[1]!, printed: out });
    });
    child.stderr!.on('data', (d: Buffer) => (err += d));
    child.on('exit', (code) => reject(new Error(`serve ended (${code}) before it listened: ${err}`)));
  });
}

function stop(child: ChildProcess): Promise<number | null> {
  return new Promise((resolve) => {
    if (child.exitCode !== null) return resolve(child.exitCode);
    child.once('exit', (code) => resolve(code));
    child.kill('SIGTERM');
  });
}

afterEach(async () => {
  await Promise.all(children.splice(0).map(stop));
});

const ask = (url: string, query: string) => fetch(`${url}?query=${encodeURIComponent(query)}`).then((r) => r.json());

describe('claimgraph serve', () => {
  it('serves the bundled article on 127.0.0.1, read-only, and exits 0 on SIGTERM', async () => {
    const { child, url, printed } = await start([]);
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/sparql$/);
    expect(printed).toMatch(/Explorer: +http:\/\/127\.0\.0\.1:\d+\/\n/);
    expect(printed).toMatch(/\d+ quads, read-only; queries stop after 30000 ms/);
    expect(await ask(url, 'ASK { id:tomahawk a cg:WeaponSystem }')).toEqual({ head: {}, boolean: true });
    const update = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/sparql-update' }, body: 'CLEAR ALL' });
    expect(update.status).toBe(403);
    expect(await stop(child)).toBe(0);
  }, 60_000);

  it('serves the files given to --data, and takes updates with --allow-update and the token', async () => {
    const { url, printed } = await start(['--data', 'data/articles/envoys-tomahawk-question.trig', '--allow-update', '--token', 'tok', '--timeout', '5000']);
    expect(printed).toMatch(/updates accepted with the token; queries stop after 5000 ms/);
    const before = (await ask(url, 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }')) as { results: { bindings: { n: { value: string } }[] } };
    const insert = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/sparql-update', Authorization: 'Bearer tok' },
      body: 'INSERT DATA { id:added a cg:WeaponSystem }',
    });
    expect(insert.status).toBe(200);
    const after = (await ask(url, 'SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }')) as typeof before;
    expect(Number(after.results.bindings[0]!.n.value)).toBe(Number(before.results.bindings[0]!.n.value) + 1);
  }, 60_000);

  it('refuses --allow-update without a token, and a port in use, with one line naming the fix', async () => {
    const noToken = spawnSync(process.execPath, [cli, 'serve', '--allow-update'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, CLAIMGRAPH_TOKEN: '' },
      timeout: 60_000,
    });
    expect(noToken.status).toBe(1);
    expect(noToken.stderr).toMatch(/^claimgraph: --allow-update needs a token: add --token T/);
    const { url } = await start([]);
    const port = new URL(url).port;
    const taken = await new Promise<{ code: number | null; stderr: string }>((resolve) => {
      const child = spawn(process.execPath, [cli, 'serve', '--port', port], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
      let stderr = '';
      child.stderr!.on('data', (d: Buffer) => (stderr += d));
      child.on('exit', (code) => resolve({ code, stderr }));
    });
    expect(taken.code).toBe(1);
    expect(taken.stderr).toMatch(new RegExp(`^claimgraph: Port ${port} on 127\\.0\\.0\\.1 is in use\\. Pick another with --port`));
  }, 60_000);
});
