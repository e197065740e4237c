/**
 * Packages that only some calls need, loaded on the first of those calls rather than at import:
 * YAML (annotations, JSON-LD error places) and GEXF. They are CommonJS, so a synchronous
 * require serves the synchronous APIs that use them.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

function lazy<T>(id: string): () => T {
  let module: T | undefined;
  return () => (module ??= require(id) as T);
}

export const yaml = lazy<typeof import('yaml')>('yaml');
export const gexf = lazy<typeof import('graphology-gexf')>('graphology-gexf');
