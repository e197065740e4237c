/** The helper listings: claims, quotations, statements, entities, weapons, sources, places, events, notes, descriptions, articles. */
import type { Command } from 'commander';
import type { ClaimGraph } from '../../graph.js';
import type { Ref, Statement } from '../../model/types.js';
import { loadGraph } from '../load.js';
import { LIST_FORMATS, printList, type ListView } from '../output.js';
import { defineCommand, filtersOf, formatOption, type Opts } from '../options.js';

const STATEMENT_FILTERS = ['speaker', 'about', 'hedge', 'sourcing', 'channel', 'article'] as const;

const statementRow = (s: Statement) => ({
  id: s.id,
  speaker: s.holder.label,
  ...(s.kind === 'quotation' ? { text: s.text } : { claim: s.label }),
  channel: s.channel,
  hedge: s.hedge,
  sourcing: s.sourcing,
});

const count = (refs: Ref[]) => refs.length;

/** Per listing: the helper to call and how it reads in a terminal. */
const LISTS: Record<string, { describe: string; run: (kg: ClaimGraph, f: Record<string, string>) => unknown[]; view?: ListView; example: string }> = {
  weapons: {
    describe: 'weapons systems, their category, range, targets and uses',
    run: (kg, f) => kg.weapons(f),
    view: { columns: ['id', 'label', 'categoryLabel', 'range', 'targets', 'usedIn', 'mentions'] },
    example: 'claimgraph weapons --format json',
  },
  sources: {
    describe: 'sources: people, organisations, documents and unnamed sources that statements pass through',
    run: (kg, f) => kg.sources(f),
    view: { columns: ['id', 'label', 'kind', 'unnamed', 'outlet', 'statements'], row: (s) => ({ ...s, statements: count(s.statements) }) },
    example: 'claimgraph sources --format csv',
  },
  places: { describe: 'named places', run: (kg, f) => kg.places(f), view: { columns: ['id', 'label', 'mentions', 'wikidata'] }, example: 'claimgraph places' },
  events: {
    describe: 'events, with dates when the article gives one',
    run: (kg, f) => kg.events(f),
    view: { columns: ['id', 'label', 'date', 'attendees', 'location'], row: (e) => ({ ...e, date: e.date?.value }) },
    example: 'claimgraph events --format tsv',
  },
  notes: {
    describe: 'editorial notes on the article',
    run: (kg, f) => kg.notes(f),
    view: { columns: ['id', 'motivation', 'text', 'targets'] },
    example: 'claimgraph notes --format json',
  },
  descriptions: {
    describe: 'how the article describes each person and institution',
    run: (kg, f) => kg.descriptions(f),
    view: { columns: ['entity', 'text', 'evidence'], row: (d) => ({ ...d, evidence: `${d.evidence.begin}–${d.evidence.end}` }) },
    example: 'claimgraph descriptions',
  },
  articles: {
    describe: 'the loaded articles and what they hold',
    run: (kg, f) => kg.articles().filter((a) => !f.article || [a.id, a.iri, a.label].includes(f.article)),
    view: { row: (a) => ({ id: a.id, label: a.label, published: a.published, ...a.counts }) },
    example: 'claimgraph articles --data data/articles',
  },
};

export function registerLists(program: Command): void {
  for (const name of ['claims', 'quotations', 'statements'] as const) {
    defineCommand(program, name, `list ${name === 'statements' ? 'claims and quotations' : name}, filtered`, [
      `claimgraph ${name} --speaker Trump --hedge any`,
      `claimgraph ${name} --sourcing anonymous --format csv`,
    ])
      .option(
        '--speaker <who>',
        'the source or speaker: id, IRI or name ("the" optional, a surname one person has), article for the article’s own voice, unspecified for an unnamed one',
      )
      .option('--about <what>', 'an entity the statement is about (id, IRI or name)')
      .option('--hedge <cue>', 'reportedly, suggested, claimed, notes, allegedly, none, or any')
      .option('--sourcing <type>', 'named-on-record, anonymous, second-hand, article-voice')
      .option('--channel <channel>', 'interview, written, statement, closed-door-meeting, speech, …')
      .option('--article <article>', 'only this article (slug, IRI or title)')
      .addOption(formatOption(LIST_FORMATS))
      .action(async (o: Opts) => {
        const list = (await loadGraph(o))[name](filtersOf(o, STATEMENT_FILTERS));
        process.stdout.write(printList(list, o.format, { row: statementRow }));
      });
  }

  defineCommand(program, 'entities', 'list entities, by kind or class', [
    'claimgraph entities --type person',
    'claimgraph entities --type schema:Place --format json',
  ])
    .option('--type <type>', 'person, organization, unnamed-source, place, weapon, event, document, concept, or a class such as schema:Person')
    .option('--article <article>', 'only this article (slug, IRI or title)')
    .addOption(formatOption(LIST_FORMATS))
    .action(async (o: Opts) => {
      const list = (await loadGraph(o)).entities(filtersOf(o, ['type', 'article']));
      process.stdout.write(printList(list, o.format, { columns: ['id', 'label', 'kind', 'mentions', 'wikidata', 'descriptions'] }));
    });

  for (const [name, list] of Object.entries(LISTS)) {
    defineCommand(program, name, `list ${list.describe}`, [list.example])
      .option('--article <article>', 'only this article (slug, IRI or title)')
      .addOption(formatOption(LIST_FORMATS))
      .action(async (o: Opts) => {
        process.stdout.write(printList(list.run(await loadGraph(o), filtersOf(o, ['article'])), o.format, list.view));
      });
  }
}
