/** Commands that write or check files: export, validate, publish. */
import { existsSync, writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import { Option } from 'commander';
import type { ClaimGraph } from '../../graph.js';
import { ClaimGraphError } from '../../errors.js';
import { DERIVED_FORMATS, RDF_FORMATS } from '../../io/formats.js';
import { GRAPH_FORMATS } from '../../render/exports.js';
import { validateFiles } from '../../corpus.js';
import { formatProblem } from '../../validate/index.js';
import { loadGraph } from '../load.js';
import { defineCommand, formatOption, wholeNumber, type Opts } from '../options.js';

const EXPORTS = [...RDF_FORMATS, ...DERIVED_FORMATS, ...GRAPH_FORMATS, 'svg', 'html'] as const;
const isOne = <T extends string>(list: readonly T[], value: string): value is T => (list as readonly string[]).includes(value);

async function render(kg: ClaimGraph, o: Opts): Promise<string> {
  const format = o.format as string;
  if (isOne(RDF_FORMATS, format)) {
    const named = kg.store.getGraphs(null, null, null).some((g) => g.termType !== 'DefaultGraph');
    if (!o.graph && named && (format === 'turtle' || format === 'ntriples')) {
      throw new ClaimGraphError(
        `${format} holds one graph, but the loaded graph also has named graphs (claim contents, editorial notes). Use --format trig or nquads, or pick one graph with --graph default.`,
      );
    }
    return kg.serialize({ format, ...(o.graph ? { graph: o.graph as string } : {}) });
  }
  if (isOne(DERIVED_FORMATS, format)) return kg.serialize({ format, ...(o.graph ? { graph: o.graph as string } : {}) });
  const around = o.node ? { node: o.node as string, depth: o.depth as number } : {};
  if (isOne(GRAPH_FORMATS, format)) return kg.exportGraph(format, around);
  if (format === 'svg') return kg.draw(o.node ?? kg.articles()[0]?.iri ?? [], { depth: o.depth });
  return kg.toHTML();
}

export function registerFiles(program: Command): void {
  defineCommand(
    program,
    'export',
    'write the graph as RDF, as nanopublications or ClaimReview JSON-LD, for graph tools (GraphML, GEXF, DOT, Mermaid), as an SVG picture or as an explorer page',
    [
      'claimgraph export --format turtle -o article.ttl',
      'claimgraph export --format svg --node Ignatius --depth 1 -o ignatius.svg',
      'claimgraph export --format graphml -o article.graphml',
      'claimgraph export --format nanopub -o statements.trig',
      'claimgraph export --format claimreview -o reviews.json',
    ],
  )
    .addOption(formatOption(EXPORTS, 'trig'))
    .option('-o, --output <file>', 'write to a file instead of stdout')
    .option('--graph <iri>', 'RDF formats: only this named graph ("default" for the default graph)')
    .option('--node <node>', 'svg and graph-tool formats: only this node’s neighbourhood')
    .option('--depth <n>', 'with --node: hops', wholeNumber('--depth'), 1)
    .action(async (o: Opts) => {
      const text = await render(await loadGraph(o), o);
      const body = text.endsWith('\n') ? text : `${text}\n`;
      if (!o.output) return void process.stdout.write(body);
      try {
        writeFileSync(o.output, body);
      } catch (e) {
        throw new ClaimGraphError(
          `${o.output}: cannot write the file (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}). Check the folder exists and is writable.`,
        );
      }
    });

  defineCommand(
    program,
    'validate',
    'check article files: syntax, annotation spans, SHACL shapes; one line per problem',
    ['claimgraph validate data/articles/my-article.yaml', 'claimgraph validate data/articles --format json'],
    { data: false },
  )
    .argument('<files...>', 'annotation (.yaml) or RDF files, or folders of them')
    .addOption(new Option('--format <format>', 'output format').choices(['text', 'json']).default('text'))
    .action(async (files: string[], o: Opts) => {
      for (const f of files) if (!existsSync(f)) throw new ClaimGraphError(`${f}: no such file or folder. Check the path.`);
      const report = await validateFiles(files);
      if (o.format === 'json') process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      else for (const p of report.problems) process.stdout.write(`${formatProblem(p)}\n`);
      const violations = report.problems.filter((p) => p.severity === 'violation').length;
      if (!report.conforms) throw new ClaimGraphError(`${violations} problem${violations === 1 ? '' : 's'} in ${files.join(', ')}; fix them as listed above.`);
      if (o.format !== 'json')
        process.stdout.write(`${files.join(', ')}: valid${report.problems.length ? ` (${report.problems.length} warnings or notes above)` : ''}\n`);
    });

  defineCommand(program, 'publish', 'write the graph to a SPARQL 1.1 store', [
    'claimgraph publish --endpoint http://127.0.0.1:8890/sparql --user dba --password dba',
  ])
    .requiredOption('--endpoint <url>', 'the SPARQL (update) endpoint')
    .option('--graph-store <url>', 'a Graph Store Protocol URL to write through instead')
    .option('--user <user>')
    .option('--password <password>')
    .action(async (o: Opts) => {
      const kg = await loadGraph(o);
      const report = await kg.publish(o.endpoint, {
        ...(o.graphStore ? { graphStore: o.graphStore } : {}),
        ...(o.user ? { auth: { user: o.user, password: o.password ?? '' } } : {}),
        ...(process.stderr.isTTY
          ? { onProgress: (p: { graph: string; sent: number; total: number }) => process.stderr.write(`\r${p.sent}/${p.total} ${p.graph}`) }
          : {}),
      });
      if (process.stderr.isTTY) process.stderr.write('\n');
      process.stdout.write(`published ${report.triples} triples in ${report.graphs.length} graphs to ${o.endpoint} (${Math.round(report.ms)} ms)\n`);
    });
}
