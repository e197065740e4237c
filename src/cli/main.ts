#!/usr/bin/env node
/**
 * The claimgraph command line. Exit codes: 0 success, 1 a user error (the message
 * names the fix), 2 bad usage. Output is plain text a pipe can consume.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { Command, CommanderError, Option } from 'commander';
import { ClaimGraph } from '../graph.js';
import { ClaimGraphError } from '../errors.js';
import { RDF_FORMATS } from '../io/formats.js';
import { GRAPH_FORMATS } from '../render/exports.js';
import { loadGraph, type DataOptions } from './load.js';
import { LIST_FORMATS, QUERY_FORMATS, printList, printRows } from './output.js';
import { summary } from './summary.js';

const program = new Command('claimgraph')
  .description('Who claimed what, about whom, through which sources, with what hedging: query news articles as knowledge graphs.')
  .exitOverride()
  .configureOutput({ writeErr: (s) => process.stderr.write(s) })
  .showHelpAfterError('(run with --help for usage)');

type Opts = DataOptions & Record<string, any>;

/** A command with the shared --data/--with-bundled options and an example in its help. */
function command(name: string, description: string, example: string): Command {
  return program
    .command(name)
    .description(description)
    .option('--data <paths...>', 'article graphs to load instead of the bundled one (files or folders: .yaml, .ttl, .trig, .nt, .nq, .jsonld)')
    .option('--with-bundled', 'load the bundled article as well as --data')
    .addHelpText('after', `\nExample:\n  $ ${example}\n`);
}

const write = (text: string) => process.stdout.write(text);
const format = (list: readonly string[]) => new Option('--format <format>', `output format: ${list.join(', ')}`).default('table');

command('summary', 'what the loaded articles hold, and a few competency questions answered with their evidence', 'claimgraph summary').action(async (o: Opts) => {
  write(summary(await loadGraph(o)));
});

