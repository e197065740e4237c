// Properties that must hold for any input, checked with fast-check:
//  - any graph round-trips through every export format and back, isomorphic;
//  - any sequence of loads, adds and removes keeps the cached projection equal to a fresh one;
//  - any helper argument yields a result or one of the library's own errors.
// Each property's run count is in RUNS; `PROPERTY_RUNS=…` scales them all.
import type { Quad, Term } from '@rdfjs/types';
import fc from 'fast-check';
import { DataFactory, Parser } from 'n3';
import { readFileSync } from 'node:fs';
import { isomorphic } from 'rdf-isomorphic';
import { beforeAll, describe, expect, it } from 'vitest';
import { ClaimGraph, ClaimGraphError, PREFIXES, loadArticle } from '../../src/index.js';
import { GraphView } from '../../src/model/view.js';
import { packagePath } from '../../src/paths.js';
import { buildProjection, type Projection } from '../../src/traverse/projection.js';

const { namedNode, blankNode, literal, quad, defaultGraph } = DataFactory;
const SCALE = Number(process.env.PROPERTY_RUNS ?? 1);
const RUNS = {
  roundTrip: Math.round(500 * SCALE), // per format
  projection: Math.round(200 * SCALE),
  helpers: Math.round(300 * SCALE), // per helper
};
const XSD = PREFIXES.xsd;
const RDF = PREFIXES.rdf;

// ── arbitrary RDF ───────────────────────────────────────────────────────────

/** Characters allowed in IRIs by every syntax, including some that need care (%, #, ?, :, non-ASCII). */
const iriChar = fc.constantFrom(..."abcXYZ019-._~:/?#[]@!$&'()*+,;=%".split(''), 'é', 'ß', '中', '😀');
const localChar = fc.constantFrom(...'abcXYZ019-_.%'.split(''), 'é', '中');

const iri: fc.Arbitrary<string> = fc.oneof(
  // In a namespace the writers abbreviate, with local names that are awkward to abbreviate (trailing dots, digits first, %).
  fc.tuple(fc.constantFrom(...Object.values(PREFIXES)), fc.array(localChar, { maxLength: 8 })).map(([ns, cs]) => ns + cs.join('')),
  fc.array(iriChar, { maxLength: 12 }).map((cs) => `http://example.org/${cs.join('')}`),
  // Schemes that look like the prefixes of the JSON-LD context, and other schemes.
  fc
    .tuple(
      fc.constantFrom('cg:', 'id:', 'schema:', 'wd:', 'urn:x-', 'mailto:', 'tag:example.org,2024:', 'file:///tmp/'),
      fc.array(localChar, { minLength: 1, maxLength: 6 }),
    )
    .map(([s, cs]) => s + cs.join('')),
);

const awkward = fc.constantFrom(
  '',
  ' ',
  '"',
  "'",
  '"""',
  "'''",
  '\\',
  '\\n',
  '\n',
  '\r\n',
  '\t',
  '\u0000',
  '\u0001',
  '\u007f',
  '\u2028',
  '\ufeff',
  '😀',
  '@en',
  '^^',
  '<x>',
  '{ }',
  '#',
  '.',
  ';',
  'true',
  '1',
  '-0',
  '1e3',
);
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 16 }),
  fc.array(awkward, { maxLength: 4 }).map((a) => a.join('')),
);
const language = fc.constantFrom('en', 'en-gb', 'de-ch-1901', 'zh-hant-tw', 'x-private', 'fr');
const datatype = fc.oneof(
  fc.constantFrom(...['integer', 'decimal', 'double', 'boolean', 'dateTime', 'date', 'gYear', 'anyURI', 'nonNegativeInteger'].map((t) => XSD + t)),
  // rdf-isomorphic (through rdf-string) reads "v"^^<…--x> as a literal with a base direction, so it cannot compare those.
  iri.filter((i) => !i.includes('--')),
);
const numberText = fc.oneof(
  fc.integer().map(String),
  fc.double({ noNaN: true }).map(String),
  fc.constantFrom('01', '+5', '-0', '1.50', '1E3', 'INF', 'NaN', 'abc'),
);

