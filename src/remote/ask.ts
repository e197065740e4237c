/**
 * Virtuoso 7 answers an ASK query as a table of one variable, __ASK_RETVAL, holding 1 or 0 (or
 * no row), where SPARQL's JSON results have a `boolean`. claimgraph's own client reads both
 * (endpoint.ts, through `tabularAsk`); Comunica does not and fails with "No valid ASK response was found" when a
 * federated query asks such a store. `askAnswersFetch` wraps the fetch Comunica is given for
 * remote sources: the answer to an ASK query in that form is rewritten as the standard one.
 * Other answers pass through untouched (and unread).
 */

/** The query text a SPARQL protocol request carries: the `query` parameter of the URL or form, or a sparql-query body. */
function queryOf(input: string | URL | Request, init?: RequestInit): string | undefined {
  const url = new URL(typeof input === 'string' || input instanceof URL ? input : input.url);
  const fromUrl = url.searchParams.get('query');
  if (fromUrl !== null) return fromUrl;
  const body = init?.body;
  if (body instanceof URLSearchParams) return body.get('query') ?? undefined;
  if (typeof body !== 'string') return undefined;
  const type = new Headers(init?.headers).get('content-type') ?? '';
  return /sparql-query/i.test(type) ? body : (new URLSearchParams(body).get('query') ?? undefined);
}

/** Whether the query is an ASK (its prologue and comments aside). */
function isAskQuery(text: string): boolean {
  const body = text.replace(/#[^\n]*/g, ' ').replace(/^\s*(?:(?:PREFIX\s+[\w.-]*:\s*<[^>]*>|BASE\s*<[^>]*>)\s*)*/i, '');
  return /^ASK\b/i.test(body.trimStart());
}

type AskJson = { head?: { vars?: string[] }; results?: { bindings?: Record<string, { value?: string }>[] } };

/** The answer of an ASK given as Virtuoso's one-variable table, or undefined when it is not in that form. */
export function tabularAsk(json: AskJson): boolean | undefined {
  const vars = json.head?.vars ?? [];
  if (vars.length !== 1 || !/^__ask_retval$/i.test(vars[0]!)) return undefined;
  return json.results?.bindings?.[0]?.[vars[0]!]?.value === '1';
}

export function askAnswersFetch(base: typeof fetch = globalThis.fetch): typeof fetch {
  return async (input, init) => {
    const response = await base(input, init);
    const query = queryOf(input as string | URL | Request, init);
    if (!query || !isAskQuery(query) || !response.ok || !/json/i.test(response.headers.get('content-type') ?? '')) return response;
    const text = await response.text();
    const rebuilt = (body: string) => new Response(body, { status: response.status, statusText: response.statusText, headers: response.headers });
    let json: AskJson & { boolean?: unknown };
    try {
      json = JSON.parse(text);
    } catch {
      return rebuilt(text);
    }
    const answer = typeof json.boolean === 'boolean' ? undefined : tabularAsk(json);
    return rebuilt(answer === undefined ? text : JSON.stringify({ head: {}, boolean: answer }));
  };
}
