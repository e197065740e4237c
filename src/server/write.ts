/**
 * Answers as text: SELECT and ASK in the SPARQL results formats (JSON, XML, CSV, TSV),
 * graphs in the RDF formats the library writes, plus RDF/XML, which older clients
 * (rdflib's SPARQLStore among them) ask CONSTRUCT results in.
 */
import type { Literal, Quad, Term } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { UnsupportedFormatError } from '../errors.js';
import { CONTEXT_URL, claimgraphContext } from '../io/jsonld.js';
import { serializeRdf } from '../io/serialize.js';
import { toCsv, toSparqlJson, toTsv, type Rows } from '../sparql/results.js';
import { PREFIXES } from '../vocab.js';
import type { GraphFormat, ResultFormat } from './negotiate.js';

const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';
const RDF_LANG_STRING = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#langString';
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';

/** Text safe inside XML: markup escaped, characters XML 1.0 cannot hold replaced by U+FFFD. */
function xmlEscape(text: string): string {
  return text
    .replace(/[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu, '\uFFFD')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

function xmlTerm(t: Term): string {
  if (t.termType === 'NamedNode') return `<uri>${xmlEscape(t.value)}</uri>`;
  if (t.termType === 'BlankNode') return `<bnode>${xmlEscape(t.value)}</bnode>`;
  const l = t as Literal;
  if (l.language) return `<literal xml:lang="${xmlEscape(l.language)}">${xmlEscape(l.value)}</literal>`;
  if (l.datatype && l.datatype.value !== XSD_STRING) return `<literal datatype="${xmlEscape(l.datatype.value)}">${xmlEscape(l.value)}</literal>`;
  return `<literal>${xmlEscape(l.value)}</literal>`;
}

/** application/sparql-results+xml (SPARQL Query Results XML Format). */
function toSparqlXml(result: Rows | boolean): string {
  const open = '<?xml version="1.0" encoding="UTF-8"?>\n<sparql xmlns="http://www.w3.org/2005/sparql-results#">\n';
  if (typeof result === 'boolean') return `${open}  <head/>\n  <boolean>${result}</boolean>\n</sparql>\n`;
  const head = result.variables.map((v) => `    <variable name="${xmlEscape(v)}"/>\n`).join('');
  const rows = result.terms
    .map((row) => {
      const bindings = Object.entries(row)
        .map(([name, term]) => `      <binding name="${xmlEscape(name)}">${xmlTerm(term)}</binding>\n`)
        .join('');
      return `    <result>\n${bindings}    </result>\n`;
    })
    .join('');
  return `${open}  <head>\n${head}  </head>\n  <results>\n${rows}  </results>\n</sparql>\n`;
}

/** SELECT rows or an ASK answer in a results format. CSV and TSV write ASK as one column, `_askResult`. */
export function writeResults(result: Rows | boolean, format: ResultFormat): string {
  switch (format) {
    case 'sparql-json':
      return toSparqlJson(result);
    case 'sparql-xml':
      return toSparqlXml(result);
    case 'csv':
      return typeof result === 'boolean' ? `_askResult\r\n${result}\r\n` : toCsv(result);
    case 'tsv':
      return typeof result === 'boolean' ? `?_askResult\n${result}\n` : toTsv(result);
  }
}

/**
 * Quads in a graph format. CONSTRUCT and DESCRIBE answer one graph, so the one-graph formats take
 * the triples whatever graph they came from; JSON-LD carries its context inline.
 */
export async function writeGraph(quads: Quad[], format: GraphFormat): Promise<string> {
  if (format === 'rdfxml') return toRdfXml(quads);
  if (format === 'turtle' || format === 'ntriples') {
    quads = quads.map((q) => (q.graph.termType === 'DefaultGraph' ? q : DataFactory.quad(q.subject, q.predicate, q.object)));
  }
  const text = await serializeRdf(quads, format);
  if (format !== 'jsonld') return text;
  // The library names its context by IRI; a client of the endpoint gets it inline, so it reads the answer offline.
  const doc = JSON.parse(text) as Record<string, unknown>;
  if (doc['@context'] !== CONTEXT_URL) return text;
  return `${JSON.stringify({ ...doc, '@context': claimgraphContext()['@context'] }, null, 2)}\n`;
}

/** An IRI split into a namespace and an XML name (the longest name-shaped tail), as RDF/XML writes a property. */
function splitIri(iri: string): [string, string] | undefined {
  const m = /[A-Za-z_][A-Za-z0-9_.-]*$/.exec(iri);
  if (!m || m.index === 0) return undefined;
  return [iri.slice(0, m.index), m[0]];
}

/** application/rdf+xml: one rdf:Description per subject, the project's prefixes where they fit. */
function toRdfXml(quads: Quad[]): string {
  const prefixOf = new Map<string, string>(Object.entries(PREFIXES).map(([p, iri]) => [iri, p]));
  prefixOf.set(RDF, 'rdf');
  const used = new Map<string, string>([[RDF, 'rdf']]);
  const names = new Set(used.values());
  const prefixFor = (ns: string) => {
    let p = used.get(ns);
    if (p) return p;
    p = prefixOf.get(ns);
    if (!p || names.has(p) || !/^[A-Za-z_][\w.-]*$/.test(p) || /^xml/i.test(p)) {
      let i = 0;
      while (names.has(`ns${i}`)) i++;
      p = `ns${i}`;
    }
    used.set(ns, p);
    names.add(p);
    return p;
  };
  const nodeIds = new Map<string, string>();
  const nodeId = (label: string) => {
    let id = nodeIds.get(label);
    if (!id) nodeIds.set(label, (id = `b${nodeIds.size}`));
    return id;
  };
  const subjectAttr = (t: Term) => (t.termType === 'BlankNode' ? `rdf:nodeID="${nodeId(t.value)}"` : `rdf:about="${xmlEscape(t.value)}"`);
  const bySubject = new Map<string, { subject: Term; lines: string[] }>();
  for (const q of quads) {
    if (q.subject.termType !== 'NamedNode' && q.subject.termType !== 'BlankNode') continue;
    const split = splitIri(q.predicate.value);
    if (!split)
      throw new UnsupportedFormatError(
        `RDF/XML cannot write the property <${q.predicate.value}> (it does not end in an XML name). Ask for Turtle or N-Triples.`,
      );
    const element = `${prefixFor(split[0])}:${split[1]}`;
    const o = q.object;
    let line: string;
    if (o.termType === 'NamedNode') line = `<${element} rdf:resource="${xmlEscape(o.value)}"/>`;
    else if (o.termType === 'BlankNode') line = `<${element} rdf:nodeID="${nodeId(o.value)}"/>`;
    else if (o.termType === 'Literal') {
      const l = o as Literal;
      const attr = l.language
        ? ` xml:lang="${xmlEscape(l.language)}"`
        : l.datatype.value !== XSD_STRING && l.datatype.value !== RDF_LANG_STRING
          ? ` rdf:datatype="${xmlEscape(l.datatype.value)}"`
          : '';
      line = `<${element}${attr}>${xmlEscape(l.value)}</${element}>`;
    } else continue;
    const key = `${q.subject.termType}\u0000${q.subject.value}`;
    let entry = bySubject.get(key);
    if (!entry) bySubject.set(key, (entry = { subject: q.subject, lines: [] }));
    entry.lines.push(line);
  }
  const declarations = [...used].map(([ns, p]) => ` xmlns:${p}="${xmlEscape(ns)}"`).join('');
  const body = [...bySubject.values()]
    .map(({ subject, lines }) => `  <rdf:Description ${subjectAttr(subject)}>\n${lines.map((l) => `    ${l}\n`).join('')}  </rdf:Description>\n`)
    .join('');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<rdf:RDF${declarations}>\n${body}</rdf:RDF>\n`;
}
