#!/usr/bin/env node
/**
 * The claimgraph command line. Exit codes: 0 success, 1 a user error (one line naming the
 * fix), 2 bad usage. Output is plain text a pipe can consume: no colours, no spinners.
 */
import { readFileSync } from 'node:fs';
import { Command, CommanderError } from 'commander';
import { packagePath } from '../paths.js';
import { ClaimGraphError } from '../errors.js';
import { registerExtract } from './commands/extract.js';
import { registerFiles } from './commands/files.js';
import { registerLists } from './commands/lists.js';
import { registerNodes } from './commands/nodes.js';
import { registerQuery } from './commands/query.js';
import { registerServe } from './commands/serve.js';
import { loadGraph } from './load.js';
import { defineCommand, spreadDataPaths, type Opts } from './options.js';
import { summary } from './summary.js';

const program = new Command('claimgraph')
  .description('Who claimed what, about whom, through which sources, with what hedging: news articles as knowledge graphs.')
  .version((JSON.parse(readFileSync(packagePath('package.json'), 'utf8')) as { version: string }).version)
  .exitOverride()
  .showHelpAfterError('(add --help for usage)')
  .addHelpText(
    'after',
    '\nExamples:\n  $ claimgraph summary\n  $ claimgraph query --named cq-4 --format csv\n  $ claimgraph claims --hedge any\n  $ claimgraph path Ignatius Moscow\n\nRun claimgraph COMMAND --help for a command’s options.\n',
  );

defineCommand(program, 'summary', 'what the loaded articles hold, and competency questions answered with their evidence', [
  'claimgraph summary',
  'claimgraph summary --data data/articles',
]).action(async (o: Opts) => {
  process.stdout.write(summary(await loadGraph(o)));
});
registerQuery(program);
registerLists(program);
registerNodes(program);
registerFiles(program);
registerExtract(program);
registerServe(program);

function fail(e: unknown): never {
  if (e instanceof CommanderError) process.exit(e.exitCode === 0 ? 0 : 2);
  if (e instanceof ClaimGraphError) {
    process.stderr.write(`claimgraph: ${e.message.split('\n')[0]}\n`);
    process.exit(1);
  }
  // Not a user error: a bug, so keep the stack for the report.
  process.stderr.write(`claimgraph: internal error: ${(e as Error)?.stack ?? String(e)}\n`);
  process.exit(1);
}

// A pipe closed early (| head) is not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => (e.code === 'EPIPE' ? process.exit(0) : fail(e)));

program.parseAsync(spreadDataPaths(process.argv, program)).catch(fail);
