// Regular expressions cannot freeze the process: REGEX and REPLACE run in linear time in both
// engines (RE2 in Comunica, Rust's regex in Oxigraph), so a pattern that makes JavaScript's
// RegExp backtrack for minutes answers at once, whether it is in the query text or in the
// data, in a SELECT or in an UPDATE's WHERE; and regex work that is long because there is much
// of it is stopped by the timeout like any other, with nothing computing afterwards.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ClaimGraphError, QueryRefusedError, QueryTimeoutError } from '../../src/errors.js';
import { ClaimGraph } from '../../src/graph.js';
import { MAX_ELEMENTS, MAX_NESTING, MAX_QUERY_LENGTH } from '../../src/sparql/guard.js';
import { regexProblem } from '../../src/sparql/linear-regex.js';
import { cpuAfter } from './fixture.js';

const EVIL = '^(a+)+$';
const NEAR = `${'a'.repeat(40)}b`; // 41 characters: JavaScript's RegExp backtracks 2^40 ways on it
const ALL_A = 'a'.repeat(41);

let kg: ClaimGraph;
const load = async () => {
  kg = new ClaimGraph();
  const lines = [
    `<http://x/near> <http://x/text> "${NEAR}" .`,
    `<http://x/match> <http://x/text> "${ALL_A}" .`,
    `<http://x/rule> <http://x/pattern> "${EVIL}" .`,
  ];
  for (let i = 0; i < 300; i++) lines.push(`<http://x/n${i}> <http://x/text> "${'a'.repeat(20)}${i}" .`);
  await kg.loadString(lines.join('\n'), { format: 'ntriples' });
  await kg.ask('ASK {}', { engine: 'comunica' }); // the engine is built, so timings measure queries alone
  await kg.ask('ASK {}');
};
beforeAll(load);
afterAll(() => kg.close());

/** Runs `f`, and gives its result (or error) and how long it took. */
async function timed<T>(f: () => Promise<T>): Promise<{ value: T | Error; ms: number }> {
  const started = Date.now();
  const value = await f().catch((e: Error) => e);
  return { value, ms: Date.now() - started };
}

describe('a backtracking pattern answers at once', () => {
  for (const engine of ['comunica', 'auto'] as const) {
    it(`REGEX over a 41-character literal, engine ${engine}, timeout 1000`, async () => {
      const { value, ms } = await timed(() => kg.select(`SELECT ?s WHERE { ?s <http://x/text> ?o FILTER(regex(?o, "${EVIL}")) }`, { engine, timeout: 1000 }));
      expect(ms).toBeLessThan(1500); // about the timeout, on a loaded machine; alone it is tens of ms
      expect((value as unknown as { s: string }[]).map((r) => r.s)).toEqual(['http://x/match']);
      expect(await cpuAfter()).toBeLessThan(0.5);
    });
  }

  it('REPLACE, and a pattern that comes from the data', async () => {
    const { value, ms } = await timed(() =>
      kg.select(`SELECT ?r WHERE { <http://x/near> <http://x/text> ?o BIND(REPLACE(?o, "${EVIL}", "x") AS ?r) }`, { engine: 'comunica', timeout: 1000 }),
    );
    expect(ms).toBeLessThan(1500); // about the timeout, on a loaded machine; alone it is tens of ms
    expect((value as unknown as { r: string }[])[0]!.r).toBe(NEAR);
    const fromData = await timed(() =>
      kg.select('SELECT ?s WHERE { <http://x/rule> <http://x/pattern> ?p . ?s <http://x/text> ?o FILTER(regex(?o, ?p)) }', {
        engine: 'comunica',
        timeout: 1000,
      }),
    );
    expect(fromData.ms).toBeLessThan(1500);
    expect((fromData.value as unknown as { s: string }[]).map((r) => r.s)).toEqual(['http://x/match']);
    expect(await cpuAfter()).toBeLessThan(0.5);
  });

  it('through kg.update, with the regex in WHERE', async () => {
    const { value, ms } = await timed(() =>
      kg.update(`DELETE { ?s ?p ?o } WHERE { ?s ?p ?o FILTER(isLiteral(?o) && regex(?o, "${EVIL}")) }`, { allowUpdate: true, timeout: 1000 }),
    );
    expect(value).toBeUndefined();
    expect(ms).toBeLessThan(1500); // about the timeout, on a loaded machine; alone it is tens of ms
    expect(await kg.ask('ASK { <http://x/match> ?p ?o }')).toBe(false);
    expect(await kg.ask('ASK { <http://x/near> ?p ?o }')).toBe(true);
    expect(await cpuAfter()).toBeLessThan(0.5);
    await kg.close();
    await load();
  });

  it('flags and XPath replacement references keep their meaning', async () => {
    const [row] = await kg.select(
      'SELECT (REGEX("ABC", "^abc$", "i") AS ?i) (REGEX("a.c", ".", "q") AS ?q) (REPLACE("abcd", "(b)(c)", "[$2$1]") AS ?r) (REPLACE("a b", " b", "X", "x") AS ?x) {}',
      { engine: 'comunica' },
    );
    expect(row).toEqual({ i: true, q: true, r: 'a[cb]d', x: 'a X' }); // x: the pattern's space is dropped
  });

  it('a back-reference, which linear time cannot give, fails with a clear error', async () => {
    const error = await kg.select('SELECT * WHERE { FILTER(regex("aa", "(a)\\\\1")) }', { engine: 'comunica' }).catch((e) => e);
    expect(error).toBeInstanceOf(ClaimGraphError);
    expect(error.message).toMatch(/cannot be used.*no back-references/);
    expect(regexProblem('(a)\\1')).toMatch(/invalid escape/);
    expect(regexProblem(EVIL)).toBeUndefined();
  });
});

