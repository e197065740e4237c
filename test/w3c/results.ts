// Expected results of the W3C tests (.srx, .srj, .tsv, .csv, .ttl as a graph or as an
// rs:ResultSet) and the comparison of an engine's answer with them: solutions as a bag,
// blank nodes up to isomorphism, the order checked where the query orders.
import type { Literal, Quad, Term } from '@rdfjs/types';
import { DataFactory, Parser, Store } from 'n3';
import { readFileSync } from 'node:fs';
import { Readable } from 'node:stream';
import { isomorphic } from 'rdf-isomorphic';
import { SparqlJsonParser } from 'sparqljson-parse';
import { SparqlXmlParser } from 'sparqlxml-parse';
import { readRdf, type FileRef } from './manifest.js';
import { readCsv } from '../csv.js';

export type Solution = Record<string, Term>;
export type Answer =
  | { kind: 'bindings'; variables?: string[]; rows: Solution[] }
  | { kind: 'boolean'; value: boolean }
  | { kind: 'graph'; quads: Quad[] }
  /** CSV text (CSVResultFormatTest): the header and the rows as cells. */
  | { kind: 'csv'; header: string[]; rows: string[][] };

const RS = 'http://www.w3.org/2001/sw/DataAccess/tests/result-set#';
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';

export async function readExpected(file: FileRef, form: string): Promise<Answer | undefined> {
  const path = file.path;
  const text = () => readFileSync(path, 'utf8');
  if (path.endsWith('.srx')) {
    const parser = new SparqlXmlParser({ dataFactory: DataFactory as never });
    if (/<boolean>/.test(text())) return { kind: 'boolean', value: await parser.parseXmlBooleanStream(Readable.from([text()])) };
    const rows: Solution[] = [];
    let variables: string[] = [];
    await new Promise<void>((resolve, reject) => {
      const stream = parser.parseXmlResultsStream(Readable.from([text()]));
      stream.on('variables', (vs: Term[]) => (variables = vs.map((v) => v.value)));
      stream.on('data', (b: Solution) => rows.push(strip(b)));
      stream.on('error', reject);
      stream.on('end', resolve);
    });
    return { kind: 'bindings', variables, rows };
  }
  if (path.endsWith('.srj')) return readSrj(text());
  if (path.endsWith('.tsv')) return readTsv(text());
  if (path.endsWith('.csv')) return { kind: 'csv', ...readCsv(text()) };
  const quads = await readRdf(file);
  if (form === 'CONSTRUCT' || form === 'DESCRIBE') return { kind: 'graph', quads };
  return resultSet(quads);
}

/** SPARQL JSON results. */
export function readSrj(text: string): Answer {
  const json = JSON.parse(text);
  const parser = new SparqlJsonParser({ dataFactory: DataFactory as never });
  if ('boolean' in json) return { kind: 'boolean', value: parser.parseJsonBoolean(json) };
  return { kind: 'bindings', variables: json.head.vars, rows: parser.parseJsonResults(json).map(strip) };
}

const strip = (b: Record<string, Term>): Solution => Object.fromEntries(Object.entries(b).map(([k, v]) => [k.replace(/^\?/, ''), v]));

/** A result set written in the rs: vocabulary (SPARQL 1.0 tests). */
function resultSet(quads: Quad[]): Answer {
  const store = new Store(quads);
  const set = store.getSubjects(RDF_TYPE, `${RS}ResultSet`, null)[0]!;
  const bool = store.getObjects(set, `${RS}boolean`, null)[0];
  if (bool) return { kind: 'boolean', value: bool.value === 'true' };
  const variables = store.getObjects(set, `${RS}resultVariable`, null).map((t) => t.value);
  const solutions = store.getObjects(set, `${RS}solution`, null);
  const indexed = solutions.map((s) => {
    const row: Solution = {};
    for (const b of store.getObjects(s, `${RS}binding`, null)) {
      row[store.getObjects(b, `${RS}variable`, null)[0]!.value] = store.getObjects(b, `${RS}value`, null)[0]!;
    }
    const index = store.getObjects(s, `${RS}index`, null)[0];
    return { row, index: index ? Number(index.value) : 0 };
  });
  indexed.sort((a, b) => a.index - b.index);
  return { kind: 'bindings', variables, rows: indexed.map((x) => x.row) };
}

/** SPARQL TSV results: terms in Turtle syntax. */
export function readTsv(text: string): Answer {
  const lines = text.replace(/\r?\n$/, '').split(/\r?\n/);
  const variables = lines[0]!.split('\t').map((v) => v.replace(/^\?/, ''));
  const rows = lines.slice(1).map((line) => {
    const row: Solution = {};
    line.split('\t').forEach((cell, i) => {
      if (cell === '') return;
      const [q] = new Parser({ format: 'Turtle' }).parse(`<urn:s> <urn:p> ${cell} .`);
      row[variables[i]!] = q!.object;
    });
    return row;
  });
  return { kind: 'bindings', variables, rows };
}

// ── comparison ──────────────────────────────────────────────────────────────

