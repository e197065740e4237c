// A Virtuoso per test file through scripts/virtuoso.sh: free ports, a fresh database,
// stopped in afterAll and, should the process end first, by an exit handler.
import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, it } from 'vitest';
import { packagePath } from '../../src/paths.js';

const run = promisify(execFile);
const SCRIPT = packagePath('scripts', 'virtuoso.sh');
const INSTALL = 'apt-get install -y --no-install-recommends virtuoso-opensource-7-bin';
export const hasVirtuoso = spawnSync('sh', ['-c', 'command -v virtuoso-t && command -v isql-vt'], { stdio: 'ignore' }).status === 0;

/** Where Virtuoso is missing: a failing test under CI (the suite must run there), else a warning naming the install command. */
export function whenVirtuosoIsMissing(suite: string): void {
  if (hasVirtuoso) return;
  if (process.env.CI === 'true') {
    describe('Virtuoso', () => {
      it('is installed (CI runs the remote-store suites)', () => {
        throw new Error(`virtuoso-t is not installed; the ${suite} tests must run in CI. Install it: ${INSTALL}`);
      });
    });
  } else {
    console.warn(`Skipping the ${suite} tests: Virtuoso is not installed. To run them: ${INSTALL}`);
  }
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as { port: number };
      server.close(() => resolve(port));
    });
  });
}

export class Virtuoso {
  readonly dir = mkdtempSync(join(tmpdir(), 'claimgraph-virtuoso-'));
  readonly #stopAtExit = () => this.stopSync();
  private constructor(
    readonly httpPort: number,
    readonly sqlPort: number,
  ) {}

  get base() {
    return `http://127.0.0.1:${this.httpPort}`;
  }
  get endpoint() {
    return `${this.base}/sparql`;
  }

  static async start(): Promise<Virtuoso> {
    const v = new Virtuoso(await freePort(), await freePort());
    process.once('exit', v.#stopAtExit);
    await v.start();
    return v;
  }

  #env(keep = false) {
    return { ...process.env, VIRTUOSO_HTTP_PORT: String(this.httpPort), VIRTUOSO_SQL_PORT: String(this.sqlPort), VIRTUOSO_KEEP_DATA: keep ? '1' : '' };
  }

  /** Start (again, on the same database when stopped with keepData). */
  async start(): Promise<void> {
    await run('bash', [SCRIPT, 'start', this.dir], { env: this.#env() });
  }

  async stop(options: { keepData?: boolean } = {}): Promise<void> {
    await run('bash', [SCRIPT, 'stop', this.dir], { env: this.#env(options.keepData) });
    if (!options.keepData) process.removeListener('exit', this.#stopAtExit);
  }

  stopSync(): void {
    spawnSync('bash', [SCRIPT, 'stop', this.dir], { env: this.#env(), stdio: 'ignore' });
  }
}
