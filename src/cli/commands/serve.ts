/** `claimgraph serve`: the loaded graph as a SPARQL 1.1 Protocol endpoint, with the explorer and a query page. */
import type { Command } from 'commander';
import { ClaimGraphError } from '../../errors.js';
import { DEFAULT_BODY_LIMIT, DEFAULT_SERVE_TIMEOUT, serve, type Server } from '../../server/index.js';
import { loadGraph } from '../load.js';
import { defineCommand, wholeNumber, type Opts } from '../options.js';

export function registerServe(program: Command): void {
  defineCommand(program, 'serve', 'answer SPARQL over HTTP (SPARQL 1.1 Protocol at /sparql), with the explorer at / and a query page at /query', [
    'claimgraph serve --data data/articles --port 3030',
    'claimgraph serve --allow-update --token "$(openssl rand -hex 16)"',
  ])
    .option('--port <port>', 'TCP port (0 for any free one)', wholeNumber('--port'), 3030)
    .option('--host <host>', 'interface to listen on; 0.0.0.0 opens it to the network', '127.0.0.1')
    .option('--timeout <ms>', 'stop a query after this many milliseconds (0 for none)', wholeNumber('--timeout'), DEFAULT_SERVE_TIMEOUT)
    .option('--allow-update', 'accept SPARQL Update from clients that send the token')
    .option('--token <token>', 'the bearer token updates must carry (or set CLAIMGRAPH_TOKEN)')
    .option('--body-limit <bytes>', 'largest request body accepted', wholeNumber('--body-limit'), DEFAULT_BODY_LIMIT)
    .option('--max-rows <n>', 'refuse answers of more than this many rows or quads', wholeNumber('--max-rows'))
    .option('--no-cors', 'do not answer cross-origin requests from browsers')
    .addHelpText(
      'after',
      '\nClients: any SPARQL 1.1 client (SPARQLWrapper, rdflib, YASGUI, Comunica) at http://HOST:PORT/sparql.\nUpdates are refused unless --allow-update is given, and then need the header\nAuthorization: Bearer TOKEN. Ctrl-C stops the server.\n',
    )
    .action(async (o: Opts) => {
      const token = (o.token as string | undefined) ?? process.env.CLAIMGRAPH_TOKEN;
      if (o.allowUpdate && !token)
        throw new ClaimGraphError('--allow-update needs a token: add --token T (or set CLAIMGRAPH_TOKEN), and send it as Authorization: Bearer T.');
      if (token && !o.allowUpdate)
        throw new ClaimGraphError('--token is only used with --allow-update; add --allow-update to accept updates, or leave out the token.');
      const kg = await loadGraph(o);
      let server: Server;
      try {
        server = await serve(kg, {
          port: o.port as number,
          host: o.host as string,
          timeout: o.timeout as number,
          allowUpdate: o.allowUpdate === true,
          ...(token ? { token } : {}),
          bodyLimit: o.bodyLimit as number,
          cors: o.cors !== false,
          ...(o.maxRows !== undefined ? { maxRows: o.maxRows as number } : {}),
        });
      } catch (e) {
        const code = (e as NodeJS.ErrnoException).code;
        if (code === 'EADDRINUSE') throw new ClaimGraphError(`Port ${o.port} on ${o.host} is in use. Pick another with --port (0 for any free one).`);
        if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND')
          throw new ClaimGraphError(`Cannot listen on ${o.host}: no such interface here. Use --host 127.0.0.1, or 0.0.0.0 for all.`);
        if (code === 'EACCES') throw new ClaimGraphError(`Port ${o.port} needs privileges; use a port above 1023.`);
        throw e;
      }
      process.stdout.write(
        `SPARQL endpoint: ${server.url}\nExplorer:        ${server.origin}/\nQuery page:      ${server.origin}/query\n` +
          `${kg.size} quads, ${o.allowUpdate ? 'updates accepted with the token' : 'read-only'}; queries stop after ${o.timeout ? `${o.timeout} ms` : 'no time limit'}. Ctrl-C stops.\n`,
      );
      const stop = () => {
        server
          .close()
          .then(() => kg.close())
          .finally(() => process.exit(0));
      };
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
}
