/** Pieces every command shares: the --data options, an example in the help, option parsers. */
import { statSync } from 'node:fs';
import { type Command, InvalidArgumentError, Option } from 'commander';
import { formatFromPath } from '../io/formats.js';
import type { DataOptions } from './load.js';

export type Opts = DataOptions & Record<string, any>;

/** A subcommand with the shared data options and its examples at the end of its --help. */
export function defineCommand(program: Command, name: string, description: string, examples: string[], { data = true } = {}): Command {
  const command = program
    .command(name)
    .description(description)
    .addHelpText('after', `\nExample${examples.length > 1 ? 's' : ''}:\n${examples.map((e) => `  $ ${e}`).join('\n')}\n`);
  if (!data) return command;
  return command
    .option(
      '--data <path>',
      'an article graph to load instead of the bundled one: a file or folder (.yaml, .ttl, .trig, .nt, .nq, .jsonld); repeat it for more',
      collect,
    )
    .option('--with-bundled', 'load the bundled article as well as --data')
    .option('--no-validate', 'load the files and folders given to --data without checking them against the shapes first')
    .addHelpText('after', DATA_HELP);
}

const DATA_HELP = `
--data takes one path; repeat it (--data a.yaml --data b.ttl) to load several.
Paths listed after one --data (--data a.yaml b.ttl) load as well when they exist
as folders or graph files and the command still has its own arguments left;
anything else after the path is an argument of the command, so
  claimgraph neighbors --data my-article.yaml ana-ruiz
looks up ana-ruiz in my-article.yaml. After -- everything is an argument.
`;

/** A folder, or an existing file whose extension names a graph format. */
function isDataPath(path: string): boolean {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return false;
  if (stat.isDirectory()) return true;
  try {
    formatFromPath(path);
    return true;
  } catch {
    return false;
  }
}

/**
 * The command line with every path listed after one --data given its own --data
 * (`--data a b x` → `--data a --data b x` when b is a graph file or folder). A word
 * after the first path stays an argument of the command when it is not a graph
 * file or folder, or when the command would be left without its required arguments;
 * a word the command has no room for is a path (so a misspelt file is reported as
 * missing rather than as an excess argument).
 */
export function spreadDataPaths(argv: readonly string[], program: Command): string[] {
  const at = argv.findIndex((a, i) => i >= 2 && !a.startsWith('-'));
  const command = at < 0 ? undefined : program.commands.find((c) => c.name() === argv[at] || c.aliases().includes(argv[at]!));
  if (!command?.options.some((o) => o.long === '--data')) return [...argv];
  const rest = argv.slice(at + 1);
  const positional: number[] = [];
  const runOf = new Map<number, number>(); // the words after one --data's value, numbered by that --data
  let operands = false;
  for (let i = 0; i < rest.length; i++) {
    const word = rest[i]!;
    if (operands || word === '-' || !word.startsWith('-')) {
      positional.push(i);
      continue;
    }
    if (word === '--') {
      operands = true;
      continue;
    }
    if (word === '--data' || word.startsWith('--data=')) {
      if (word === '--data') i++; // its value, whatever it looks like
      for (let j = i + 1; j < rest.length && !rest[j]!.startsWith('-'); j++) runOf.set(j, i);
      continue;
    }
    if (word.includes('=')) continue;
    const option = command.options.find((o) => o.long === word || o.short === word);
    if (!option || !(option.required || option.optional)) continue;
    if (option.variadic) while (i + 1 < rest.length && !rest[i + 1]!.startsWith('-')) i++;
    else if (option.required || !rest[i + 1]?.startsWith('-')) i++;
  }
  const declared = command.registeredArguments;
  const required = declared.filter((a) => a.required).length;
  const room = declared.some((a) => a.variadic) ? Infinity : declared.length;
  const paths = new Set<number>();
  const closed = new Set<number>(); // runs in which a word was an argument: the words after it are too
  let left = positional.length;
  for (const i of positional) {
    const run = runOf.get(i);
    if (run === undefined || closed.has(run)) continue;
    if (left > room || (left > required && isDataPath(rest[i]!))) {
      paths.add(i);
      left--;
    } else closed.add(run);
  }
  return [...argv.slice(0, at + 1), ...rest.flatMap((word, i) => (paths.has(i) ? ['--data', word] : [word]))];
}

/** A whole number option (commander turns the thrown error into a usage error, exit 2). */
export const wholeNumber =
  (flag: string) =>
  (value: string): number => {
    if (!/^\d+$/.test(value.trim())) throw new InvalidArgumentError(`${flag} takes a whole number, not "${value}".`);
    return Number(value);
  };

/** Collects a repeatable option into a list. */
export const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

/** Collects a repeatable option whose values may also be comma-separated (`--layers fact,claim`). */
export const commaList = (value: string, previous: string[] = []): string[] => [
  ...previous,
  ...value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean),
];

export const formatOption = (choices: readonly string[], fallback = 'table') =>
  new Option('--format <format>', 'output format').choices(choices).default(fallback);

/** The filters a helper understands, taken from the parsed options. */
export function filtersOf(o: Opts, keys: readonly string[]): Record<string, string> {
  return Object.fromEntries(keys.filter((k) => typeof o[k] === 'string').map((k) => [k, o[k] as string]));
}