const lit: fc.Arbitrary<Term> = fc.oneof(
  text.map((v) => literal(v)),
  fc.tuple(text, language).map(([v, l]) => literal(v, l)),
  fc.tuple(fc.oneof(text, numberText), datatype).map(([v, d]) => literal(v, namedNode(d))),
);
const bnode = fc.constantFrom('b0', 'b1', 'b2', 'x', 'n3-0').map((b) => blankNode(b));
const named = iri.map((i) => namedNode(i));
const subject = fc.oneof({ weight: 3, arbitrary: named }, { weight: 1, arbitrary: bnode });
// rdf:first/rest/nil make lists, which JSON-LD writes as @list when they are well formed.
const rdfTerm = fc.constantFrom('type', 'first', 'rest', 'nil', 'value').map((l) => namedNode(RDF + l));
const predicate = fc.oneof(named, rdfTerm);
const json = fc.constantFrom('{"a":1}', '[]', 'null', '"x"', '[1,{"b":true}]').map((v) => literal(v, namedNode(`${RDF}JSON`)));
const object = fc.oneof(named, bnode, lit, lit, rdfTerm, json);
const graphName = fc.oneof({ weight: 2, arbitrary: fc.constant(defaultGraph()) }, { weight: 2, arbitrary: named }, { weight: 1, arbitrary: bnode });

const quadsIn = (graphs: fc.Arbitrary<Term>) =>
  fc.array(
    fc.tuple(subject, predicate, object, graphs).map(([s, p, o, g]) => quad(s as never, p as never, o as never, g as never)),
    { minLength: 1, maxLength: 14 },
  );

const all = (kg: ClaimGraph) => kg.store.getQuads(null, null, null, null);

async function roundTrip(quads: Quad[], format: string): Promise<void> {
  const kg = new ClaimGraph();
  await kg.add(quads);
  const text = await kg.serialize({ format });
  const back = new ClaimGraph();
  await back.loadString(text, { format, source: `round-trip.${format}` });
  if (!isomorphic(all(back), all(kg))) {
    throw new Error(
      `not isomorphic after ${format}:\n${await kg.serialize({ format: 'nquads' })}\n--- written ---\n${text}\n--- read back ---\n${await back.serialize({ format: 'nquads' })}`,
    );
  }
}

describe('any graph round-trips through every export format', () => {
  const cases: [string, fc.Arbitrary<Term>][] = [
    ['turtle', fc.constant(defaultGraph())],
    ['ntriples', fc.constant(defaultGraph())],
    ['trig', graphName],
    ['nquads', graphName],
    ['jsonld', graphName],
  ];
  for (const [format, graphs] of cases) {
    it(`${format} (${RUNS.roundTrip} graphs)`, { timeout: 60_000 }, async () => {
      await fc.assert(
        fc.asyncProperty(quadsIn(graphs), (quads) => roundTrip(quads, format)),
        { numRuns: RUNS.roundTrip },
      );
    });
  }

  it('the cases these properties found, each through every format that can hold it', async () => {
    const s = namedNode('http://example.org/s');
    const cases: [string, Quad[]][] = [
      // An IRI whose scheme is a declared prefix: written bare as `cg:a`, it read back as cg: + "a".
      ['IRI cg:a', [quad(namedNode('cg:a'), namedNode('wd:P31'), literal('x', namedNode('id:type')))]],
      // A named graph named by a blank node: JSON-LD wrote it as the relative IRI "b0", dropped on reading.
      ['blank graph name', [quad(s, namedNode('http://example.org/p'), literal('x'), blankNode('g'))]],
      // An xsd:double in a lexical form other than the canonical one: JSON-LD reading rewrote it.
      ['xsd:double "01"', [quad(s, namedNode('http://example.org/p'), literal('01', namedNode(`${XSD}double`)))]],
    ];
    for (const [name, quads] of cases) {
      const graphs = quads.some((q) => q.graph.termType !== 'DefaultGraph');
      for (const format of graphs ? ['trig', 'nquads', 'jsonld'] : ['turtle', 'ntriples', 'trig', 'nquads', 'jsonld']) {
        await expect(roundTrip(quads, format), `${name} through ${format}`).resolves.toBeUndefined();
      }
    }
  });

  it('the bundled article, through each format that holds named graphs', async () => {
    const kg = await loadArticle();
    for (const format of ['trig', 'nquads', 'jsonld']) {
      const back = new ClaimGraph();
      await back.loadString(await kg.serialize({ format }), { format });
      expect(back.size, format).toBe(kg.size);
      expect(isomorphic(all(back), all(kg)), format).toBe(true);
    }
  });
});

