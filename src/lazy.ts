/**
 * Packages that only some calls need, loaded on the first of those calls rather than at import:
 * YAML (annotations, JSON-LD error places), GEXF, the layouts of pictures and PageRank. They are
 * CommonJS, so a synchronous require serves the synchronous APIs that use them; left out of the
 * import, they no longer delay the first answer (about 8 ms of import for the layouts and PageRank).
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

function lazy<T>(id: string): () => T {
  let module: T | undefined;
  return () => (module ??= require(id) as T);
}

export const yaml = lazy<typeof import('yaml')>('yaml');
export const gexf = lazy<typeof import('graphology-gexf')>('graphology-gexf');
type ForceAtlas2 = typeof import('graphology-layout-forceatlas2').default;
type Noverlap = typeof import('graphology-layout-noverlap').default;
type Pagerank = typeof import('graphology-metrics/centrality/pagerank.js').default;
export const forceAtlas2: () => ForceAtlas2 = lazy('graphology-layout-forceatlas2');
export const noverlap: () => Noverlap = lazy('graphology-layout-noverlap');
export const pagerank: () => Pagerank = lazy('graphology-metrics/centrality/pagerank.js');
