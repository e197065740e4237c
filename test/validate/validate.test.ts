// validate(): SHACL plus the checks beyond it, each problem with its place in the annotation and a fix.
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataFactory, Store } from 'n3';
import { describe, expect, it } from 'vitest';
import { compileAnnotationSource, compileWithPlaces } from '../../src/authoring/read.js';
import { loadCorpus, validateFiles } from '../../src/corpus.js';
import { ValidationError } from '../../src/errors.js';
import { packagePath } from '../../src/paths.js';
import { validate } from '../../src/validate/index.js';
import { PREFIXES, cg, nif } from '../../src/vocab.js';

const { namedNode, literal, quad, defaultGraph } = DataFactory;
const dir = mkdtempSync(join(tmpdir(), 'claimgraph-validate-'));
const TEXT = 'Alice Example met Bob Example in Lille.\nThe weather was grey.\n';
const YAML = `article:
  id: tiny
  title: Tiny (invented)
  text: tiny.txt
entities:
  alice: { type: Person, label: Alice Example, names: [Alice Example] }
  bob: { type: Person, label: Bob Example, names: [Bob Example] }
claims:
  - id: met
    label: Alice met Bob
    evidence: Alice Example met Bob Example in Lille.
    source: article
    content: |
      id:alice schema:knows id:bob .
`;
writeFileSync(join(dir, 'tiny.txt'), TEXT);
writeFileSync(join(dir, 'tiny.yaml'), YAML);
const file = join(dir, 'tiny.yaml');
const bundled = (slug: string) => packagePath('data', 'articles', `${slug}.yaml`);

