// Random query texts, near-SPARQL and not, through every call and both engines: each answers, or
// fails with one of the library's errors (a ClaimGraphError), never a RangeError, TypeError or
// any other raw error, and within its timeout.
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClaimGraphError } from '../../src/errors.js';
import { SparqlEngine, type EngineChoice } from '../../src/sparql/engine.js';
import { VersionedStore } from '../../src/store.js';
import { smallStore } from './fixture.js';

const RUNS = Number(process.env.HOSTILE_RUNS ?? 400);
const TOKENS = [
  'SELECT',
  'ASK',
  'CONSTRUCT',
  'DESCRIBE',
  'WHERE',
  '*',
  '{',
  '}',
  '(',
  ')',
  '[',
  ']',
  '.',
  ';',
  ',',
  '?s',
  '?p',
  '?o',
  '?x',
  '$y',
  'a',
  'schema:Person',
  'rdfs:label',
  'prov:wasAttributedTo',
  'id:alice',
  '<http://x/p>',
  '<http://x/\\u0041>',
  '<>',
  '<#a>',
  '_:b',
  '"x"',
  "'y'",
  '"""z"""',
  '"a"@en',
  '"1"^^xsd:integer',
  '1',
  '-1.5',
  '2e3',
  'true',
  'FILTER',
  'regex(?o, "^(a+)+$")',
  'REGEX',
  'REPLACE',
  'OPTIONAL',
  'UNION',
  'MINUS',
  'GRAPH',
  'BIND',
  'AS',
  'VALUES',
  'UNDEF',
  'GROUP BY',
  'HAVING',
  'ORDER BY',
  'LIMIT',
  'OFFSET',
  'COUNT(*)',
  'SUM(?o)',
  'GROUP_CONCAT(?o; separator=",")',
  'DISTINCT',
  'REDUCED',
  'EXISTS',
  'NOT',
  'IN',
  '||',
  '&&',
  '=',
  '!=',
  '<',
  '>',
  '+',
  '-',
  '/',
  '|',
  '^',
  '?',
  '+',
  'STR(?o)',
  'LANG(?o)',
  'STRDT("1", xsd:int)',
  'BNODE()',
  'IRI("rel")',
  'NOW()',
  'SERVICE',
  'FROM',
  'NAMED',
  'PREFIX ex: <http://ex/>',
  'ex:a',
  'BASE <http://b/>',
  '#',
  '\n',
  'INSERT DATA',
  'DELETE',
  'LOAD',
  'SUBSTR(?o, 0, -1)',
  'xsd:dateTime("x")',
  'ENCODE_FOR_URI(?o)',
  '(?s ?p)',
  '()',
  '\\',
  '\u0000',
  '\ud800',
  '💥',
];
const query = fc.oneof(
  fc.array(fc.constantFrom(...TOKENS), { minLength: 1, maxLength: 40 }).map((t) => t.join(' ')),
  fc
    .tuple(
      fc.constantFrom('SELECT * WHERE { ', 'ASK { ', 'CONSTRUCT WHERE { ', 'SELECT (COUNT(*) AS ?n) WHERE { '),
      fc.array(fc.constantFrom(...TOKENS), { maxLength: 20 }),
      fc.constantFrom(' }', '', ' } LIMIT 3'),
    )
    .map(([head, body, tail]) => head + body.join(' ') + tail),
  fc.string({ maxLength: 80 }),
);

let sparql: SparqlEngine;
beforeAll(() => {
  const store = new VersionedStore();
  for (const q of smallStore()) store.addQuad(q);
  sparql = new SparqlEngine(() => store);
});
afterAll(() => sparql.close());

describe('random query texts', () => {
  it(`answer or fail with a ClaimGraphError through every call and engine (${RUNS} texts)`, { timeout: 240_000 }, async () => {
    const engines: EngineChoice[] = ['auto', 'comunica'];
    await fc.assert(
      fc.asyncProperty(query, fc.constantFrom(...engines), async (text, engine) => {
        const options = { engine, timeout: 2000 };
        const calls = [
          () => sparql.query(text, options),
          () => sparql.select(text, { ...options, maxRows: 50 }),
          () => sparql.select(text, { ...options, bindings: { o: 'x', s: 1 } }),
          () => sparql.update(text, { ...options, allowUpdate: false }),
        ];
        for (const call of calls) {
          const started = Date.now();
          const error = await call().then(
            () => undefined,
            (e: unknown) => e,
          );
          if (error !== undefined && !(error instanceof ClaimGraphError))
            throw new Error(`${JSON.stringify(text)} (${engine}) threw ${(error as Error)?.stack ?? String(error)}`);
          expect(Date.now() - started, JSON.stringify(text)).toBeLessThan(6000);
        }
      }),
      { numRuns: RUNS },
    );
  });
});
