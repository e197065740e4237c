// Runs the W3C SPARQL 1.1 Update tests (evaluation and syntax) through `kg.update` (which always runs on Comunica over
// the n3 store, whatever the engine option says) and through the two raw engines over the same
// data: Comunica's rdfjs-lite engine writing to an n3 Store (claimgraph's engine, so a failure of
// claimgraph's own is told apart from its engine's) and Oxigraph's npm package (for comparison;
// claimgraph never updates through it). The dataset left behind is compared with the expected
// one, every graph at once and blank nodes up to isomorphism; a syntax test's request is run on an
// empty store, and must be read (positive) or refused as a syntax error (negative). No request reaches the network: the
// raw engines are given a fetch that fails, and claimgraph refuses LOAD of a remote document.
import type { Quad } from '@rdfjs/types';
import { QueryEngine } from '@comunica/query-sparql-rdfjs-lite';
import { DataFactory, Store } from 'n3';
import { readFileSync } from 'node:fs';
import { oxigraphStore } from './oxigraph.js';
import { isomorphic } from 'rdf-isomorphic';
import { ClaimGraph } from '../../src/graph.js';
import { QueryRefusedError, QuerySyntaxError } from '../../src/errors.js';
import { readRdf, type UpdateDataset, type W3cUpdateTest } from './manifest.js';

export const UPDATE_RUNNERS = ['default', 'raw-comunica', 'raw-oxigraph'] as const;
type Runner = (typeof UPDATE_RUNNERS)[number];
/** null: passed; a string: why it failed. */
export type UpdateOutcome = Record<Runner, string | null>;

const TIMEOUT = 10_000;

async function quadsOf(dataset: UpdateDataset): Promise<Quad[]> {
  const store = new Store();
  for (const d of dataset.data) store.addQuads(await readRdf(d));
  for (const g of dataset.graphData) store.addQuads(await readRdf(g.file, DataFactory.namedNode(g.name)));
  return store.getQuads(null, null, null, null);
}

const graphName = (q: Quad) => (q.graph.termType === 'DefaultGraph' ? 'the default graph' : `<${q.graph.value}>`);

/** Undefined when the datasets are isomorphic; otherwise the graphs whose sizes or contents differ. */
function compareDatasets(actual: Quad[], expected: Quad[]): string | undefined {
  if (isomorphic(actual, expected)) return undefined;
  const count = (quads: Quad[]) => quads.reduce((m, q) => m.set(graphName(q), (m.get(graphName(q)) ?? 0) + 1), new Map<string, number>());
  const a = count(actual);
  const e = count(expected);
  const sizes = [...new Set([...a.keys(), ...e.keys()])]
    .filter((g) => a.get(g) !== e.get(g))
    .map((g) => `${g}: ${a.get(g) ?? 0} triples instead of ${e.get(g) ?? 0}`);
  return `datasets differ; ${sizes.length ? sizes.join(', ') : 'same sizes per graph, different triples'}`;
}

const why = (e: unknown) =>
  `${(e as Error)?.constructor?.name ?? 'Error'}: ${String((e as Error)?.message ?? e)
    .split('\n')[0]!
    .slice(0, 300)}`;

/** A raw engine's error about the request's syntax (sparqljs's parser, Oxigraph's), not about running it. */
const syntaxError = (e: unknown) => /Parse error|^error at \d+:\d+|Expecting|Unknown prefix/i.test(String((e as Error)?.message ?? e));

const noNetwork = (() => Promise.reject(new Error('no network in the W3C tests'))) as typeof fetch;

let comunica: QueryEngine | undefined;
async function viaComunica(text: string, base: string, before: Quad[]): Promise<Quad[]> {
  comunica ??= new QueryEngine();
  const store = new Store(before);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => (timer = setTimeout(() => reject(new Error('timed out')), TIMEOUT)));
  try {
    await Promise.race([comunica.queryVoid(text, { sources: [store], destination: store, baseIRI: base, fetch: noNetwork } as never), timeout]);
  } finally {
    clearTimeout(timer);
  }
  return store.getQuads(null, null, null, null);
}

function viaOxigraph(text: string, base: string, before: Quad[]): Quad[] {
  const store = oxigraphStore(before);
  store.update(text, { base_iri: base });
  return (store.match(null, null, null, null) as Quad[]).map((q) =>
    DataFactory.quad(
      q.subject as never,
      q.predicate as never,
      q.object as never,
      q.graph.termType === 'DefaultGraph' ? DataFactory.defaultGraph() : DataFactory.namedNode(q.graph.value),
    ),
  );
}

/** Every update test through every path; the ClaimGraph is reused, its store emptied and refilled per test. */
export async function runUpdates(tests: W3cUpdateTest[]): Promise<Map<string, UpdateOutcome>> {
  const kg = new ClaimGraph();
  const out = new Map<string, UpdateOutcome>();
  try {
    for (const test of tests) {
      const text = readFileSync(test.request.path, 'utf8');
      const base = test.request.iri;
      const before = await quadsOf(test.before);
      const expected = test.after ? await quadsOf(test.after) : undefined;
      const outcome = {} as UpdateOutcome;
      for (const runner of UPDATE_RUNNERS) {
        let after: Quad[];
        try {
          if (runner === 'default') {
            await kg.remove(kg.store.getQuads(null, null, null, null));
            await kg.add(before);
            await kg.update(text, { allowUpdate: true, baseIRI: base, timeout: TIMEOUT });
            after = kg.store.getQuads(null, null, null, null);
          } else if (runner === 'raw-comunica') {
            after = await viaComunica(text, base, before);
          } else {
            after = viaOxigraph(text, base, before);
          }
        } catch (e) {
          // A negative syntax test passes when the request is refused: through claimgraph, as a syntax error.
          // A positive one run on an empty store passes when it is read: through claimgraph, a LOAD refused
          // before it runs was read, and an error of a raw engine that is not about the syntax was too.
          if (test.type === 'NegativeSyntax') outcome[runner] = runner !== 'default' || e instanceof QuerySyntaxError ? null : why(e);
          else if (test.type === 'PositiveSyntax') outcome[runner] = (runner === 'default' ? e instanceof QueryRefusedError : !syntaxError(e)) ? null : why(e);
          else outcome[runner] = why(e);
          continue;
        }
        if (test.type === 'NegativeSyntax') outcome[runner] = 'the request was accepted and run; it is not valid SPARQL Update';
        else outcome[runner] = expected ? (compareDatasets(after, expected) ?? null) : null;
      }
      out.set(test.key, outcome);
    }
  } finally {
    await kg.close();
  }
  return out;
}
