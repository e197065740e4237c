/** Which graph a command works on: the bundled article, or files and folders given with --data. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ClaimGraph } from '../graph.js';
import { loadArticle } from '../bundled.js';
import { ClaimGraphError } from '../errors.js';

export interface DataOptions {
  data?: string[];
  withBundled?: boolean;
}

const READABLE = /\.(ya?ml|ttl|trig|nt|nq|jsonld)$/i;

/** Files of a folder that claimgraph reads; an annotation wins over its own compiled .trig. */
export function filesIn(path: string): string[] {
  if (!statSync(path, { throwIfNoEntry: false })?.isDirectory()) return [path];
  const names = readdirSync(path).filter((f) => READABLE.test(f)).sort();
  const annotated = new Set(names.filter((f) => /\.ya?ml$/i.test(f)).map((f) => f.replace(/\.ya?ml$/i, '')));
  return names.filter((f) => !(f.endsWith('.trig') && annotated.has(f.slice(0, -5)))).map((f) => join(path, f));
}

export async function loadGraph(options: DataOptions): Promise<ClaimGraph> {
  if (!options.data?.length) return loadArticle();
  const kg = options.withBundled ? await loadArticle() : new ClaimGraph();
  for (const path of options.data) {
    if (!statSync(path, { throwIfNoEntry: false })) throw new ClaimGraphError(`${path}: no such file or folder. Check the path given to --data.`);
    for (const file of filesIn(path)) {
      const started = Date.now();
      const slow = setTimeout(() => process.stderr.write(`loading ${file}…\n`), 1000);
      const report = await kg.loadFile(file).finally(() => clearTimeout(slow));
      if (Date.now() - started > 1000) process.stderr.write(`loaded ${file}: ${report.added} quads\n`);
    }
  }
  return kg;
}
