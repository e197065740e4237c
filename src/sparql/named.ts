/** The bundled named queries, one SPARQL file each under src/sparql/queries. */
import { readdirSync, readFileSync } from 'node:fs';
import { UnknownEntityError } from '../errors.js';
import { packagePath } from '../paths.js';
import { distance } from 'fastest-levenshtein';

const dir = () => packagePath('src', 'sparql', 'queries');

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
