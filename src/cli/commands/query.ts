/** `claimgraph query`: SPARQL from an argument, a file, stdin or the named queries, with bound parameters. */
import { readFileSync } from 'node:fs';
import type { Term } from '@rdfjs/types';
import type { Command } from 'commander';
import { DataFactory } from 'n3';
import { ClaimGraph } from '../../graph.js';
import { ClaimGraphError } from '../../errors.js';
import { RDF_FORMATS, type RdfFormat } from '../../io/formats.js';
import { serializeRdf } from '../../io/serialize.js';
import { namedQuery } from '../../sparql/named.js';
import { PREFIXES, expand } from '../../vocab.js';
import { loadGraph } from '../load.js';
import { ROW_FORMATS, printBoolean, printRows } from '../output.js';
import { collect, defineCommand, formatOption, wholeNumber, type Opts } from '../options.js';

/** SELECT, ASK, CONSTRUCT or DESCRIBE: the first keyword after comments, PREFIX and BASE. */
function queryForm(text: string): string | undefined {
  const prologue = /^\s*(?:#[^\n]*(?:\n|$)|PREFIX\s+[\w.-]*:\s*<[^>]*>|BASE\s*<[^>]*>)/i;
  let rest = text;
  for (let m = prologue.exec(rest); m?.[0].length; m = prologue.exec(rest)) rest = rest.slice(m[0].length);
  return /^\s*(SELECT|ASK|CONSTRUCT|DESCRIBE)\b/i.exec(rest)?.[1]?.toUpperCase();
}

/** `name=value`: `<iri>` or a known prefixed name is an IRI; anything else goes to the engine as given (never into the text). */
function parseBinding(binding: string): [string, Term | string] {
  const m = /^[?$]?([A-Za-z_][\w]*)=(.*)$/s.exec(binding);
  if (!m) throw new ClaimGraphError(`--bind "${binding}" is not name=value. Write it as --bind speaker=id:donald-trump.`);
  const [, name, value] = m as unknown as [string, string, string];
  if (/^<[^<>\s]*>$/.test(value)) return [name, DataFactory.namedNode(value.slice(1, -1))];
  const prefix = /^([a-z][\w-]*):/i.exec(value)?.[1];
  if (prefix && prefix in PREFIXES && !value.includes('//') && !/\s/.test(value)) return [name, DataFactory.namedNode(expand(value))];
  return [name, value];
}

function queryText(sparql: string | undefined, o: Opts): string {
  const given = [sparql !== undefined && sparql !== '-', o.file !== undefined, o.named !== undefined].filter(Boolean).length;
  if (given > 1) throw new ClaimGraphError('Give the query one way only: as text, with -f FILE, or with --named NAME.');
  if (o.named) return namedQuery(o.named);
  const file: string | number | undefined = o.file ?? (sparql === '-' || (sparql === undefined && !process.stdin.isTTY) ? 0 : undefined);
  if (file === undefined) return sparql ?? '';
  try {
    return readFileSync(file, 'utf8');
  } catch (e) {
    throw new ClaimGraphError(
      `${file === 0 ? 'stdin' : file}: cannot read the query (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}). Check the path given to -f.`,
    );
  }
}

export function registerQuery(program: Command): void {
  defineCommand(program, 'query', 'run a SPARQL query: text, -f FILE, - for stdin, or --named NAME', [
    'claimgraph query --named cq-4 --format csv',
    "claimgraph query 'SELECT ?q WHERE { ?q cg:hedge/skos:notation ?h }' --bind h=reportedly",
    "echo 'ASK { id:atacms a cg:WeaponSystem }' | claimgraph query -",
  ])
    .argument('[sparql]', 'the query text, or - to read it from stdin')
    .option('-f, --file <file>', 'read the query from a file')
    .option('--named <name>', 'a bundled named query: cq-1 … cq-16, or a family such as quotations-by-speaker (parameters by --bind)')
    .option('--bind <name=value>', 'bind ?name: <iri>, a prefixed name (id:atacms) or a plain string; repeatable', collect)
    .option('--timeout <ms>', 'stop the query after this many milliseconds (0 for none)', wholeNumber('--timeout'))
    .option('--endpoint <url>', 'ask a remote SPARQL endpoint instead of the loaded graph; repeat it for stores read as one', collect)
    .addOption(formatOption([...ROW_FORMATS, ...RDF_FORMATS]))
    .addHelpText(
      'after',
      '\nSELECT prints rows (table, json, csv, tsv, sparql-json); ASK prints true or false;\nCONSTRUCT and DESCRIBE print Turtle (TriG when there are named graphs) or the RDF format asked for.\n',
    )
    .action(async (sparql: string | undefined, o: Opts) => {
      const text = queryText(sparql, o);
      if (!text.trim()) throw new ClaimGraphError('No query given. Pass the SPARQL text, -f FILE, --named cq-4, or pipe it on stdin with -.');
      const bindings = Object.fromEntries(((o.bind as string[] | undefined) ?? []).map(parseBinding));
      const options = { bindings, ...(o.timeout !== undefined ? { timeout: o.timeout as number } : {}) };
      const endpoints = (o.endpoint as string[] | undefined) ?? [];
      const target = endpoints.length ? ClaimGraph.fromEndpoint(endpoints) : await loadGraph(o);
      const format = o.format as string;
      const form = queryForm(text) ?? 'SELECT'; // anything else: let the engine name the problem
      const rdf = (RDF_FORMATS as readonly string[]).includes(format);
      if (form === 'CONSTRUCT' || form === 'DESCRIBE') {
        if (!rdf && format !== 'table') throw new ClaimGraphError(`A ${form} query gives quads; use --format ${RDF_FORMATS.join(', ')}.`);
        const quads = await target.construct(text, options);
        const chosen: RdfFormat = rdf ? (format as RdfFormat) : quads.some((q) => q.graph.termType !== 'DefaultGraph') ? 'trig' : 'turtle';
        process.stdout.write(await serializeRdf(quads, chosen));
        return;
      }
      if (rdf) throw new ClaimGraphError(`A ${form} query gives ${form === 'ASK' ? 'true or false' : 'rows'}; use --format ${ROW_FORMATS.join(', ')}.`);
      if (form === 'ASK') process.stdout.write(printBoolean(await target.ask(text, options), format));
      else process.stdout.write(printRows(await target.select(text, options), format));
    });
}
