/**
 * Reads a query before it runs: predeclares the common prefixes, reports syntax
 * errors at the user's line and column, and refuses what the caller did not allow
 * (updates, SERVICE, and FROM, USING or LOAD of documents outside the local store).
 */
import { createRequire } from 'node:module';
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
  /**
   * A SELECT's projected variables in order; for SELECT *, the variables in scope in the order
   * they first appear in the WHERE clause (as the SPARQL results formats list them), bound or not.
   */
  variables?: string[];
  /** The parsed WHERE clause, for the cost check. */
  where?: unknown[];
  /** The whole parsed query (sparqljs), shared with the parse cache: only read. */
  parsed: unknown;
}

export interface GuardOptions {
  allowUpdate?: boolean;
  /** Remote endpoints or files the caller allows. */
  sources?: string[];
  /** Whether a graph of that name is in the local store (FROM and USING may name local graphs). */
  isLocalGraph?: (iri: string) => boolean;
  baseIRI?: string;
}

/** Schemes Comunica would dereference: FROM or USING with one of these reads a document. */
const FETCHABLE = /^(?:https?|file|ftp):/i;

export function checkQuery(query: string, options: GuardOptions = {}): CheckedQuery {
  if (typeof query !== 'string' || !query.trim()) throw new QuerySyntaxError('The query is empty. Pass SPARQL text, or namedQuery(name) for a bundled query.');
  checkSize(query);
  // Declarations go on the user's first line, so line numbers stay the user's own.
  const declared = new Set([...query.matchAll(/\bPREFIX\s+([\w.-]*):/gi)].map((m) => m[1]!));
  const preamble = Object.entries(PREFIXES)
    .filter(([p]) => !declared.has(p))
    .map(([p, iri]) => `PREFIX ${p}: <${iri}>`)
    .join(' ');
  const shift = preamble ? preamble.length + 1 : 0;
  const source = unescapeIris(query);
  const text = preamble ? `${preamble} ${source}` : source;
  let parsed: Record<string, any>;
  try {
    parsed = parse(text, options.baseIRI);
  } catch (e) {
    if (e instanceof RangeError) throw tooDeep();
    throw syntaxError(e as ParserError, source, text, shift);
  }
  measure(parsed);
  // Only comments and declarations: an empty SPARQL Update, which changes nothing; a query must have a form.
  if (!parsed.type) {
    if (!options.allowUpdate) {
      throw new QuerySyntaxError(
        'The query is empty: it holds only comments or declarations. Write a SELECT, ASK, CONSTRUCT or DESCRIBE (an empty update needs { allowUpdate: true }).',
      );
    }
    parsed = { ...parsed, type: 'update', updates: [] };
  }
  const form: QueryForm = parsed.type === 'update' ? 'UPDATE' : (parsed.queryType as QueryForm);
  if (form === 'UPDATE' && !options.allowUpdate) {
    throw new QueryRefusedError('This is a SPARQL Update, and queries are read-only by default. Pass { allowUpdate: true } to change the graph.');
  }
  const allowed = new Set(options.sources ?? []);
  const remote: string[] = [];
  const reach = (iri: string, how: string) => {
    if (!allowed.has(iri)) {
      throw new QueryRefusedError(
        `${how} <${iri}> reaches outside the local graph, which queries may not do unless asked. Name it in { sources: ['${iri}'] } to allow it.`,
      );
    }
    remote.push(iri);
  };
  const dataset = (d: { default?: { value: string }[]; named?: { value: string }[] } | undefined, how: string) => {
    for (const g of [...(d?.default ?? []), ...(d?.named ?? [])]) {
      if (FETCHABLE.test(g.value) && !options.isLocalGraph?.(g.value)) reach(g.value, how);
    }
  };
  dataset(parsed.from, 'FROM');
  walk(parsed, (node) => {
    if (node.type === 'service') {
      if (!isIri(node.name))
        throw new QueryRefusedError('SERVICE with a variable could reach any endpoint, so it is refused. Name the endpoint, and list it in { sources }.');
      reach(node.name.value, 'SERVICE');
    }
    if (node.type === 'load' && isIri(node.source)) reach(node.source.value, 'LOAD');
    if (node.using) dataset(node.using, 'USING');
  });
  const projection = parsed.variables as ({ termType?: string; value?: string; variable?: { value: string } } | string)[] | undefined;
  const variables = form === 'SELECT' && projection ? projected(parsed) : undefined;
  return { text, form, remote, ...(variables ? { variables } : {}), ...(Array.isArray(parsed.where) ? { where: parsed.where } : {}), parsed };
}

