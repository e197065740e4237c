/** Quads → text in any supported RDF format, or as nanopublications or ClaimReview JSON-LD. */
import type { Quad, Term } from '@rdfjs/types';
import { Writer } from 'n3';
import { UnsupportedFormatError } from '../errors.js';
import { PREFIXES } from '../vocab.js';
import { serializeClaimReviews } from './claimreview.js';
import { serializeJsonLd } from './jsonld.js';
import { nanopublications } from './nanopub.js';
import type { ExportFormat } from './formats.js';

const WRITER_FORMATS = { turtle: 'Turtle', trig: 'TriG', ntriples: 'N-Triples', nquads: 'N-Quads' } as const;

export async function serializeRdf(quads: Quad[], format: ExportFormat): Promise<string> {
  if (format === 'nanopub') return serializeRdf(nanopublications(quads), 'trig');
  if (format === 'claimreview') return serializeClaimReviews(quads);
  if (format === 'jsonld') return serializeJsonLd(quads);
  if ((format === 'turtle' || format === 'ntriples') && quads.some((q) => q.graph.termType !== 'DefaultGraph')) {
    throw new UnsupportedFormatError(
      `${WRITER_FORMATS[format]} holds one graph, but this graph has named graphs (claim contents, editorial notes). Use trig or nquads, or export one graph with { graph }.`,
    );
  }
  const prefixed = format === 'turtle' || format === 'trig';
  const writer = new Writer({ format: WRITER_FORMATS[format], ...(prefixed ? { prefixes: safePrefixes(quads) } : {}) });
  if (!prefixed) return writer.quadsToString(quads);
  writer.addQuads(sortForReading(quads));
  return new Promise((resolve, reject) => writer.end((error, result: string) => (error ? reject(error) : resolve(result))));
}

/** Group by graph then subject (streaming output then writes one block per resource, `;`-joined). */
function sortForReading(quads: Quad[]): Quad[] {
  const key = (q: Quad) =>
    `${q.graph.termType === 'DefaultGraph' ? '' : q.graph.value}\u0000${q.subject.termType === 'BlankNode' ? '\uffff' : ''}${q.subject.value}`;
  return [...quads].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

/**
 * The prefixes to declare, less any whose name is also the scheme of an IRI in the data:
 * the writer prints an IRI that looks like a prefixed name (`cg:x`, `wd:Q1`) bare, which
 * would read back as a different IRI under the declared prefix.
 */
function safePrefixes(quads: Quad[]): Record<string, string> {
  const prefixes: Record<string, string> = { ...PREFIXES };
  const schemes = new Set<string>();
  const note = (t: Term) => {
    if (t.termType === 'NamedNode') schemes.add(t.value.slice(0, t.value.indexOf(':')));
    else if (t.termType === 'Literal') note(t.datatype);
  };
  for (const q of quads) for (const t of [q.subject, q.predicate, q.object, q.graph]) note(t);
  for (const p of Object.keys(prefixes)) if (schemes.has(p)) delete prefixes[p];
  return prefixes;
}
