// Many queries in flight on one graph, and changes while they run.
//  - 300 queries and helper calls at once answer exactly as each does alone;
//  - a load, an add, a remove or an update while queries run gives each query the graph
//    wholly before or wholly after it, never a mix, and a failed load changes nothing.
// The check for "never a mix": a batch adds N quotations, each with its type and its label
// in separate quads; every concurrent query counts typed and labelled quotations, and must
// see (old, old) or (old + N, old + N), nothing between and never the two out of step.
import { DataFactory } from 'n3';
import { isomorphic } from 'rdf-isomorphic';
import { beforeAll, describe, expect, it } from 'vitest';
import { type ClaimGraph, ParseError, PREFIXES, loadArticle } from '../../src/index.js';

const { namedNode, literal, quad } = DataFactory;
const N = 40;
const COUNT = `SELECT (COUNT(?q) AS ?typed) (COUNT(?l) AS ?labelled) WHERE { ?q a schema:Quotation OPTIONAL { ?q rdfs:label ?l } }`;

let kg: ClaimGraph;
beforeAll(async () => {
  kg = await loadArticle();
});

function batch(tag: string) {
  const quads = [];
  for (let i = 0; i < N; i++) {
    const q = namedNode(`http://example.org/${tag}/q${i}`);
    quads.push(quad(q, namedNode(`${PREFIXES.rdf}type`), namedNode(`${PREFIXES.schema}Quotation`)));
    quads.push(quad(q, namedNode(`${PREFIXES.rdfs}label`), literal(`quotation ${i} of ${tag}`)));
  }
  return quads;
}

const nquads = (quads: ReturnType<typeof batch>) =>
  quads
    .map((q) => `<${q.subject.value}> <${q.predicate.value}> ${q.object.termType === 'Literal' ? JSON.stringify(q.object.value) : `<${q.object.value}>`} .`)
    .join('\n');

async function counts(): Promise<[number, number]> {
  const [row] = await kg.select(COUNT);
  return [row!.typed as number, row!.labelled as number];
}

/** Start `n` counting queries, a few per tick, while `change` runs; return every count seen. */
async function countDuring(change: () => Promise<unknown>, n = 200): Promise<{ seen: [number, number][]; changed: unknown }> {
  const queries: Promise<[number, number]>[] = [];
  let changed: Promise<unknown> | undefined;
  for (let i = 0; i < n; i++) {
    queries.push(counts());
    if (i === n / 4) changed = change().catch((e: unknown) => e);
    if (i % 10 === 0) await new Promise((r) => setImmediate(r));
  }
  const seen = await Promise.all(queries);
  return { seen, changed: await changed };
}

describe('hundreds of queries in flight', () => {
  it('300 mixed queries and helper calls at once answer as each does alone', async () => {
    const calls: (() => Promise<unknown>)[] = [
      () => kg.select('SELECT ?w ?label WHERE { ?w a cg:WeaponSystem ; rdfs:label ?label } ORDER BY ?label'),
      () => kg.select(kg.namedQuery('cq-4')),
      () => kg.select(kg.namedQuery('cq-7')),
      () => kg.select(kg.namedQuery('cq-15')),
      () => kg.select('SELECT ?p (COUNT(*) AS ?n) WHERE { ?s ?p ?o } GROUP BY ?p ORDER BY ?p'),
      () => kg.select('SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o } } GROUP BY ?g ORDER BY ?g'),
      () => kg.select('SELECT ?s ?o WHERE { ?s cg:opposes+ ?o } ORDER BY ?s ?o'),
      () => kg.ask(kg.namedQuery('cq-16')),
      () => kg.ask('ASK { id:donald-trump a schema:Person }'),
      () => kg.construct('CONSTRUCT { ?q schema:author ?s } WHERE { ?q a schema:Quotation ; cg:holder ?s }'),
      async () => kg.claims({ hedge: 'any' }),
      async () => kg.quotations({ speaker: 'Trump' }),
      async () => kg.entities({ type: 'person' }),
      async () => kg.neighbors('atacms', { depth: 2 }),
      async () => kg.path('Putin', 'ATACMS'),
    ];
    const norm = (x: unknown) =>
      Array.isArray(x) && x.length && typeof x[0] === 'object' && x[0] !== null && 'termType' in x[0] ? x : JSON.parse(JSON.stringify(x));
    const alone: unknown[] = [];
    for (const call of calls) alone.push(norm(await call()));
    const started = performance.now();
    const order = Array.from({ length: 300 }, (_, i) => (i * 7) % calls.length);
    const together = await Promise.all(order.map((i) => calls[i]!()));
    const ms = performance.now() - started;
    together.forEach((answer, k) => {
      const i = order[k]!;
      const expected = alone[i];
      if (Array.isArray(expected) && expected.length && typeof expected[0] === 'object' && 'termType' in (expected[0] as object)) {
        expect(isomorphic(answer as never, expected as never), `call ${i}`).toBe(true);
      } else {
        expect(norm(answer), `call ${i}`).toEqual(expected);
      }
    });
    console.log(`300 concurrent queries and helper calls: ${Math.round(ms)} ms`);
  });
});

