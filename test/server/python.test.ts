// Python reads claimgraph's exports: rdflib (an independent parser) reads every RDF export into
// the same graph, and networkx reads the GraphML and GEXF projections into the same nodes and edges.
import type { Quad } from '@rdfjs/types';
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataFactory, Parser } from 'n3';
import { isomorphic } from 'rdf-isomorphic';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadArticle } from '../../src/bundled.js';
import type { ClaimGraph } from '../../src/graph.js';
import { CONTEXT_URL, claimgraphContext } from '../../src/io/jsonld.js';

const PYTHON = '/usr/bin/python3';
const INSTALL = 'apt-get install -y python3-rdflib python3-networkx (or: bash scripts/install-system-deps.sh)';
const hasPython = spawnSync(PYTHON, ['-c', 'import rdflib, networkx'], { encoding: 'utf8' }).status === 0;
if (!hasPython && process.env.CI !== 'true') console.warn(`Python export tests skipped: rdflib or networkx is missing; run: ${INSTALL}`);

// Each RDF file read by rdflib and written back as N-Quads (rdflib's default graph as urn:x-rdflib:default);
// each projection read by networkx and listed as sorted nodes and edges.
const SCRIPT = `
import json, sys
import rdflib, networkx
folder = sys.argv[1]
for name, fmt, whole in [('all.trig', 'trig', True), ('all.nq', 'nquads', True), ('all.jsonld', 'json-ld', True), ('default.ttl', 'turtle', False), ('default.nt', 'nt', False)]:
    graph = rdflib.Dataset() if whole else rdflib.Graph()
    # rdflib puts a file's default graph in a graph named by the file, unless told it is the dataset's default.
    graph.parse(folder + '/' + name, format=fmt, **({'publicID': rdflib.graph.DATASET_DEFAULT_GRAPH_ID} if whole else {}))
    graph.serialize(destination=folder + '/' + name + '.out.nq', format='nquads' if whole else 'nt', encoding='utf-8')
out = {}
for name, read in [('graph.graphml', networkx.read_graphml), ('graph.gexf', networkx.read_gexf)]:
    g = read(folder + '/' + name)
    out[name] = {'directed': g.is_directed(), 'nodes': sorted(g.nodes()), 'edges': sorted([u, v] for u, v, *_ in g.edges)}
print(json.dumps(out))
`;

const DEFAULT_ID = 'urn:x-rdflib:default';

function python(folder: string): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(PYTHON, ['-c', SCRIPT, folder], { stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

/** What rdflib wrote, its default graph read as the default graph. */
function readBack(path: string): Quad[] {
  return new Parser({ format: 'N-Quads' })
    .parse(readFileSync(path, 'utf8'))
    .map((q) => (q.graph.value === DEFAULT_ID ? DataFactory.quad(q.subject, q.predicate, q.object) : q));
}

let kg: ClaimGraph;
let dir: string;

beforeAll(async () => {
  kg = await loadArticle();
  dir = mkdtempSync(join(tmpdir(), 'claimgraph-python-'));
  writeFileSync(join(dir, 'all.trig'), await kg.serialize({ format: 'trig' }));
  writeFileSync(join(dir, 'all.nq'), await kg.serialize({ format: 'nquads' }));
  // The export names its JSON-LD context by IRI; offline, a reader needs it inline.
  const doc = JSON.parse(await kg.serialize({ format: 'jsonld' })) as Record<string, unknown>;
  if (doc['@context'] === CONTEXT_URL) doc['@context'] = claimgraphContext()['@context'];
  writeFileSync(join(dir, 'all.jsonld'), JSON.stringify(doc));
  writeFileSync(join(dir, 'default.ttl'), await kg.serialize({ format: 'turtle', graph: 'default' }));
  writeFileSync(join(dir, 'default.nt'), await kg.serialize({ format: 'ntriples', graph: 'default' }));
  writeFileSync(join(dir, 'graph.graphml'), kg.exportGraph('graphml'));
  writeFileSync(join(dir, 'graph.gexf'), kg.exportGraph('gexf'));
});
afterAll(async () => {
  await kg?.close();
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('Python reads the exports', () => {
  it('has rdflib and networkx in CI', () => {
    if (process.env.CI === 'true') expect(hasPython, `rdflib or networkx is missing; run: ${INSTALL}`).toBe(true);
  });

  it.skipIf(!hasPython)(
    'rdflib reads TriG, N-Quads, JSON-LD, Turtle and N-Triples into the graph claimgraph holds; networkx reads GraphML and GEXF into its projection',
    async () => {
      const run = await python(dir);
      expect(run.status, run.stderr).toBe(0);
      const all = kg.store.getQuads(null, null, null, null);
      const defaults = kg.store.getQuads(null, null, null, DataFactory.defaultGraph());
      expect(all.length).toBeGreaterThan(defaults.length);
      for (const name of ['all.trig', 'all.nq', 'all.jsonld']) {
        const back = readBack(join(dir, `${name}.out.nq`));
        expect(back.length, name).toBe(all.length);
        expect(isomorphic(back, all), name).toBe(true);
      }
      for (const name of ['default.ttl', 'default.nt']) {
        const back = readBack(join(dir, `${name}.out.nq`));
        expect(back.length, name).toBe(defaults.length);
        expect(isomorphic(back, defaults), name).toBe(true);
      }

      const projection = kg.graph();
      const nodes = [...projection.nodes()].sort();
      const edges = projection
        .mapEdges((_e, _a, source, target) => [source, target])
        .sort((a, b) => (a.join('\u0000') < b.join('\u0000') ? -1 : a.join('\u0000') > b.join('\u0000') ? 1 : 0));
      const got = JSON.parse(run.stdout) as Record<string, { directed: boolean; nodes: string[]; edges: string[][] }>;
      for (const name of ['graph.graphml', 'graph.gexf']) {
        expect(got[name]!.directed, name).toBe(true);
        expect(got[name]!.nodes, name).toEqual(nodes);
        expect(got[name]!.edges, name).toEqual(edges);
      }
    },
    120_000,
  );
});
