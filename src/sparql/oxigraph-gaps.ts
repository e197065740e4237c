/**
 * Where Oxigraph 0.5 (the accelerated engine) answers otherwise than SPARQL 1.1 asks, told from
 * the parsed query before it runs, as the W3C test suites found them (test/w3c/known-failures.json):
 *  - BNODE(x) gives a new blank node at each call, where the same x in one solution must give
 *    the same one;
 *  - MINUS inside GRAPH ?g shares ?g between its two sides, so it removes what it must not;
 *  - a path that can have length zero (`p*`, `p?`) from or to a constant (or a variable given
 *    a value) gives no solution when the constant is not a node of the graph, where the
 *    constant itself is one;
 *  - OPTIONAL { { P FILTER(…) } }, its body one group with a FILTER on a variable from outside
 *    that group, is read as OPTIONAL { P FILTER(…) }: the FILTER becomes the condition of the
 *    OPTIONAL and sees the outer variables, where inside its group they are unbound;
 *  - GROUP_CONCAT of strings with one language tag keeps the tag; its result is a simple literal.
 * Under engine 'auto' the first four go to Comunica; GROUP_CONCAT stays with Oxigraph, wrapped
 * in STR(), which is the same value as a simple literal. Checking costs one walk of the parsed
 * query and, for a constant path end, two index lookups.
 *
 * And from the data: Oxigraph keeps numbers, booleans, dates and durations by value, so a
 * stored "01"^^xsd:integer or "1.0"^^xsd:decimal comes back as "1" and an
 * xsd:nonNegativeInteger as xsd:integer (see ../literal-forms.ts). While the store holds such a
 * literal (it counts them), or the query text or its bindings name one, Comunica answers.
 * claimgraph writes its own data in forms Oxigraph keeps, so its articles stay with Oxigraph.
 *
 * Left as they are: the numbers Oxigraph computes are written in its own form ("32100" for
 * the double 3.21E4, "2" for the decimal 2.0), as Comunica writes them in its own ("3.0").
 */
import type { Term } from '@rdfjs/types';
import { DataFactory, type Store } from 'n3';
import type { VersionedStore } from '../store.js';
import { rewrittenByValue } from '../literal-forms.js';

type Node = Record<string, any>;

export interface OxigraphGaps {
  /** Why Comunica must answer, if it must. */
  comunica?: string;
  /** The query has GROUP_CONCAT, to be wrapped in STR(). */
  groupConcat: boolean;
}

const BY_VALUE_OPERATORS = new Set(['=', '!=', '<', '>', '<=', '>=', '+', '-', '*', '/']);

const isTerm = (x: unknown): x is Term => typeof x === 'object' && x !== null && typeof (x as Term).termType === 'string';

/** Whether a path can match with length zero (then a constant end matches itself). */
function zeroLength(path: unknown): boolean {
  if (!path || typeof path !== 'object' || (path as Node).type !== 'path') return false;
  const { pathType, items } = path as { pathType: string; items: unknown[] };
  if (pathType === '*' || pathType === '?') return true;
  if (pathType === '/') return items.every(zeroLength);
  if (pathType === '|') return items.some(zeroLength);
  if (pathType === '^' || pathType === '+') return zeroLength(items[0]);
  return false;
}

