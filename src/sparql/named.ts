/**
 * The bundled named queries, one SPARQL file each in queries/ beside this module: src/sparql/queries
 * in the sources, dist/queries in the build (tsup.config.ts copies them).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { UnknownEntityError } from '../errors.js';
import { distance } from 'fastest-levenshtein';

const dir = () => fileURLToPath(new URL('./queries', import.meta.url));

export function listNamedQueries(): string[] {
  return readdirSync(dir())
    .filter((f) => f.endsWith('.rq'))
    .map((f) => f.slice(0, -3))
    .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
}

/** The text of a named query (`cq-4`); an unknown name lists the closest ones. */
export function namedQuery(name: string): string {
  const names = listNamedQueries();
  if (!names.includes(name)) {
    const near = [...names].sort((a, b) => distance(name, a) - distance(name, b)).slice(0, 3);
    throw new UnknownEntityError(name, near, 'named query');
  }
  return readFileSync(`${dir()}/${name}.rq`, 'utf8');
}
