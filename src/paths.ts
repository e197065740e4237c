/** Files shipped with the package (ontology, bundled articles), found from any build or the sources. */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ClaimGraphError } from './errors.js';

let root: string | undefined;

/** The package's root folder: the nearest ancestor with a package.json named claimgraph. */
function packageRoot(): string {
  if (root) return root;
  let dir = dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const pkg = join(dir, 'package.json');
    if (existsSync(pkg) && JSON.parse(readFileSync(pkg, 'utf8')).name === 'claimgraph') return (root = dir);
    const up = dirname(dir);
    if (up === dir)
      throw new ClaimGraphError(
        `claimgraph: no package.json named "claimgraph" above ${dirname(fileURLToPath(import.meta.url))}; the ontology and bundled articles are read from the package root, so keep the package's files together.`,
      );
    dir = up;
  }
}

export const packagePath = (...parts: string[]): string => join(packageRoot(), ...parts);
