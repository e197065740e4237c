/** JSON-LD in and out, offline: only the project's own context is resolved; any other remote context is refused. */
import type { Quad } from '@rdfjs/types';
import { readFileSync } from 'node:fs';
import jsonld from 'jsonld';
import { DataFactory, Parser, Writer } from 'n3';
import { parseDocument } from 'yaml';
import { ParseError } from '../errors.js';
import { packagePath } from '../paths.js';

export const CONTEXT_URL = 'https://w3id.org/claimgraph/context.jsonld';

let context: unknown;
export function claimgraphContext(): Record<string, unknown> {
  context ??= JSON.parse(readFileSync(packagePath('ontology', 'context.jsonld'), 'utf8'));
  return context as Record<string, unknown>;
}

const documentLoader = async (url: string) => {
  if (url === CONTEXT_URL) return { contextUrl: undefined, documentUrl: url, document: claimgraphContext() };
  throw new Error(`remote JSON-LD context ${url} is not fetched; inline the context or use ${CONTEXT_URL}`);
};

export async function parseJsonLd(text: string, source: string, baseIRI?: string): Promise<Quad[]> {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    // V8 no longer always says where; the YAML parser (JSON is YAML) does.
    const place = parseDocument(text, { prettyErrors: true }).errors[0]?.linePos?.[0];
    throw new ParseError(`${source}${place ? `:${place.line}:${place.col}` : ''}: not valid JSON (${(e as Error).message.split('\n')[0]}). Fix the JSON syntax at that place.`, source, place?.line, place?.col, { cause: e });
  }
  let nquads: string;
  try {
    nquads = (await jsonld.toRDF(doc as object, { format: 'application/n-quads', documentLoader, base: baseIRI, safe: false } as never)) as unknown as string;
  } catch (e) {
    const err = e as Error & { details?: { cause?: Error } };
    throw new ParseError(`${source}: not valid JSON-LD: ${err.details?.cause?.message ?? err.message}.`, source, undefined, undefined, { cause: e });
  }
  return new Parser({ format: 'application/n-quads' }).parse(nquads);
}

/** Quads → compacted JSON-LD with the claimgraph context. */
export async function serializeJsonLd(quads: Quad[]): Promise<string> {
  const nquads = new Writer({ format: 'application/n-quads' }).quadsToString(quads.map((q) => DataFactory.quad(q.subject, q.predicate, q.object, q.graph)));
  const expanded = await jsonld.fromRDF(nquads, { format: 'application/n-quads', useNativeTypes: false });
  const compacted = (await jsonld.compact(expanded, claimgraphContext() as never, { documentLoader, compactArrays: true } as never)) as unknown as Record<string, unknown>;
  compacted['@context'] = CONTEXT_URL;
  return `${JSON.stringify(compacted, null, 2)}\n`;
}
