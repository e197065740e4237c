// The W3C SPARQL test manifests (vendored under test/w3c/rdf-tests, W3C test-suite licence
// beside them): the query evaluation, result-format and update evaluation tests, with their files.
// IRIs resolve against the suite's published base (https://w3c.github.io/rdf-tests/), not
// against the local path, as the tests' own results expect.
import type { Quad, Term } from '@rdfjs/types';
import { DataFactory, Parser, Store } from 'n3';
import { readFileSync } from 'node:fs';
import { RdfXmlParser } from 'rdfxml-streaming-parser';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('./rdf-tests/', import.meta.url));
const BASE = 'https://w3c.github.io/rdf-tests/';

const MF = 'http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#';
const QT = 'http://www.w3.org/2001/sw/DataAccess/tests/test-query#';
const DAWGT = 'http://www.w3.org/2001/sw/DataAccess/tests/test-dawg#';
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const RDFS = 'http://www.w3.org/2000/01/rdf-schema#';
const UT = 'http://www.w3.org/2009/sparql/tests/test-update#';

/** SPARQL 1.1 folders with query evaluation or result-format tests (manifest-sparql11-query.ttl and -results.ttl). */
export const SPARQL11 = [
  'aggregates',
  'bind',
  'bindings',
  'cast',
  'construct',
  'exists',
  'functions',
  'grouping',
  'negation',
  'project-expression',
  'property-path',
  'subquery',
  'csv-tsv-res',
  'json-res',
];

export interface W3cTest {
  /** `sparql11/aggregates#agg01` */
  key: string;
  iri: string;
  name: string;
  /** `sparql11/aggregates` */
  folder: string;
  type: 'QueryEvaluationTest' | 'CSVResultFormatTest';
  /** A local file and the IRI it is published under. */
  query: FileRef;
  data: FileRef[];
  graphData: FileRef[];
  result?: FileRef;
  approval?: string;
  /** mf:LaxCardinality (REDUCED): any number of duplicates between DISTINCT's and none removed. */
  lax?: boolean;
}

export interface FileRef {
  path: string;
  iri: string;
}

export const fileOf = (iri: string): FileRef => {
  if (!iri.startsWith(BASE)) throw new Error(`${iri} is outside the suite`);
  return { iri, path: ROOT + iri.slice(BASE.length) };
};

/** The evaluation folders of SPARQL 1.0, from its manifest-evaluation.ttl. */
export function sparql10Folders(): string[] {
  const text = readFileSync(`${ROOT}sparql/sparql10/manifest-evaluation.ttl`, 'utf8');
  return [...text.matchAll(/<([\w-]+)\/manifest\.ttl>/g)].map((m) => m[1]!);
}

export function loadTests(suite: 'sparql10' | 'sparql11', folders: string[]): W3cTest[] {
  const tests: W3cTest[] = [];
  for (const folder of folders) {
    const manifest = `${BASE}sparql/${suite}/${folder}/manifest.ttl`;
    const store = new Store(new Parser({ baseIRI: manifest }).parse(readFileSync(fileOf(manifest).path, 'utf8')));
    const one = (s: Term, p: string) => store.getObjects(s, p, null)[0];
    const all = (s: Term, p: string) => store.getObjects(s, p, null);
    const list = (head: Term | undefined): Term[] => {
      const out: Term[] = [];
      while (head && head.value !== `${RDF}nil`) {
        out.push(one(head, `${RDF}first`)!);
        head = one(head, `${RDF}rest`);
      }
      return out;
    };
    for (const m of store.getSubjects(`${RDF}type`, `${MF}Manifest`, null)) {
      for (const entry of list(one(m, `${MF}entries`))) {
        const type = one(entry, `${RDF}type`)?.value.replace(MF, '');
        if (type !== 'QueryEvaluationTest' && type !== 'CSVResultFormatTest') continue;
        const action = one(entry, `${MF}action`)!;
        const graphRef = (g: Term): FileRef => fileOf(g.termType === 'BlankNode' ? one(g, `${QT}graph`)!.value : g.value);
        const result = one(entry, `${MF}result`);
        const local = entry.value.includes('#') ? entry.value.slice(entry.value.lastIndexOf('#') + 1) : entry.value.split('/').pop()!;
        tests.push({
          key: `${suite}/${folder}#${local}`,
          iri: entry.value,
          name: one(entry, `${MF}name`)?.value ?? local,
          folder: `${suite}/${folder}`,
          type,
          query: fileOf(one(action, `${QT}query`)!.value),
          data: all(action, `${QT}data`).map((t) => fileOf(t.value)),
          graphData: all(action, `${QT}graphData`).map(graphRef),
          ...(result ? { result: fileOf(result.value) } : {}),
          ...(one(entry, `${MF}resultCardinality`)?.value === `${MF}LaxCardinality` ? { lax: true } : {}),
          ...(one(entry, `${DAWGT}approval`) ? { approval: one(entry, `${DAWGT}approval`)!.value.replace(DAWGT, '') } : {}),
        });
      }
    }
  }
  return tests;
}

