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
});
