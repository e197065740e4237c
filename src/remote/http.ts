/**
 * Requests to a SPARQL store: timeouts, cancellation, basic or digest auth, and
 * every failure as an EndpointError naming the endpoint and what to do.
 */
import { createHash, randomBytes } from 'node:crypto';
import { EndpointError, InvalidArgumentError, QueryAbortedError, QueryTimeoutError } from '../errors.js';

export interface Auth {
  user: string;
  password: string;
  /** 'digest' (RFC 7616, MD5, qop=auth) or 'basic'; by default whatever the server asks for. */
  scheme?: 'basic' | 'digest';
}

export interface EndpointOptions {
  auth?: Auth;
  /** Milliseconds each request may take (default 60 000; 0 for none). */
  timeout?: number;
  signal?: AbortSignal;
  /** A fetch to use instead of the global one (tests, proxies). */
  fetch?: typeof fetch;
}

const DEFAULT_REMOTE_TIMEOUT = 60_000;

interface Challenge {
  realm: string;
  nonce: string;
  qop?: string;
  opaque?: string;
  algorithm?: string;
  nc: number;
}

export class HttpClient {
  #digest?: Challenge;
  readonly #fetch: typeof fetch;

  constructor(readonly options: EndpointOptions = {}) {
    this.#fetch = options.fetch ?? globalThis.fetch;
    const scheme = options.auth?.scheme;
    if (scheme !== undefined && scheme !== 'basic' && scheme !== 'digest')
      throw new InvalidArgumentError(`auth.scheme must be 'basic' or 'digest', not ${JSON.stringify(scheme)}.`);
  }

