// Executes examples/python.ipynb headless (Debian's Jupyter, the python3 kernel): rdflib reads the
// export, SPARQLWrapper queries `claimgraph serve` (node dist/cli.js), and both give the same table.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataFactory } from 'n3';
import { describe, expect, it } from 'vitest';
import { loadArticle } from '../../src/bundled.js';
import { executedNotebook, outputText } from '../notebooks.js';

const root = new URL('../../', import.meta.url).pathname;
const INSTALL =
  'apt-get install -y jupyter-nbconvert python3-nbclient jupyter-client python3-ipykernel python3-rdflib python3-sparqlwrapper (or: bash scripts/install-system-deps.sh)';
const ready =
  existsSync('/usr/bin/jupyter') &&
  spawnSync('/usr/bin/python3', ['-c', 'import ipykernel, nbclient, rdflib, SPARQLWrapper'], { encoding: 'utf8' }).status === 0;
if (!ready && process.env.CI !== 'true')
  console.warn(`Python notebook test skipped: Jupyter's python3 kernel, rdflib or SPARQLWrapper is missing; run: ${INSTALL}`);

const text = outputText;

function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<{ status: number | null; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: root, env, stdio: ['ignore', 'pipe', 'pipe'], timeout: 170_000 });
    let output = '';
    child.stdout.on('data', (d: Buffer) => (output += d));
    child.stderr.on('data', (d: Buffer) => (output += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, output }));
  });
}

describe('examples/python.ipynb', () => {
  it('has its kernel and modules in CI', () => {
    if (process.env.CI === 'true') expect(ready, `missing; run: ${INSTALL}`).toBe(true);
  });

  it.skipIf(!ready)(
    'runs headless: rdflib reads the export, SPARQLWrapper queries claimgraph serve, the tables agree, the server stops',
    async () => {
      expect(existsSync(`${root}dist/cli.js`), 'dist/cli.js is missing; run: npm run build').toBe(true);
      const tmp = mkdtempSync(join(tmpdir(), 'claimgraph-jupyter-'));
      try {
        // Jupyter's runtime files and config in a temporary folder; the notebook runs the built command line.
        const env = {
          ...process.env,
          CLAIMGRAPH: `${process.execPath} ${root}dist/cli.js`,
          JUPYTER_DATA_DIR: join(tmp, 'data'),
          JUPYTER_RUNTIME_DIR: join(tmp, 'runtime'),
          JUPYTER_CONFIG_DIR: join(tmp, 'config'),
          IPYTHONDIR: join(tmp, 'ipython'),
          PYDEVD_DISABLE_FILE_VALIDATION: '1',
        };
        const args = [
          'nbconvert',
          '--to',
          'notebook',
          '--execute',
          '--ExecutePreprocessor.timeout=120',
          '--ExecutePreprocessor.kernel_name=python3',
          '--output-dir',
          `${root}test-output`,
          '--output',
          'python.executed.ipynb',
          `${root}examples/python.ipynb`,
        ];
        const started = performance.now();
        const done = await run('/usr/bin/jupyter', args, env);
        expect(done.status, done.output).toBe(0);
        console.info(`Python notebook executed end to end in ${((performance.now() - started) / 1000).toFixed(1)} s`);
      } finally {
        rmSync(tmp, { recursive: true, force: true });
      }

      const { code, outputs } = executedNotebook(`${root}test-output/python.executed.ipynb`);
      expect(code.every((c) => (c.outputs ?? []).length > 0)).toBe(true);
      expect(outputs.filter((o) => o.output_type === 'error' || (o.output_type === 'stream' && o.name === 'stderr'))).toEqual([]);
      const printed = outputs.map((o) => text(o.text)).join('');
      const kg = await loadArticle();
      const defaults = kg.store.countQuads(null, null, null, DataFactory.defaultGraph());
      const named = kg.store.getGraphs(null, null, null).filter((g) => g.termType === 'NamedNode').length;
      expect(printed).toContain(`${kg.size} quads: ${defaults} in the default graph, the rest in ${named} named graphs\n`);
      await kg.close();
      expect(printed).toContain('the endpoint and rdflib agree: True');
      expect(printed).toContain('server stopped with exit code 0');
      expect(printed).not.toMatch(/False/);
      const tables = outputs.map((o) => text(o.data?.['text/html'])).filter(Boolean);
      expect(tables.length).toBe(3);
      for (const table of tables.slice(0, 2)) {
        expect(table).toContain('<th>label</th><th>category</th>');
        expect(table).toContain('<td>Tomahawk cruise missile</td><td>cruise-missile</td>');
      }
      expect(tables[2]).toContain('<th>type</th><th>things</th>');
    },
    180_000,
  );
});
