import { cpSync } from 'node:fs';
import { defineConfig } from 'tsup';

export default defineConfig({
  // The Oxigraph worker is its own bundle, started as a file by src/sparql/accelerated.ts.
  entry: { index: 'src/index.ts', cli: 'src/cli/main.ts', 'oxigraph-worker': 'src/sparql/worker/oxigraph.ts' },
  format: ['esm', 'cjs'],
  dts: { entry: { index: 'src/index.ts' } },
  sourcemap: true,
  clean: true,
  target: 'node20',
  splitting: false,
  shims: true,
  // Files the code reads beside its module at run time, so the package needs nothing from src/.
  onSuccess: async () => {
    cpSync('src/sparql/queries', 'dist/queries', { recursive: true });
    cpSync('src/render/html/client.bundle.js', 'dist/client.bundle.js');
  },
});
