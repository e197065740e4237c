/** The RDF formats claimgraph reads and writes, and how a file name maps to one. */
import { extname } from 'node:path';
import { closest } from 'fastest-levenshtein';
import { UnsupportedFormatError } from '../errors.js';

export const RDF_FORMATS = ['turtle', 'trig', 'ntriples', 'nquads', 'jsonld'] as const;
export type RdfFormat = (typeof RDF_FORMATS)[number];
/**
 * Exports built from the graph rather than dumped: one nanopublication per statement (TriG),
 * and the editorial verdicts as the ClaimReview JSON-LD fact-checkers publish. Written, never read.
 */
export const DERIVED_FORMATS = ['nanopub', 'claimreview'] as const;
type DerivedFormat = (typeof DERIVED_FORMATS)[number];
/** Everything `serialize` writes. */
export const EXPORT_FORMATS = [...RDF_FORMATS, ...DERIVED_FORMATS] as const;
export type ExportFormat = (typeof EXPORT_FORMATS)[number];
/** RDF formats read but not written (n3 has no RDF/XML writer). */
const READ_ONLY_FORMATS = ['rdfxml'] as const;
/** What a file may hold: an RDF format, or an annotation (YAML/JSON) that compiles to RDF. */
export type InputFormat = RdfFormat | (typeof READ_ONLY_FORMATS)[number] | 'annotation';

const BY_EXTENSION: Record<string, InputFormat> = {
  '.ttl': 'turtle',
  '.turtle': 'turtle',
  '.trig': 'trig',
  '.nt': 'ntriples',
  '.nq': 'nquads',
  '.jsonld': 'jsonld',
  '.rdf': 'rdfxml',
  '.owl': 'rdfxml',
  '.yaml': 'annotation',
  '.yml': 'annotation',
};

const ALIASES: Record<string, InputFormat | DerivedFormat> = {
  ttl: 'turtle',
  'text/turtle': 'turtle',
  'application/trig': 'trig',
  nt: 'ntriples',
  'n-triples': 'ntriples',
  'application/n-triples': 'ntriples',
  nq: 'nquads',
  'n-quads': 'nquads',
  'application/n-quads': 'nquads',
  'json-ld': 'jsonld',
  'application/ld+json': 'jsonld',
  'rdf/xml': 'rdfxml',
  'rdf-xml': 'rdfxml',
  'application/rdf+xml': 'rdfxml',
  yaml: 'annotation',
  nanopublication: 'nanopub',
  nanopubs: 'nanopub',
  'claim-review': 'claimreview',
  claimreviews: 'claimreview',
};

export function formatFromPath(path: string): InputFormat {
  const ext = extname(path).toLowerCase();
  const format = BY_EXTENSION[ext];
  if (!format) {
    throw new UnsupportedFormatError(
      `${path}: cannot tell the format from the extension "${ext || '(none)'}". ` +
        `Use one of ${Object.keys(BY_EXTENSION).join(', ')}, or pass { format } (${[...RDF_FORMATS, ...READ_ONLY_FORMATS].join(', ')}, annotation).`,
    );
  }
  return format;
}

export function normalizeFormat(format: string): InputFormat;
export function normalizeFormat<const T extends string>(format: string, allowed: readonly T[]): T;
export function normalizeFormat(format: string, allowed: readonly string[] = [...RDF_FORMATS, ...READ_ONLY_FORMATS, 'annotation']): string {
  const f = ALIASES[format.toLowerCase()] ?? format.toLowerCase();
  if (!allowed.includes(f) && (DERIVED_FORMATS as readonly string[]).includes(f)) {
    throw new UnsupportedFormatError(
      `"${format}" is an export format, written but not read${f === 'nanopub' ? '; nanopublications load as trig' : ''}. Use one of ${allowed.join(', ')}.`,
    );
  }
  if (!allowed.includes(f) && (READ_ONLY_FORMATS as readonly string[]).includes(f)) {
    throw new UnsupportedFormatError(`"${format}" is read but not written (there is no RDF/XML writer here). Use one of ${allowed.join(', ')}.`);
  }
  if (!allowed.includes(f)) {
    throw new UnsupportedFormatError(`Unknown format "${format}". Use one of ${allowed.join(', ')} (closest: "${closest(format, [...allowed])}").`);
  }
  return f;
}