/** Longest query text read (characters): far above any written query, and parsed in well under a second. */
export const MAX_QUERY_LENGTH = 1_000_000;
/**
 * Deepest nesting of { }, ( ) and [ ] read. The parsers and engines recurse on it: Comunica's
 * evaluator overflows its stack at about 100 nested parentheses, Oxigraph's parser fails at about
 * 1000 nested groups, and sparqljs takes seconds per thousand.
 */
export const MAX_NESTING = 64;

/**
 * Most elements (patterns, triples, path steps, operators; not the terms in them, nor VALUES rows)
 * and deepest nesting of the parsed query. Past about a thousand elements Comunica plans and
 * evaluates a query in long synchronous stretches (a join of 5000 triple patterns overran a 5 s
 * timeout by 13 s), and a chain of thousands of operators (1+1+…) overflows the stack.
 */
export const MAX_ELEMENTS = 1000;
const MAX_DEPTH = 256;

const tooDeep = () =>
  new QueryRefusedError(
    `The query nests its patterns or expressions too deeply for the SPARQL engines to evaluate safely (more than ${MAX_DEPTH} levels). Flatten it: join patterns in one group, split long expressions with BIND.`,
  );

/** Refuses a parsed query with too many elements or too deep a nesting (walked without recursion). */
function measure(root: unknown): void {
  const stack: [unknown, number][] = [[root, 0]];
  let count = 0;
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (Array.isArray(node)) {
      for (const x of node) stack.push([x, depth]);
      continue;
    }
    if (!node || typeof node !== 'object' || 'termType' in node || (node as { type?: string }).type === 'values') continue;
    // Terms are not counted, except the steps of a path and the arguments of an operator (IN lists).
    const n = node as { type?: string; items?: unknown[]; args?: unknown[] };
    count += 1 + (n.type === 'path' ? n.items!.length : n.type === 'operation' && Array.isArray(n.args) ? n.args.flat().length : 0);
    if (count > MAX_ELEMENTS) {
      throw new QueryRefusedError(
        `The query has more than ${MAX_ELEMENTS} patterns, paths and operators, more than the SPARQL engines evaluate within a timeout. Split it into several queries, or pass long lists of values with VALUES or { bindings }.`,
      );
    }
    if (depth > MAX_DEPTH) throw tooDeep();
    for (const v of Object.values(node)) stack.push([v, depth + 1]);
  }
}

