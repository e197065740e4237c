/**
 * A SPARQL 1.1 Protocol endpoint over a ClaimGraph, on fastify: queries at /sparql (GET
 * with ?query=, POST as a form or a direct body), answers in the format the client
 * negotiates, a service description at GET /sparql, updates only when enabled and with
 * the bearer token, a timeout per query, CORS, a limit on request bodies, the explorer
 * page at / and a query page at /query. fastify is imported when a server is made, so
 * importing claimgraph does not load it.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { Generator, Parser } from 'sparqljs';
import { DataFactory } from 'n3';
import {
  ClaimGraphError,
  InvalidArgumentError,
  QueryAbortedError,
  QueryRefusedError,
  QuerySyntaxError,
  QueryTimeoutError,
  UnknownEntityError,
  UnsupportedFormatError,
} from '../errors.js';
import { type ClaimGraph, internals } from '../graph.js';
import type { QueryResult } from '../sparql/engine.js';
import type { ExplorerOptions } from '../render/html/payload.js';
import { PREFIXES } from '../vocab.js';
import { serviceDescription } from './description.js';
import { GRAPH_FORMATS, RESULT_FORMATS, negotiate, offeredTypes, prefersHtml, type Choice, type GraphFormat, type ResultFormat } from './negotiate.js';
import { queryPage } from './page.js';
import { writeGraph, writeResults } from './write.js';

export interface ServeOptions {
  /** TCP port (default 0: a free port, see `Server.port`). */
  port?: number;
  /** Interface to listen on (default 127.0.0.1: this machine only). */
  host?: string;
  /** Milliseconds a query or update may run before it is stopped with a 503 (default 30 000; 0 for none). */
  timeout?: number;
  /** Accept SPARQL Update (POST, with `Authorization: Bearer <token>`); needs `token`. Off by default. */
  allowUpdate?: boolean;
  /** The bearer token updates must carry. */
  token?: string;
  /** Largest request body in bytes (default 1 MiB); a larger one is refused with 413. */
  bodyLimit?: number;
  /** Origins allowed to call the endpoint from a browser: true or '*' for any (the default), false for none, or a list. */
  cors?: boolean | string | string[];
  /** Refuse (500) answers of more than this many rows or quads (no cap by default). */
  maxRows?: number;
  /** Options for the explorer page served at `/`. */
  explorer?: ExplorerOptions;
}

export interface Server {
  /** The SPARQL endpoint, e.g. http://127.0.0.1:3030/sparql. */
  url: string;
  /** Scheme, host and port, e.g. http://127.0.0.1:3030 (the explorer is at `${origin}/`). */
  origin: string;
  port: number;
  /** The fastify instance, already listening (its `inject` sends a request without the network). */
  app: FastifyInstance;
  /** Stops accepting connections and ends those open; the graph stays usable. */
  close(): Promise<void>;
}

export const DEFAULT_SERVE_TIMEOUT = 30_000;
export const DEFAULT_BODY_LIMIT = 1024 * 1024;

/** A refusal with its HTTP status; the message goes to the client as text. */
class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

type Params = Record<string, string | string[] | undefined>;

/** Start an endpoint over `kg` and resolve once it listens. */
export async function serve(kg: ClaimGraph, options: ServeOptions = {}): Promise<Server> {
  const app = await createServer(kg, options);
  const host = options.host ?? '127.0.0.1';
  await app.listen({ port: options.port ?? 0, host });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : (options.port ?? 0);
  const shown = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host === '::' ? '[::1]' : host;
  const origin = `http://${shown}:${port}`;
  return { url: `${origin}/sparql`, origin, port, app, close: () => app.close() };
}

