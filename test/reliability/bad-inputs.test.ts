// A catalogue of bad inputs to the loaders: each must fail with a typed error that
// names the place and the fix, and leave the graph exactly as it was.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { isomorphic } from 'rdf-isomorphic';
import { beforeAll, describe, expect, it } from 'vitest';
import { DataFactory } from 'n3';
import {
  type ClaimGraph,
  ClaimGraphError,
  ParseError,
  UnsupportedFormatError,
  AnnotationError,
  InvalidArgumentError,
  UnknownEntityError,
  loadArticle,
} from '../../src/index.js';

let kg: ClaimGraph;
let before: ReturnType<ClaimGraph['store']['getQuads']>;
const dir = mkdtempSync(join(tmpdir(), 'claimgraph-bad-'));

beforeAll(async () => {
  kg = await loadArticle();
  before = kg.store.getQuads(null, null, null, null);
});

/** Run a load that must fail; check the error and that nothing changed. */
async function rejects(load: () => Promise<unknown>, type: new (...a: never[]) => Error, message: RegExp) {
  const size = kg.size;
  const version = kg.store.version;
  let error: unknown;
  try {
    await load();
  } catch (e) {
    error = e;
  }
  expect(error, 'the load should have failed').toBeInstanceOf(type);
  expect(error).toBeInstanceOf(ClaimGraphError);
  expect((error as Error).message).toMatch(message);
  expect(kg.size).toBe(size);
  expect(kg.store.version).toBe(version);
  return error as Error;
}

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe('bad RDF input', () => {
  it('unterminated literal in Turtle: file, line and column', async () => {
    const path = file('unterminated.ttl', '@prefix ex: <http://example.org/> .\nex:a ex:b "fine" .\nex:a ex:c "never closed .\n');
    const e = (await rejects(() => kg.loadFile(path), ParseError, /unterminated\.ttl:3:/)) as ParseError;
    expect(e.line).toBe(3);
    expect(e.column).toBeGreaterThan(0);
  });

  it('undefined prefix names the prefix and its column', async () => {
    const e = (await rejects(
      () => kg.loadString('<http://a> <http://b> nope:c .', { format: 'turtle', source: 'inline.ttl' }),
      ParseError,
      /inline\.ttl:1:23: Undefined prefix "nope:"/,
    )) as ParseError;
    expect(e.column).toBe(23);
  });

  it('bad IRI', async () => {
    await rejects(() => kg.loadString('<http://a b> <http://b> <http://c> .', { format: 'ntriples' }), ParseError, /:1:/);
  });

  it('malformed TriG graph block', async () => {
    await rejects(() => kg.loadString('<http://g> { <http://a> <http://b> <http://c> .', { format: 'trig' }), ParseError, /trig/i);
  });

  it('N-Quads with a Turtle abbreviation', async () => {
    await rejects(() => kg.loadString('<http://a> <http://b> <http://c> <http://g> ;\n', { format: 'nquads' }), ParseError, /one complete statement/);
  });

  it('malformed JSON-LD: JSON syntax with line and column', async () => {
    await rejects(
      () => kg.loadString('{\n  "@id": "http://a",\n  "http://b": [1, 2,,]\n}', { format: 'jsonld', source: 'x.jsonld' }),
      ParseError,
      /x\.jsonld:3:/,
    );
  });

  it('JSON-LD with a remote context is refused, not fetched', async () => {
    await rejects(
      () => kg.loadString('{"@context": "http://example.org/ctx.jsonld", "@id": "http://a", "name": "x"}', { format: 'jsonld' }),
      ParseError,
      /not fetched/,
    );
  });

  it('invalid UTF-8', async () => {
    const path = file('latin1.ttl', Buffer.concat([Buffer.from('<http://a> <http://b> "caf'), Buffer.from([0xe9]), Buffer.from('" .\n')]));
    await rejects(() => kg.loadFile(path), ParseError, /latin1\.ttl:1:\d+: the file is not valid UTF-8/);
  });

  it('binary data', async () => {
    const path = file('binary.nt', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00]));
    await rejects(() => kg.loadFile(path), ParseError, /binary\.nt/);
  });

  it('an empty file: an empty graph in Turtle, not a document in JSON-LD', async () => {
    const before = kg.size;
    expect((await kg.loadFile(file('empty.ttl', ''))).added).toBe(0);
    expect(kg.size).toBe(before);
    await rejects(() => kg.loadFile(file('empty.jsonld', '')), ParseError, /empty\.jsonld: the input is empty/);
  });

  it('a byte order mark is not an error', async () => {
    const report = await kg.loadString('\uFEFF<http://example.org/bom> <http://example.org/p> "x" .', { format: 'turtle' });
    expect(report.added).toBe(1);
    await kg.remove(kg.store.getQuads('http://example.org/bom', null, null, null));
  });

  it('the wrong format for a file', async () => {
    const path = file('really-turtle.nq', '@prefix ex: <http://example.org/> .\nex:a ex:b ex:c .\n');
    await rejects(() => kg.loadFile(path), ParseError, /really-turtle\.nq:1/);
  });

  it('an unknown extension or format name', async () => {
    await rejects(() => kg.loadFile(file('data.xyz', 'x')), UnsupportedFormatError, /extension "\.xyz"/);
    await rejects(() => kg.loadString('x', { format: 'turtel' }), UnsupportedFormatError, /closest: "turtle"/);
  });

  it('a missing file', async () => {
    await rejects(() => kg.loadFile(join(dir, 'nope.ttl')), ClaimGraphError, /ENOENT/);
  });

  it('a failure in the middle of a stream loads nothing', async () => {
    const good = '<http://example.org/s> <http://example.org/p> "ok" .\n'.repeat(1000);
    await rejects(() => kg.loadStream(Readable.from([good, '<http://broken']), { format: 'ntriples' }), ParseError, /1001/);
  });

  it('deeply nested blank nodes and collections parse or fail cleanly', async () => {
    const depth = 5000;
    const nested = `<http://example.org/deep> <http://example.org/p> ${'[ <http://example.org/q> '.repeat(depth)}"x"${' ]'.repeat(depth)} .`;
    const list = `<http://example.org/list> <http://example.org/p> ${'('.repeat(depth)}${')'.repeat(depth)} .`;
    for (const text of [nested, list]) {
      const size = kg.size;
      const key = (q: { subject: { value: string }; predicate: { value: string }; object: { value: string; termType: string }; graph: { value: string } }) =>
        `${q.subject.value} ${q.predicate.value} ${q.object.termType}:${q.object.value} ${q.graph.value}`;
      const known = new Set(kg.store.getQuads(null, null, null, null).map(key));
      try {
        const report = await kg.loadString(text, { format: 'turtle' });
        expect(report.added).toBeGreaterThan(0);
        await kg.remove(kg.store.getQuads(null, null, null, null).filter((q) => !known.has(key(q))));
        expect(kg.size).toBe(size);
      } catch (e) {
        expect(e).toBeInstanceOf(ClaimGraphError);
        expect(kg.size).toBe(size);
      }
    }
  });

  it('a 50 MB single line', { timeout: 120_000 }, async () => {
    const line = `<http://example.org/big> <http://example.org/p> "${'x'.repeat(50 * 1024 * 1024)}" <http://example.org/oops`;
    await rejects(() => kg.loadString(line, { format: 'nquads' }), ParseError, /:1:/);
  });
});