describe('much regex work is stopped by its timeout', () => {
  const heavy =
    'SELECT (COUNT(*) AS ?n) WHERE { ?a <http://x/text> ?x . ?b <http://x/text> ?y . ?c <http://x/text> ?z FILTER(regex(CONCAT(?x, ?y, ?z), "(a|b)*c$")) }';

  it('in a SELECT, engine comunica', async () => {
    const { value, ms } = await timed(() => kg.select(heavy, { engine: 'comunica', timeout: 500 }));
    expect(value).toBeInstanceOf(QueryTimeoutError);
    expect(ms).toBeLessThan(2000);
    expect(await cpuAfter()).toBeLessThan(0.5);
  });

  it('in an UPDATE, which leaves the graph as it was', async () => {
    const size = kg.size;
    const update = heavy
      .replace('SELECT (COUNT(*) AS ?n) WHERE', 'DELETE { ?a ?p ?x } WHERE')
      .replace('{ ?a <http://x/text> ?x', '{ ?a ?p ?x . ?a <http://x/text> ?x');
    const { value, ms } = await timed(() => kg.update(update, { allowUpdate: true, timeout: 500 }));
    expect(value).toBeInstanceOf(QueryTimeoutError);
    expect(ms).toBeLessThan(2000);
    expect(await cpuAfter()).toBeLessThan(0.5);
    expect(kg.size).toBe(size);
  });
});

describe('query texts too large or too deep for the engines are refused before they run', () => {
  const refused = async (query: string, pattern: RegExp) => {
    for (const engine of ['auto', 'comunica'] as const) {
      const { value, ms } = await timed(() => kg.ask(query, { engine, timeout: 1000 }));
      expect(value, `${engine}: ${query.slice(0, 40)}`).toBeInstanceOf(QueryRefusedError);
      expect((value as Error).message).toMatch(pattern);
      expect(ms).toBeLessThan(3000);
    }
  };

  it('nesting of groups, parentheses and brackets past the limit', async () => {
    await refused(`ASK ${'{'.repeat(100)} ?s ?p ?o ${'}'.repeat(100)}`, new RegExp(`more than ${MAX_NESTING} deep`));
    await refused(`ASK { FILTER(${'('.repeat(5000)}1${')'.repeat(5000)}) }`, /deep/);
    await refused(`ASK { ?s ${'('.repeat(100)}<http://x/p>${')'.repeat(100)} ?o }`, /deep/);
  });

  it('brackets in strings, IRIs and comments are not counted, and 60 levels still run', async () => {
    const inside = `ASK { # ${'{'.repeat(100)}\n ?s ?p ?o FILTER(?o != "${'('.repeat(100)}" && ?o != '''${'['.repeat(100)}''') }`;
    for (const engine of ['auto', 'comunica'] as const) {
      expect(await kg.ask(inside, { engine }), engine).toBe(true);
      expect(await kg.ask(`ASK { ?s ?p ?o FILTER(${'('.repeat(60)}true${')'.repeat(60)}) }`, { engine }), engine).toBe(true);
    }
  });

  it('long chains of operators, joins, unions and path steps', async () => {
    const n = 5000;
    await refused(`ASK { FILTER(${Array(n).fill('1').join('+')} = 0) }`, /too deeply/);
    await refused(
      `ASK { ${Array.from({ length: n }, (_, i) => `?s${i} <http://x/text> ?s${i + 1} .`).join(' ')} }`,
      new RegExp(`more than ${MAX_ELEMENTS} patterns`),
    );
    await refused(`ASK { ${Array(n).fill('{ ?s ?p ?o }').join(' UNION ')} }`, /more than .* patterns|too deeply/);
    await refused(`ASK { ?s ${Array(n).fill('<http://x/text>').join('/')} ?o }`, /patterns, paths and operators/);
    await refused(`ASK { FILTER(1 IN (${Array(n).fill('2').join(',')})) }`, /patterns, paths and operators/);
  });

  it('a text past the length limit', async () => {
    await refused(`ASK { ?s ?p "${'x'.repeat(MAX_QUERY_LENGTH)}" }`, /characters long/);
  });

  it('large VALUES blocks are not elements, and still run', async () => {
    const values = Array.from({ length: 3000 }, (_, i) => `<http://x/n${i}>`).join(' ');
    for (const engine of ['auto', 'comunica'] as const) {
      const [row] = await kg.select(`SELECT (COUNT(*) AS ?n) WHERE { VALUES ?s { ${values} } ?s <http://x/text> ?o }`, { engine });
      expect(row!.n, engine).toBe(300);
    }
  });
});
