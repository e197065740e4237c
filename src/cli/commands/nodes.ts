/** One node at a time: entity, evidence, attribution, path, neighbors, central. */
import type { Command } from 'commander';
import { ClaimGraphError } from '../../errors.js';
import type { Evidence } from '../../model/types.js';
import { loadGraph } from '../load.js';
import { LIST_FORMATS, printList } from '../output.js';
import { commaList, defineCommand, formatOption, wholeNumber, type Opts } from '../options.js';

const out = (text: string) => process.stdout.write(text);
const LAYERS_HELP =
  'follow only edges of these layers: fact, claim (statements, their holders and report steps), editorial; comma-separated or repeated (default: all)';
/** The walk options given on the command line; the API checks the layer names. */
const layersOf = (o: Opts) => (o.layers ? { layers: o.layers as never[] } : {});
const sentenceOf = (e: Evidence) =>
  e.sentences
    .map((s) => s.text)
    .join(' ')
    .replace(/\s+/g, ' ');

export function registerNodes(program: Command): void {
  defineCommand(program, 'entity', 'one entity in full, as JSON', ['claimgraph entity Putin'])
    .argument('<id>', 'id, IRI or name')
    .action(async (id: string, o: Opts) => {
      out(`${JSON.stringify((await loadGraph(o)).entity(id), null, 2)}\n`);
    });

  defineCommand(program, 'evidence', 'the text that supports a claim, quotation or entity: offsets and sentences', [
    'claimgraph evidence considered-supply',
    'claimgraph evidence ATACMS --format json',
  ])
    .argument('<id>', 'a claim, quotation or entity (id, IRI or name)')
    .addOption(formatOption(LIST_FORMATS))
    .action(async (id: string, o: Opts) => {
      const evidence = (await loadGraph(o)).evidence(id);
      out(printList(evidence, o.format, { row: (e: Evidence) => ({ begin: e.begin, end: e.end, text: e.text, sentence: sentenceOf(e) }) }));
    });

  defineCommand(program, 'attribution', 'the chain of reports behind a claim or quotation, nearest first', ['claimgraph attribution considered-supply'])
    .argument('<id>', 'a claim or quotation (id, IRI or label)')
    .addOption(formatOption(LIST_FORMATS))
    .action(async (id: string, o: Opts) => {
      const chain = (await loadGraph(o)).attribution(id);
      out(printList(chain, o.format, { row: (s) => ({ position: s.position, step: s.label, agent: s.agent?.label ?? '', outlet: s.outlet?.label ?? '' }) }));
    });

  defineCommand(program, 'path', 'the shortest connection between two nodes through statements and entities, each step with its sentence', [
    "claimgraph path 'David Ignatius' Moscow",
    'claimgraph path Ignatius Putin --layers claim',
    'claimgraph path Putin ATACMS --hubs',
  ])
    .argument('<from>', 'id, IRI or name')
    .argument('<to>', 'id, IRI or name')
    .option('--layers <layers>', LAYERS_HELP, commaList)
    .option('--hubs', 'also go through an article, its own voice, its mention and part-of links (true of any two things it mentions)')
    .addOption(formatOption(LIST_FORMATS))
    .action(async (from: string, to: string, o: Opts) => {
      const kg = await loadGraph(o);
      const path = kg.path(from, to, { ...layersOf(o), ...(o.hubs ? { hubs: true } : {}) });
      const viaHub = !path && !o.hubs && kg.path(from, to, { ...layersOf(o), hubs: true });
      if (viaHub)
        throw new ClaimGraphError(
          `"${from}" and "${to}" are connected only through ${viaHub.nodes
            .slice(1, -1)
            .map((n) => n.label)
            .join(' and ')}, which links everything it mentions; pass --hubs to see that path.`,
        );
      if (!path && o.layers)
        throw new ClaimGraphError(
          `"${from}" and "${to}" are not connected through the ${(o.layers as string[]).join(', ')} layer${o.layers.length === 1 ? '' : 's'}; add layers to --layers, or leave it out to follow every edge.`,
        );
      if (!path) throw new ClaimGraphError(`"${from}" and "${to}" are not connected in the loaded graph; load the articles that link them with --data.`);
      out(
        printList(o.format === 'json' ? path : path.steps, o.format, {
          row: (s) => ({ from: s.from.label, edge: s.forward ? `—${s.predicate}→` : `←${s.predicate}—`, to: s.to.label, evidence: s.evidence ?? '' }),
        }),
      );
    });

  defineCommand(program, 'neighbors', 'nodes within N hops of a node', [
    'claimgraph neighbors Ignatius --depth 2',
    'claimgraph neighbors Ignatius --layers fact',
    'claimgraph neighbors Putin --hubs',
  ])
    .argument('<node>', 'id, IRI or name')
    .option('--depth <n>', 'hops', wholeNumber('--depth'), 1)
    .option('--layers <layers>', LAYERS_HELP, commaList)
    .option('--hubs', 'also walk through articles, their voice and their mention links')
    .addOption(formatOption(LIST_FORMATS))
    .action(async (node: string, o: Opts) => {
      out(
        printList((await loadGraph(o)).neighbors(node, { depth: o.depth, ...layersOf(o), hubs: o.hubs === true }), o.format, {
          columns: ['depth', 'kind', 'id', 'label'],
        }),
      );
    });

  defineCommand(program, 'central', 'the most central nodes (PageRank)', ['claimgraph central --kind person --limit 3'])
    .option('--kind <kind...>', 'only these kinds: person, organization, place, weapon, claim, …')
    .option('--limit <n>', 'how many', wholeNumber('--limit'), 10)
    .addOption(formatOption(LIST_FORMATS))
    .action(async (o: Opts) => {
      const kg = await loadGraph(o);
      out(printList(kg.central({ limit: o.limit, ...(o.kind ? { kinds: o.kind } : {}) }), o.format));
    });
}
