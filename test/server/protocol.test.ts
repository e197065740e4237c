// The W3C SPARQL 1.1 Protocol tests (vendored in w3c-protocol/): each test's HTTP requests sent,
// in order, to an endpoint holding the test's graphs, and each answer's status, format and boolean checked.
import type { Quad, Term } from '@rdfjs/types';
import { readFileSync } from 'node:fs';
import { DataFactory, Parser, Store } from 'n3';
import { afterAll, describe, expect, it } from 'vitest';
import { ClaimGraph } from '../../src/graph.js';
import { serve } from '../../src/server/index.js';

const DIR = new URL('./w3c-protocol/', import.meta.url);
const BASE = 'https://w3c.github.io/rdf-tests/sparql/sparql11/protocol/';
const MF = 'http://www.w3.org/2001/sw/DataAccess/tests/test-manifest#';
const HT = 'http://www.w3.org/2011/http#';
const HTS = 'http://www.w3.org/2011/http-statusCodes#';
const CNT = 'http://www.w3.org/2011/content#';
const UT = 'http://www.w3.org/2009/sparql/tests/test-update#';
const RDF = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#';
const RDFS = 'http://www.w3.org/2000/01/rdf-schema#';
const TOKEN = 'protocol-tests';

/** Tests that do not apply, with the reason. */
const NOT_APPLICABLE: Record<string, string> = {
  update_dataset_default_graph: 'using-graph-uri is refused (400): the update names its graphs with USING or WITH',
  update_dataset_default_graphs: 'using-graph-uri is refused (400): the update names its graphs with USING or WITH',
  update_dataset_named_graphs: 'using-named-graph-uri is refused (400): the update names its graphs with USING or WITH',
  update_dataset_full: 'using-graph-uri and using-named-graph-uri are refused (400): the update names its graphs with USING or WITH',
};

const store = new Store(new Parser({ baseIRI: `${BASE}manifest.ttl` }).parse(readFileSync(new URL('manifest.ttl', DIR), 'utf8')));
const node = (iri: string) => DataFactory.namedNode(iri);
const one = (s: Term, p: string): Term | undefined => store.getObjects(s as never, node(p), null)[0];
const all = (s: Term, p: string): Term[] => store.getObjects(s as never, node(p), null);
function list(head: Term | undefined): Term[] {
  const out: Term[] = [];
  for (let n = head; n && n.value !== `${RDF}nil`; n = one(n, `${RDF}rest`)) out.push(one(n, `${RDF}first`)!);
  return out;
}

interface Request {
  method: string;
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
  statuses: string[];
  format?: string;
  boolean?: boolean;
}

interface ProtocolTest {
  id: string;
  name: string;
  graphs: { file: string; name: string }[];
  requests: Request[];
}

const manifest = store.getSubjects(node(`${RDF}type`), node(`${MF}Manifest`), null)[0]!;
const tests: ProtocolTest[] = list(one(manifest, `${MF}entries`)).map((test) => {
  const action = one(test, `${MF}action`)!;
  return {
    id: test.value.split('#')[1]!,
    name: one(test, `${MF}name`)!.value,
    graphs: all(test, `${UT}graphData`).map((g) => ({ file: one(g, `${UT}graph`)!.value.slice(BASE.length), name: one(g, `${RDFS}label`)!.value })),
    requests: list(one(action, `${HT}requests`)).map((r) => {
      const body = one(r, `${HT}body`);
      const chars = body && one(body, `${CNT}chars`)!.value;
      const encoding = body && one(body, `${CNT}characterEncoding`)?.value;
      const resp = one(r, `${HT}resp`)!;
      const expected = one(resp, `${MF}expectedBoolean`);
      return {
        method: one(r, `${HT}methodName`)!.value,
        path: one(r, `${HT}absolutePath`)!.value,
        headers: Object.fromEntries(list(one(r, `${HT}headers`)).map((h) => [one(h, `${HT}fieldName`)!.value, one(h, `${HT}fieldValue`)!.value])),
        ...(chars !== undefined ? { body: encoding === 'UTF-16' ? Buffer.from(`\ufeff${chars}`, 'utf16le') : Buffer.from(chars, 'utf8') } : {}),
        statuses: all(resp, `${MF}expectedStatus`).map((s) => s.value.slice(HTS.length)),
        ...(one(resp, `${MF}expectedFormat`) ? { format: one(resp, `${MF}expectedFormat`)!.value } : {}),
        ...(expected ? { boolean: expected.value === 'true' } : {}),
      };
    }),
  };
});

