// How remote answers are compared with local ones: as multisets of rows and as isomorphic graphs,
// blank-node labels and list order aside (each store, and each copy, has its own).
import type { Literal, Quad } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { isomorphic } from 'rdf-isomorphic';
import type { ClaimGraph } from '../../src/index.js';
import type { Row } from '../../src/sparql/results.js';

const { literal, quad } = DataFactory;
const blanked = (v: unknown) => (typeof v === 'string' && v.startsWith('_:') ? '_:' : v);

/** Rows as canonical strings (keys sorted, blank-node labels blanked), sorted: equal when the row multisets are. */
export const canonicalRows = (rows: Row[]): string[] =>
  rows
    .map((r) =>
      JSON.stringify(
        Object.entries(r)
          .sort(([a], [b]) => a.localeCompare(b))
          .map(([k, v]) => [k, blanked(v)]),
      ),
    )
    .sort();

/**
 * Helper results with every list sorted and blank node labels blanked: lists follow the
 * store's order and blank nodes get the store's labels, neither of which a copy keeps.
 */
export const unordered = (x: unknown): unknown => JSON.parse(JSON.stringify(sorted(x)));
const sorted = (x: unknown): unknown => {
  if (typeof x === 'string') return x.startsWith('_:') ? '_:' : /^\[[\w-]+\]$/.test(x) ? '[]' : x;
  if (Array.isArray(x)) return x.map(sorted).sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1));
  return x && typeof x === 'object' ? Object.fromEntries(Object.entries(x).map(([k, y]) => [k, sorted(y)])) : x;
};

/** Virtuoso keeps numbers by value ("300.0"^^xsd:decimal comes back as "300"); compare decimals by value. */
function byValue(quads: Quad[]): Quad[] {
  return quads.map((q) => {
    const o = q.object as Literal;
    if (o.termType !== 'Literal' || !o.datatype.value.endsWith('#decimal')) return q;
    const v = o.value.includes('.') ? o.value.replace(/0+$/, '').replace(/\.$/, '') : o.value;
    return quad(q.subject, q.predicate, literal(v, o.datatype), q.graph);
  });
}
const all = (kg: ClaimGraph) => kg.store.getQuads(null, null, null, null);
export const sameGraphs = (a: ClaimGraph, b: ClaimGraph) => isomorphic(byValue(all(a)), byValue(all(b)));
