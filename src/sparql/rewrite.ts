/**
 * Bindings for an engine that takes only text (Oxigraph): each bound variable is
 * replaced by its RDF term in the parsed query (sparqljs), and the text regenerated
 * by sparqljs's Generator, which writes terms with their escapes; values are never
 * pasted into the user's text. Where the variable must stay a variable (the
 * projection, GROUP BY, ORDER BY, a BIND target) the query gets `VALUES ?v { term }`
 * at the head of its WHERE, so it is bound there too, as with Comunica's initial
 * bindings. A row cap becomes a LIMIT, so the engine stops early.
 *
 * Terms that text cannot carry safely return undefined (the caller uses Comunica):
 * blank nodes (a blank node in a query is a variable), IRIs with characters IRIs may
 * not hold, literals with a backslash (Oxigraph expands \\u escapes before parsing),
 * and odd language tags.
 */
import type { Term } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { Generator, Parser } from 'sparqljs';

/** What an IRI may hold to be written between < and > in query text. */
export const IRI_SAFE = /^[^<>"{}|^`\\\u0000-\u0020]*$/;
const LANGUAGE = /^[a-zA-Z]+(?:-[a-zA-Z0-9]+)*$/;

/** Whether a term can be written into query text as itself. */
function writable(t: Term): boolean {
  if (t.termType === 'NamedNode') return IRI_SAFE.test(t.value);
  if (t.termType !== 'Literal') return false;
  const l = t as Term & { language: string; datatype: { value: string } };
  if (l.value.includes('\\')) return false;
  return l.language ? LANGUAGE.test(l.language) : IRI_SAFE.test(l.datatype.value);
}

type Node = Record<string, any>;

/** The query with the bindings substituted and (for SELECT) at most `limit` rows; undefined when a term cannot be written. */
export function rewriteQuery(
  text: string,
  options: { bindings?: Map<string, Term>; limit?: number; baseIRI?: string; simpleGroupConcat?: boolean },
): string | undefined {
  const bindings = options.bindings ?? new Map<string, Term>();
  for (const t of bindings.values()) if (!writable(t)) return undefined;
  const parsed = new Parser({ baseIRI: options.baseIRI }).parse(text) as unknown as Node;
  let rewritten = bindings.size ? query(parsed, bindings) : { ...parsed };
  if (options.limit !== undefined && rewritten.queryType === 'SELECT') rewritten.limit = Math.min(rewritten.limit ?? Infinity, options.limit);
  if (options.simpleGroupConcat) rewritten = strGroupConcat(rewritten);
  return new Generator().stringify(joinHaving(rewritten) as never);
}

/**
 * GROUP_CONCAT(…) as STR(GROUP_CONCAT(…)): SPARQL 1.1 makes its result a simple literal, and
 * Oxigraph keeps the language tag its strings share; STR gives the same string as a simple literal.
 */
function strGroupConcat(node: unknown): any {
  if (Array.isArray(node)) return node.map(strGroupConcat);
  if (!node || typeof node !== 'object' || typeof (node as Term).termType === 'string') return node;
  const n = node as Node;
  if (n.type === 'aggregate' && String(n.aggregation).toLowerCase() === 'group_concat') return { type: 'operation', operator: 'str', args: [n] };
  const out: Node = {};
  for (const [k, v] of Object.entries(n)) out[k] = strGroupConcat(v);
  return out;
}

/**
 * sparqljs's Generator writes several HAVING conditions as `HAVING (a b)`, which no parser
 * reads; they mean the same as one condition `a && b` (a group is kept only when each holds),
 * so they are written as that, in this query and its subqueries.
 */
function joinHaving(node: unknown): any {
  if (Array.isArray(node)) return node.map(joinHaving);
  if (!node || typeof node !== 'object' || typeof (node as Term).termType === 'string') return node;
  const out: Node = {};
  for (const [k, v] of Object.entries(node as Node)) out[k] = joinHaving(v);
  if (Array.isArray(out.having) && out.having.length > 1) {
    out.having = [out.having.reduce((a: Node, b: Node) => ({ type: 'operation', operator: '&&', args: [a, b] }))];
  }
  return out;
}

const TRUE = DataFactory.literal('true', DataFactory.namedNode('http://www.w3.org/2001/XMLSchema#boolean'));

const isVariable = (x: unknown, b: Map<string, Term>): x is { termType: 'Variable'; value: string } =>
  typeof x === 'object' && x !== null && (x as Term).termType === 'Variable' && b.has((x as Term).value);

function query(q: Node, b: Map<string, Term>): Node {
  const out: Node = { ...q };
  const kept = new Set<string>();
  const used = new Set<string>();
  const keep = (x: unknown) => isVariable(x, b) && (kept.add(x.value), true);
  out.where = substitute(q.where ?? [], b, used);
  if (q.template) out.template = substitute(q.template, b, used);
  if (q.having) out.having = substitute(q.having, b, used);
  if (Array.isArray(q.group)) out.group = q.group.map((g: Node) => (keep(g.expression) ? g : substitute(g, b, used)));
  if (Array.isArray(q.order)) out.order = q.order.map((o: Node) => (keep(o.expression) ? o : substitute(o, b, used)));
  if (Array.isArray(q.variables)) {
    out.variables = q.variables.map((v: Node) => {
      if (v.termType === 'Wildcard') {
        for (const name of used) kept.add(name);
        return v;
      }
      if (keep(v)) return v;
      return v.expression ? { ...v, expression: substitute(v.expression, b, used) } : v;
    });
  }
  if (kept.size) out.where = [{ type: 'values', values: [Object.fromEntries([...kept].map((k) => [`?${k}`, b.get(k)]))] }, ...out.where];
  return out;
}

function substitute(node: unknown, b: Map<string, Term>, used: Set<string>): any {
  if (Array.isArray(node)) return node.map((x) => substitute(x, b, used));
  if (!node || typeof node !== 'object') return node;
  if (typeof (node as Term).termType === 'string') {
    if (!isVariable(node, b)) return node;
    used.add(node.value);
    return b.get(node.value);
  }
  const n = node as Node;
  if (n.type === 'query') return query(n, b);
  // BOUND(?v) of a bound variable is true; a term in its place would not parse.
  if (n.type === 'operation' && n.operator === 'bound' && isVariable(n.args?.[0], b)) return TRUE;
  const out: Node = {};
  for (const [k, v] of Object.entries(n)) out[k] = k === 'variable' && n.type === 'bind' ? v : substitute(v, b, used);
  return out;
}