const TABULAR = /^(application\/sparql-results\+(json|xml)|text\/csv|text\/tab-separated-values)/;
const BOOLEAN = /^application\/sparql-results\+(json|xml)/;
const RDF_TYPES = /^(text\/turtle|application\/(trig|n-triples|n-quads|ld\+json|rdf\+xml))/;

const inClass = (status: number, classes: string[]) => classes.some((c) => c === `StatusCode${Math.floor(status / 100)}xx`);

async function graphOf(test: ProtocolTest): Promise<ClaimGraph> {
  const kg = new ClaimGraph();
  const quads: Quad[] = [];
  for (const g of test.graphs) {
    for (const q of new Parser({ format: 'N-Triples' }).parse(readFileSync(new URL(g.file, DIR), 'utf8'))) {
      quads.push(DataFactory.quad(q.subject, q.predicate, q.object, node(g.name)));
    }
  }
  await kg.add(quads);
  return kg;
}

const graphs: ClaimGraph[] = [];
afterAll(async () => {
  await Promise.all(graphs.map((kg) => kg.close()));
});

describe('W3C SPARQL 1.1 Protocol tests', () => {
  it('are all read from the manifest', () => {
    expect(tests.length).toBe(34);
    expect(tests.every((t) => t.requests.length > 0)).toBe(true);
  });

  for (const test of tests) {
    const refused = NOT_APPLICABLE[test.id];
    if (refused) {
      // Not passed on purpose: the endpoint refuses these parameters with a 400 that says why.
      it(`${test.id}: ${test.name} (refused: ${refused})`, async () => {
        const server = await serve(await graphOf(test), { port: 0, allowUpdate: true, token: TOKEN });
        try {
          const r = test.requests[0]!;
          const response = await fetch(server.origin + r.path, {
            method: r.method,
            headers: { ...r.headers, Authorization: `Bearer ${TOKEN}` },
            ...(r.body ? { body: r.body } : {}),
          });
          expect(response.status).toBe(400);
          expect(await response.text()).toMatch(/using-(named-)?graph-uri/);
        } finally {
          await server.close();
        }
      });
      continue;
    }
    it(`${test.id}: ${test.name}`, async () => {
      const kg = await graphOf(test);
      graphs.push(kg);
      const server = await serve(kg, { port: 0, allowUpdate: true, token: TOKEN });
      try {
        for (const [i, r] of test.requests.entries()) {
          const response = await fetch(server.origin + r.path, {
            method: r.method,
            headers: { ...r.headers, Authorization: `Bearer ${TOKEN}` },
            ...(r.body ? { body: r.body } : {}),
            redirect: 'manual',
          });
          const text = await response.text();
          const where = `request ${i + 1} (${r.method} ${r.path}): ${response.status} ${text.slice(0, 300)}`;
          expect(inClass(response.status, r.statuses), where).toBe(true);
          const type = response.headers.get('content-type') ?? '';
          if (r.format === 'tabular') expect(type, where).toMatch(TABULAR);
          if (r.format === 'RDF') expect(type, where).toMatch(RDF_TYPES);
          if (r.format === 'boolean') {
            expect(type, where).toMatch(BOOLEAN);
            const answer = type.includes('json') ? (JSON.parse(text) as { boolean: boolean }).boolean : /<boolean>true<\/boolean>/.test(text);
            if (r.boolean !== undefined) expect(answer, where).toBe(r.boolean);
          }
        }
      } finally {
        await server.close();
      }
    });
  }
});
