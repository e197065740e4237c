/**
 * Content negotiation for the SPARQL endpoint: which serialisation of an answer the
 * client gets, from its Accept header, or from a `format` (or `output`) parameter that
 * names one, as many SPARQL clients send. Nothing acceptable is a 406 naming what is.
 */

/** A serialisation the endpoint writes. */
export type ResultFormat = 'sparql-json' | 'sparql-xml' | 'csv' | 'tsv';
export type GraphFormat = 'turtle' | 'trig' | 'ntriples' | 'nquads' | 'jsonld' | 'rdfxml';
export type Format = ResultFormat | GraphFormat;

/** Media types of each format, the canonical one (sent as Content-Type) first. */
const MEDIA_TYPES: Record<Format, readonly string[]> = {
  'sparql-json': ['application/sparql-results+json', 'application/json'],
  'sparql-xml': ['application/sparql-results+xml'],
  csv: ['text/csv'],
  tsv: ['text/tab-separated-values'],
  turtle: ['text/turtle', 'application/x-turtle', 'application/turtle'],
  trig: ['application/trig'],
  ntriples: ['application/n-triples'],
  nquads: ['application/n-quads'],
  jsonld: ['application/ld+json'],
  rdfxml: ['application/rdf+xml'],
};

/** What SELECT and ASK can be written as, in the order preferred when the client does not mind. */
export const RESULT_FORMATS: readonly ResultFormat[] = ['sparql-json', 'sparql-xml', 'csv', 'tsv'];
/** What CONSTRUCT, DESCRIBE and the service description can be written as. */
export const GRAPH_FORMATS: readonly GraphFormat[] = ['turtle', 'trig', 'ntriples', 'nquads', 'jsonld', 'rdfxml'];

/** Short names clients put in `format=` or `output=`: per kind of answer, since `xml` means one thing for rows and another for graphs. */
const SHORT_NAMES: { results: Record<string, ResultFormat>; graph: Record<string, GraphFormat> } = {
  results: { json: 'sparql-json', srj: 'sparql-json', xml: 'sparql-xml', srx: 'sparql-xml', csv: 'csv', tsv: 'tsv' },
  graph: {
    turtle: 'turtle',
    ttl: 'turtle',
    n3: 'turtle',
    trig: 'trig',
    ntriples: 'ntriples',
    'n-triples': 'ntriples',
    nt: 'ntriples',
    nquads: 'nquads',
    'n-quads': 'nquads',
    nq: 'nquads',
    jsonld: 'jsonld',
    'json-ld': 'jsonld',
    xml: 'rdfxml',
    rdfxml: 'rdfxml',
    'rdf+xml': 'rdfxml',
  },
};

interface Range {
  type: string;
  subtype: string;
  q: number;
}

/** The media ranges of an Accept header with their weights (malformed entries are skipped). */
function parseAccept(header: string): Range[] {
  const ranges: Range[] = [];
  for (const part of header.split(',')) {
    const [media, ...params] = part.split(';').map((s) => s.trim());
    const m = /^([\w!#$%&'*+.^`|~-]+)\/([\w!#$%&'*+.^`|~-]+)$/.exec(media?.toLowerCase() ?? '');
    if (!m) continue;
    let q = 1;
    for (const p of params) {
      const qm = /^q\s*=\s*([0-9.]+)$/i.exec(p);
      if (qm) q = Math.min(1, Math.max(0, Number(qm[1]) || 0));
    }
    ranges.push({ type: m[1]!, subtype: m[2]!, q });
  }
  return ranges;
}

/** The weight the client gives a media type: that of the most specific range matching it, or 0. */
function weight(ranges: Range[], media: string): number {
  const [type, subtype] = media.split('/') as [string, string];
  let best = -1;
  let q = 0;
  for (const r of ranges) {
    const specificity = r.type === type && r.subtype === subtype ? 2 : r.type === type && r.subtype === '*' ? 1 : r.type === '*' && r.subtype === '*' ? 0 : -1;
    if (specificity > best) {
      best = specificity;
      q = r.q;
    } else if (specificity === best && specificity >= 0) q = Math.max(q, r.q);
  }
  return q;
}

export interface Choice<F extends string> {
  format: F;
  /** The Content-Type to send. */
  mediaType: string;
}

/**
 * The format to answer in: the one a `format`/`output` parameter names, if it is one of `offered`;
 * else the offered format the Accept header weighs highest (ties go to the order of `offered`);
 * with no Accept header, the first. Undefined when the client accepts none of them.
 */
export function negotiate<F extends Format>(
  accept: string | undefined,
  offered: readonly F[],
  kind: 'results' | 'graph',
  named?: string,
): Choice<F> | undefined {
  if (named) {
    const key = named.trim().toLowerCase();
    const short = (SHORT_NAMES[kind] as Record<string, Format>)[key];
    const byMedia = offered.find((f) => MEDIA_TYPES[f].includes(key));
    const format = (short && offered.includes(short as F) ? (short as F) : undefined) ?? byMedia;
    if (format) return { format, mediaType: MEDIA_TYPES[format][0]! };
  }
  if (!accept?.trim()) return { format: offered[0]!, mediaType: MEDIA_TYPES[offered[0]!][0]! };
  const ranges = parseAccept(accept);
  if (!ranges.length) return { format: offered[0]!, mediaType: MEDIA_TYPES[offered[0]!][0]! };
  let chosen: Choice<F> | undefined;
  let best = 0;
  for (const format of offered) {
    for (const media of MEDIA_TYPES[format]) {
      const q = weight(ranges, media);
      if (q > best) {
        best = q;
        chosen = { format, mediaType: MEDIA_TYPES[format][0]! };
      }
    }
  }
  return chosen;
}

/** Whether the client weighs text/html above every one of `offered` (a browser, not a SPARQL client). */
export function prefersHtml(accept: string | undefined, offered: readonly Format[]): boolean {
  if (!accept) return false;
  const ranges = parseAccept(accept);
  const html = ranges.filter((r) => r.type === 'text' && r.subtype === 'html').reduce((q, r) => Math.max(q, r.q), 0);
  if (html === 0) return false;
  return offered.every((f) =>
    MEDIA_TYPES[f].every((m) => {
      const [type, subtype] = m.split('/');
      // Only ranges naming the type itself count against html: a browser's */* does not.
      const q = ranges.filter((r) => r.type === type && (r.subtype === subtype || r.subtype === '*')).reduce((x, r) => Math.max(x, r.q), 0);
      return q < html;
    }),
  );
}

/** The media types offered, for a 406 message. */
export function offeredTypes(offered: readonly Format[]): string {
  return offered.map((f) => MEDIA_TYPES[f][0]).join(', ');
}