/** Refuses, before any parser reads it, a query text too long or too deeply nested. Linear in the text. */
function checkSize(query: string): void {
  if (query.length > MAX_QUERY_LENGTH) {
    throw new QueryRefusedError(
      `The query is ${query.length} characters long, past the limit of ${MAX_QUERY_LENGTH}. Pass large sets of values as { bindings } or load them as data.`,
    );
  }
  let depth = 0;
  let deepest = 0;
  const iri = /<[^<>"{}|^`\\\s]*>/y;
  for (let i = 0; i < query.length; i++) {
    const c = query[i]!;
    if (c === '#') {
      const end = query.indexOf('\n', i);
      if (end < 0) break;
      i = end;
    } else if (c === '<') {
      iri.lastIndex = i;
      if (iri.test(query)) i = iri.lastIndex - 1; // an IRI: its characters are not brackets; otherwise a comparison
    } else if (c === '"' || c === "'") {
      const long = query.startsWith(c.repeat(3), i);
      const close = long ? c.repeat(3) : c;
      let j = i + close.length;
      while (j < query.length && !query.startsWith(close, j)) j += query[j] === '\\' ? 2 : 1;
      i = j + close.length - 1;
    } else if (c === '{' || c === '(' || c === '[') {
      if (++depth > deepest) deepest = depth;
      if (deepest > MAX_NESTING) {
        throw new QueryRefusedError(
          `The query nests groups, brackets or parentheses more than ${MAX_NESTING} deep, which the SPARQL engines cannot evaluate safely. Flatten it (join patterns in one group, split long expressions with BIND).`,
        );
      }
    } else if (c === '}' || c === ')' || c === ']') {
      if (depth > 0) depth--;
    }
  }
}

/**
 * Parsing costs about as much as answering a small query on the accelerated engine (a few ms,
 * most of it the predeclared prefixes), so the parses of the latest queries are kept. The parsed
 * query is only read, here and by the cost check.
 */
const parsedCache = new Map<string, Record<string, any>>();
const PARSED_KEPT = 256;

/**
 * sparqljs 3.7 crashes (a TypeError on reading 'map') on a subject [ … ] with no properties after
 * it, as in `CONSTRUCT { [ rdf:subject ?s ] . }`, which SPARQL allows (TriplesNode PropertyList,
 * the list empty). Its generated parser's action for that rule is given an empty list there; the
 * fix is applied only when the action's text is the one it was written for.
 */
let mended = false;
function mendParser(): void {
  if (mended) return;
  mended = true;
  try {
    const proto = (createRequire(import.meta.url)('sparqljs/lib/SparqlParser') as { Parser: { prototype: { performAction: (...args: unknown[]) => unknown } } })
      .Parser.prototype;
    const original = proto.performAction;
    if (!String(original).includes('case 103:\nthis.$ = applyAnnotations(appendAllTo($$[$0].map(')) return;
    proto.performAction = function (this: unknown, ...args: unknown[]) {
      const stack = args[5] as unknown[];
      if (args[4] === 103 && stack[stack.length - 1] === undefined) stack[stack.length - 1] = [];
      return original.apply(this, args);
    };
  } catch {
    // another sparqljs layout: left as it is
  }
}

function parse(text: string, baseIRI: string | undefined): Record<string, any> {
  mendParser();
  const key = `${baseIRI ?? ''}\n${text}`;
  const hit = parsedCache.get(key);
  if (hit) {
    parsedCache.delete(key);
    parsedCache.set(key, hit); // most recently used last
    return hit;
  }
  const parsed = new SparqlParser({ baseIRI }).parse(text) as unknown as Record<string, any>;
  parsedCache.set(key, parsed);
  if (parsedCache.size > PARSED_KEPT) parsedCache.delete(parsedCache.keys().next().value!);
  return parsed;
}

/** The variables a SELECT returns: its projection, or for SELECT * those in scope, in order of appearance. */
function projected(q: Record<string, any>): string[] {
  const projection = q.variables as { termType?: string; value?: string; variable?: { value: string } }[];
  if (!projection.some((v) => v.termType === 'Wildcard')) return projection.map((v) => v.variable?.value ?? v.value!);
  const seen = new Set<string>();
  inScope([...(q.where ?? []), ...(q.values ? [{ type: 'values', values: q.values }] : [])], seen);
  return [...seen];
}

/** Variables in scope of group graph patterns (SPARQL 1.1, 18.2.1): not those only in FILTER, MINUS or EXISTS, nor a subquery's unprojected ones. */
function inScope(patterns: unknown[], into: Set<string>): void {
  const term = (t: any) => {
    if (t?.termType === 'Variable') into.add(t.value);
    else if (t?.type === 'path') for (const item of t.items ?? []) term(item);
    else if (t?.termType === 'Quad') for (const k of ['subject', 'predicate', 'object']) term(t[k]);
  };
  for (const p of patterns as Record<string, any>[]) {
    switch (p.type) {
      case 'bgp':
        for (const t of p.triples) for (const k of ['subject', 'predicate', 'object']) term(t[k]);
        break;
      case 'graph':
        term(p.name);
        inScope(p.patterns, into);
        break;
      case 'service':
        inScope(p.patterns, into);
        break;
      case 'group':
      case 'optional':
        inScope(p.patterns, into);
        break;
      case 'union':
        for (const branch of p.patterns) inScope([branch], into);
        break;
      case 'bind':
        term(p.variable);
        break;
      case 'values':
        for (const row of p.values) for (const k of Object.keys(row)) into.add(k.replace(/^\?/, ''));
        break;
      case 'query':
        for (const v of projected(p)) into.add(v);
        break;
      default:
        break; // filter, minus
    }
  }
}

/**
 * SPARQL's \u and \U escapes inside IRI references, decoded before the parser (sparqljs does not
 * read them there; the engines do). An escape that would give a character IRIs may not hold is left
 * as it is, so the parser refuses it.
 */
function unescapeIris(query: string): string {
  if (!/\\[uU]/.test(query)) return query;
  return query.replace(/<[^<>"{}|^`\s]*>/g, (iri) => {
    if (!/\\[uU]/.test(iri)) return iri;
    const decoded = iri.replace(/\\u([0-9A-Fa-f]{4})|\\U([0-9A-Fa-f]{8})/g, (m, four: string | undefined, eight: string | undefined) => {
      const code = parseInt(four ?? eight!, 16);
      if (code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return m;
      const c = String.fromCodePoint(code);
      return /[<>"{}|^`\\\u0000-\u0020]/.test(c) ? m : c;
    });
    return decoded;
  });
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

type ParserError = Error & { hash?: { loc?: { last_line: number; last_column: number } } };

/**
 * A sparqljs error as a QuerySyntaxError at the user's 1-based line and column, with the line and a
 * caret. The parser's location is that of the last good token; the fault is the next one after it.
 */
function syntaxError(e: ParserError, query: string, text: string, shift: number): QuerySyntaxError {
  if (!(e instanceof Error) || (e instanceof TypeError && !e.hash)) {
    // The parser itself failed (sparqljs 3.7 does on a blank-node subject with no properties, `[ … ] .`).
    return new QuerySyntaxError(
      `The SPARQL parser could not read this query (${String((e as Error)?.message ?? e)}). It may be valid SPARQL that the parser does not handle, such as a subject [ … ] with no properties after it; write the triples with a named blank node (_:b) instead.`,
      undefined,
      undefined,
      { cause: e },
    );
  }
  let offset: number | undefined;
  const loc = e.hash?.loc;
  if (loc) {
    const lines = text.split('\n');
    let at = lines.slice(0, loc.last_line - 1).reduce((n, l) => n + l.length + 1, 0) + loc.last_column;
    while (at < text.length && /\s/.test(text[at]!)) at++;
    offset = at - shift;
  }
  const prefix = /^Unknown prefix: (.*)$/.exec(e.message);
  if (prefix) {
    const m = new RegExp(`(^|[\\s(,;/^|!{])${prefix[1]!.replace(/[.*+?^${}()|[\]\\-]/g, '\\$&')}:`).exec(query);
    if (m) offset = m.index + m[1]!.length;
  }
  const expecting = /Expecting (.*), got '([^']*)'/.exec(e.message);
  const options = expecting?.[1]?.split(', ') ?? [];
  const reason = prefix
    ? `the prefix "${prefix[1]}:" is not declared (add PREFIX ${prefix[1]}: <…>)`
    : expecting
      ? `expected ${options.slice(0, 6).join(', ')}${options.length > 6 ? ', …' : ''} but found ${expecting[2]}`
      : e.message.split('\n').pop();
  if (offset === undefined) return new QuerySyntaxError(`SPARQL syntax error: ${reason}.`, undefined, undefined, { cause: e });
  offset = Math.max(0, Math.min(offset, query.length));
  const before = query.slice(0, offset).split('\n');
  const line = before.length;
  const column = before[line - 1]!.length + 1;
  const source = query.split('\n')[line - 1]!;
  return new QuerySyntaxError(`SPARQL syntax error at line ${line}, column ${column}: ${reason}.\n  ${source}\n  ${' '.repeat(column - 1)}^`, line, column, {
    cause: e,
  });
}
