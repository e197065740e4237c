/**
 * A corpus: many articles in one ClaimGraph. Each article already lives in its own IRIs and
 * named graphs; entities are shared through their `id:` IRIs, and entities that carry the same
 * Wikidata item under different IRIs are linked with owl:sameAs (never merged by label).
 */
import type { Quad } from '@rdfjs/types';
import { readFile } from 'node:fs/promises';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { DataFactory, Store } from 'n3';
import { compileWithPlaces } from './authoring/read.js';
import { AnnotationError, ClaimGraphError, ParseError } from './errors.js';
import { ClaimGraph } from './graph.js';
import { formatFromPath } from './io/formats.js';
import { decodeUtf8, parseRdf } from './io/parse.js';
import { packagePath } from './paths.js';
import { assertConforms, rememberPlaces, validate, type Problem, type ValidationReport } from './validate/index.js';
import { PREFIXES, schema } from './vocab.js';

const { namedNode, quad, defaultGraph } = DataFactory;
const OWL_SAME_AS = namedNode(`${PREFIXES.owl}sameAs`);

export interface CorpusOptions {
  /** Validate everything before loading; a failing corpus throws ValidationError (default true). */
  validate?: boolean;
  /** Link entities that share a Wikidata item under different IRIs with owl:sameAs (default true). */
  identity?: boolean;
}

const READABLE = /\.(ya?ml|ttl|trig|nt|nq|jsonld)$/i;

/** The files a path stands for: a file itself, or the readable files of a folder (an annotation wins over its own .trig). */
export function corpusFiles(path: string): string[] {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) throw new ClaimGraphError(`${path}: no such file or folder.`);
  if (!stat.isDirectory()) return [path];
  const names = readdirSync(path)
    .filter((f) => READABLE.test(f))
    .sort();
  const annotated = new Set(names.filter((f) => /\.ya?ml$/i.test(f)).map((f) => f.replace(/\.ya?ml$/i, '')));
  return names.filter((f) => !(/\.trig$/i.test(f) && annotated.has(f.slice(0, -5)))).map((f) => join(path, f));
}

/** The bundled articles' compiled graphs (data/articles/*.trig). */
function bundledFiles(): string[] {
  const dir = packagePath('data', 'articles');
  return readdirSync(dir)
    .filter((f) => f.endsWith('.trig'))
    .sort()
    .map((f) => join(dir, f));
}

interface CorpusSources {
  files: string[];
  quads: Quad[];
  /** node → `file:line` for nodes compiled from annotations. */
  places: Map<string, string>;
}

/** Read and compile every file (nothing is validated or loaded here). */
async function readCorpus(dirOrFiles?: string | string[]): Promise<CorpusSources> {
  const files = dirOrFiles === undefined ? bundledFiles() : (Array.isArray(dirOrFiles) ? dirOrFiles : [dirOrFiles]).flatMap(corpusFiles);
  const out: CorpusSources = { files, quads: [], places: new Map() };
  for (const file of files) {
    const format = formatFromPath(file);
    let text: string;
    try {
      text = decodeUtf8(await readFile(file), file);
    } catch (e) {
      if (e instanceof ClaimGraphError) throw e;
      throw new ClaimGraphError(`${file}: cannot read the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}).`, { cause: e });
    }
    if (format === 'annotation') {
      const { compiled, places } = compileWithPlaces(text, { file, validate: false });
      for (const q of compiled.quads) out.quads.push(q);
      for (const [k, v] of places) if (!out.places.has(k)) out.places.set(k, v);
    } else {
      for (const q of await parseRdf(text, { format, source: file })) out.quads.push(q);
    }
  }
  return out;
}

/** owl:sameAs links between distinct IRIs that name the same Wikidata item (schema:sameAs wd:Q…). */
export function identityLinks(quads: Iterable<Quad>): Quad[] {
  const byItem = new Map<string, Set<string>>();
  for (const q of quads) {
    if (
      q.predicate.value !== schema.sameAs.value ||
      !q.object.value.startsWith(PREFIXES.wd) ||
      q.subject.termType !== 'NamedNode' ||
      q.graph.termType !== 'DefaultGraph'
    )
      continue;
    let set = byItem.get(q.object.value);
    if (!set) byItem.set(q.object.value, (set = new Set()));
    set.add(q.subject.value);
  }
  const links: Quad[] = [];
  for (const iris of byItem.values()) {
    const list = [...iris].sort();
    for (const a of list) for (const b of list) if (a !== b) links.push(quad(namedNode(a), OWL_SAME_AS, namedNode(b), defaultGraph()));
  }
  return links;
}

/**
 * Load a corpus: a folder, a file or a list of them (annotations or RDF); by default every
 * bundled article. Validates the whole corpus first (SHACL and the checks beyond it, across
 * articles too: a shared entity with two labels fails) and throws ValidationError unless it conforms.
 */
export async function loadCorpus(dirOrFiles?: string | string[], options: CorpusOptions = {}): Promise<ClaimGraph> {
  const sources = await readCorpus(dirOrFiles);
  const quads = options.identity === false ? sources.quads : [...sources.quads, ...identityLinks(sources.quads)];
  const kg = new ClaimGraph();
  if (options.validate !== false) {
    const store = new Store(quads);
    assertConforms(
      await validate(store, { places: sources.places }),
      sources.files.length === 1 ? sources.files[0]! : `The corpus (${sources.files.length} files)`,
    );
  }
  await kg.add(quads);
  rememberPlaces(kg.store, sources.places);
  return kg;
}

/** Validate files or folders without loading them; reading and compiling errors become problems too. */
export async function validateFiles(paths: string | string[]): Promise<ValidationReport> {
  const started = performance.now();
  try {
    const sources = await readCorpus(paths);
    const r = await validate(new Store([...sources.quads, ...identityLinks(sources.quads)]), { places: sources.places });
    return { ...r, ms: performance.now() - started };
  } catch (e) {
    if (!(e instanceof AnnotationError || e instanceof ParseError)) throw e;
    const place = e instanceof AnnotationError ? (e.line ? `${e.file}:${e.line}` : e.file) : e.line ? `${e.source}:${e.line}` : e.source;
    const message = e.message.startsWith(`${place}: `) ? e.message.slice(place.length + 2) : e.message;
    const problem: Problem = {
      severity: 'violation',
      message,
      focus: e instanceof AnnotationError ? e.file : e.source,
      place,
      fix: 'Correct the file at that line as the message says; nothing after it was checked.',
    };
    return { conforms: false, problems: [problem], ms: performance.now() - started };
  }
}
