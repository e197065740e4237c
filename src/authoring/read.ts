/** Reading annotation files (YAML or JSON) with line numbers for every error. */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';
import { AnnotationError } from '../errors.js';
import { compileAnnotation, type CompiledArticle } from './compile.js';
import type { ArticleAnnotation } from './format.js';

export interface ReadOptions {
  /** Shown in error messages; also the folder the article text is read from. */
  file?: string;
  /** Reads the article text named in `article.text` (default: the file beside the annotation). */
  readText?: (name: string) => string;
}

/** Compile annotation source text (YAML, of which JSON is a subset). */
export function compileAnnotationSource(source: string, options: ReadOptions = {}): CompiledArticle {
  const file = options.file ?? '<annotation>';
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
  const readText = options.readText ?? ((name: string) => readFileSync(resolve(dirname(options.file ?? '.'), name), 'utf8'));
  let text: string;
  if (data.article.textIsInline) text = data.article.text;
  else {
    try {
      text = readText(data.article.text);
    } catch (e) {
      const line = locate(['article', 'text']);
      throw new AnnotationError(`${file}${line ? `:${line}` : ''}: cannot read the article text "${data.article.text}" (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); put the text file beside the annotation or set textIsInline: true.`, file, line);
    }
  }
  return compileAnnotation(data, text, file, locate);
}

export function compileAnnotationFile(path: string): CompiledArticle {
  return compileAnnotationSource(readFileSync(path, 'utf8'), { file: path });
}
