/** Which graph a command works on: the bundled article, or files and folders given with --data. */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ClaimGraph } from '../graph.js';
import { loadArticle } from '../bundled.js';
import { ClaimGraphError, ValidationError } from '../errors.js';

export interface DataOptions {
  data?: string[];
  withBundled?: boolean;
  /** False with --no-validate: folders load without being checked first. */
  validate?: boolean;
}

type LoadCorpus = (path: string, options: { validate?: boolean }) => Promise<ClaimGraph>;

const READABLE = /\.(ya?ml|ttl|trig|nt|nq|jsonld)$/i;

/** Files of a folder claimgraph reads; an annotation wins over its own compiled .trig. */
export function filesIn(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  const names = readdirSync(path).filter((f) => READABLE.test(f)).sort();
  const annotated = new Set(names.filter((f) => /\.ya?ml$/i.test(f)).map((f) => f.replace(/\.ya?ml$/i, '')));
  return names.filter((f) => !(/\.trig$/i.test(f) && annotated.has(f.slice(0, -5)))).map((f) => join(path, f));
}

/** Runs a load; when it takes more than a second, says so on stderr (`loading X… N quads`). */
async function withProgress(what: string, load: () => Promise<number>): Promise<void> {
  const started = Date.now();
  let shown = false;
  const timer = setTimeout(() => {
    shown = true;
    process.stderr.write(`loading ${what}…`);
  }, 1000);
  try {
    const quads = await load();
    if (shown) process.stderr.write(` ${quads} quads\n`);
    else if (Date.now() - started > 1000) process.stderr.write(`loading ${what}… ${quads} quads\n`);
  } catch (e) {
    if (shown) process.stderr.write(' failed\n');
    throw e;
  } finally {
    clearTimeout(timer);
  }
}

/** The corpus loader when the package has one: it validates a folder and links entities shared across its articles. */
async function corpusLoader(): Promise<LoadCorpus | undefined> {
  const lib = (await import('../index.js')) as Record<string, unknown>;
  return typeof lib.loadCorpus === 'function' ? (lib.loadCorpus as LoadCorpus) : undefined;
}

async function loadFolder(loadCorpus: LoadCorpus, path: string, validate: boolean): Promise<ClaimGraph> {
  try {
    return await loadCorpus(path, { validate });
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    const n = e.problems.filter((p) => (p as { severity?: string }).severity !== 'warning').length;
    throw new ClaimGraphError(`${path} does not validate (${n} problem${n === 1 ? '' : 's'}). List them with: claimgraph validate ${path} — or load it anyway with --no-validate.`);
  }
}

/** The bundled article, or the files and folders of --data (folders through the corpus loader when there is one). */
export async function loadGraph(options: DataOptions): Promise<ClaimGraph> {
  const paths = options.data ?? [];
  if (!paths.length) return loadArticle();
  const kg = options.withBundled ? await loadArticle() : new ClaimGraph();
  const loadCorpus = await corpusLoader();
  for (const path of paths) {
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) throw new ClaimGraphError(`${path}: no such file or folder. Check the path given to --data.`);
    await withProgress(path, async () => {
      if (stat.isDirectory() && loadCorpus) return kg.add((await loadFolder(loadCorpus, path, options.validate !== false)).store.getQuads(null, null, null, null));
      let added = 0;
      for (const file of filesIn(path)) added += (await kg.loadFile(file)).added;
      return added;
    });
  }
  return kg;
}