  /** Send a request; resolves with a 2xx response, throws EndpointError otherwise. */
  async request(
    url: string,
    init: { method: string; headers?: Record<string, string>; body?: string },
    what = 'request',
    call: Pick<EndpointOptions, 'timeout' | 'signal'> = {},
  ): Promise<Response> {
    const timeout = call.timeout ?? this.options.timeout ?? DEFAULT_REMOTE_TIMEOUT;
    const signal = call.signal ?? this.options.signal;
    const stop = new AbortController();
    const timer =
      timeout > 0
        ? setTimeout(
            () =>
              stop.abort(
                new QueryTimeoutError(
                  `${url} did not answer the ${what} within ${timeout} ms (timeout). Pass a larger { timeout } (0 for none) or smaller batches.`,
                ),
              ),
            timeout,
          )
        : undefined;
    const onAbort = () => stop.abort(new QueryAbortedError(`The ${what} to ${url} was stopped by its AbortSignal.`));
    if (signal?.aborted) onAbort();
    signal?.addEventListener('abort', onAbort, { once: true });
    try {
      let response = await this.#send(url, init, stop.signal);
      if (response.status === 401 && this.options.auth) {
        const challenge = response.headers.get('www-authenticate') ?? '';
        await response.body?.cancel();
        if (/^\s*digest/i.test(challenge) && this.options.auth.scheme !== 'basic') this.#digest = parseChallenge(challenge);
        else if (!/^\s*basic/i.test(challenge) || this.options.auth.scheme === 'digest')
          throw new EndpointError(`${url} asks for authentication this client does not offer (${challenge || 'no WWW-Authenticate header'}).`, url, 401);
        response = await this.#send(url, init, stop.signal, true);
      }
      if (!response.ok) {
        const text = await response.text().catch(() => '');
        const hint =
          response.status === 401
            ? ' Check auth.user and auth.password.'
            : response.status === 403
              ? ' The user may lack the right to write (Virtuoso: GRANT SPARQL_UPDATE).'
              : '';
        throw new EndpointError(
          `${url} answered the ${what} with HTTP ${response.status} ${response.statusText}: ${trim(text, /html/.test(response.headers.get('content-type') ?? ''))}${hint}`,
          url,
          response.status,
        );
      }
      return response;
    } catch (e) {
      if (stop.signal.aborted) throw stop.signal.reason;
      if (e instanceof EndpointError) throw e;
      throw connectionError(url, e);
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }

  async #send(url: string, init: { method: string; headers?: Record<string, string>; body?: string }, signal: AbortSignal, retried = false): Promise<Response> {
    const headers: Record<string, string> = { ...init.headers };
    const auth = this.options.auth;
    if (auth && (auth.scheme === 'basic' || (retried && !this.#digest))) {
      headers.authorization = `Basic ${Buffer.from(`${auth.user}:${auth.password}`).toString('base64')}`;
    } else if (auth && this.#digest) {
      headers.authorization = digestHeader(this.#digest, auth, init.method, url);
    }
    const response = await this.#fetch(url, { method: init.method, headers, body: init.body, signal });
    // A reused nonce that went stale: take the new one once.
    if (response.status === 401 && !retried && this.#digest && auth) {
      const challenge = response.headers.get('www-authenticate') ?? '';
      if (/^\s*digest/i.test(challenge)) {
        await response.body?.cancel();
        this.#digest = parseChallenge(challenge);
        return this.#send(url, init, signal, true);
      }
    }
    return response;
  }
}

function parseChallenge(header: string): Challenge {
  const fields: Record<string, string> = {};
  for (const m of header.replace(/^\s*digest\s+/i, '').matchAll(/(\w+)=(?:"((?:[^"\\]|\\.)*)"|([^,\s]+))/g)) fields[m[1]!.toLowerCase()] = m[2] ?? m[3] ?? '';
  const algorithm = fields.algorithm;
  if (algorithm && !/^md5(-sess)?$/i.test(algorithm))
    throw new EndpointError(`The server asks for digest algorithm ${algorithm}; only MD5 is supported.`, '', 401);
  return { realm: fields.realm ?? '', nonce: fields.nonce ?? '', qop: fields.qop, opaque: fields.opaque, algorithm, nc: 0 };
}

const md5 = (s: string) => createHash('md5').update(s).digest('hex');

/** RFC 7616 / 2617 digest response (MD5, qop=auth, or the RFC 2069 form when the server offers no qop). */
export function digestHeader(c: Challenge, auth: Auth, method: string, url: string, cnonce = randomBytes(8).toString('hex')): string {
  const { pathname, search } = new URL(url);
  const uri = pathname + search;
  const nc = (++c.nc).toString(16).padStart(8, '0');
  let ha1 = md5(`${auth.user}:${c.realm}:${auth.password}`);
  if (/-sess$/i.test(c.algorithm ?? '')) ha1 = md5(`${ha1}:${c.nonce}:${cnonce}`);
  const ha2 = md5(`${method}:${uri}`);
  const qop = c.qop
    ?.split(',')
    .map((q) => q.trim())
    .includes('auth')
    ? 'auth'
    : undefined;
  const response = qop ? md5(`${ha1}:${c.nonce}:${nc}:${cnonce}:${qop}:${ha2}`) : md5(`${ha1}:${c.nonce}:${ha2}`);
  const q = (s: string) => `"${s.replace(/["\\]/g, '\\$&')}"`;
  const parts = [`username=${q(auth.user)}`, `realm=${q(c.realm)}`, `nonce=${q(c.nonce)}`, `uri=${q(uri)}`, `response=${q(response)}`];
  if (c.algorithm) parts.push(`algorithm=${c.algorithm}`);
  if (qop) parts.push(`qop=${qop}`, `nc=${nc}`, `cnonce=${q(cnonce)}`);
  if (c.opaque !== undefined) parts.push(`opaque=${q(c.opaque)}`);
  return `Digest ${parts.join(', ')}`;
}

/** A server's error page as one short line. */
function trim(text: string, html = false, max = 300): string {
  const plain = (html ? text.replace(/<[^>]*>/g, ' ') : text).replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&').replace(/\s+/g, ' ').trim();
  return plain.length > max ? `${plain.slice(0, max)}…` : plain || '(no message)';
}

function connectionError(url: string, e: unknown): EndpointError {
  const cause = (e as { cause?: { code?: string; message?: string } }).cause;
  const code = cause?.code ?? (e as { code?: string }).code;
  if (code === 'ECONNREFUSED') {
    return new EndpointError(
      `${url} is down: the connection was refused. Start the store (for a local Virtuoso: scripts/virtuoso.sh start) or check the URL and port.`,
      url,
      undefined,
      { cause: e },
    );
  }
  if (code === 'ENOTFOUND' || code === 'EAI_AGAIN')
    return new EndpointError(`${url}: the host name does not resolve (${code}). Check the URL.`, url, undefined, { cause: e });
  const detail = cause?.message ?? (e as Error).message;
  return new EndpointError(`${url} could not be reached or dropped the connection (${code ?? detail}). Check that the store is running.`, url, undefined, {
    cause: e,
  });
}