/** The endpoint as a fastify instance, routes registered, not yet listening. */
export async function createServer(kg: ClaimGraph, options: ServeOptions = {}): Promise<FastifyInstance> {
  const timeout = options.timeout ?? DEFAULT_SERVE_TIMEOUT;
  if (!(timeout >= 0)) throw new InvalidArgumentError(`{ timeout } must be a number of milliseconds (0 for none), not ${timeout}.`);
  const update = options.allowUpdate === true;
  if (update && !options.token)
    throw new InvalidArgumentError('Updates need a token: pass { allowUpdate: true, token } (on the command line, --allow-update --token T).');
  const bodyLimit = options.bodyLimit ?? DEFAULT_BODY_LIMIT;
  const tokenHash = options.token ? digest(options.token) : undefined;

  const { default: Fastify } = await import('fastify');
  const app = Fastify({ bodyLimit, logger: false, forceCloseConnections: true, routerOptions: { ignoreTrailingSlash: true } });
  if (options.cors !== false) {
    const { default: cors } = await import('@fastify/cors');
    await app.register(cors, {
      origin: options.cors === undefined || options.cors === true ? '*' : options.cors,
      methods: ['GET', 'HEAD', 'POST', 'OPTIONS'],
      allowedHeaders: ['Content-Type', 'Accept', 'Authorization'],
      exposedHeaders: ['Content-Type', 'Content-Length'],
      maxAge: 86_400,
    });
  }

  // Only the bodies the protocol defines; anything else is a 415.
  app.removeAllContentTypeParsers();
  // Bodies are read as UTF-8, the protocol's encoding; another charset is refused rather than misread.
  app.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string' }, (req, body, done) =>
    done(charsetError(req.headers['content-type']), new URLSearchParams(body as string)),
  );
  app.addContentTypeParser(['application/sparql-query', 'application/sparql-update'], { parseAs: 'string' }, (req, body, done) =>
    done(charsetError(req.headers['content-type']), body),
  );

  app.setErrorHandler((error: Error & { statusCode?: number; code?: string }, _request, reply) => {
    if (error instanceof HttpError) return sendError(reply, error.status, error.message, error.headers);
    if (error.code === 'FST_ERR_CTP_BODY_TOO_LARGE')
      return sendError(
        reply,
        413,
        `The request body is larger than the limit of ${bodyLimit} bytes. Send a shorter query, or start the server with a larger limit (--body-limit, or { bodyLimit }).`,
      );
    if (error.code === 'FST_ERR_CTP_INVALID_MEDIA_TYPE' || error.statusCode === 415) {
      return sendError(
        reply,
        415,
        'POST a query as application/sparql-query or application/x-www-form-urlencoded (query=…), an update as application/sparql-update or a form (update=…).',
      );
    }
    if (error.statusCode && error.statusCode >= 400 && error.statusCode < 500) return sendError(reply, error.statusCode, error.message);
    if (error instanceof ClaimGraphError) return sendError(reply, 500, error.message);
    return sendError(reply, 500, `Internal error: ${error.message}`);
  });
  app.setNotFoundHandler((request, reply) =>
    sendError(reply, 404, `Nothing at ${request.method} ${request.url.split('?')[0]}. The endpoint is /sparql; the explorer is /, the query page /query.`),
  );

  let explorer: { version: number; html: string } | undefined;
  app.get('/', async (_request, reply) => {
    if (explorer?.version !== kg.store.version) explorer = { version: kg.store.version, html: kg.toHTML(options.explorer) };
    return reply.type('text/html; charset=utf-8').send(explorer.html);
  });
  app.get('/favicon.ico', async (_request, reply) => reply.code(204).header('Cache-Control', 'max-age=86400').send());
  app.get('/query', async (request, reply) => reply.type('text/html; charset=utf-8').send(queryPage({ endpoint: endpointOf(request), update })));

  const run: Run = { kg, timeout, update, tokenHash, maxRows: options.maxRows, descriptions: new Map() };
  app.get('/sparql', async (request, reply) => {
    const params = request.query as Params;
    if (params.update !== undefined)
      throw new HttpError(400, 'A SPARQL Update is sent with POST: a form with update=…, or an application/sparql-update body. GET takes only queries.');
    const query = one(params, 'query');
    if (query === undefined) return describe(request, reply, run);
    return answerQuery(query, datasetOf(params), request, reply, run);
  });
  app.post('/sparql', async (request, reply) => {
    const url = request.query as Params;
    const type = (request.headers['content-type'] ?? '').split(';')[0]!.trim().toLowerCase();
    if (type === 'application/x-www-form-urlencoded') {
      const form = request.body as URLSearchParams;
      const params: Params = { ...url };
      for (const key of new Set(form.keys())) {
        const values = [...form.getAll(key), ...[url[key] ?? []].flat()];
        params[key] = values.length === 1 ? values[0] : values;
      }
      const query = one(params, 'query');
      const text = one(params, 'update');
      if (query !== undefined && text !== undefined) throw new HttpError(400, 'The form holds both query= and update=; send one operation per request.');
      if (text !== undefined) return answerUpdate(text, params, request, reply, run);
      if (query === undefined) throw new HttpError(400, 'The form holds no query= (or update=) field.');
      return answerQuery(query, datasetOf(params), request, reply, run);
    }
    if (type === 'application/sparql-update') return answerUpdate(String(request.body ?? ''), url, request, reply, run);
    return answerQuery(String(request.body ?? ''), datasetOf(url), request, reply, run);
  });
  app.route({
    method: ['PUT', 'DELETE', 'PATCH'],
    url: '/sparql',
    handler: async () => {
      throw new HttpError(405, 'The endpoint takes GET (queries) and POST (queries and updates).', { Allow: 'GET, HEAD, POST, OPTIONS' });
    },
  });
  return app;
}

