// Executes examples/deno.ipynb headless (Deno's own Jupyter kernel, Deno from the deno npm
// package, Debian's Jupyter) and checks its rich outputs: HTML tables and the SVG picture.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { executedNotebook, outputText as text } from './notebooks.js';

const root = new URL('../', import.meta.url).pathname;
const INSTALL = 'apt-get install -y jupyter-nbconvert python3-nbclient jupyter-client';
const hasJupyter = existsSync('/usr/bin/jupyter');
const require = createRequire(import.meta.url);
if (!hasJupyter && process.env.CI !== 'true') console.warn(`Deno notebook test skipped: /usr/bin/jupyter is missing; run: ${INSTALL}`);

/** The deno binary of the deno package, located by the package's own installer (as its bin script does on first run). */
function denoBinary(): string | undefined {
  try {
    const deno = (require('deno/install_api.cjs') as { runInstall(): string }).runInstall();
    return existsSync(deno) ? deno : undefined;
  } catch {
    return undefined;
  }
}
const deno = denoBinary();

describe('examples/deno.ipynb', () => {
  it('has Deno from the deno package', () => {
    expect(deno, 'node_modules/deno has no deno binary; run: npm install').toBeDefined();
  });

  it('needs Jupyter in CI', () => {
    if (process.env.CI === 'true') expect(hasJupyter, `/usr/bin/jupyter is missing; run: ${INSTALL}`).toBe(true);
  });

  it.skipIf(!hasJupyter || !deno)(
    'runs headless in the Deno kernel and shows tables and the picture as rich outputs',
    () => {
      const started = performance.now();
      const run = spawnSync('bash', ['scripts/deno-notebook.sh'], { cwd: root, encoding: 'utf8', timeout: 170_000, env: { ...process.env, DENO: deno } });
      const seconds = (performance.now() - started) / 1000;
      expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
      console.info(`Deno notebook executed end to end in ${seconds.toFixed(1)} s`);

      const { code, outputs } = executedNotebook(`${root}test-output/deno.executed.ipynb`);
      // Every cell but the last (it closes the graph) shows something.
      expect(code.slice(0, -1).every((c) => (c.outputs ?? []).length > 0)).toBe(true);
      expect(outputs.filter((o) => o.output_type === 'error' || (o.output_type === 'stream' && o.name === 'stderr'))).toEqual([]);

      const plain = outputs.map((o) => text(o.data?.['text/plain'])).join('\n');
      expect(plain).toContain('Trump, Tomahawks and Ukraine: 23 claims, 7 quotations, 14 sources');

      // Tables: from a returned asDisplay() value (execute_result) and from display() (display_data).
      const tables = outputs.filter((o) => text(o.data?.['text/html']).startsWith('<table'));
      expect(tables.map((o) => o.output_type)).toEqual(['execute_result', 'display_data', 'display_data', 'execute_result']);
      const html = tables.map((o) => text(o.data?.['text/html'])).join('\n');
      // Who is quoted: Donald Trump three times, David Ignatius twice.
      expect(html).toMatch(/<td style="text-align:left">Donald Trump<\/td><td style="text-align:right">3<\/td>/);
      expect(html).toMatch(/<td style="text-align:left">David Ignatius<\/td><td style="text-align:right">2<\/td>/);
      expect(html).toContain('<td style="text-align:left">reportedly</td>');
      expect(html).toContain('<td style="text-align:left">Tomahawk cruise missile</td><td style="text-align:left">cruise missile</td>');

      const svg = outputs.map((o) => text(o.data?.['image/svg+xml'])).filter(Boolean);
      expect(svg).toHaveLength(1);
      expect(svg[0]).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      expect(svg[0]).toContain('>David Ignatius</text>');
    },
    180_000,
  );
});
