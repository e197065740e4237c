/** JSON-LD in and out, offline: only the project's own context is resolved; any other remote context is refused. */
import type { Quad } from '@rdfjs/types';
import { readFileSync } from 'node:fs';
import { DataFactory, Parser } from 'n3';
import { ClaimGraphError, ParseError } from '../errors.js';
import { yaml } from '../lazy.js';
import { packagePath } from '../paths.js';

/** jsonld.js takes half a second to import: loaded on the first JSON-LD read or write, not at start. */
type JsonLd = typeof import('jsonld');
let jsonldModule: Promise<JsonLd> | undefined;
// A CommonJS module: its namespace's default is the module itself.
const loadJsonLd = () => (jsonldModule ??= import('jsonld').then((m) => ((m as { default?: JsonLd }).default ?? m) as JsonLd));

export const CONTEXT_URL = 'https://w3id.org/claimgraph/context.jsonld';

let context: unknown;
export function claimgraphContext(): Record<string, unknown> {
  context ??= JSON.parse(readFileSync(packagePath('ontology', 'context.jsonld'), 'utf8'));
  return context as Record<string, unknown>;
}

const documentLoader = async (url: string) => {
  if (url === CONTEXT_URL) return { contextUrl: undefined, documentUrl: url, document: claimgraphContext() };
  throw new ClaimGraphError(`remote JSON-LD context ${url} is not fetched; inline the context or use ${CONTEXT_URL}`);
};

export async function parseJsonLd(text: string, source: string, baseIRI?: string): Promise<Quad[]> {
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch (e) {
    // V8 no longer always says where; the YAML parser (JSON is YAML) does.
    const place = yaml().parseDocument(text, { prettyErrors: true }).errors[0]?.linePos?.[0];
    throw new ParseError(
      `${source}${place ? `:${place.line}:${place.col}` : ''}: not valid JSON (${(e as Error).message.split('\n')[0]}). Fix the JSON syntax at that place.`,
      source,
      place?.line,
      place?.col,
      { cause: e },
    );
  }
  let nquads: string;
  try {
    const jsonld = await loadJsonLd();
    const expanded: unknown = await jsonld.expand(doc as object, { documentLoader, base: baseIRI, safe: false } as never);
    keepDoubles(expanded);
    nquads = (await jsonld.toRDF(expanded as object, { format: 'application/n-quads', base: baseIRI, safe: false } as never)) as unknown as string;
  } catch (e) {
    const err = e as Error & { details?: { cause?: Error } };
    throw new ParseError(`${source}: not valid JSON-LD: ${err.details?.cause?.message ?? err.message}.`, source, undefined, undefined, { cause: e });
  }
  return new Parser({ format: 'application/n-quads' })
    .parse(nquads)
    .map((q) =>
      q.object.termType === 'Literal' && q.object.datatype.value === KEPT_DOUBLE
        ? DataFactory.quad(q.subject, q.predicate, DataFactory.literal(q.object.value, DataFactory.namedNode(XSD_DOUBLE)), q.graph)
        : q,
    );
}

const XSD_DOUBLE = 'http://www.w3.org/2001/XMLSchema#double';
const KEPT_DOUBLE = 'urn:x-claimgraph:kept-double';

/**
 * jsonld.js rewrites every xsd:double string ("01", "1.5") in canonical form ("1.0E0"), which the
 * JSON-LD spec asks only of JSON numbers; such values pass under a stand-in datatype and keep their text.
 */
function keepDoubles(node: unknown): void {
  if (Array.isArray(node)) for (const x of node) keepDoubles(x);
  else if (node && typeof node === 'object') {
    const o = node as Record<string, unknown>;
    if (o['@type'] === XSD_DOUBLE && typeof o['@value'] === 'string') o['@type'] = KEPT_DOUBLE;
    else for (const v of Object.values(o)) keepDoubles(v);
  }
}

/** Quads → compacted JSON-LD with the claimgraph context. */
export async function serializeJsonLd(quads: Quad[]): Promise<string> {
  // jsonld.js names a graph by its term's value, which for a blank node lacks the "_:" (it would
  // come out as the relative IRI "b0" and be dropped on reading), so blank graph names get it here.
  const dataset = quads.map((q) => ({
    subject: q.subject,
    predicate: q.predicate,
    object: q.object,
    graph: q.graph.termType === 'BlankNode' ? { termType: 'BlankNode', value: `_:${q.graph.value}` } : q.graph,
  }));
  const jsonld = await loadJsonLd();
  const expanded = await jsonld.fromRDF(dataset as never, { useNativeTypes: false });
  // An IRI whose scheme is a prefix of the context (`cg:x`, `wd:Q1`) cannot be written under
  // that prefix: it would read back as another IRI. Such data gets the context less those prefixes, inline.
  const full = claimgraphContext();
  const terms = { ...(full['@context'] as Record<string, unknown>) };
  const schemes = new Set(
    quads
      .flatMap((q) => [q.subject, q.predicate, q.object, q.graph, ...(q.object.termType === 'Literal' ? [q.object.datatype] : [])])
      .filter((t) => t.termType === 'NamedNode')
      .map((t) => t.value.slice(0, t.value.indexOf(':'))),
  );
  const clashes = Object.keys(terms).filter((p) => schemes.has(p));
  for (const p of clashes) delete terms[p];
  const context = clashes.length ? { '@context': terms } : full;
  const compacted = (await jsonld.compact(expanded, context as never, { documentLoader, compactArrays: true } as never)) as unknown as Record<string, unknown>;
  compacted['@context'] = clashes.length ? terms : CONTEXT_URL;
  return `${JSON.stringify(compacted, null, 2)}\n`;
}