/** A 415 for a body in a charset other than UTF-8 (or its subset US-ASCII). */
function charsetError(contentType: string | undefined): HttpError | null {
  const charset = /;\s*charset\s*=\s*"?([^";\s]+)/i.exec(contentType ?? '')?.[1]?.toLowerCase();
  if (!charset || charset === 'utf-8' || charset === 'utf8' || charset === 'us-ascii') return null;
  return new HttpError(415, `The body is sent as ${charset}; send it as UTF-8 (charset=utf-8, or no charset).`);
}

interface Run {
  kg: ClaimGraph;
  timeout: number;
  update: boolean;
  tokenHash?: Buffer;
  maxRows?: number;
  descriptions: Map<string, Promise<string>>;
}

function sendError(reply: FastifyReply, status: number, message: string, headers: Record<string, string> = {}) {
  return reply.code(status).headers(headers).type('text/plain; charset=utf-8').send(`${message}\n`);
}

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest();
}

/** The endpoint's own URL as the client reached it. */
function endpointOf(request: FastifyRequest): string {
  return `${request.protocol}://${request.host}/sparql`;
}

/** A parameter the protocol allows once. */
function one(params: Params, name: string): string | undefined {
  const value = params[name];
  if (Array.isArray(value)) throw new HttpError(400, `${name}= is given ${value.length} times; give it once.`);
  return value;
}

function many(params: Params, name: string): string[] {
  const value = params[name];
  return value === undefined ? [] : [value].flat();
}

interface Dataset {
  defaults: string[];
  named: string[];
}

function datasetOf(params: Params): Dataset {
  return { defaults: many(params, 'default-graph-uri'), named: many(params, 'named-graph-uri') };
}

/** A signal that fires when the client goes away before its answer is sent, so the query stops. */
function clientGone(reply: FastifyReply): AbortSignal {
  const stop = new AbortController();
  reply.raw.once('close', () => {
    if (!reply.raw.writableFinished) stop.abort(new QueryAbortedError('The client closed the connection.'));
  });
  return stop.signal;
}

