/** Pieces every command shares: the --data options, an example in the help, option parsers. */
import { Command, InvalidArgumentError, Option } from 'commander';
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
    .option('--data <paths...>', 'article graphs to load instead of the bundled one: files or folders (.yaml, .ttl, .trig, .nt, .nq, .jsonld); put it after the arguments or end its list with --')
    .option('--with-bundled', 'load the bundled article as well as --data')
    .option('--no-validate', 'load folders given to --data without checking them against the shapes first');
}

/** A whole number option (commander turns the thrown error into a usage error, exit 2). */
export const wholeNumber = (flag: string) => (value: string): number => {
  if (!/^\d+$/.test(value.trim())) throw new InvalidArgumentError(`${flag} takes a whole number, not "${value}".`);
  return Number(value);
};

/** Collects a repeatable option into a list. */
export const collect = (value: string, previous: string[] = []): string[] => [...previous, value];

export const formatOption = (choices: readonly string[], fallback = 'table') =>
  new Option('--format <format>', 'output format').choices(choices).default(fallback);

/** The filters a helper understands, taken from the parsed options. */
export function filtersOf(o: Opts, keys: readonly string[]): Record<string, string> {
  return Object.fromEntries(keys.filter((k) => typeof o[k] === 'string').map((k) => [k, o[k] as string]));
}
