/** Which graph a command works on: the bundled article, or files and folders given with --data. */
import { statSync } from 'node:fs';
import { ClaimGraph } from '../graph.js';
import { loadCorpus } from '../corpus.js';
import { loadArticle } from '../bundled.js';
import { ClaimGraphError, ValidationError } from '../errors.js';

export interface DataOptions {
  data?: string[];
  withBundled?: boolean;
  /** False with --no-validate: files and folders load without being checked first. */
  validate?: boolean;
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

/** A folder through the corpus loader: validated, with entities shared across its articles linked. */
async function loadFolder(path: string, validate: boolean): Promise<ClaimGraph> {
  try {
    return await loadCorpus(path, { validate });
  } catch (e) {
    if (!(e instanceof ValidationError)) throw e;
    const n = e.problems.filter((p) => (p as { severity?: string }).severity !== 'warning').length;
    throw new ClaimGraphError(`${path} does not validate (${n} problem${n === 1 ? '' : 's'}). List them with: claimgraph validate ${path} — or load it anyway with --no-validate.`);
  }
}

/** The bundled article, or the files and folders of --data (folders through the corpus loader). */
export async function loadGraph(options: DataOptions): Promise<ClaimGraph> {
  const paths = options.data ?? [];
  if (!paths.length) return loadArticle();
  const kg = options.withBundled ? await loadArticle() : new ClaimGraph();
  for (const path of paths) {
    const stat = statSync(path, { throwIfNoEntry: false });
    if (!stat) throw new ClaimGraphError(`${path}: no such file or folder. Check the path given to --data.`);
    await withProgress(path, async () => {
      if (stat.isDirectory()) return kg.add((await loadFolder(path, options.validate !== false)).store.getQuads(null, null, null, null));
      return (await kg.loadFile(path, { validate: options.validate !== false })).added;
    });
  }
  return kg;
}