/** The formats a client takes for rows and for graphs, decided before the query runs; 406 when it takes neither. */
function choices(request: FastifyRequest, params: Params) {
  const accept = request.headers.accept;
  const named = typeof params.format === 'string' ? params.format : typeof params.output === 'string' ? params.output : undefined;
  const results = negotiate<ResultFormat>(accept, RESULT_FORMATS, 'results', named);
  const graph = negotiate<GraphFormat>(accept, GRAPH_FORMATS, 'graph', named);
  if (!results && !graph) throw notAcceptable(accept, [...RESULT_FORMATS, ...GRAPH_FORMATS]);
  return { results, graph };
}

function notAcceptable(accept: string | undefined, offered: readonly (ResultFormat | GraphFormat)[]): HttpError {
  return new HttpError(406, `None of the types in Accept: ${accept} is offered for this answer. Ask for one of ${offeredTypes(offered)}.`);
}

/** Stands for a graph the endpoint does not hold: one that is empty, and that the query may name without reaching outside. */
const NO_GRAPH = 'urn:claimgraph:no-such-graph';

/**
 * The query with the protocol's dataset (default-graph-uri, named-graph-uri) in place of its own
 * FROM clauses. A graph the endpoint does not hold is empty, as in any store: nothing is fetched.
 */
function withDataset(kg: ClaimGraph, text: string, dataset: Dataset): string {
  if (!dataset.defaults.length && !dataset.named.length) return text;
  const local = (iris: string[]) => [...new Set(iris.map((iri) => (kg.store.countQuads(null, null, null, DataFactory.namedNode(iri)) > 0 ? iri : NO_GRAPH)))];
  let parsed: Record<string, unknown>;
  try {
    parsed = new Parser({ prefixes: { ...PREFIXES } }).parse(text) as unknown as Record<string, unknown>;
  } catch {
    return text; // the engine reports the syntax error at the user's line
  }
  if (parsed.type !== 'query') return text;
  parsed.from = { default: local(dataset.defaults).map((i) => DataFactory.namedNode(i)), named: local(dataset.named).map((i) => DataFactory.namedNode(i)) };
  return new Generator().stringify(parsed as never);
}

/** Which form the text is, read without running it (for error messages only). */
function formOf(text: string): string | undefined {
  try {
    const parsed = new Parser({ prefixes: { ...PREFIXES } }).parse(text) as { type: string; queryType?: string };
    return parsed.type === 'update' ? 'UPDATE' : parsed.queryType;
  } catch {
    return undefined;
  }
}

/** The HTTP status of a library error: the query's fault 400, the timeout 503, anything else 500. */
function fromLibrary(e: unknown): never {
  if (e instanceof HttpError) throw e;
  if (e instanceof QueryTimeoutError)
    throw new HttpError(503, e.message.replace(/ Pass a larger \{ timeout \} \(0 for none\), or/, ' Start the server with a larger --timeout, or'));
  if (e instanceof QuerySyntaxError || e instanceof QueryRefusedError || e instanceof InvalidArgumentError || e instanceof UnknownEntityError)
    throw new HttpError(400, e.message);
  if (e instanceof UnsupportedFormatError) throw new HttpError(406, e.message);
  throw e;
}

async function answerQuery(text: string, dataset: Dataset, request: FastifyRequest, reply: FastifyReply, run: Run) {
  if (!text.trim()) throw new HttpError(400, 'The query is empty. Send SPARQL text as query=… or as an application/sparql-query body.');
  const { results, graph } = choices(request, request.query as Params);
  const signal = clientGone(reply);
  const { kg } = run;
  let result: QueryResult;
  try {
    const query = withDataset(kg, text, dataset);
    const options = { timeout: run.timeout, signal, baseIRI: endpointOf(request), ...(run.maxRows !== undefined ? { maxRows: run.maxRows } : {}) };
    const { lock, sparql } = internals(kg);
    result = await lock.read(() => sparql.query(query, options));
  } catch (e) {
    if (e instanceof QueryRefusedError && formOf(text) === 'UPDATE') {
      throw new HttpError(
        400,
        `This is a SPARQL Update, not a query: send it as update=… or as an application/sparql-update body${run.update ? '' : ' (this endpoint is read-only)'}.`,
      );
    }
    if (signal.aborted) return reply.code(499).send();
    fromLibrary(e);
  }
  reply.header('Vary', 'Accept').header('Cache-Control', 'no-cache');
  if (result.form === 'SELECT' || result.form === 'ASK') {
    if (!results) throw notAcceptable(request.headers.accept, RESULT_FORMATS);
    return send(reply, results, writeResults(result.form === 'ASK' ? result.boolean : result.rows, results.format));
  }
  if (result.form === 'UPDATE') throw new HttpError(400, 'Send an update as update=… or an application/sparql-update body.');
  if (!graph) throw notAcceptable(request.headers.accept, GRAPH_FORMATS);
  try {
    return send(reply, graph, await writeGraph(result.quads, graph.format));
  } catch (e) {
    fromLibrary(e);
  }
}