describe('bad annotation input', () => {
  it('a span that does not occur names the annotation line', async () => {
    const yaml = [
      'article: { id: tiny, title: Tiny, text: "Alice met Bob.", textIsInline: true }',
      'entities:',
      '  alice: { type: Person, label: Alice, names: [Alice] }',
      'claims:',
      '  - id: met',
      '    label: Alice met Bob',
      '    evidence: Alice met Carol',
      '    source: article',
    ].join('\n');
    const e = (await rejects(
      () => kg.loadString(yaml, { format: 'annotation', source: 'tiny.yaml' }),
      AnnotationError,
      /tiny\.yaml:7: .*"Alice met Carol" does not occur/,
    )) as AnnotationError;
    expect(e.line).toBe(7);
  });

  it('an ambiguous span asks for context or an occurrence', async () => {
    const yaml =
      'article: { id: twice, title: Twice, text: "Bob saw Bob.", textIsInline: true }\nentities:\n  bob: { type: Person, label: Bob, mentions: [Bob] }\n';
    await rejects(() => kg.loadString(yaml, { format: 'annotation', source: 'twice.yaml' }), AnnotationError, /twice\.yaml:3: .*occurs 2 times; add "within"/);
  });

  it('an unknown entity reference suggests the closest id', async () => {
    const yaml =
      'article: { id: ref, title: Ref, text: "Alice spoke.", textIsInline: true }\nentities:\n  alice: { type: Person, label: Alice, names: [Alice] }\nclaims:\n  - { id: spoke, label: Alice spoke, evidence: Alice spoke, source: alcie, channel: statement }\n';
    await rejects(() => kg.loadString(yaml, { format: 'annotation', source: 'ref.yaml' }), AnnotationError, /ref\.yaml:5: unknown entity "alcie".*"alice"/);
  });

  it('a hedge outside the controlled list lists the allowed ones', async () => {
    const yaml =
      'article: { id: hedge, title: Hedge, text: "Alice spoke.", textIsInline: true }\nentities:\n  alice: { type: Person, label: Alice, names: [Alice] }\nclaims:\n  - { id: spoke, label: Alice spoke, evidence: Alice spoke, source: alice, channel: statement, hedge: supposedly }\n';
    await rejects(() => kg.loadString(yaml, { format: 'annotation' }), AnnotationError, /"supposedly" is not in HedgeScheme; use one of "reportedly"/);
  });

  it('YAML syntax errors carry the line', async () => {
    await rejects(() => kg.loadString('article:\n  id: [unclosed\n', { format: 'annotation', source: 'broken.yaml' }), AnnotationError, /broken\.yaml:\d+:/);
  });
});