describe('validate', () => {
  it('passes the bundled corpus, with SHACL over every graph, in a few seconds', async () => {
    const report = await validateFiles([bundled('trump-tomahawks'), bundled('envoys-tomahawk-question')]);
    expect(report.problems.filter((p) => p.severity === 'violation')).toEqual([]);
    expect(report.conforms).toBe(true);
    expect(report.ms).toBeLessThan(10000);
  });

  it('names the text-file line of a sentence nothing covers, refuses to load it, and says how to fix it', async () => {
    expect(() => compileAnnotationSource(YAML, { file })).toThrow(ValidationError);
    expect(() => compileAnnotationSource(YAML, { file })).toThrow(/tiny\.txt:2: violation: The sentence "The weather was grey\." is the evidence of nothing/);
    const report = await validateFiles(dir);
    expect(report.conforms).toBe(false);
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]).toMatchObject({
      severity: 'violation',
      place: `${join(dir, 'tiny.txt')}:2`,
      fix: expect.stringMatching(/claim|mentions|notes/),
    });
    await expect(loadCorpus(dir)).rejects.toThrow(ValidationError);
    const kg = await loadCorpus(dir, { validate: false });
    expect(kg.articles().map((a) => a.id)).toEqual(['tiny']);
    expect((await kg.validate()).problems[0]?.place).toBe(`${join(dir, 'tiny.txt')}:2`);
  });

  it('reports spans whose text is not the article text at their offsets', async () => {
    const { compiled, places } = compileWithPlaces(readBundled(), {
      file: 'a.yaml',
      validate: false,
      readText: (n) => readFileSync(packagePath('data', 'articles', n), 'utf8'),
    });
    const span = compiled.quads.find((q) => q.predicate.equals(nif.anchorOf) && q.object.value === 'Ignatius')!;
    const quads = compiled.quads.map((q) => (q === span ? quad(q.subject, q.predicate, literal('Ignatios'), q.graph) : q));
    const report = await validate(quads, { places, shacl: false });
    expect(report.problems).toHaveLength(1);
    expect(report.problems[0]).toMatchObject({
      focus: span.subject.value,
      path: 'nif:anchorOf',
      place: expect.stringMatching(/^a\.yaml:\d+$/),
      fix: expect.stringMatching(/Recompile/),
    });
    expect(report.problems[0]!.message).toMatch(/"Ignatios" is not the article text/);
  });

  it('reports content asserted as fact, unlinked and doubly linked graphs, and undefined cg: terms', async () => {
    const { compiled, places } = compileWithPlaces(readBundled(), {
      file: 'a.yaml',
      validate: false,
      readText: (n) => readFileSync(packagePath('data', 'articles', n), 'utf8'),
    });
    const art = `${PREFIXES.art}trump-tomahawks`;
    const content = namedNode(`${art}/claim/tomahawk-targets/content`);
    const extra = [
      quad(namedNode(`${PREFIXES.id}tomahawk`), cg.canStrike, namedNode(`${PREFIXES.id}moscow`), defaultGraph()),
      quad(namedNode(`${art}/claim/atacms-range`), cg.content, content, defaultGraph()),
      quad(namedNode(`${PREFIXES.id}x`), namedNode(`${PREFIXES.id}y`), literal('z'), namedNode('http://example.org/stray')),
      quad(namedNode(`${PREFIXES.id}ukraine`), namedNode(`${PREFIXES.cg}recieved`), namedNode(`${PREFIXES.id}tomahawk`), content),
    ];
    const report = await validate([...compiled.quads, ...extra], { places, shacl: false });
    const messages = report.problems.map((p) => `${p.place ?? '-'} ${p.message} | ${p.fix}`);
    expect(messages, messages.join('\n')).toHaveLength(5);
    expect(messages.find((m) => /also asserted as a fact/.test(m))).toMatch(/^a\.yaml:\d+ .*id:tomahawk cg:canStrike id:moscow/);
    expect(messages.find((m) => /cg:canStrike is content only/.test(m))).toMatch(/^a\.yaml:\d+ .*id:tomahawk cg:canStrike id:moscow/);
    expect(messages.find((m) => /linked from 2 statements/.test(m))).toBeDefined();
    expect(messages.find((m) => /neither a statement content graph/.test(m))).toBeDefined();
    expect(messages.find((m) => /cg:recieved is not defined/.test(m))).toMatch(/cg:/);
  });

  it('runs the SHACL shapes and points at the annotation line of the node at fault', async () => {
    const { compiled, places } = compileWithPlaces(readBundled(), {
      file: 'a.yaml',
      validate: false,
      readText: (n) => readFileSync(packagePath('data', 'articles', n), 'utf8'),
    });
    const claim = `${PREFIXES.art}trump-tomahawks/claim/broader-strategy`;
    const quads = compiled.quads.filter((q) => !(q.subject.value === claim && q.predicate.equals(cg.holder)));
    const report = await validate(new Store(quads), { places });
    expect(report.conforms).toBe(false);
    const p = report.problems.find((x) => x.focus === claim && x.path === 'cg:holder')!;
    expect(p.message).toMatch(/exactly one holder/);
    expect(p.place).toMatch(/^a\.yaml:\d+$/);
    expect(p.fix).toMatch(/holder:/);
    expect(Number(p.place!.split(':')[1])).toBe(
      readBundled()
        .split('\n')
        .findIndex((l) => l.includes('- id: broader-strategy')) + 1,
    );
  });

  it('fails a corpus where a shared entity has two labels', async () => {
    const other = mkdtempSync(join(tmpdir(), 'claimgraph-labels-'));
    writeFileSync(join(other, 'a.txt'), 'Donald Trump spoke.\n');
    writeFileSync(
      join(other, 'a.yaml'),
      `article: { id: labels-a, title: A, text: a.txt }\nentities:\n  donald-trump: { type: Person, label: President Trump, names: [Donald Trump] }\n`,
    );
    const err = await loadCorpus([packagePath('data', 'articles', 'trump-tomahawks.trig'), other]).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ValidationError);
    expect((err as ValidationError).message).toMatch(/exactly one label/);
    expect((err as ValidationError).problems.some((p) => p.focus === `${PREFIXES.id}donald-trump`)).toBe(true);
  });

  it('turns a compile error into a problem with its place', async () => {
    const bad = mkdtempSync(join(tmpdir(), 'claimgraph-bad-'));
    writeFileSync(join(bad, 'b.txt'), 'Nothing here.\n');
    writeFileSync(join(bad, 'b.yaml'), `article: { id: b, title: B, text: b.txt }\nentities:\n  x: { type: Person, label: X, names: [Somebody] }\n`);
    const report = await validateFiles(join(bad, 'b.yaml'));
    expect(report.conforms).toBe(false);
    expect(report.problems[0]).toMatchObject({ place: `${join(bad, 'b.yaml')}:3`, message: expect.stringMatching(/none of the names/) });
  });
});