function send(reply: FastifyReply, choice: Choice<string>, body: string) {
  return reply.type(`${choice.mediaType}; charset=utf-8`).send(body);
}

async function answerUpdate(text: string, params: Params, request: FastifyRequest, reply: FastifyReply, run: Run) {
  if (!run.update || !run.tokenHash) {
    throw new HttpError(
      403,
      'This endpoint is read-only. Start it with --allow-update --token T (in the API, { allowUpdate: true, token }) to accept SPARQL Update.',
    );
  }
  const auth = /^Bearer\s+(.+)$/i.exec(request.headers.authorization ?? '')?.[1]?.trim();
  if (!auth || !timingSafeEqual(digest(auth), run.tokenHash)) {
    throw new HttpError(
      401,
      auth ? 'The bearer token is wrong.' : 'An update needs the header Authorization: Bearer <token>, with the token the server was started with.',
      {
        'WWW-Authenticate': 'Bearer realm="claimgraph"',
      },
    );
  }
  if (params['using-graph-uri'] !== undefined || params['using-named-graph-uri'] !== undefined) {
    throw new HttpError(400, 'using-graph-uri and using-named-graph-uri are not supported; write USING or WITH in the update itself.');
  }
  if (!text.trim()) throw new HttpError(400, 'The update is empty. Send SPARQL Update text as update=… or as an application/sparql-update body.');
  const { kg } = run;
  try {
    await kg.update(text, { allowUpdate: true, timeout: run.timeout, baseIRI: endpointOf(request) });
  } catch (e) {
    const form = e instanceof InvalidArgumentError ? formOf(text) : undefined;
    if (form && form !== 'UPDATE')
      throw new HttpError(
        400,
        `This is ${form === 'ASK' ? 'an' : 'a'} ${form} query, not an update: send it as query=… or as an application/sparql-query body.`,
      );
    fromLibrary(e);
  }
  return reply.type('text/plain; charset=utf-8').send(`Update done; the graph holds ${kg.size} quads.\n`);
}

function describe(request: FastifyRequest, reply: FastifyReply, run: Run) {
  const accept = request.headers.accept;
  if (prefersHtml(accept, GRAPH_FORMATS)) return reply.redirect('/query', 303);
  const choice = negotiate<GraphFormat>(accept, GRAPH_FORMATS, 'graph');
  if (!choice) throw notAcceptable(accept, GRAPH_FORMATS);
  reply.header('Vary', 'Accept');
  // Written once per store version, endpoint address and format: counting the graphs is the costly part.
  const key = `${run.kg.store.version}\u0000${endpointOf(request)}\u0000${choice.format}`;
  let body = run.descriptions.get(key);
  if (!body) {
    if (run.descriptions.size > 32) run.descriptions.clear();
    body = writeGraph(serviceDescription(run.kg, endpointOf(request), { update: run.update }), choice.format);
    run.descriptions.set(key, body);
    body.catch(() => run.descriptions.delete(key));
  }
  return body.then((text) => send(reply, choice, text));
}
