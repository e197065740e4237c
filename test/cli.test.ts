// The command line, run as users run it (node dist/cli.js), checked against facts from the article.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import jsonld from 'jsonld';
import { Parser, type Quad } from 'n3';
import { isomorphic } from 'rdf-isomorphic';
import { beforeAll, describe, expect, it } from 'vitest';
import { readCsv } from './csv.js';

const root = new URL('..', import.meta.url).pathname;
const cli = `${root}dist/cli.js`;
const run = (args: string[], input = '') => spawnSync(process.execPath, [cli, ...args], { cwd: root, encoding: 'utf8', input, timeout: 60_000 });
const ok = (args: string[], input?: string) => {
  const r = run(args, input);
  expect(r.status, `${args.join(' ')}\n${r.stderr}`).toBe(0);
  return r.stdout;
};
const json = (args: string[]) => JSON.parse(ok([...args, '--format', 'json']));
const labels = (list: { label: string }[]) => list.map((x) => x.label).sort();
const ANSI = /\x1b\[/;
const SLOW = 180_000;

/** RFC 4180 CSV as rows, the header first. */
const parseCsv = (text: string): string[][] => {
  const { header, rows } = readCsv(text);
  return [header, ...rows];
};

/** A TSV cell (Turtle syntax) back to its value. */
const tsvValue = (cell: string) => {
  const m = /^"((?:[^"\\]|\\.)*)"/.exec(cell);
  if (!m) return cell.replace(/^<(.*)>$/, '$1');
  return m[1]!.replace(/\\(.)/g, (_, c: string) => ({ n: '\n', r: '\r', t: '\t' })[c] ?? c);
};

const bundled = () => new Parser({ format: 'application/trig' }).parse(readFileSync(join(root, 'data/articles/trump-tomahawks.trig'), 'utf8'));

let tmp: string;
beforeAll(() => {
  if (!existsSync(cli)) execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: 'inherit' });
  tmp = mkdtempSync(join(tmpdir(), 'claimgraph-cli-'));
});

/** The lines under one question of a summary, up to the next blank line. */
const section = (out: string, question: string) => {
  const at = out.indexOf(`\n${question}`);
  expect(at, `no section "${question}"`).toBeGreaterThanOrEqual(0);
  const end = out.indexOf('\n\n', at + 1);
  return out.slice(at + 1, end < 0 ? undefined : end);
};

/** An article with no weapons, no quotations and no outlets. */
const MINIMAL = [
  'article: { id: library-hours, title: Library hours, text: "The town library will open on Sundays from May. The mayor said the change costs little.", textIsInline: true }',
  'entities:',
  '  mayor: { type: Person, label: the mayor, names: [The mayor] }',
  '  library: { type: Organization, label: the town library, names: [The town library] }',
  'claims:',
  '  - { id: sundays, label: The library will open on Sundays from May, evidence: The town library will open on Sundays from May, holder: article, content: "_:opening a schema:Action ; schema:agent id:library ; schema:name \\"opening on Sundays\\" ; schema:actionStatus cg:ScheduledActionStatus ." }',
  '  - { id: costs-little, label: The change costs little, evidence: The mayor said the change costs little, holder: mayor, channel: statement, content: "_:change a schema:Action ; schema:name \\"the change\\" ; cg:characterizedAs \\"costs little\\" ." }',
].join('\n');