// ── the projection follows the store ────────────────────────────────────────

/** Node key + attributes, and edge source + target + attributes, as sorted multisets. */
function shape(g: Projection) {
  const sortKeys = (o: object) => JSON.stringify(Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1))));
  const nodes = g.mapNodes((key, attrs) => `${key} ${sortKeys(attrs)}`).sort();
  const edges = g.mapEdges((_e, attrs, s, t) => `${s} -> ${t} ${sortKeys(attrs)}`).sort();
  return { nodes, edges };
}

describe('the cached projection equals a fresh projection of the store', () => {
  // Blocks of the bundled article: each subject's default-graph quads, and each named graph whole.
  const articleQuads = new Parser({ format: 'application/trig' }).parse(readFileSync(packagePath('data', 'articles', 'trump-tomahawks.trig'), 'utf8'));
  const blocks = new Map<string, Quad[]>();
  for (const q of articleQuads) {
    const key = q.graph.termType === 'DefaultGraph' ? `s ${q.subject.value}` : `g ${q.graph.value}`;
    (blocks.get(key) ?? blocks.set(key, []).get(key)!).push(q);
  }
  const pool = [...blocks.values()];
  const block = fc.integer({ min: 0, max: pool.length - 1 });
  const id = (n: number) => namedNode(`${PREFIXES.id}n${n}`);
  const classes = [
    'schema:Person',
    'schema:Organization',
    'schema:Place',
    'cg:WeaponSystem',
    'schema:Event',
    'schema:Claim',
    'schema:Quotation',
    'cg:EditorialNote',
    'cg:Concept',
    'nif:Sentence',
    'cg:ReportStep',
    'cg:UnnamedSource',
  ];
  const preds = [
    'rdfs:label',
    'schema:about',
    'cg:hedge',
    'cg:category',
    'cg:content',
    'cg:holder',
    'cg:reportStep',
    'prov:agent',
    'cg:document',
    'cg:position',
    'cg:evidence',
    'nif:beginIndex',
    'itsrdf:taIdentRef',
    'schema:sameAs',
    'oa:bodyValue',
    'cg:opposes',
  ];
  const expand = (c: string) => namedNode(PREFIXES[c.slice(0, c.indexOf(':')) as keyof typeof PREFIXES] + c.slice(c.indexOf(':') + 1));
  const node = fc.integer({ min: 0, max: 6 }).map(id);
  const term = fc.oneof(
    node,
    fc.constantFrom(...classes).map(expand),
    fc.constantFrom('0', '12', 'x', '').map((v) => literal(v)),
    fc.constantFrom(namedNode('https://w3id.org/claimgraph/id/n0/content'), blankNode('c0')),
  );
  const synthetic = fc.oneof(
    fc.tuple(node, fc.constantFrom(...classes)).map(([s, c]) => quad(s, namedNode(`${RDF}type`), expand(c))),
    fc
      .tuple(
        fc.oneof(node, fc.constant(blankNode('c0'))),
        fc.constantFrom(...preds).map(expand),
        term,
        fc.constantFrom(defaultGraph(), namedNode('https://w3id.org/claimgraph/id/n0/content'), namedNode('https://w3id.org/claimgraph/id/n1/content')),
      )
      .map(([s, p, o, g]) => quad(s as never, p, o as never, g as never)),
  );
  const quadsOf = fc.oneof(
    fc.array(block, { minLength: 1, maxLength: 20 }).map((ix) => ix.flatMap((i) => pool[i]!)),
    fc.array(synthetic, { minLength: 1, maxLength: 12 }),
  );
  type Op = { op: 'add' | 'load' | 'remove' | 'removeSome'; quads: Quad[]; look: boolean };
  const op: fc.Arbitrary<Op> = fc.record({
    op: fc.constantFrom('add', 'load', 'remove', 'removeSome'),
    quads: quadsOf,
    look: fc.boolean(),
  }) as fc.Arbitrary<Op>;

  it(`every helper answers over any such graph, or fails with a ClaimGraphError (${RUNS.projection} graphs)`, { timeout: 60_000 }, async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(quadsOf, { minLength: 1, maxLength: 4 }),
        fc.constantFrom('trump-tomahawks', 'donald-trump', 'n0', 'atacms'),
        async (parts, name) => {
          const kg = new ClaimGraph();
          await kg.add(parts.flat());
          const calls = [
            () => kg.articles(),
            () => kg.entities(),
            () => kg.claims(),
            () => kg.quotations(),
            () => kg.statements(),
            () => kg.weapons(),
            () => kg.sources(),
            () => kg.places(),
            () => kg.events(),
            () => kg.descriptions(),
            () => kg.notes(),
            () => kg.graph(),
            () => kg.central(),
            () => kg.entity(name),
            () => kg.evidence(name),
            () => kg.attribution(name),
            () => kg.neighbors(name),
            () => kg.path(name, 'n1'),
            () => kg.claims({ about: name }),
            () => kg.entities({ article: name }),
          ];
          for (const call of calls) {
            try {
              call();
            } catch (e) {
              if (!(e instanceof ClaimGraphError)) throw new Error(`${String(call).slice(6)} threw ${(e as Error).stack}`);
            }
          }
        },
      ),
      { numRuns: RUNS.projection },
    );
  });

  it(`random sequences of loads, adds and removes (${RUNS.projection} sequences)`, { timeout: 60_000 }, async () => {
    let steps = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 10 }), fc.integer({ min: 0, max: 1000 }), async (ops, seed) => {
        const kg = new ClaimGraph();
        let k = seed;
        for (const { op: kind, quads, look } of ops) {
          if (kind === 'add') await kg.add(quads);
          else if (kind === 'load') await kg.loadString(new (await import('n3')).Writer({ format: 'N-Quads' }).quadsToString(quads), { format: 'nquads' });
          else if (kind === 'remove') await kg.remove(quads);
          else await kg.remove(all(kg).filter(() => (k = (k * 1103515245 + 12345) % 2147483648) % 3 === 0));
          steps++;
          // Sometimes read the cache between changes, sometimes let several changes pile up.
          if (look) expect(shape(kg.graph())).toEqual(shape(buildProjection(new GraphView(kg.store))));
        }
        expect(shape(kg.graph())).toEqual(shape(buildProjection(new GraphView(kg.store))));
      }),
      { numRuns: RUNS.projection },
    );
    expect(steps).toBeGreaterThan(RUNS.projection);
  });
});

