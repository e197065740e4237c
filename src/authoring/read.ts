/** Reading annotation files (YAML or JSON) with line numbers for every error. */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { Store } from 'n3';
import { AnnotationError } from '../errors.js';
import { yaml } from '../lazy.js';
import { compileAnnotation, type CompiledArticle } from './compile.js';
import type { ArticleAnnotation } from './format.js';
import { unknownKeys } from './keys.js';
import { beyondShacl } from '../validate/checks.js';
import { assertConforms, report } from '../validate/report.js';

export interface ReadOptions {
  /** Shown in error messages; also the folder the article text is read from. */
  file?: string;
  /** Reads the article text named in `article.text` (default: the file beside the annotation). */
  readText?: (name: string) => string;
  /**
   * Run the checks beyond SHACL (spans, sentence coverage, layers, vocabulary) and throw a
   * ValidationError naming annotation lines (default true). The SHACL shapes run in
   * `validate()`, `loadCorpus` and `validateFiles`, which are asynchronous.
   */
  validate?: boolean;
}

/** A compiled article's node places as `file:line`: annotation lines, and text-file lines for sentences. */
function annotationPlaces(compiled: CompiledArticle, file: string, textFile?: string): Map<string, string> {
  const out = new Map<string, string>();
  for (const [node, line] of compiled.places) out.set(node, `${file}:${line}`);
  if (textFile) {
    const prefix = `${compiled.iri}/text#char=`;
    for (const q of compiled.quads) {
      if (!q.subject.value.startsWith(prefix) || out.has(q.subject.value) || !q.object.value.endsWith('#Sentence')) continue;
      const begin = Number(q.subject.value.slice(prefix.length).split(',')[0]);
      out.set(q.subject.value, `${textFile}:${lineAt(compiled.text, begin)}`);
    }
  }
  return out;
}

function lineAt(text: string, codePoint: number): number {
  let line = 1;
  let cp = 0;
  for (const ch of text) {
    if (cp++ >= codePoint) break;
    if (ch === '\n') line++;
  }
  return line;
}

/** Compile annotation source text (YAML, of which JSON is a subset). */
export function compileAnnotationSource(source: string, options: ReadOptions = {}): CompiledArticle {
  return compileWithPlaces(source, options).compiled;
}

/** Compile, and give each node's place (`file:line`, sentences by their line in the text file). */
export function compileWithPlaces(source: string, options: ReadOptions = {}): { compiled: CompiledArticle; places: Map<string, string> } {
  const file = options.file ?? '<annotation>';
  const { LineCounter, parseDocument } = yaml();
  const lines = new LineCounter();
  const doc = parseDocument(source, { lineCounter: lines, uniqueKeys: true, prettyErrors: true });
  const problem = doc.errors[0];
  if (problem) {
    const line = problem.linePos?.[0]?.line;
    throw new AnnotationError(`${file}${line ? `:${line}` : ''}: ${problem.message.split('\n')[0]}`, file, line);
  }
  const data = doc.toJS() as ArticleAnnotation | null;
  if (!data || typeof data !== 'object' || !data.article || !data.entities) {
    throw new AnnotationError(`${file}: an annotation needs "article:" and "entities:" sections; see data/articles/*.yaml for an example.`, file);
  }
  const locate = (path: (string | number)[]) => {
    for (let p = path; p.length; p = p.slice(0, -1)) {
      const node = doc.getIn(p, true) as { range?: [number, number, number] } | undefined;
      if (node?.range) return lines.linePos(node.range[0]).line;
      // A key without a value node: point at the key itself.
      const parent = doc.getIn(p.slice(0, -1), true) as { items?: { key?: { value?: unknown; range?: [number, number, number] } }[] } | undefined;
      const key = parent?.items?.find((item) => item.key?.value === p[p.length - 1])?.key;
      if (key?.range) return lines.linePos(key.range[0]).line;
    }
    return undefined;
  };
  const unknown = unknownKeys(data)[0];
  if (unknown) {
    const line = locate([...unknown.path, unknown.key]);
    const where =
      unknown.path
        .map((p) => (typeof p === 'number' ? `[${p}]` : `.${p}`))
        .join('')
        .replace(/^\./, '') || 'the top level';
    throw new AnnotationError(
      `${file}${line ? `:${line}` : ''}: unknown key "${unknown.key}" in ${where}${unknown.suggestion ? `; did you mean "${unknown.suggestion}"?` : '.'} ontology/annotation.schema.json lists the keys.`,
      file,
      line,
    );
  }
  const readText = options.readText ?? ((name: string) => readFileSync(resolve(dirname(options.file ?? '.'), name), 'utf8'));
  let text: string;
  if (data.article.textIsInline) text = data.article.text;
  else {
    try {
      text = readText(data.article.text);
    } catch (e) {
      const line = locate(['article', 'text']);
      throw new AnnotationError(
        `${file}${line ? `:${line}` : ''}: cannot read the article text "${data.article.text}" (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); put the text file beside the annotation or set textIsInline: true.`,
        file,
        line,
      );
    }
  }
  const compiled = compileAnnotation(data, text, file, locate);
  const places = annotationPlaces(compiled, file, data.article.textIsInline ? undefined : join(dirname(file), data.article.text));
  if (options.validate !== false) assertConforms(report(beyondShacl(new Store(compiled.quads), places), performance.now()), file);
  return { compiled, places };
}

export function compileAnnotationFile(path: string): CompiledArticle {
  return compileAnnotationSource(readFileSync(path, 'utf8'), { file: path });
}
