// The HTTP layer without a store: digest responses (RFC 2617's worked example) and error messages.
import { describe, expect, it } from 'vitest';
import { EndpointError } from '../../src/index.js';
import { HttpClient, digestHeader } from '../../src/remote/http.js';

describe('remote HTTP', () => {
  it('computes the RFC 2617 digest response', () => {
    const challenge = {
      realm: 'testrealm@host.com',
      nonce: 'dcd98b7102dd2f0e8b11d0f600bfb0c093',
      qop: 'auth,auth-int',
      opaque: '5ccc069c403ebaf9f0171e9517f40e41',
      nc: 0,
    };
    const header = digestHeader(challenge, { user: 'Mufasa', password: 'Circle Of Life' }, 'GET', 'http://www.nowhere.org/dir/index.html', '0a4f113b');
    expect(header).toContain('response="6629fae49393a05397450978507c4ef1"');
    expect(header).toContain('nc=00000001');
    expect(header).toContain('uri="/dir/index.html"');
  });

  it('answers a digest challenge once and reuses the nonce', async () => {
    const seen: (string | null)[] = [];
    const fake: typeof fetch = async (_url, init) => {
      const auth = new Headers(init?.headers).get('authorization');
      seen.push(auth);
      return auth ? new Response('ok') : new Response('no', { status: 401, headers: { 'www-authenticate': 'Digest realm="r", nonce="n1", qop="auth"' } });
    };
    const http = new HttpClient({ auth: { user: 'u', password: 'p' }, fetch: fake });
    await http.request('http://127.0.0.1:1/sparql', { method: 'POST', body: 'x' });
    await http.request('http://127.0.0.1:1/sparql', { method: 'POST', body: 'y' });
    expect(seen).toHaveLength(3);
    expect(seen[0]).toBeNull();
    expect(seen[1]).toMatch(/^Digest .*nc=00000001/);
    expect(seen[2]).toMatch(/^Digest .*nc=00000002/);
  });

  it('trims a server error page to one line with the status', async () => {
    const page = `<html><body><h1>Service Unavailable</h1>\n<p>${'busy '.repeat(200)}</p></body></html>`;
    const http = new HttpClient({
      fetch: async () => new Response(page, { status: 503, statusText: 'Service Unavailable', headers: { 'content-type': 'text/html' } }),
    });
    const error = await http.request('http://127.0.0.1:1/sparql', { method: 'GET' }, 'query').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(EndpointError);
    expect(error).toMatchObject({ status: 503, endpoint: 'http://127.0.0.1:1/sparql' });
    expect((error as Error).message).toMatch(
      /^http:\/\/127\.0\.0\.1:1\/sparql answered the query with HTTP 503 Service Unavailable: Service Unavailable busy busy/,
    );
    expect((error as Error).message.length).toBeLessThan(450);
    expect((error as Error).message).not.toMatch(/[<\n]/);
  });
});
