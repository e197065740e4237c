/**
 * Reads a query before it runs: predeclares the common prefixes, reports syntax
 * errors at the user's line and column, and refuses what the caller did not allow
 * (updates, SERVICE calls, FROM or LOAD of graphs that are not in the local store).
 */
import { Parser as SparqlParser } from 'sparqljs';
import { QueryRefusedError, QuerySyntaxError } from '../errors.js';
import { PREFIXES } from '../vocab.js';

export type QueryForm = 'SELECT' | 'ASK' | 'CONSTRUCT' | 'DESCRIBE' | 'UPDATE';

export interface CheckedQuery {
  /** The text to run: the user's query with the missing prefix declarations on its first line. */
  text: string;
  form: QueryForm;
  /** IRIs the query reaches beyond the local store (SERVICE, FROM, LOAD), all allowed by the caller. */
  remote: string[];
  /** A SELECT's projected variables in order (undefined for SELECT *). */
  variables?: string[];
  /** The parsed WHERE clause, for the cost check. */
  where?: unknown[];
}

export interface GuardOptions {
  allowUpdate?: boolean;
  /** Remote endpoints or files the caller allows. */
  sources?: string[];
  /** Whether a graph of that name is in the local store (FROM may name local graphs). */
  isLocalGraph?: (iri: string) => boolean;
  baseIRI?: string;
}

export function checkQuery(query: string, options: GuardOptions = {}): CheckedQuery {
  if (typeof query !== 'string' || !query.trim()) throw new QuerySyntaxError('The query is empty. Pass SPARQL text, or kg.namedQuery(name) for a bundled query.');
  // Declarations go on the user's first line, so line numbers stay the user's own.
  const declared = new Set([...query.matchAll(/\bPREFIX\s+([\w-]*):/gi)].map((m) => m[1]!.toLowerCase()));
  const preamble = Object.entries(PREFIXES)
    .filter(([p]) => !declared.has(p))
    .map(([p, iri]) => `PREFIX ${p}: <${iri}>`)
    .join(' ');
  const text = preamble ? `${preamble} ${query}` : query;
  let parsed: Record<string, unknown>;
  try {
    parsed = new SparqlParser({ baseIRI: options.baseIRI }).parse(text) as unknown as Record<string, unknown>;
  } catch (e) {
    throw syntaxError(e as Error & { hash?: { loc?: { first_line: number; first_column: number } } }, query, preamble ? preamble.length + 1 : 0);
  }
  const form: QueryForm = parsed.type === 'update' ? 'UPDATE' : (parsed.queryType as QueryForm);
  if (form === 'UPDATE' && !options.allowUpdate) {
    throw new QueryRefusedError('This is a SPARQL Update, and queries are read-only by default. Pass { allowUpdate: true } to change the graph.');
  }
  const allowed = new Set(options.sources ?? []);
  const remote: string[] = [];
  const reach = (iri: string, how: string) => {
    if (options.isLocalGraph?.(iri)) return;
    if (!allowed.has(iri)) {
      throw new QueryRefusedError(`${how} <${iri}> reaches outside the local graph, which queries may not do unless asked. Name it in { sources: ['${iri}'] } to allow it.`);
    }
    remote.push(iri);
  };
  walk(parsed, (node) => {
    if (node.type === 'service' && isIri(node.name)) reach(node.name.value, 'SERVICE');
    if (node.type === 'load' && isIri(node.source)) reach(node.source.value, 'LOAD');
  });
  const from = parsed.from as { default?: { value: string }[]; named?: { value: string }[] } | undefined;
  for (const g of [...(from?.default ?? []), ...(from?.named ?? [])]) reach(g.value, 'FROM');
  const projection = parsed.variables as ({ termType?: string; value?: string; variable?: { value: string } } | string)[] | undefined;
  const variables = form === 'SELECT' && projection && !projection.some((v) => typeof v !== 'object' || v.termType === 'Wildcard')
    ? projection.map((v) => (v as { value?: string; variable?: { value: string } }).variable?.value ?? (v as { value: string }).value)
    : undefined;
  return { text, form, remote, ...(variables ? { variables } : {}), ...(Array.isArray(parsed.where) ? { where: parsed.where } : {}) };
}

function isIri(x: unknown): x is { termType: 'NamedNode'; value: string } {
  return typeof x === 'object' && x !== null && (x as { termType?: string }).termType === 'NamedNode';
}

function walk(node: unknown, visit: (n: Record<string, any>) => void): void {
  if (Array.isArray(node)) for (const x of node) walk(x, visit);
  else if (node && typeof node === 'object' && !('termType' in node)) {
    visit(node as Record<string, any>);
    for (const v of Object.values(node)) walk(v, visit);
  }
}

/** A sparqljs error as a QuerySyntaxError at the user's line and column, with the line and a caret. */
function syntaxError(e: Error & { hash?: { loc?: { first_line: number; first_column: number } } }, query: string, shift: number): QuerySyntaxError {
  const loc = e.hash?.loc;
  const m = /on line (\d+)/.exec(e.message);
  const line = loc?.first_line ?? (m ? Number(m[1]) : undefined);
  let column = loc ? loc.first_column + 1 : undefined;
  if (line === 1 && column !== undefined) column = Math.max(1, column - shift);
  const expecting = /Expecting (.*?), got '([^']*)'/.exec(e.message);
  const reason = expecting ? `expected ${expecting[1]!.split(', ').slice(0, 6).join(', ')}${expecting[1]!.split(', ').length > 6 ? ', …' : ''} but found ${expecting[2]}` : e.message.split('\n').pop();
  const source = line ? query.split('\n')[line - 1] : undefined;
  const pointer = source !== undefined && column ? `\n  ${source}\n  ${' '.repeat(column - 1)}^` : '';
  return new QuerySyntaxError(`SPARQL syntax error${line ? ` at line ${line}${column ? `, column ${column}` : ''}` : ''}: ${reason}.${pointer}`, line, column, { cause: e });
}