describe('changes while queries run', () => {
  it('a load gives each query the graph wholly before or wholly after it', async () => {
    const [old] = await counts();
    const { seen, changed } = await countDuring(() => kg.loadString(nquads(batch('load')), { format: 'nquads' }));
    expect((changed as { added: number }).added).toBe(2 * N);
    for (const [typed, labelled] of seen) {
      expect(typed).toBe(labelled);
      expect([old, old + N]).toContain(typed);
    }
    // Both sides were seen: the load really ran while queries were in flight.
    expect(seen.some(([t]) => t === old)).toBe(true);
    expect(seen.some(([t]) => t === old + N)).toBe(true);
  });

  it('so does a remove, and an add', async () => {
    const [before] = await counts();
    let { seen } = await countDuring(() => kg.remove(batch('load')));
    for (const [typed, labelled] of seen) {
      expect(typed).toBe(labelled);
      expect([before, before - N]).toContain(typed);
    }
    expect(new Set(seen.map(([t]) => t)).size).toBe(2);
    ({ seen } = await countDuring(() => kg.add(batch('add'))));
    for (const [typed, labelled] of seen) expect([before - N, before].includes(typed) && typed === labelled).toBe(true);
    expect(new Set(seen.map(([t]) => t)).size).toBe(2);
    await kg.remove(batch('add'));
  });

  it('a load that fails half way changes nothing, and every query sees the graph as it was', async () => {
    const size = kg.size;
    const [old] = await counts();
    const broken = `${nquads(batch('broken'))}\n<http://example.org/broken> <http://example.org/p> "never closed .\n`;
    const { seen, changed } = await countDuring(() => kg.loadString(broken, { format: 'nquads', source: 'broken.nq' }));
    expect(changed).toBeInstanceOf(ParseError);
    expect((changed as ParseError).message).toMatch(/broken\.nq:81/);
    expect(seen.every(([t, l]) => t === old && l === old)).toBe(true);
    expect(kg.size).toBe(size);
  });

  it('an update with allowUpdate is atomic to the queries around it, and refused without it', async () => {
    const [old] = await counts();
    const insert = `INSERT DATA { ${nquads(batch('update'))} }`;
    const refused = await countDuring(() => kg.update(insert));
    expect((refused.changed as Error).name).toBe('QueryRefusedError');
    expect(refused.seen.every(([t]) => t === old)).toBe(true);
    const { seen } = await countDuring(() => kg.update(insert, { allowUpdate: true }));
    for (const [typed, labelled] of seen) {
      expect(typed).toBe(labelled);
      expect([old, old + N]).toContain(typed);
    }
    expect(new Set(seen.map(([t]) => t)).size).toBe(2);
    const removed = await countDuring(() =>
      kg.update('DELETE { ?q ?p ?o } WHERE { ?q ?p ?o FILTER(STRSTARTS(STR(?q), "http://example.org/update/")) }', { allowUpdate: true }),
    );
    for (const [typed, labelled] of removed.seen) {
      expect(typed).toBe(labelled);
      expect([old, old + N]).toContain(typed);
    }
    expect(await counts()).toEqual([old, old]);
  });

  it('helpers and the projection read one version of the store throughout', async () => {
    const base = await loadArticle();
    const n = base.quotations().length;
    const reads: number[] = [];
    const work = [];
    for (let i = 0; i < 100; i++) {
      work.push(
        (async () => {
          await new Promise((r) => setImmediate(r));
          reads.push(base.quotations().length);
          const g = base.graph();
          reads.push(g.filterNodes((_, a) => a.kind === 'quotation').length);
        })(),
      );
      if (i === 50) work.push(base.loadString(nquads(batch('helpers')), { format: 'nquads' }));
    }
    await Promise.all(work);
    // Helpers only list quotations of an article; the projection shows every typed one.
    expect(reads.every((x) => x === n || x === n + N)).toBe(true);
    expect(base.quotations().length).toBe(n);
    expect(base.graph().filterNodes((_, a) => a.kind === 'quotation').length).toBe(n + N);
  });
});