/** RDF from a test file (Turtle, N-Triples, RDF/XML), in the default graph or the named graph given. */
export async function readRdf(file: FileRef, graph?: Term): Promise<Quad[]> {
  const text = readFileSync(file.path, 'utf8');
  const quads = file.path.endsWith('.rdf')
    ? await new Promise<Quad[]>((resolve, reject) => {
        const out: Quad[] = [];
        const parser = new RdfXmlParser({ baseIRI: file.iri, dataFactory: DataFactory as never });
        parser
          .on('data', (q: Quad) => out.push(q))
          .on('error', reject)
          .on('end', () => resolve(out));
        parser.end(text);
      })
    : new Parser({ baseIRI: file.iri, format: file.path.endsWith('.nt') ? 'N-Triples' : 'Turtle' }).parse(text);
  if (!graph) return quads;
  return quads.map((q) => DataFactory.quad(q.subject, q.predicate, q.object, graph as never));
}

/** SPARQL 1.1 folders with update evaluation and update syntax tests (those of manifest-sparql11-update.ttl). */
export const SPARQL11_UPDATE = [
  'add',
  'basic-update',
  'clear',
  'copy',
  'delete',
  'delete-data',
  'delete-insert',
  'delete-where',
  'drop',
  'move',
  'update-silent',
  'syntax-update-1',
  'syntax-update-2',
];

/** A dataset as an update test states it: files for the default graph, and named graphs with their names. */
export interface UpdateDataset {
  data: FileRef[];
  graphData: { file: FileRef; name: string }[];
}

export interface W3cUpdateTest {
  /** `sparql11/add#add01` */
  key: string;
  name: string;
  folder: string;
  /** An update to run and the dataset it must leave, or a request that must be read (positive) or refused as a syntax error (negative). */
  type: 'UpdateEvaluationTest' | 'PositiveSyntax' | 'NegativeSyntax';
  request: FileRef;
  before: UpdateDataset;
  /** Absent for syntax tests. */
  after?: UpdateDataset;
}

/** The update evaluation and syntax tests of the SPARQL 1.1 folders given. */
export function loadUpdateTests(folders: string[]): W3cUpdateTest[] {
  const tests: W3cUpdateTest[] = [];
  for (const folder of folders) {
    const manifest = `${BASE}sparql/sparql11/${folder}/manifest.ttl`;
    const store = new Store(new Parser({ baseIRI: manifest }).parse(readFileSync(fileOf(manifest).path, 'utf8')));
    const one = (s: Term, p: string) => store.getObjects(s, p, null)[0];
    const all = (s: Term, p: string) => store.getObjects(s, p, null);
    const dataset = (node: Term | undefined): UpdateDataset => ({
      data: node ? all(node, `${UT}data`).map((t) => fileOf(t.value)) : [],
      graphData: node ? all(node, `${UT}graphData`).map((g) => ({ file: fileOf(one(g, `${UT}graph`)!.value), name: one(g, `${RDFS}label`)!.value })) : [],
    });
    for (const m of store.getSubjects(`${RDF}type`, `${MF}Manifest`, null)) {
      let head = one(m, `${MF}entries`);
      while (head && head.value !== `${RDF}nil`) {
        const entry = one(head, `${RDF}first`)!;
        head = one(head, `${RDF}rest`);
        const type = one(entry, `${RDF}type`)?.value.replace(MF, '');
        const syntax =
          type === 'PositiveUpdateSyntaxTest11'
            ? 'PositiveSyntax'
            : type === 'NegativeUpdateSyntaxTest11' || type === 'NegativeSyntaxTest11'
              ? 'NegativeSyntax'
              : undefined;
        if (type !== 'UpdateEvaluationTest' && !syntax) continue;
        const action = one(entry, `${MF}action`)!;
        const common = {
          key: `sparql11/${folder}#${entry.value.slice(entry.value.lastIndexOf('#') + 1)}`,
          name: one(entry, `${MF}name`)?.value ?? entry.value,
          folder: `sparql11/${folder}`,
        };
        if (syntax) {
          tests.push({ ...common, type: syntax, request: fileOf(action.value), before: { data: [], graphData: [] } });
          continue;
        }
        tests.push({
          ...common,
          type: 'UpdateEvaluationTest',
          request: fileOf(one(action, `${UT}request`)!.value),
          before: dataset(action),
          after: dataset(one(entry, `${MF}result`)),
        });
      }
    }
  }
  return tests;
}