/** `bindings`: the values the query's variables are given (they become constants in the text Oxigraph reads). */
export function oxigraphGaps(parsed: unknown, store: Store, bindings?: Map<string, Term>): OxigraphGaps {
  const gaps: OxigraphGaps = { groupConcat: false };
  const byValue = (store as Partial<VersionedStore>).literalsKeptByValue ?? 0;
  if (byValue > 0) {
    const example = (store as VersionedStore).literalKeptByValue();
    const such = example?.termType === 'Literal' ? ` such as "${example.value}"^^<${example.datatype.value}>` : '';
    gaps.comunica = `the graph holds ${byValue} ${byValue === 1 ? 'literal' : 'literals'} Oxigraph keeps by value${such}`;
    return gaps;
  }
  for (const value of bindings?.values() ?? []) if (rewrittenByValue(value)) gaps.comunica = 'a binding Oxigraph keeps by value';
  // With FROM, the default graph is not the store's: a constant path end cannot be looked up in it.
  const from = ((parsed as Node).from?.default?.length ?? 0) > 0;
  // Each node with the graph it is matched in: undefined for the default graph, a term inside GRAPH.
  const stack: [unknown, Term | undefined][] = [[parsed, undefined]];
  while (stack.length && !gaps.comunica) {
    const [node, graph] = stack.pop()!;
    if (Array.isArray(node)) {
      for (const x of node) stack.push([x, graph]);
      continue;
    }
    if (isTerm(node) && rewrittenByValue(node)) gaps.comunica = 'a literal in the query Oxigraph keeps by value';
    if (!node || typeof node !== 'object' || isTerm(node)) continue;
    const n = node as Node;
    if (n.type === 'aggregate' && String(n.aggregation).toLowerCase() === 'group_concat') gaps.groupConcat = true;
    else if (n.type === 'operation' && String(n.operator).toLowerCase() === 'bnode' && n.args?.length) gaps.comunica = 'BNODE with an argument';
    else if (n.type === 'operation' && BY_VALUE_OPERATORS.has(String(n.operator))) {
      // A number compared or computed with is used by its value, which Oxigraph keeps.
      for (const arg of (n.args ?? []) as unknown[]) if (!isTerm(arg)) stack.push([arg, graph]);
      continue;
    } else if (n.type === 'minus' && graph?.termType === 'Variable') gaps.comunica = 'MINUS inside GRAPH ?g';
    else if (n.type === 'optional' && filterOnOuterVariable(n)) gaps.comunica = 'OPTIONAL of one group whose FILTER names a variable from outside it';
    else if (n.type === 'bgp') {
      for (const t of (n.triples ?? []) as Node[]) {
        if (!zeroLength(t.predicate)) continue;
        for (const written of [t.subject, t.object] as Term[]) {
          const end = written.termType === 'Variable' ? bindings?.get(written.value) : written;
          if (!end || end.termType === 'BlankNode') continue;
          if (from || graph?.termType === 'Variable' || !nodeOf(store, end, graph)) gaps.comunica = 'a path of length zero from a constant not in the graph';
        }
      }
    }
    const inner = n.type === 'graph' ? (n.name as Term) : graph;
    for (const v of Object.values(n)) stack.push([v, v === n.name && n.type === 'graph' ? graph : inner]);
  }
  return gaps;
}

/** OPTIONAL { { … FILTER(?v) } } (groups in groups alike) where ?v occurs nowhere else in the inner group. */
function filterOnOuterVariable(optional: Node): boolean {
  let body = optional.patterns as Node[];
  if (body.length !== 1 || body[0]!.type !== 'group') return false;
  while (body.length === 1 && body[0]!.type === 'group') body = body[0]!.patterns as Node[];
  const inside = new Set<string>();
  const outer = new Set<string>();
  for (const p of body) variables(p, p.type === 'filter' ? outer : inside);
  return [...outer].some((v) => !inside.has(v));
}

function variables(node: unknown, into: Set<string>): void {
  if (Array.isArray(node)) for (const x of node) variables(x, into);
  else if (isTerm(node)) {
    if (node.termType === 'Variable') into.add(node.value);
  } else if (node && typeof node === 'object') for (const v of Object.values(node)) variables(v, into);
}

/** Whether the term is a subject or object in the graph (the default graph when undefined). */
function nodeOf(store: Store, term: Term, graph: Term | undefined): boolean {
  const g = (graph ?? DataFactory.defaultGraph()) as never;
  return store.countQuads(term as never, null, null, g) > 0 || store.countQuads(null, null, term as never, g) > 0;
}
