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

/**
 * After how many milliseconds of loading the progress line shows: a second, or
 * CLAIMGRAPH_PROGRESS_MS (the tests set 0 to see the line on any machine, however fast).
 */
function progressAfter(): number {
  const ms = Number(process.env.CLAIMGRAPH_PROGRESS_MS);
  return Number.isFinite(ms) && ms >= 0 ? ms : 1000;
}

/** Runs a load; when it takes more than a second, says so on stderr (`loading X… N quads`). */
async function withProgress(what: string, load: () => Promise<number>): Promise<void> {
  const started = Date.now();
  const after = progressAfter();
  let shown = false;
  const timer = setTimeout(() => {
    shown = true;
    process.stderr.write(`loading ${what}…`);
  }, after);
  try {
    const quads = await load();
    if (shown) process.stderr.write(` ${quads} quads\n`);
    else if (Date.now() - started >= after) process.stderr.write(`loading ${what}… ${quads} quads\n`);
  } catch (e) {
    if (shown) process.stderr.write(' failed\n');
    throw e;
  } finally {
    clearTimeout(timer);
  }
}

/**
 * A load that failed validation, worded for the command line: the API's errors say
 * `{ validate: false }`, a shell user needs the flag and the command that lists the problems.
 */
function notValid(path: string, e: ValidationError): ClaimGraphError {
  const violations = e.problems.filter((p) => (p as { severity?: string }).severity === 'violation');
  const n = violations.length || e.problems.length;
  const first = violations[0] ?? e.problems[0];
  return new ClaimGraphError(
    `${path} does not validate (${n} problem${n === 1 ? '' : 's'}). List them with: claimgraph validate ${path} — or load it anyway with --no-validate.` +
      (first ? ` First: ${first.place ? `${first.place}: ` : ''}${first.message.replace(/\s+/g, ' ')}` : ''),
    { cause: e },
  );
}

/** A folder through the corpus loader: validated, with entities shared across its articles linked. */
async function loadFolder(path: string, validate: boolean): Promise<ClaimGraph> {
  try {
    return await loadCorpus(path, { validate });
  } catch (e) {
    throw e instanceof ValidationError ? notValid(path, e) : e;
  }
}

/** One file: RDF, or an annotation compiled and (unless --no-validate) validated. */
async function loadOne(kg: ClaimGraph, path: string, validate: boolean): Promise<number> {
  try {
    return (await kg.loadFile(path, { validate })).added;
  } catch (e) {
    throw e instanceof ValidationError ? notValid(path, e) : e;
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
      return loadOne(kg, path, options.validate !== false);
    });
  }
  return kg;
}