function termKey(t: Term | undefined, blank = '_:'): string {
  if (!t) return '';
  if (t.termType === 'NamedNode') return `<${t.value}>`;
  if (t.termType === 'BlankNode') return blank;
  if (t.termType === 'Literal') {
    const l = t as Literal;
    return `${JSON.stringify(l.value)}${l.language ? `@${l.language.toLowerCase()}` : `^^${l.datatype.value}`}`;
  }
  return t.termType;
}

const rowKey = (row: Solution, blank = '_:') =>
  Object.keys(row)
    .filter((k) => row[k])
    .sort()
    .map((k) => `${k}=${termKey(row[k], blank)}`)
    .join(' ');
const ROW = DataFactory.namedNode('urn:w3c:row');

/** Solutions as a graph (a blank node per row), so blank nodes shared between rows compare by isomorphism. */
function asGraph(rows: Solution[]): Quad[] {
  const quads: Quad[] = [];
  rows.forEach((row, i) => {
    const r = DataFactory.blankNode(`row${i}`);
    quads.push(DataFactory.quad(r, ROW, DataFactory.literal('row')));
    for (const [k, v] of Object.entries(row)) {
      if (!v) continue;
      const o = v.termType === 'Literal' && (v as Literal).language ? DataFactory.literal(v.value, (v as Literal).language.toLowerCase()) : v;
      quads.push(DataFactory.quad(r, DataFactory.namedNode(`urn:w3c:var:${k}`), o as never));
    }
  });
  return quads;
}

const hasBlank = (rows: Solution[]) => rows.some((r) => Object.values(r).some((t) => t?.termType === 'BlankNode'));

/** Undefined when the answer matches; otherwise what differs. `orderBy` lists the variables the query orders by (in order), when it does. */
export function compare(actual: Answer, expected: Answer, orderBy?: string[], lax = false): string | undefined {
  if (expected.kind === 'csv') {
    if (actual.kind !== 'csv') return `expected CSV, got ${actual.kind}`;
    if (actual.header.join(',') !== expected.header.join(',')) return `CSV header ${actual.header.join(',')} instead of ${expected.header.join(',')}`;
    const norm = (rows: string[][]) => rows.map((r) => r.map((c) => (c.startsWith('_:') ? '_:' : c)).join(',')).sort();
    const a = norm(actual.rows),
      e = norm(expected.rows);
    return a.join('\n') === e.join('\n') ? undefined : `CSV rows differ: got ${JSON.stringify(a.slice(0, 3))}, expected ${JSON.stringify(e.slice(0, 3))}`;
  }
  if (actual.kind !== expected.kind) return `expected ${expected.kind}, got ${actual.kind}`;
  if (expected.kind === 'boolean')
    return (actual as { value: boolean }).value === expected.value ? undefined : `got ${!expected.value}, expected ${expected.value}`;
  if (expected.kind === 'graph') {
    const a = (actual as { quads: Quad[] }).quads.map((q) => DataFactory.quad(q.subject, q.predicate, q.object));
    const e = expected.quads;
    const dedupe = (qs: Quad[]) => [
      ...new Map(qs.map((q) => [`${termKey(q.subject, q.subject.value)} ${termKey(q.predicate)} ${termKey(q.object, q.object.value)}`, q])).values(),
    ];
    return isomorphic(dedupe(a), dedupe(e)) ? undefined : `graphs differ: got ${a.length} triples, expected ${e.length}`;
  }
  let got = (actual as { rows: Solution[] }).rows;
  let want = expected.rows;
  if (lax) {
    const distinct = (rows: Solution[]) => [...new Map(rows.map((r) => [rowKey(r, '_:'), r])).values()];
    got = distinct(got);
    want = distinct(want);
  }
  if (got.length !== want.length) return `${got.length} rows instead of ${want.length}; got ${sample(got)}, expected ${sample(want)}`;
  const same =
    hasBlank(got) || hasBlank(want)
      ? isomorphic(asGraph(got), asGraph(want))
      : got
          .map((r) => rowKey(r))
          .sort()
          .join('\n') ===
        want
          .map((r) => rowKey(r))
          .sort()
          .join('\n');
  if (!same) {
    const w = new Set(want.map((r) => rowKey(r)));
    const extra = got.filter((r) => !w.has(rowKey(r)));
    return `rows differ; for example ${sample(extra.length ? extra : got)}, expected ${sample(want)}`;
  }
  if (orderBy?.length) {
    for (let i = 0; i < got.length; i++) {
      const key = (r: Solution) => orderBy.map((v) => termKey(r[v])).join(' ');
      if (key(got[i]!) !== key(want[i]!)) return `row ${i} out of order: ${key(got[i]!)} where ${key(want[i]!)} was expected`;
    }
  }
  return undefined;
}

function sample(rows: Solution[]): string {
  return (
    rows
      .slice(0, 3)
      .map((r) => `{${rowKey(r, '_:b')}}`)
      .join(' ') + (rows.length > 3 ? ' …' : '')
  );
}

/** Compares the variables a SELECT reports with the result file's, as sets. */
export function compareVariables(actual: string[] | undefined, expected: Answer): string | undefined {
  if (expected.kind !== 'bindings' || !expected.variables || !actual) return undefined;
  const a = [...actual].sort().join(' '),
    e = [...expected.variables].sort().join(' ');
  return a === e ? undefined : `variables [${actual.join(' ')}] instead of [${expected.variables.join(' ')}]`;
}
