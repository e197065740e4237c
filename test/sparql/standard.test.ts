// What the W3C suites (test/w3c) found in claimgraph's own layer, pinned here through both
// engines: a row cap never changes an answer, the default engine never hands a failed query to
// another engine unasked, \u escapes in IRIs are read, and SELECT * lists every variable in scope.
import type { Store } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClaimGraphError, QuerySyntaxError } from '../../src/errors.js';
import { AcceleratedEngineError, type AcceleratedEngine } from '../../src/sparql/accelerated.js';
import { SparqlEngine, type EngineChoice } from '../../src/sparql/engine.js';
import { VersionedStore } from '../../src/store.js';
import { smallStore, wideStore } from './fixture.js';

const versioned = (from: Store) => {
  const store = new VersionedStore();
  for (const q of from) store.addQuad(q);
  return store;
};

let sparql: SparqlEngine;
let wide: SparqlEngine;
beforeAll(() => {
  sparql = new SparqlEngine(() => versioned(smallStore()));
  const w = versioned(wideStore(30));
  wide = new SparqlEngine(() => w);
});
afterAll(async () => {
  await sparql.close();
  await wide.close();
});

const ENGINES: EngineChoice[] = ['auto', 'oxigraph', 'comunica'];

describe('a row cap never changes an answer', () => {
  it('HAVING with several conditions, with and without maxRows, through each engine', async () => {
    const query = 'SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p HAVING (COUNT(*) > 4) (COUNT(*) < 5) ORDER BY ?p';
    const expected = [
      { p: 'http://example.org/p2', n: 4 },
      { p: 'http://example.org/p3', n: 4 },
      { p: 'http://example.org/p4', n: 4 },
      { p: 'http://example.org/p5', n: 4 },
      { p: 'http://example.org/p6', n: 4 },
    ];
    // 30 subjects over 7 predicates: p0 and p1 have 5, the others 4; no group passes both conditions…
    for (const engine of ENGINES) {
      for (const maxRows of [undefined, 100]) {
        expect([...(await wide.select(query, { engine, ...(maxRows ? { maxRows } : {}) }))], `${engine} ${maxRows}`).toEqual([]);
      }
    }
    // …and with the bounds around 4, all but p0 and p1 do; in a subquery too.
    const around = query.replace('> 4', '> 3');
    const nested = `SELECT * WHERE { { ${around} } }`;
    for (const engine of ENGINES) {
      for (const maxRows of [undefined, 100]) {
        expect([...(await wide.select(around, { engine, ...(maxRows ? { maxRows } : {}) }))], `${engine} ${maxRows}`).toEqual(expected);
        expect((await wide.select(nested, { engine, ...(maxRows ? { maxRows } : {}) })).length).toBe(5);
      }
    }
  });
});

describe('the default engine answers or says why', () => {
  const failing = (error: AcceleratedEngineError) => {
    const engine = new SparqlEngine(() => versioned(smallStore()));
    Object.defineProperty(engine, 'accelerated', { value: { run: () => Promise.reject(error), close: async () => {} } as unknown as AcceleratedEngine });
    return engine;
  };

  it('an error Oxigraph reports for the query is raised, not answered by Comunica', async () => {
    const error = await failing(new AcceleratedEngineError('error at 1:5: expected something', true))
      .select('SELECT * WHERE { ?s ?p ?o }')
      .catch((e) => e);
    expect(error).toBeInstanceOf(ClaimGraphError);
    expect(error.message).toMatch(/default engine \(Oxigraph\): error at 1:5.*engine: 'comunica'/);
  });

  it('an engine that cannot run at all hands the query to Comunica', async () => {
    const rows = await failing(new AcceleratedEngineError('The Oxigraph worker failed: out of memory')).select('SELECT ?x WHERE { ?x a schema:Person }');
    expect(rows).toHaveLength(3);
  });

  it('spellings Oxigraph’s parser misses are read (TRUE in capitals)', async () => {
    for (const engine of ENGINES) {
      const rows = await sparql.select('SELECT ?x WHERE { VALUES ?x { TRUE } FILTER(?x = TRUE) }', { engine });
      expect([...rows], engine).toEqual([{ x: true }]);
    }
  });
});

describe('\\u escapes in IRIs', () => {
  it('are read as the characters they stand for, through each engine', async () => {
    for (const engine of ENGINES) {
      expect(await wide.ask('ASK { <http://example.org/s\\u0033> ?p "3" }', { engine }), engine).toBe(true);
      expect(await wide.ask('ASK { <http://example.org/\\U00000073\\u0034> ?p "4" }', { engine }), engine).toBe(true);
    }
  });

  it('an escape for a character IRIs may not hold is still a syntax error', async () => {
    await expect(wide.ask('ASK { <http://example.org/s\\u003E> ?p ?o }')).rejects.toBeInstanceOf(QuerySyntaxError);
    await expect(wide.ask('ASK { <http://example.org/s\\u0020> ?p ?o }')).rejects.toBeInstanceOf(QuerySyntaxError);
  });
});

describe('SELECT * lists every variable in scope, in the order of the query', () => {
  it('bound or not, with rows or without, through each engine', async () => {
    const query =
      'SELECT * WHERE { ?c a schema:Claim ; cg:hedge ?h OPTIONAL { ?c schema:nothing ?missing } BIND(?nope AS ?z) FILTER(!BOUND(?other)) } ORDER BY ?c';
    for (const engine of ENGINES) {
      const rows = await sparql.select(query, { engine });
      expect(rows.variables, engine).toEqual(['c', 'h', 'missing', 'z']);
      expect(rows).toHaveLength(3);
      const none = await sparql.select('SELECT * WHERE { ?who a schema:Nothing . GRAPH ?g { ?who ?p ?o } MINUS { ?who ?q ?r } }', { engine });
      expect(none.variables, engine).toEqual(['who', 'g', 'p', 'o']);
    }
  });

  it('a subquery brings only what it projects, and VALUES its variables', async () => {
    const rows = await sparql.select('SELECT * WHERE { { SELECT ?c WHERE { ?c a schema:Claim ; cg:hedge ?hidden } } VALUES ?k { 1 } }');
    expect(rows.variables).toEqual(['c', 'k']);
    const after = await sparql.select('SELECT * WHERE { ?c a schema:Claim } VALUES ?late { 1 }');
    expect(after.variables).toEqual(['c', 'late']);
  });
});

describe('a subject [ … ] with no properties after it', () => {
  it('is read (sparqljs 3.7 alone crashes on it), in a CONSTRUCT template and in WHERE, through each engine', async () => {
    for (const engine of ENGINES) {
      const quads = await sparql.construct(
        'CONSTRUCT { [ rdf:subject ?s ; rdf:predicate ?p ; rdf:object ?o ] . } WHERE { ?s ?p ?o FILTER(?o = schema:Person) }',
        { engine },
      );
      expect(quads, engine).toHaveLength(9);
      expect(new Set(quads.map((q) => q.subject.value)).size, engine).toBe(3);
      const rows = await sparql.select('SELECT ?who WHERE { [ prov:wasAttributedTo ?who ] . }', { engine });
      expect(rows, engine).toHaveLength(3);
    }
  });
});