command('query', 'run a SPARQL query (text, -f FILE, - for stdin, or --named NAME)', "claimgraph query --named cq-4 --format csv")
  .argument('[sparql]', 'the query text, or - to read it from stdin')
  .option('-f, --file <file>', 'read the query from a file')
  .option('--named <name>', 'a bundled named query (cq-1 … cq-16)')
  .option('--bind <name=value...>', 'bind ?name to a value (an IRI if it looks like one, else a string); repeatable')
  .option('--timeout <ms>', 'stop the query after this many milliseconds', (v) => Number(v))
  .option('--endpoint <url>', 'run the query on a remote SPARQL endpoint instead of the local graph')
  .addOption(format(QUERY_FORMATS))
  .action(async (sparql: string | undefined, o: Opts) => {
    const kg = await loadGraph(o);
    const text = o.named ? kg.namedQuery(o.named) : o.file ? readFileSync(o.file, 'utf8') : sparql === '-' || (!sparql && !process.stdin.isTTY) ? readFileSync(0, 'utf8') : sparql;
    if (!text) throw new ClaimGraphError('No query given. Pass the SPARQL text, -f FILE, --named cq-4, or pipe it on stdin.');
    const bindings = Object.fromEntries(((o.bind as string[] | undefined) ?? []).map((b) => {
      const i = b.indexOf('=');
      if (i < 1) throw new ClaimGraphError(`--bind "${b}" is not name=value.`);
      return [b.slice(0, i).replace(/^\?/, ''), b.slice(i + 1)];
    }));
    const target = o.endpoint ? ClaimGraph.fromEndpoint(o.endpoint) : kg;
    const options = { bindings, ...(o.timeout ? { timeout: o.timeout } : {}) };
    const form = /^\s*(?:(?:PREFIX|BASE)[^\n]*\n|#[^\n]*\n|\s)*(SELECT|ASK|CONSTRUCT|DESCRIBE)/i.exec(text.replace(/^\s*#.*$/gm, ''))?.[1]?.toUpperCase();
    if (form === 'ASK') write(`${await target.ask(text, options)}\n`);
    else if (form === 'CONSTRUCT' || form === 'DESCRIBE') {
      const quads = await target.construct(text, options);
      const out = new ClaimGraph();
      await out.add(quads);
      write(await out.serialize({ format: quads.some((q) => q.graph.termType !== 'DefaultGraph') ? 'trig' : 'turtle' }));
    } else write(printRows(await target.select(text, options), o.format));
  });

const statementFilters = (c: Command) =>
  c.option('--speaker <who>', 'the source or speaker (id, IRI or name)')
    .option('--about <what>', 'an entity the statement is about')
    .option('--hedge <cue>', 'reportedly, suggested, claimed, notes, allegedly, none, or any')
    .option('--sourcing <type>', 'named-on-record, anonymous, second-hand, article-voice')
    .option('--channel <channel>', 'interview, written, statement, speech, …')
    .option('--article <article>', 'only this article (slug, IRI or title)')
    .addOption(format(LIST_FORMATS));
const filters = (o: Opts) => Object.fromEntries(['speaker', 'about', 'hedge', 'sourcing', 'channel', 'article', 'type'].filter((k) => o[k] !== undefined).map((k) => [k, o[k]]));

for (const [name, what] of [['claims', 'claims'], ['quotations', 'quotations'], ['statements', 'claims and quotations']] as const) {
  statementFilters(command(name, `list ${what}, filtered`, `claimgraph ${name} --speaker Trump --hedge any`)).action(async (o: Opts) => {
    const kg = await loadGraph(o);
    const list = kg[name](filters(o));
    const rows = list.map((s) => ({ id: s.id, speaker: s.source.label, ...('text' in s ? { text: s.text } : { claim: s.label }), channel: s.channel, hedge: s.hedge, sourcing: s.sourcing }));
    write(printList(o.format === 'json' ? list : rows, o.format));
  });
}

for (const name of ['weapons', 'sources', 'places', 'events', 'notes', 'articles'] as const) {
  command(name, `list ${name}`, `claimgraph ${name} --format json`)
    .option('--article <article>', 'only this article (slug, IRI or title)')
    .addOption(format(LIST_FORMATS))
    .action(async (o: Opts) => {
      const kg = await loadGraph(o);
      const list = name === 'articles' ? kg.articles() : kg[name](filters(o));
      write(printList(list, o.format));
    });
}

command('entities', 'list entities, by kind or class', 'claimgraph entities --type person')
  .option('--type <type>', 'person, organization, unnamed-source, place, weapon, event, document, concept, or a class such as schema:Person')
  .option('--article <article>', 'only this article')
  .addOption(format(LIST_FORMATS))
  .action(async (o: Opts) => {
    const kg = await loadGraph(o);
    write(printList(kg.entities(filters(o)).map((e) => (o.format === 'json' ? e : { id: e.id, label: e.label, kind: e.kind, mentions: e.mentions, wikidata: e.wikidata ?? '', described: e.descriptions.join('; ') })), o.format));
  });

command('entity', 'one entity in full', 'claimgraph entity Putin')
  .argument('<id>', 'id, IRI or name')
  .action(async (id: string, o: Opts) => {
    write(`${JSON.stringify((await loadGraph(o)).entity(id), null, 2)}\n`);
  });

command('evidence', 'the text that supports a claim, quotation or entity, with offsets and sentences', 'claimgraph evidence considered-supply')
  .argument('<id>', 'a claim, quotation or entity (id, IRI or name)')
  .addOption(format(LIST_FORMATS))
  .action(async (id: string, o: Opts) => {
    const evidence = (await loadGraph(o)).evidence(id);
    write(printList(o.format === 'json' ? evidence : evidence.map((e) => ({ begin: e.begin, end: e.end, text: e.text, sentence: e.sentences.map((s) => s.text).join(' ') })), o.format));
  });

command('attribution', 'the chain of reports behind a claim or quotation, nearest first', 'claimgraph attribution considered-supply')
  .argument('<id>', 'a claim or quotation')
  .addOption(format(LIST_FORMATS))
  .action(async (id: string, o: Opts) => {
    const chain = (await loadGraph(o)).attribution(id);
    write(printList(o.format === 'json' ? chain : chain.map((s) => ({ position: s.position, step: s.label, agent: s.agent?.label ?? '', outlet: s.outlet?.label ?? '' })), o.format));
  });

command('path', 'the shortest connection between two nodes', "claimgraph path 'David Ignatius' Moscow")
  .argument('<from>')
  .argument('<to>')
  .addOption(format(LIST_FORMATS))
  .action(async (from: string, to: string, o: Opts) => {
    const path = (await loadGraph(o)).path(from, to);
    if (!path) throw new ClaimGraphError(`"${from}" and "${to}" are not connected in the graph.`);
    write(printList(o.format === 'json' ? path : path.steps.map((s) => ({ from: s.from.label, edge: s.forward ? `—${s.predicate}→` : `←${s.predicate}—`, to: s.to.label })), o.format));
  });

command('neighbors', 'nodes within N hops', 'claimgraph neighbors Ignatius --depth 2')
  .argument('<node>')
  .option('--depth <n>', 'hops', (v) => Number(v), 1)
  .addOption(format(LIST_FORMATS))
  .action(async (node: string, o: Opts) => {
    write(printList((await loadGraph(o)).neighbors(node, { depth: o.depth }), o.format));
  });

const EXPORTS = [...RDF_FORMATS, ...GRAPH_FORMATS, 'svg', 'html'] as const;
command('export', 'write the graph as RDF, for graph tools, as a picture or as an explorer page', 'claimgraph export --format html -o graph.html')
  .addOption(new Option('--format <format>', `one of ${EXPORTS.join(', ')}`).default('trig'))
  .option('-o, --output <file>', 'write to a file instead of stdout')
  .option('--node <node>', 'svg and graph formats: only this node’s neighbourhood')
  .option('--depth <n>', 'with --node: hops', (v) => Number(v), 1)
  .action(async (o: Opts) => {
    const kg = await loadGraph(o);
    const f = String(o.format);
    let text: string;
    if ((RDF_FORMATS as readonly string[]).includes(f)) text = await kg.serialize({ format: f });
    else if ((GRAPH_FORMATS as readonly string[]).includes(f)) text = kg.exportGraph(f as (typeof GRAPH_FORMATS)[number], o.node ? { node: o.node, depth: o.depth } : {});
    else if (f === 'svg') text = kg.draw(o.node ?? kg.articles()[0]?.iri ?? '', { depth: o.depth });
    else if (f === 'html') text = kg.toHTML();
    else throw new ClaimGraphError(`Unknown export format "${f}". Use one of ${EXPORTS.join(', ')}.`);
    if (o.output) writeFileSync(o.output, text);
    else write(text.endsWith('\n') ? text : `${text}\n`);
  });

command('validate', 'check article files: syntax, annotation spans, SHACL shapes', 'claimgraph validate data/articles/my-article.yaml')
  .argument('<files...>')
  .action(async (files: string[]) => {
    const index = (await import('../index.js')) as Record<string, unknown>;
    const validateFiles = index.validateFiles as ((paths: string[]) => Promise<{ conforms: boolean; problems: { message: string; place?: string; fix?: string }[] }>) | undefined;
    if (validateFiles) {
      const report = await validateFiles(files);
      for (const p of report.problems) write(`${p.place ? `${p.place}: ` : ''}${p.message}${p.fix ? ` Fix: ${p.fix}` : ''}\n`);
      if (!report.conforms) throw new ClaimGraphError(`${report.problems.length} problem(s) found.`);
    } else {
      for (const f of files) await new ClaimGraph().loadFile(f);
    }
    write(`${files.length} file(s) valid\n`);
  });

command('publish', 'write the graph to a SPARQL 1.1 store', 'claimgraph publish --endpoint http://127.0.0.1:8890/sparql')
  .requiredOption('--endpoint <url>', 'the SPARQL (update) endpoint')
  .option('--graph-store <url>', 'a Graph Store Protocol URL to write through instead')
  .option('--user <user>')
  .option('--password <password>')
  .action(async (o: Opts) => {
    const kg = await loadGraph(o);
    const report = await kg.publish(o.endpoint, {
      ...(o.graphStore ? { graphStore: o.graphStore } : {}),
      ...(o.user ? { auth: { user: o.user, password: o.password ?? '' } } : {}),
      ...(process.stderr.isTTY ? { onProgress: (p: { graph: string; sent: number; total: number }) => process.stderr.write(`\r${p.sent}/${p.total} ${p.graph}`) } : {}),
    });
    write(`published ${report.triples} triples in ${report.graphs.length} graphs to ${o.endpoint} (${Math.round(report.ms)} ms)\n`);
  });

program.parseAsync(process.argv).catch((e: unknown) => {
  if (e instanceof CommanderError) process.exit(e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.exitCode === 0 ? 0 : 2);
  if (e instanceof ClaimGraphError) {
    process.stderr.write(`claimgraph: ${e.message.split('\n')[0]}\n`);
    process.exit(1);
  }
  process.stderr.write(`claimgraph: ${(e as Error)?.stack ?? String(e)}\n`);
  process.exit(1);
});