// ── helpers answer any argument with a result or a ClaimGraphError ──────────

describe('helpers never throw anything but the library’s errors', () => {
  let kg: ClaimGraph;
  let labels: string[];
  beforeAll(async () => {
    kg = await loadArticle();
    labels = kg
      .entities()
      .flatMap((e) => [e.label, e.id, e.iri])
      .concat(kg.statements().flatMap((s) => [s.id, s.iri]));
  });

  const hostile = fc.constantFrom(
    '"',
    "'",
    '}',
    '{',
    '> <',
    'http://x/>{ ?s ?p ?o }<',
    '<http://a>',
    'SELECT * WHERE { ?s ?p ?o }',
    'DROP ALL',
    '\n',
    '\u0000',
    '\\',
    '   ',
    'id:',
    'cg:',
    'schema:Person',
    'schema:',
    ':',
    '/',
    'trump-tomahawks/',
    '/x',
    'any',
    'constructor',
    '__proto__',
    'toString',
    'hasOwnProperty',
    'reportedly',
    'anonymous',
    'statement',
    'person',
    'weapon',
    'claim',
    'fact',
    'both',
    'in',
    'out',
  );
  // Strings of any characters, real names, numbers, objects, terms, nothing.
  const value: fc.Arbitrary<unknown> = fc.oneof(
    fc.string({ unit: 'binary', maxLength: 24 }),
    hostile,
    fc.constant('LABEL'), // replaced by a real label or id
    fc.integer(),
    fc.double(),
    fc.boolean(),
    fc.constant(undefined),
    fc.constant(null),
    fc.constant(namedNode('http://example.org/nothing')),
    fc.constant(blankNode('b')),
    fc.constant(literal('Trump')),
    fc.constant(Symbol('s')),
    fc.constant(() => 1),
    fc.constant([]),
    fc.constant({}),
    fc.dictionary(fc.string({ maxLength: 6 }), fc.oneof(fc.string(), fc.integer()), { maxKeys: 3 }),
    fc.anything({ maxDepth: 1, withNullPrototype: true, withBigInt: true, withMap: true, withSet: true, withBoxedValues: true, withSparseArray: true }),
  );
  const filter = fc.oneof(
    fc.record(
      {
        article: value,
        type: value,
        speaker: value,
        about: value,
        hedge: value,
        sourcing: value,
        channel: value,
        depth: value,
        direction: value,
        layers: fc.oneof(value, fc.array(value, { maxLength: 3 }), fc.constant(['fact', 'claim'])),
      },
      { requiredKeys: [] },
    ),
    value,
  );

  const real = (x: unknown, pick: number): unknown => (x === 'LABEL' ? labels[pick % labels.length] : x);
  const realFilter = (f: unknown, pick: number): unknown =>
    f && typeof f === 'object' && !Array.isArray(f) && !('termType' in f)
      ? Object.fromEntries(Object.entries(f).map(([k, v]) => [k, real(v, pick)]))
      : real(f, pick);

  const calls: Record<string, (a: unknown, b: unknown, c: unknown) => unknown> = {
    entity: (a) => kg.entity(a as never),
    entities: (a) => kg.entities(a as never),
    claims: (a) => kg.claims(a as never),
    quotations: (a) => kg.quotations(a as never),
    statements: (a) => kg.statements(a as never),
    weapons: (a) => kg.weapons(a as never),
    sources: (a) => kg.sources(a as never),
    places: (a) => kg.places(a as never),
    events: (a) => kg.events(a as never),
    notes: (a) => kg.notes(a as never),
    descriptions: (a) => kg.descriptions(a as never),
    attribution: (a) => kg.attribution(a as never),
    evidence: (a) => kg.evidence(a as never),
    neighbors: (a, b) => kg.neighbors(a as never, b as never),
    path: (a, b, c) => kg.path(a as never, b as never, c as never),
  };

  async function outcome(call: () => unknown): Promise<unknown> {
    try {
      await call();
      return undefined;
    } catch (e) {
      return e;
    }
  }

  const ok = (e: unknown) => e === undefined || (e instanceof ClaimGraphError && e.message.length > 10);

  for (const [name, call] of Object.entries(calls)) {
    it(`${name} (${RUNS.helpers} argument lists)`, async () => {
      let errors = 0;
      await fc.assert(
        fc.asyncProperty(fc.oneof(value, filter), filter, filter, fc.nat(), async (a, b, c, pick) => {
          const e = await outcome(() => call(realFilter(a, pick), realFilter(b, pick + 1), realFilter(c, pick + 2)));
          if (e !== undefined) errors++;
          if (!ok(e)) throw new Error(`${name}(${String(a)}, …) threw ${(e as Error)?.name}: ${(e as Error)?.message}`);
        }),
        { numRuns: RUNS.helpers },
      );
      // The arguments are mostly nonsense, so most calls must fail, each with a ClaimGraphError.
      expect(errors).toBeGreaterThan(0);
    });
  }

  it(`select with random bindings (${RUNS.helpers} binding sets)`, async () => {
    const queries = [
      'SELECT ?q WHERE { ?q cg:hedge/skos:notation ?h }',
      'SELECT ?s ?label WHERE { ?s rdfs:label ?label }',
      'SELECT (COUNT(*) AS ?n) WHERE { ?q cg:holder ?who }',
      'ASK { ?who a schema:Person }',
    ];
    const size = kg.size;
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...queries),
        fc.dictionary(fc.oneof(fc.constantFrom('h', 'label', 's', 'who', 'q', 'n'), fc.string({ unit: 'binary', maxLength: 8 })), value, { maxKeys: 4 }),
        fc.nat(),
        async (q, raw, pick) => {
          const bindings = Object.fromEntries(Object.entries(raw).map(([k, v]) => [k, real(v, pick)]));
          const e = await outcome(() => (q.startsWith('ASK') ? kg.ask(q, { bindings: bindings as never }) : kg.select(q, { bindings: bindings as never })));
          if (!ok(e)) throw new Error(`select with ${JSON.stringify(bindings)} threw ${(e as Error)?.name}: ${(e as Error)?.message}`);
        },
      ),
      { numRuns: RUNS.helpers },
    );
    expect(kg.size).toBe(size);
  });
});
