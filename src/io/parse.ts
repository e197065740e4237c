/** Text → quads, all or nothing: a fault anywhere throws a ParseError naming the place and nothing is returned. */
import type { Quad } from '@rdfjs/types';
import { Parser } from 'n3';
import { ParseError } from '../errors.js';
import { parseJsonLd } from './jsonld.js';
import type { RdfFormat } from './formats.js';
import { parseRdfXml } from './rdfxml.js';

const N3_FORMATS: Record<Exclude<RdfFormat, 'jsonld'>, string> = {
  turtle: 'text/turtle',
  trig: 'application/trig',
  ntriples: 'application/n-triples',
  nquads: 'application/n-quads',
};

export interface ParseOptions {
  format: RdfFormat | 'rdfxml';
  baseIRI?: string;
  /** The file or a name for the input, used in error messages. */
  source?: string;
}

export async function parseRdf(text: string, options: ParseOptions): Promise<Quad[]> {
  const source = options.source ?? `<${options.format} input>`;
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1); // a byte order mark is not content
  const nul = text.indexOf('\u0000');
  if (nul !== -1) {
    const { line, column } = position(text, nul);
    throw new ParseError(
      `${source}:${line}:${column}: the input holds binary data (a NUL character), not ${options.format} text. Check that this is the file you meant.`,
      source,
      line,
      column,
    );
  }
  if (options.format === 'jsonld') return parseJsonLd(text, source, options.baseIRI);
  if (options.format === 'rdfxml') return parseRdfXml(text, source, options.baseIRI);
  try {
    return new Parser({ format: N3_FORMATS[options.format], baseIRI: options.baseIRI }).parse(text);
  } catch (e) {
    throw n3Error(e as Error & { context?: N3Context }, text, source, options.format);
  }
}

interface N3Context {
  line?: number;
  token?: { start: number } | null;
  previousToken?: { end: number } | null;
}

function n3Error(e: Error & { context?: N3Context }, text: string, source: string, format: RdfFormat | 'rdfxml'): ParseError {
  const line = e.context?.line;
  let column: number | undefined;
  if (line !== undefined) {
    const lineText = text.split(/\r?\n|\r/)[line - 1] ?? '';
    if (e.context?.token) column = e.context.token.start + 1;
    else if (e.context?.previousToken) {
      let i = e.context.previousToken.end;
      while (i < lineText.length && /\s/.test(lineText[i]!)) i++;
      column = i + 1;
    }
  }
  const reason = e.message.replace(/ on line \d+\.?$/, '');
  const hint =
    format === 'ntriples' || format === 'nquads'
      ? ' Each line must be one complete statement ending with " .".'
      : ' Check the syntax at that place; if the file is another format, pass { format }.';
  return new ParseError(`${source}:${line ?? '?'}${column ? `:${column}` : ''}: ${reason}.${hint}`, source, line, column, { cause: e });
}

/** 1-based line and column of a string index. */
function position(text: string, index: number): { line: number; column: number } {
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  return { line, column: index - before.lastIndexOf('\n') };
}

/** Bytes → text, refusing invalid UTF-8 with the place of the first bad byte. */
export function decodeUtf8(bytes: Uint8Array, source: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const lossy = new TextDecoder('utf-8').decode(bytes);
    const { line, column } = position(lossy, lossy.indexOf('\uFFFD'));
    throw new ParseError(`${source}:${line}:${column}: the file is not valid UTF-8. Save it as UTF-8 text.`, source, line, column);
  }
}
