/** Terms to SPARQL / N-Triples text and back from SPARQL JSON results. */
import type { Literal, Term } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { EndpointError, InvalidArgumentError } from '../errors.js';
import { inKeptForm } from '../literal-forms.js';
import { BASE } from '../vocab.js';

const { namedNode, literal, blankNode } = DataFactory;
const XSD_STRING = 'http://www.w3.org/2001/XMLSchema#string';
const XSD_DECIMAL = 'http://www.w3.org/2001/XMLSchema#decimal';
const RDF_LANG = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#langString';

const ESCAPES: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\n': '\\n', '\r': '\\r', '\t': '\\t', '\b': '\\b', '\f': '\\f' };

export function iri(value: string): string {
  return `<${value.replace(/[\x00-\x20<>"{}|^`\\]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)}>`;
}

/**
 * Blank nodes travel as skolem IRIs (RDF 1.1 §3.5): `…/.well-known/genid/<publisher>/<id>`, and
 * claimgraph reads them back as blank nodes. An IRI names the same node in every request and in
 * every store, so a store needs no blank-node bookkeeping, and a federated query can join on it
 * across stores, which it cannot on blank nodes (each store has its own).
 */
const GENID = `${BASE}.well-known/genid/`;
const DESKOLEMISED = /^sk_([0-9a-z]+)_([\w-]+)$/;

/**
 * The skolem IRI of a blank node. `publisher` keeps the labels of two stores apart; a blank node
 * read back from a skolem IRI keeps its IRI (so a pulled graph publishes under the same names).
 */
function skolemIri(label: string, publisher: string): string {
  return readBackIri(label) ?? `${GENID}${publisher}/${/^[\w-]+$/.test(label) ? label : `x${Buffer.from(label).toString('hex')}`}`;
}

/** The skolem IRI a blank node read from a store stands for; undefined for any other blank node. */
export function readBackIri(label: string): string | undefined {
  const m = DESKOLEMISED.exec(label);
  return m ? `${GENID}${m[1]}/${m[2]}` : undefined;
}

/** A term read from a store: claimgraph's skolem IRIs become blank nodes again, everything else is kept. */
export function deskolemised<T extends Term>(t: T): T | ReturnType<typeof blankNode> {
  if (t.termType !== 'NamedNode' || !t.value.startsWith(GENID)) return t;
  const m = /^([0-9a-z]+)\/([\w-]+)$/.exec(t.value.slice(GENID.length));
  return m ? blankNode(`sk_${m[1]}_${m[2]}`) : t;
}

/** A term as N-Triples / SPARQL text; a blank node as its skolem IRI (see GENID). */
export function termText(t: Term, publisher: string): string {
  switch (t.termType) {
    case 'NamedNode':
      return iri(t.value);
    case 'BlankNode':
      return iri(skolemIri(t.value, publisher));
    case 'Literal': {
      const text = `"${t.value.replace(/["\\\n\r\t\b\f]/g, (c) => ESCAPES[c]!)}"`;
      if (t.language) return `${text}@${t.language}`;
      if (t.datatype.value === XSD_DECIMAL && /^[+-]?\d+$/.test(t.value)) return `"${t.value}.0"^^${iri(XSD_DECIMAL)}`; // see canonicalLiteral
      return t.datatype.value === XSD_STRING ? text : `${text}^^${iri(t.datatype.value)}`;
    }
    default:
      throw new InvalidArgumentError(`A ${t.termType} cannot be written as data: quads and bindings sent to an endpoint take IRIs, blank nodes and literals.`);
  }
}

/**
 * Stores keep numbers and booleans by value: Virtuoso answers "1"^^xsd:boolean for "true", and
 * takes a decimal without a point ("300") for an integer, so decimals are sent as "300.0"
 * (termText). What comes back is given in the form claimgraph writes ("300", "true"; see
 * ../literal-forms.ts), so a round trip gives the same terms.
 */
export function canonicalLiteral(value: string, datatype: string): Literal {
  return inKeptForm(literal(value, namedNode(datatype)));
}

type JsonTerm = { type: string; value: string; 'xml:lang'?: string; datatype?: string };

/** A term of SPARQL JSON results (also Virtuoso's older `typed-literal`). Blank node labels are kept per result set. */
export function jsonTerm(t: JsonTerm, endpoint: string): Term {
  switch (t.type) {
    case 'uri':
      return deskolemised(namedNode(t.value));
    case 'bnode':
      return blankNode(t.value.replace(/^nodeID:\/\//, '').replace(/[^\w-]/g, '_'));
    case 'literal':
    case 'typed-literal':
      if (t['xml:lang']) return literal(t.value, t['xml:lang']);
      return t.datatype && t.datatype !== RDF_LANG ? canonicalLiteral(t.value, t.datatype) : literal(t.value);
    default:
      throw new EndpointError(`${endpoint} returned a result term of unknown type "${t.type}".`, endpoint);
  }
}

export interface SparqlJson {
  head?: { vars?: string[] };
  boolean?: boolean;
  results?: { bindings: Record<string, JsonTerm>[] };
}