describe('claimgraph summary', () => {
  it('answers the same questions of the bundled article, each with its evidence', () => {
    const out = ok(['summary']);
    expect(out).toContain('7 quotations · 3 weapons systems');
    // quoted directly: seven quotations, per speaker
    const quoted = section(out, 'Who is quoted directly');
    expect(quoted).toContain('7 quotations');
    for (const line of ['Donald Trump: 3', 'David Ignatius: 2', 'a former administration official: 1', 'a Duma spokesperson: 1'])
      expect(quoted).toContain(line);
    expect(quoted).toContain('said a Duma spokesperson');
    // unnamed sources, with the route: "reportedly" adds the unspecified source
    const unnamed = section(out, 'Which statements rest on unnamed sources?');
    for (const who of ['a former administration official', 'a Duma spokesperson', 'Duma officials', 'some analysts', 'unspecified source'])
      expect(unnamed).toContain(who);
    // the five printed hedges with their cue words
    const hedges = section(out, 'Which statements are hedged')
      .match(/^ {2}"[^"]+" \((\w+)\)/gm)!
      .map((h) => h.replace(/^.*\(/, '').replace(')', ''))
      .sort();
    expect(hedges).toEqual(['claimed', 'notes', 'reportedly', 'reportedly', 'suggested']);
    expect(section(out, 'Which statements are hedged')).toContain('"reportedly considered"');
    // "could" and "will not"
    expect(section(out, 'Which statements are only possible or probable')).toMatch(/possible \("could"\): The Tomahawks could be reintroduced/);
    expect(section(out, 'What is denied, negated')).toMatch(/negated \("will not"\): Putin will not return/);
    expect(section(out, 'Which news outlets are cited')).toMatch(/Politico[\s\S]*The Washington Post/);
    // chains: Ignatius's column, marked as the curator's inference
    expect(section(out, 'Which statements reached the page through other hands')).toMatch(
      /Trump considered supplying .*: this article ← David Ignatius’s recent Washington Post article \(The Washington Post\) \[inferred\]\n {4}evidence \[97–196\]/,
    );
    // the meeting's date is a reported one
    expect(section(out, 'Which events carry an explicit date')).toMatch(
      /closed-door meeting.*: 2025-01 \(reported by .*not asserted by the article\)\n {4}evidence .*in January 2025/,
    );
    expect(section(out, 'Which weapons systems')).toMatch(/range 300 km\n {4}evidence \[\d+–\d+\]: .*capable of reaching 300 kilometers/);
    expect(section(out, 'What did the curator flag?')).toContain('12 notes');
    expect(out).not.toMatch(ANSI);
  });

  it(
    'answers them of the invented article, of a minimal one and of the corpus, with no story in the code',
    () => {
      const envoys = ok(['summary', '--data', 'data/articles/envoys-tomahawk-question.yaml']);
      expect(section(envoys, 'What is denied, negated')).toMatch(/negated \("No"\): No decision on the Tomahawks has been announced/);
      expect(section(envoys, 'Which news outlets are cited')).toContain('The Meridian Review');
      expect(section(envoys, 'Which weapons systems')).toMatch(/ATACMS .*range up to 300 km/);
      expect(section(envoys, 'Which weapons systems')).toMatch(/Tomahawk .*range about 1600 km/);

      const minimal = join(tmp, 'library-hours.yaml');
      writeFileSync(minimal, `${MINIMAL}\n`);
      const small = ok(['summary', '--data', minimal]);
      expect(small).toContain('Library hours (library-hours)');
      expect(section(small, 'Who is quoted directly')).toMatch(/0 quotations:\n {2}\(none\)/);
      expect(section(small, 'Which news outlets are cited')).toContain('(none)');
      expect(small).not.toContain('Which weapons systems');
      expect(section(small, 'Which statements rest on unnamed sources?')).toContain('(none)');

      const corpus = ok(['summary', '--data', 'data/articles']);
      expect(corpus).toContain('The corpus: 6 articles');
      // each invented article on another story is summarised from its own graph
      for (const slug of ['halvorsen-kettle-recall', 'kessel-denies-fault', 'marlow-doping-case', 'riverton-library-cuts'])
        expect(corpus).toContain(`(${slug}) — An invented`);
      // the follow-up denies a statement of the recall story, and both articles give the recall's size
      expect(section(corpus, 'Which statements support, oppose, deny or correct one in another article')).toMatch(
        /A Kessel thermostat did not cause the overheating .* denies "Halvorsen’s tests traced the fault to a thermostat made by Kessel Components"/,
      );
      expect(corpus).toMatch(
        /There have been 14 burn injuries: this article \(The Fjordside Post \(invented outlet\)\) ← the Coastline Herald’s report on the kettle burns .* ← Appliance Watch’s report/,
      );
      expect(corpus).toMatch(/the public hearing on the library closures: 2025-02-25 \(reported by /);
      const same = section(corpus, 'Which claims appear in several articles');
      expect(same.match(/^ {2}\S/gm)).toHaveLength(3);
      expect(same).toMatch(/^ {2}Halvorsen is recalling about 21,000 electric kettles/m);
      expect(same).toMatch(/ATACMS .*Europe’s envoys revive the Tomahawk question \(unhedged, article-voice\) \/ Trump, Tomahawks and Ukraine/);
    },
    SLOW,
  );

  it('summarises other article graphs with --data, and beside the bundled one with --with-bundled', () => {
    expect(ok(['summary', '--data', 'data/articles/trump-tomahawks.trig'])).toContain('Donald Trump: 3');
    const extra = join(tmp, 'extra.ttl');
    writeFileSync(extra, '<urn:example:x> <http://www.w3.org/2000/01/rdf-schema#label> "x" .\n');
    const ask = 'ASK { <urn:example:x> ?p ?o . id:atacms a cg:WeaponSystem }';
    expect(ok(['query', ask, '--data', extra]).trim()).toBe('false');
    expect(ok(['query', ask, '--data', extra, '--with-bundled']).trim()).toBe('true');
  });
});

describe('claimgraph query', () => {
  const texts = 'SELECT ?speaker ?text WHERE { ?q a schema:Quotation ; schema:text ?text ; cg:holder/rdfs:label ?speaker } ORDER BY ?text';

  it(
    'prints the same rows as table, JSON, CSV, TSV and SPARQL JSON',
    () => {
      const rows: { speaker: string; text: string }[] = json(['query', texts]);
      expect(rows).toHaveLength(7);
      expect(rows.filter((r) => r.speaker === 'Donald Trump')).toHaveLength(3);
      const csv = parseCsv(ok(['query', texts, '--format', 'csv']));
      expect(csv[0]).toEqual(['speaker', 'text']);
      expect(csv.slice(1)).toEqual(rows.map((r) => [r.speaker, r.text]));
      const tsv = ok(['query', texts, '--format', 'tsv'])
        .trimEnd()
        .split('\n')
        .map((l) => l.split('\t'));
      expect(tsv[0]).toEqual(['?speaker', '?text']);
      expect(tsv.slice(1).map((r) => r.map(tsvValue))).toEqual(rows.map((r) => [r.speaker, r.text]));
      const sj = JSON.parse(ok(['query', texts, '--format', 'sparql-json']));
      expect(sj.head.vars).toEqual(['speaker', 'text']);
      expect(sj.results.bindings.map((b: Record<string, { value: string }>) => [b.speaker!.value, b.text!.value])).toEqual(
        rows.map((r) => [r.speaker, r.text]),
      );
      const table = ok(['query', texts]).trimEnd().split('\n');
      expect(table[0]).toMatch(/^speaker\s+text$/);
      expect(table).toHaveLength(2 + 7);
    },
    SLOW,
  );

  it(
    'reads the query from a named query, a file and stdin; ASK prints true/false; CONSTRUCT prints RDF',
    () => {
      const cq4 = parseCsv(ok(['query', '--named', 'cq-4', '--format', 'csv']));
      expect(
        cq4
          .slice(1)
          .map((r) => `${r[1]}: ${r[2]}`)
          .sort(),
      ).toEqual(['David Ignatius: 2', 'Donald Trump: 3', 'a Duma spokesperson: 1', 'a former administration official: 1']);
      const file = join(tmp, 'places.rq');
      writeFileSync(file, '# the named places\nPREFIX s: <http://schema.org/>\nSELECT ?l WHERE { ?p a s:Place ; rdfs:label ?l }');
      expect(labels(json(['query', '-f', file]).map((r: { l: string }) => ({ label: r.l })))).toEqual([
        'Donbass',
        'Iran',
        'Moscow',
        'Russia',
        'St. Petersburg',
        'Ukraine',
        'United States',
      ]);
      expect(ok(['query', '-'], 'PREFIX x: <urn:x#> ASK { id:atacms a cg:WeaponSystem }').trim()).toBe('true');
      expect(ok(['query', '-'], 'ASK { id:ukraine a cg:WeaponSystem }').trim()).toBe('false');
      expect(JSON.parse(ok(['query', 'ASK { ?s ?p ?o }', '--format', 'sparql-json']))).toEqual({ head: {}, boolean: true });
      const construct = 'CONSTRUCT { ?q schema:author ?s } WHERE { ?q a schema:Quotation ; cg:holder ?s }';
      expect(new Parser().parse(ok(['query', construct]))).toHaveLength(7);
      expect(new Parser({ format: 'application/n-quads' }).parse(ok(['query', construct, '--format', 'nquads']))).toHaveLength(7);
    },
    SLOW,
  );

  it(
    'binds parameters as values, never as query text, hostile ones included',
    () => {
      const hedged = 'SELECT ?q WHERE { ?q cg:hedge/skos:notation ?h }';
      expect(parseCsv(ok(['query', hedged, '--bind', 'h=reportedly', '--format', 'csv']))).toHaveLength(3);
      const hostile = 'x" } ; DROP ALL ; #';
      expect(json(['query', 'SELECT ?v WHERE { }', '--bind', `v=${hostile}`])).toEqual([{ v: hostile }]);
      expect(json(['query', hedged, '--bind', `h=${hostile}`])).toEqual([]);
      expect(json(['query', 'SELECT ?l WHERE { ?w rdfs:label ?l }', '--bind', 'w=id:atacms', '--bind', 'unused=1'])).toEqual([{ l: 'ATACMS' }]);
    },
    SLOW,
  );
});

describe('the helper listings', () => {
  it(
    'filter claims, quotations, statements and entities',
    () => {
      expect(json(['quotations', '--speaker', 'Ignatius']).map((q: { channel: string }) => q.channel)).toEqual(['interview', 'written']);
      expect(labels(json(['claims', '--hedge', 'claimed']).map((c: { holder: { label: string } }) => c.holder))).toEqual(['Duma officials']);
      const anonymous = json(['statements', '--sourcing', 'anonymous']).map((s: { holder: { label: string } }) => s.holder.label);
      for (const who of ['a former administration official', 'a Duma spokesperson', 'Duma officials', 'some analysts']) expect(anonymous).toContain(who);
      expect(ok(['claims', '--about', 'ATACMS', '--format', 'csv'])).toContain('300');
      expect(labels(json(['entities', '--type', 'place']))).toEqual(['Donbass', 'Iran', 'Moscow', 'Russia', 'St. Petersburg', 'Ukraine', 'United States']);
    },
    SLOW,
  );

  it(
    'list weapons, sources, places, events, descriptions and notes of one article',
    () => {
      const only = ['--article', 'trump-tomahawks'];
      const weapons = json(['weapons', ...only]);
      expect(labels(weapons)).toEqual(['ATACMS', 'B-2 bomber', 'Tomahawk cruise missile']);
      expect(weapons.find((w: { label: string }) => w.label === 'ATACMS').range).toMatchObject({ value: 300, unit: 'km' });
      expect(labels(weapons.find((w: { label: string }) => w.label.startsWith('Tomahawk')).targets)).toEqual(['Moscow', 'St. Petersburg']);
      expect(labels(json(['sources', ...only]).filter((s: { outlet: boolean }) => s.outlet))).toEqual(['Politico', 'The Washington Post']);
      expect(parseCsv(ok(['places', ...only, '--format', 'csv'])).length - 1).toBe(7);
      expect(ok(['events', ...only, '--format', 'tsv'])).toMatch(/closed-door meeting[^\n]*\t2025-01\t/);
      const described = ok(['descriptions', ...only]);
      for (const d of ['former President', 'Russian President', 'Washington Post reporter', 'lower house of parliament']) expect(described).toContain(d);
      expect(json(['notes', ...only]).length).toBeGreaterThan(0);
    },
    SLOW,
  );
});

describe('one node at a time', () => {
  it(
    'evidence, attribution, path and neighbours',
    () => {
      const evidence = json(['evidence', 'considered-supply']);
      expect(evidence[0]).toMatchObject({ begin: 97, end: 196 });
      expect(evidence[0].text).toContain('reportedly considered supplying Ukraine with Tomahawk cruise missiles');
      expect(ok(['evidence', 'ATACMS', '--format', 'csv'])).toContain('capable of reaching 300 kilometers');
      const chain = json(['attribution', 'considered-supply']);
      expect(chain.map((s: { position: number }) => s.position)).toEqual([1, 2]);
      expect(chain[1].outlet.label).toBe('The Washington Post');
      const path = json(['path', 'David Ignatius', 'Moscow']);
      expect(path.nodes[0].label).toBe('David Ignatius');
      expect(path.nodes.at(-1).label).toBe('Moscow');
      expect(ok(['path', 'Ignatius', 'Moscow'])).toMatch(/David Ignatius/);
      const near = json(['neighbors', 'Ignatius', '--depth', '1']);
      expect(near.some((n: { label: string }) => /Washington Post/.test(n.label))).toBe(true);
      expect(json(['neighbors', 'Ignatius', '--depth', '2']).length).toBeGreaterThan(near.length);
    },
    SLOW,
  );
});

describe('claimgraph export', () => {
  const same = (a: Quad[], b: Quad[]) => expect(isomorphic(a, b)).toBe(true);

  it(
    'writes TriG, N-Quads, Turtle and JSON-LD that read back to the same graph',
    async () => {
      const original = bundled();
      same(new Parser({ format: 'application/trig' }).parse(ok(['export', '--format', 'trig'])), original);
      const file = join(tmp, 'article.nq');
      expect(ok(['export', '--format', 'nquads', '-o', file])).toBe('');
      same(new Parser({ format: 'application/n-quads' }).parse(readFileSync(file, 'utf8')), original);
      const defaultGraph = original.filter((q) => q.graph.termType === 'DefaultGraph');
      same(new Parser({ format: 'text/turtle' }).parse(ok(['export', '--format', 'turtle', '--graph', 'default'])), defaultGraph);
      // The context the export points to is the package's own; no network.
      const context = JSON.parse(readFileSync(join(root, 'ontology/context.jsonld'), 'utf8'));
      const documentLoader = async (url: string) => {
        if (url !== 'https://w3id.org/claimgraph/context.jsonld') throw new Error(`unexpected remote document ${url}`);
        return { contextUrl: undefined, documentUrl: url, document: context };
      };
      const doc = JSON.parse(ok(['export', '--format', 'jsonld']));
      const nquads = (await jsonld.toRDF(doc, { format: 'application/n-quads', documentLoader } as jsonld.Options.ToRdf)) as unknown as string;
      same(new Parser({ format: 'application/n-quads' }).parse(nquads), original);
    },
    SLOW,
  );

  it(
    'writes graph-tool formats, a picture and a page',
    () => {
      expect(ok(['export', '--format', 'graphml'])).toContain('<graphml');
      expect(ok(['export', '--format', 'gexf'])).toContain('<gexf');
      expect(ok(['export', '--format', 'dot', '--node', 'ATACMS'])).toMatch(/digraph/);
      expect(ok(['export', '--format', 'mermaid', '--node', 'ATACMS'])).toMatch(/^(graph|flowchart)/);
      expect(ok(['export', '--format', 'svg', '--node', 'Ignatius'])).toMatch(/^<svg/);
      expect(ok(['export', '--format', 'html'])).toMatch(/^<!doctype html>/i);
    },
    SLOW,
  );
});

describe('claimgraph validate', () => {
  it(
    'accepts the bundled annotation and names the line of a broken one',
    () => {
      expect(ok(['validate', 'data/articles/trump-tomahawks.yaml'])).toContain('valid');
      const broken = join(tmp, 'broken.yaml');
      writeFileSync(broken, 'article:\n  slug: broken\n  text: [\n');
      const r = run(['validate', broken]);
      expect(r.status).toBe(1);
      expect(r.stdout).toContain(broken);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    },
    SLOW,
  );
});

describe('exit codes, help and pipes', () => {
  it(
    'exit 1 with one line naming the fix for user errors',
    () => {
      const unknown = run(['entity', 'Putn']);
      expect(unknown.status).toBe(1);
      expect(unknown.stderr.trim().split('\n')).toHaveLength(1);
      expect(unknown.stderr).toMatch(/Did you mean "Vladimir Putin"/);
      const missing = run(['summary', '--data', join(tmp, 'no-such-file.ttl')]);
      expect([missing.status, missing.stderr]).toEqual([1, expect.stringMatching(/no such file or folder\. Check the path given to --data/)]);
      const bad = join(tmp, 'bad.ttl');
      writeFileSync(bad, '<urn:a> <urn:b> .\n');
      const parse = run(['claims', '--data', bad]);
      expect([parse.status, parse.stderr.trim().split('\n').length]).toEqual([1, 1]);
      expect(parse.stderr).toContain(`${bad}:1`);
      expect(run(['query', 'SELECT ?x WHERE { ?x ?p }']).stderr).toMatch(/line 1/);
      expect(run(['query', '-f', join(tmp, 'missing.rq')]).stderr).toMatch(/cannot read the query .*-f/);
      expect(run(['export', '--format', 'turtle']).stderr).toMatch(/--format trig or nquads, or .*--graph default/);
    },
    SLOW,
  );

  it(
    'exit 2 for bad usage: unknown option or command, missing argument, bad option value',
    () => {
      expect(run(['summary', '--no-such-option']).status).toBe(2);
      expect(run(['frobnicate']).status).toBe(2);
      expect(run(['path', 'Ignatius']).status).toBe(2);
      expect(run(['claims', '--format', 'xml']).status).toBe(2);
      expect(run(['neighbors', 'Ignatius', '--depth', 'two']).status).toBe(2);
    },
    SLOW,
  );

  it(
    'every command’s --help shows an example',
    () => {
      const top = ok(['--help']);
      const commands = [...top.slice(top.indexOf('Commands:')).matchAll(/^ {2}([a-z]+)/gm)].map((m) => m[1]!).filter((c) => c !== 'help');
      expect(commands).toEqual(
        expect.arrayContaining([
          'summary',
          'query',
          'claims',
          'quotations',
          'weapons',
          'entities',
          'sources',
          'events',
          'places',
          'notes',
          'evidence',
          'attribution',
          'path',
          'neighbors',
          'export',
          'validate',
        ]),
      );
      for (const c of commands) expect(ok([c, '--help']), c).toMatch(/Examples?:\n {2}\$ claimgraph /);
    },
    SLOW,
  );

  it(
    'prints no terminal escapes into a pipe, and a progress line once a load passes its threshold',
    () => {
      for (const args of [['summary'], ['claims'], ['query', '--named', 'cq-1'], ['neighbors', 'Ignatius'], ['query', '--help']])
        expect(ok(args)).not.toMatch(ANSI);
      const data = join(tmp, 'progress.nt');
      writeFileSync(data, Array.from({ length: 3_000 }, (_, i) => `<urn:s${i}> <urn:p> "o${i}" .\n`).join(''));
      // The line shows once a load passes CLAIMGRAPH_PROGRESS_MS (a second by default): at 0 it shows on any
      // machine, and at an hour it never does, so both sides are checked however fast the machine is.
      const withThreshold = (ms: string) =>
        spawnSync(process.execPath, [cli, 'articles', '--data', data, '--format', 'json'], {
          cwd: root,
          encoding: 'utf8',
          timeout: 60_000,
          env: { ...process.env, CLAIMGRAPH_PROGRESS_MS: ms },
        });
      const shown = withThreshold('0');
      expect(shown.status, shown.stderr).toBe(0);
      expect(JSON.parse(shown.stdout)).toEqual([]);
      expect(shown.stderr).toBe(`loading ${data}… 3000 quads\n`);
      const quiet = withThreshold('3600000');
      expect(quiet.status, quiet.stderr).toBe(0);
      expect(quiet.stderr).toBe('');
    },
    SLOW,
  );
});

describe('the first hour with an article of one’s own', () => {
  const article = 'test/fixtures/millbrook-library-sundays.yaml';
  const envoys = 'data/articles/envoys-tomahawk-question.yaml';
  const ids = (list: { id: string }[]) => list.map((s) => s.id.replace(/^.*\//, '')).sort();
  const entity = (args: string[]) => JSON.parse(ok(['entity', ...args])) as { id: string; label: string };

  it(
    '--data takes one path, so the command’s own arguments after it stay arguments',
    () => {
      const near = json(['neighbors', '--data', article, 'ana-ruiz']) as { id: string }[];
      expect(near.map((n) => n.id)).toContain('millbrook-library-sundays/sunday-opening-from-may');
      expect(entity(['--data', article, 'tomas-okafor']).label).toBe('Tomas Okafor');
      const path = json(['path', '--data', article, 'ana-ruiz', 'tomas-okafor', '--hubs']) as { steps: unknown[] };
      expect(path.steps.length).toBeGreaterThan(0);
      // Before the arguments, after them, between options: the same.
      expect(json(['neighbors', 'ana-ruiz', '--data', article])).toEqual(near);
      expect(json(['neighbors', '--depth', '1', '--data', article, 'ana-ruiz'])).toEqual(near);
    },
    SLOW,
  );

  it(
    '--data repeats, and several paths after one --data still load when they are graph files',
    () => {
      const slugs = (args: string[]) => (json(['articles', ...args]) as { id: string }[]).map((a) => a.id).sort();
      const both = ['envoys-tomahawk-question', 'millbrook-library-sundays'];
      expect(slugs(['--data', article, '--data', envoys])).toEqual(both);
      expect(slugs(['--data', article, envoys])).toEqual(both);
      expect(slugs([`--data=${article}`, envoys])).toEqual(both);
      // Two paths, then the command's argument: the argument is not taken for a path.
      const near = json(['neighbors', '--data', article, envoys, 'ana-ruiz']) as { id: string }[];
      expect(near.map((n) => n.id)).toContain('millbrook-library-sundays/sunday-opening-from-may');
      // A word the command has no room for is a path, reported as missing.
      const typo = run(['claims', '--data', article, 'no-such-article.yaml']);
      expect([typo.status, typo.stderr]).toEqual([1, expect.stringMatching(/no-such-article\.yaml: no such file or folder/)]);
      // After -- everything is an argument.
      expect(entity(['--data', article, '--', 'ana-ruiz']).id).toBe('ana-ruiz');
      expect(ok(['claims', '--help'])).toMatch(/--data takes one path; repeat it/);
    },
    SLOW,
  );

  it(
    '--speaker takes a name without its "The", a surname one person has, and article for the article’s own voice',
    () => {
      expect(ids(json(['claims', '--data', article, '--speaker', 'Harmon Ledger']))).toEqual(['extra-hours-cost', 'foundation-offer']);
      expect(ids(json(['statements', '--data', article, '--speaker', 'Ruiz']))).toEqual(['families-asked', 'sunday-opening-from-may']);
      expect(ids(json(['claims', '--data', article, '--speaker', 'article']))).toEqual(['closed-since-2011', 'headline']);
      expect(entity(['--data', article, 'Harmon Ledger']).id).toBe('harmon-ledger');
      const unknown = run(['claims', '--data', article, '--speaker', 'Ruis']);
      expect([unknown.status, unknown.stderr]).toEqual([1, expect.stringMatching(/Unknown speaker "Ruis"\. Did you mean "Ana Ruiz"/)]);
      expect(ok(['claims', '--help'])).toMatch(/article\s+for\s+the\s+article’s\s+own\s+voice/);
    },
    SLOW,
  );

  it(
    'reads the headline as a sentence of its own',
    () => {
      const [headline] = json(['evidence', '--data', article, 'headline']) as { sentences: { text: string }[] }[];
      expect(headline!.sentences.map((s) => s.text)).toEqual(['Millbrook library to open on Sundays']);
      expect(ok(['evidence', '--data', article, 'headline', '--format', 'tsv'])).toMatch(/\tMillbrook library to open on Sundays\n$/);
    },
    SLOW,
  );

  it(
    'a file that does not validate names the flag, not the API option',
    () => {
      const text = readFileSync(join(root, article), 'utf8');
      const broken = join(tmp, 'millbrook-broken.yaml');
      // Without the claim for Okafor's sentence, a sentence that reports ("said") models nothing.
      writeFileSync(broken, text.replace(/ {2}- id: budget-vote[\s\S]*?(?= {2}- id: headline)/, ''));
      const r = run(['claims', '--data', broken]);
      expect(r.status).toBe(1);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toContain(`claimgraph validate ${broken}`);
      expect(r.stderr).toContain('--no-validate');
      expect(r.stderr).toMatch(/First: .*Councillor Tomas Okafor said/);
      expect(r.stderr).not.toContain('validate: false');
      expect(ok(['claims', '--data', broken, '--no-validate', '--format', 'json'])).toContain('closed-since-2011');
    },
    SLOW,
  );
});

describe('path and neighbors by layer', () => {
  const article = 'test/fixtures/millbrook-library-sundays.yaml';
  const edges = (args: string[]) => (json(['path', '--data', article, ...args]) as { steps: { predicate: string }[] }).steps.map((s) => s.predicate);

  it(
    '--layers keeps a walk to the edges of the layers named',
    () => {
      // With the hubs, the shortest way is through the article, which mentions both: true of any two.
      expect(edges(['ana-ruiz', 'tomas-okafor', '--hubs'])).toEqual(['cg:mentions', 'cg:mentions']);
      // By default a path goes through what was said, never through the article, its voice or its
      // mentions: here nothing said links the two, and the error says how to see the hub link.
      const told = run(['path', '--data', article, 'ana-ruiz', 'tomas-okafor']);
      expect([told.status, told.stderr]).toEqual([1, expect.stringMatching(/only through .*--hubs/)]);
      // Statements only, hubs allowed: through what each of them said and the article's voice.
      const claim = edges(['ana-ruiz', 'tomas-okafor', '--layers', 'claim', '--hubs']);
      expect(claim.length).toBeGreaterThan(2);
      expect(claim).not.toContain('cg:mentions');
      const near = (layers: string[]) => (json(['neighbors', '--data', article, 'ana-ruiz', ...layers]) as { id: string }[]).map((n) => n.id).sort();
      // Neighbourhoods leave out the article's mention links too, unless asked for with --hubs.
      expect(near([])).toEqual(expect.arrayContaining(['millbrook-library', 'millbrook-library-sundays/sunday-opening-from-may']));
      expect(near([])).not.toContain('millbrook-library-sundays');
      expect(near(['--hubs'])).toEqual(expect.arrayContaining([...near([]), 'millbrook-library-sundays']));
      expect(near(['--layers', 'claim'])).toEqual(['millbrook-library-sundays/families-asked', 'millbrook-library-sundays/sunday-opening-from-may']);
      expect(near(['--layers', 'editorial'])).toEqual([]);
      expect(near(['--layers', 'claim', '--layers', 'editorial'])).toEqual(near(['--layers', 'claim,editorial']));
      expect(near(['--layers', 'claim,editorial'])).toEqual(near(['--layers', 'claim']));
    },
    SLOW,
  );

  it(
    'names the layers when nothing connects through them, and rejects unknown ones',
    () => {
      const none = run(['path', '--data', article, 'ana-ruiz', 'tomas-okafor', '--layers', 'editorial']);
      expect([none.status, none.stderr]).toEqual([1, expect.stringMatching(/not connected through the editorial layer; .*--layers/)]);
      const bad = run(['neighbors', '--data', article, 'ana-ruiz', '--layers', 'facts']);
      expect([bad.status, bad.stderr]).toEqual([1, expect.stringMatching(/layers must be a list of 'fact', 'claim', 'editorial'/)]);
    },
    SLOW,
  );
});
