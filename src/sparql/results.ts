/**
 * SELECT results: rows of plain values for code and notebooks, with the RDF/JS
 * terms kept alongside, and the standard serialisations (SPARQL JSON, CSV, TSV).
 */
import type { Literal, Term } from '@rdfjs/types';
import { NUMERIC_DATATYPES } from '../vocab.js';

/**
 * A plain value: numeric literals as numbers, xsd:boolean as booleans; IRIs, strings, dates and other
 * literals as their text; blank nodes as `_:label`. The exact terms are in `Rows.terms`.
 */
export type Value = string | number | boolean;
export type Row = Record<string, Value>;

/** Rows in order (`rows[i].name`), with the projected `variables` and each row's RDF/JS terms (`rows.terms[i].name`). */
export class Rows extends Array<Row> {
  variables: string[] = [];
  terms: Record<string, Term>[] = [];

  static override get [Symbol.species]() {
    return Array;
  }
}

export function rowsOf(variables: string[], terms: Record<string, Term>[]): Rows {
  const rows = new Rows();
  rows.variables = variables;
  rows.terms = terms;
  for (const t of terms) rows.push(plainRow(t, variables));
  return rows;
}

function plainValue(term: Term): Value {
  if (term.termType !== 'Literal') return term.termType === 'BlankNode' ? `_:${term.value}` : term.value;
  const dt = (term as Literal).datatype.value;
  if (NUMERIC_DATATYPES.has(dt)) {
    const n = Number(term.value);
    return Number.isFinite(n) ? n : term.value;
  }
  if (dt === 'http://www.w3.org/2001/XMLSchema#boolean') return term.value === 'true' || term.value === '1';
  return term.value;
}

/** Keys in the projection's order (engines bind in any order), unbound variables left out. */
function plainRow(terms: Record<string, Term>, variables: string[]): Row {
  const row: Row = {};
  for (const k of variables) {
    const t = terms[k];
    if (t) row[k] = plainValue(t);
  }
  for (const [k, t] of Object.entries(terms)) if (!(k in row)) row[k] = plainValue(t);
  return row;
}

// ── standard formats ────────────────────────────────────────────────────────

function jsonTerm(t: Term): Record<string, string> {
  if (t.termType === 'NamedNode') return { type: 'uri', value: t.value };
  if (t.termType === 'BlankNode') return { type: 'bnode', value: t.value };
  const l = t as Literal;
  if (l.language) return { type: 'literal', value: l.value, 'xml:lang': l.language };
  if (l.datatype.value !== 'http://www.w3.org/2001/XMLSchema#string') return { type: 'literal', value: l.value, datatype: l.datatype.value };
  return { type: 'literal', value: l.value };
}

/** application/sparql-results+json */
export function toSparqlJson(result: Rows | boolean): string {
  if (typeof result === 'boolean') return JSON.stringify({ head: {}, boolean: result });
  const bindings = result.terms.map((t) => Object.fromEntries(Object.entries(t).map(([k, v]) => [k, jsonTerm(v)])));
  return JSON.stringify({ head: { vars: result.variables }, results: { bindings } });
}

/** text/csv: plain values, quoted where needed (SPARQL 1.1 Query Results CSV). */
export function toCsv(rows: Rows): string {
  const cell = (t: Term | undefined) => {
    if (!t) return '';
    const v = t.termType === 'BlankNode' ? `_:${t.value}` : t.value;
    return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
  };
  return [rows.variables.join(','), ...rows.terms.map((t) => rows.variables.map((v) => cell(t[v])).join(','))].join('\r\n') + '\r\n';
}

/** text/tab-separated-values: terms in Turtle syntax (SPARQL 1.1 Query Results TSV). */
export function toTsv(rows: Rows): string {
  const cell = (t: Term | undefined): string => {
    if (!t) return '';
    if (t.termType === 'NamedNode') return `<${t.value}>`;
    if (t.termType === 'BlankNode') return `_:${t.value}`;
    const l = t as Literal;
    const escaped = `"${l.value.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n').replace(/\r/g, '\\r').replace(/\t/g, '\\t')}"`;
    if (l.language) return `${escaped}@${l.language}`;
    const dt = l.datatype.value;
    if (dt === 'http://www.w3.org/2001/XMLSchema#string') return escaped;
    if (dt === 'http://www.w3.org/2001/XMLSchema#integer' && /^[+-]?\d+$/.test(l.value)) return l.value;
    return `${escaped}^^<${dt}>`;
  };
  return [rows.variables.map((v) => `?${v}`).join('\t'), ...rows.terms.map((t) => rows.variables.map((v) => cell(t[v])).join('\t'))].join('\n') + '\n';
}