describe('unknown names and hostile arguments in every helper', () => {
  /** Run a helper call that must fail; check the error class, its message, and that nothing changed. */
  function refuses(call: () => unknown, type: new (...a: never[]) => Error, message: RegExp) {
    const size = kg.size;
    const version = kg.store.version;
    let error: unknown;
    try {
      call();
    } catch (e) {
      error = e;
    }
    expect(error, 'the call should have failed').toBeInstanceOf(type);
    expect(error).toBeInstanceOf(ClaimGraphError);
    expect((error as Error).message).toMatch(message);
    expect(kg.size).toBe(size);
    expect(kg.store.version).toBe(version);
  }

  // Every helper that takes a name, and every filter key that names a node.
  const byName: [string, (x: unknown) => unknown][] = [
    ['entity', (x) => kg.entity(x as string)],
    ['attribution', (x) => kg.attribution(x as string)],
    ['evidence', (x) => kg.evidence(x as string)],
    ['neighbors', (x) => kg.neighbors(x as string)],
    ['path from', (x) => kg.path(x as string, 'Donald Trump')],
    ['path to', (x) => kg.path('Donald Trump', x as string)],
    ['claims speaker', (x) => kg.claims({ speaker: x as string })],
    ['claims about', (x) => kg.claims({ about: x as string })],
    ['quotations speaker', (x) => kg.quotations({ speaker: x as string })],
    ['statements about', (x) => kg.statements({ about: x as string })],
    ...(['entities', 'claims', 'quotations', 'statements', 'weapons', 'sources', 'places', 'events', 'descriptions', 'notes'] as const).map(
      (h): [string, (x: unknown) => unknown] => [`${h} article`, (x) => (kg[h] as (f: object) => unknown)({ article: x })],
    ),
  ];

  it(`an unknown label or id, with the closest names (${byName.length} calls)`, () => {
    for (const [, call] of byName)
      refuses(() => call('Vladimir Putn'), UnknownEntityError, /Unknown .*"Vladimir Putn".*Did you mean "Vladimir Putin".*Pass an IRI, a short id or a label/);
    for (const [, call] of byName) refuses(() => call('id:nobody-at-all'), UnknownEntityError, /"id:nobody-at-all"/);
  });

  it('hostile strings (quotes, braces, newlines, > in IRIs, SPARQL keywords) name nothing', () => {
    const hostile = [
      '"',
      "' } ; DROP ALL ; #",
      '}',
      '{ ?s ?p ?o }',
      'a\nb',
      'http://x/>{ ?s ?p ?o }<',
      '<http://example.org/a>',
      'SELECT * WHERE { ?s ?p ?o }',
      'DELETE WHERE { ?s ?p ?o }',
      '\\',
      'Trump" || true || "',
      '\u0000',
      '😀',
    ];
    for (const value of hostile)
      for (const [name, call] of byName) {
        try {
          call(value);
          throw new Error(`${name}(${JSON.stringify(value)}) answered`);
        } catch (e) {
          expect(e, `${name}(${JSON.stringify(value)})`).toBeInstanceOf(UnknownEntityError);
        }
      }
  });

  it('arguments of the wrong shape', () => {
    for (const value of [null, undefined, 42, {}, [], DataFactory.blankNode('b'), DataFactory.literal('Donald Trump'), Symbol('x'), '   ']) {
      for (const [name, call] of byName.filter(([n]) => !n.includes(' article') && !n.includes('speaker') && !n.includes('about'))) {
        try {
          call(value);
          throw new Error(`${name}(${String(value)}) answered`);
        } catch (e) {
          expect(e, `${name}(${String(value)})`).toBeInstanceOf(InvalidArgumentError);
        }
      }
    }
    refuses(() => kg.entity(DataFactory.blankNode('b')), InvalidArgumentError, /Expected an IRI, id or label for the entity, got a BlankNode/);
    refuses(() => kg.claims(null as never), InvalidArgumentError, /kg\.claims\(\) takes a filter object/);
    refuses(() => kg.claims('Trump' as never), InvalidArgumentError, /kg\.claims\(\) takes a filter object/);
    refuses(() => kg.claims({ speaker: 42 as never }), InvalidArgumentError, /"speaker" of a kg\.claims\(\) filter must be a string/);
    refuses(() => kg.entities({ type: ['person'] as never }), InvalidArgumentError, /"type" of a kg\.entities\(\) filter must be a string; got an array/);
    refuses(() => kg.notes({ article: null as never }), InvalidArgumentError, /"article" of a kg\.notes\(\) filter/);
  });

  it('values outside the controlled lists, and unknown types', () => {
    refuses(() => kg.claims({ hedge: 'supposedly' }), InvalidArgumentError, /Unknown hedge "supposedly"\. Use one of .*reportedly.*or "any"/);
    refuses(() => kg.claims({ sourcing: 'rumour' }), InvalidArgumentError, /Unknown sourcing "rumour"/);
    refuses(() => kg.quotations({ channel: 'telepathy' }), InvalidArgumentError, /Unknown channel "telepathy"/);
    refuses(() => kg.entities({ type: 'schema:Spaceship' }), InvalidArgumentError, /Unknown entity type "schema:Spaceship"\. Use a kind/);
    refuses(() => kg.entities({ type: 'dragon' }), InvalidArgumentError, /Unknown entity type "dragon"/);
    refuses(() => kg.attribution('Donald Trump'), InvalidArgumentError, /is a person, not a claim or quotation/);
    refuses(() => kg.claims({ article: 'Donald Trump' }), InvalidArgumentError, /is not a loaded article/);
  });

  it('walk options of the wrong shape, and nodes the walk cannot start from', () => {
    refuses(() => kg.neighbors('atacms', { depth: -1 }), InvalidArgumentError, /depth must be a whole number/);
    refuses(() => kg.neighbors('atacms', { depth: 1.5 }), InvalidArgumentError, /depth must be a whole number/);
    refuses(() => kg.neighbors('atacms', { direction: 'sideways' as never }), InvalidArgumentError, /direction must be 'out', 'in' or 'both'/);
    refuses(() => kg.neighbors('atacms', { layers: ['facts'] as never }), InvalidArgumentError, /layers must be a list of 'fact', 'claim', 'editorial'/);
    refuses(() => kg.neighbors('atacms', 'deep' as never), InvalidArgumentError, /Walk options must be an object/);
    refuses(() => kg.path('atacms', 'Donald Trump', { layers: 'fact' as never }), InvalidArgumentError, /layers must be a list/);
    refuses(() => kg.neighbors('schema:Person'), InvalidArgumentError, /not a node of the graph walked/);
    refuses(() => kg.path('atacms', 'cg:Reportedly'), InvalidArgumentError, /not a node of the graph walked/);
  });

  it('an unknown named query suggests the closest names', () => {
    refuses(() => kg.namedQuery('cq-17'), UnknownEntityError, /Unknown named query "cq-17"\. Did you mean "cq-1/);
  });
});

describe('after all of the above', () => {
  it('the graph is exactly as before', () => {
    expect(kg.size).toBe(before.length);
    expect(isomorphic(kg.store.getQuads(null, null, null, null), before)).toBe(true);
  });
});