describe('validate, on small local-news annotations', () => {
  const TEXT2 = 'Acme Corp declined to comment. The mayor said the vote will take place in March 2025.\n';
  const base = (extra: string) => `article:
  id: local
  title: Local (invented)
  text: "${TEXT2.trim()}"
  textIsInline: true
  published: 2025-01-10
vocabulary:
  prefix: ln
  namespace: "https://example.org/local-news#"
  terms:
    declinedToComment: { label: declined to comment, kind: property }
entities:
  acme: { type: Company, label: Acme Corp, names: [Acme Corp] }
  mayor: { type: Person, label: the mayor, names: [The mayor] }
  vote: { type: Event, label: the vote, names: [the vote] }
claims:
  - id: no-comment
    label: Acme Corp declined to comment
    evidence: Acme Corp declined to comment.
    holder: article
    content: |
      id:acme ln:declinedToComment true .
${extra}`;
  const VOTE = `  - id: vote-date
    label: The vote will take place in March 2025
    evidence: the vote will take place in March 2025
    holder: mayor
    verb: said
    time: future
    content: |
      id:vote schema:startDate "2025-03"^^xsd:gYearMonth ; schema:eventStatus schema:EventScheduled .
`;

  it("accepts terms of the annotation's own vocabulary and a future date the mayor gives", async () => {
    const { compiled, places } = compileWithPlaces(base(VOTE), { file: 'local.yaml' });
    const report = await validate(compiled.quads, { places });
    expect(report.problems).toEqual([]);
    const past = VOTE.replace('time: future', 'time: past').replace(' ; schema:eventStatus schema:EventScheduled', '');
    const late = compileWithPlaces(base(past), { file: 'local.yaml', validate: false });
    const problems = (await validate(late.compiled.quads, { places: late.places })).problems;
    expect(problems).toEqual([
      expect.objectContaining({
        focus: `${PREFIXES.id}vote`,
        message: expect.stringMatching(/schema:startDate 2025-03 is after .* published \(2025-01-10\)/),
        place: expect.stringMatching(/^local\.yaml:\d+$/),
      }),
    ]);
  });

  it('refuses a reporting sentence covered only by a mention, naming the reporting words', () => {
    expect(() => compileWithPlaces(base(''), { file: 'local.yaml' })).toThrow(
      /The sentence "The mayor said the vote will take place in March 2025\." holds the reporting words "said" but is the evidence of no statement/,
    );
  });

  it('reports an own term used without being declared, and a label-less declaration', async () => {
    const { compiled, places } = compileWithPlaces(base(VOTE), { file: 'local.yaml' });
    const ns = 'https://example.org/local-news#';
    const content = namedNode(`${PREFIXES.art}local/claim/no-comment/content`);
    const quads = [
      ...compiled.quads.filter((q) => !(q.subject.value === `${ns}declinedToComment` && q.predicate.value.endsWith('#label'))),
      quad(namedNode(`${PREFIXES.id}acme`), namedNode(`${ns}refused`), literal('x'), content),
    ];
    const report = await validate(quads, { places, shacl: false });
    expect(report.problems.map((p) => p.message).sort()).toEqual([
      expect.stringMatching(/local-news#declinedToComment is declared in the annotation's vocabulary without a label/),
      expect.stringMatching(/local-news#refused is in the annotation's own vocabulary .* not declared/),
    ]);
    expect(report.problems.every((p) => p.place?.startsWith('local.yaml:'))).toBe(true);
  });
});

function readBundled(): string {
  return readFileSync(bundled('trump-tomahawks'), 'utf8');
}
