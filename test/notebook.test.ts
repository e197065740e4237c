// Executes examples/article.ipynb headless (tslab kernel, Debian's Jupyter) and checks what it printed.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { executedNotebook, outputText } from './notebooks.js';

const root = new URL('../', import.meta.url).pathname;
const INSTALL = 'apt-get install -y jupyter-nbconvert python3-nbclient jupyter-client';
const hasJupyter = existsSync('/usr/bin/jupyter');
if (!hasJupyter && process.env.CI !== 'true') console.warn(`notebook test skipped: /usr/bin/jupyter is missing; run: ${INSTALL}`);

const text = outputText;

describe('examples/article.ipynb', () => {
  it('needs Jupyter in CI', () => {
    if (process.env.CI === 'true') expect(hasJupyter, `/usr/bin/jupyter is missing; run: ${INSTALL}`).toBe(true);
  });

  it.skipIf(!hasJupyter)(
    'runs headless without errors and shows the expected tables and picture',
    () => {
      const started = performance.now();
      const run = spawnSync('bash', ['scripts/notebook.sh'], { cwd: root, encoding: 'utf8', timeout: 170_000 });
      const seconds = (performance.now() - started) / 1000;
      expect(run.status, `${run.stdout}\n${run.stderr}`).toBe(0);
      console.info(`notebook executed end to end in ${seconds.toFixed(1)} s`);

      const { code, outputs } = executedNotebook(`${root}test-output/article.executed.ipynb`);
      expect(code.every((c) => (c.outputs ?? []).length > 0)).toBe(true);
      expect(outputs.filter((o) => o.output_type === 'error' || (o.output_type === 'stream' && o.name === 'stderr'))).toEqual([]);

      const html = outputs.map((o) => text(o.data?.['text/html']));
      const svg = outputs.map((o) => text(o.data?.['image/svg+xml'])).filter(Boolean);
      const all = outputs.map((o) => text(o.text) + text(o.data?.['text/html']) + text(o.data?.['text/plain'])).join('\n');
      expect(html.some((h) => h.startsWith('<table'))).toBe(true);
      // Who is quoted: Donald Trump three times.
      expect(html.join('\n')).toMatch(/<td style="text-align:left">Donald Trump<\/td><td style="text-align:right">3<\/td>/);
      expect(all).toContain('300 km');
      expect(all).toContain('23 claims, 7 quotations');
      expect(all).toContain('this article ← Politico’s earlier reports ← a former administration official');
      expect(svg).toHaveLength(1);
      expect(svg[0]).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg"/);
      expect(svg[0]).toContain('>David Ignatius</text>');
    },
    180_000,
  );
});
