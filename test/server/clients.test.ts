// Real SPARQL clients against the endpoint on loopback: Python's SPARQLWrapper and rdflib's
// SPARQLStore (Debian's python3-sparqlwrapper and python3-rdflib), and Comunica.
import { spawn, spawnSync } from 'node:child_process';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadArticle } from '../../src/bundled.js';
import { ClaimGraph } from '../../src/graph.js';
import { serve, type Server } from '../../src/server/index.js';
import { PREFIXES } from '../../src/vocab.js';

const PYTHON = '/usr/bin/python3';
const INSTALL = 'apt-get install -y python3-sparqlwrapper python3-rdflib (or: bash scripts/install-system-deps.sh)';
const hasPython = spawnSync(PYTHON, ['-c', 'import SPARQLWrapper, rdflib'], { encoding: 'utf8' }).status === 0;
if (!hasPython && process.env.CI !== 'true') console.warn(`Python client tests skipped: SPARQLWrapper or rdflib is missing; run: ${INSTALL}`);

const PROLOGUE = `PREFIX cg: <${PREFIXES.cg}> PREFIX rdfs: <${PREFIXES.rdfs}> PREFIX id: <${PREFIXES.id}>\n`;
const WEAPONS = `${PROLOGUE}SELECT ?w ?label WHERE { ?w a cg:WeaponSystem ; rdfs:label ?label } ORDER BY ?label`;
const ASK = `${PROLOGUE}ASK { id:tomahawk a cg:WeaponSystem }`;
const CONSTRUCT = `${PROLOGUE}CONSTRUCT { ?w rdfs:label ?label } WHERE { ?w a cg:WeaponSystem ; rdfs:label ?label }`;

// Each client reads the same three queries; the script prints one JSON object of what it got.
const SCRIPT = `
import json, sys, urllib.parse, urllib.request, warnings
warnings.simplefilter('ignore')
from SPARQLWrapper import SPARQLWrapper, JSON, XML, CSV, TURTLE, RDFXML, N3, POST, POSTDIRECTLY, URLENCODED
from SPARQLWrapper.SPARQLExceptions import QueryBadFormed, Unauthorized
import rdflib
from rdflib.graph import DATASET_DEFAULT_GRAPH_ID
from rdflib.plugins.stores.sparqlstore import SPARQLStore, SPARQLUpdateStore

url, select, ask, construct, writable, token = sys.argv[1:7]
out = {}

def wrapper(query, fmt, method=None, request=None):
    sw = SPARQLWrapper(url)
    sw.setQuery(query)
    sw.setReturnFormat(fmt)
    if method: sw.setMethod(method)
    if request: sw.setRequestMethod(request)
    return sw.query().convert()

labels = lambda doc: [b['label']['value'] for b in doc['results']['bindings']]
out['wrapper_get_json'] = labels(wrapper(select, JSON))
out['wrapper_post_form_json'] = labels(wrapper(select, JSON, POST, URLENCODED))
out['wrapper_post_direct_json'] = labels(wrapper(select, JSON, POST, POSTDIRECTLY))
xml = wrapper(select, XML)
out['wrapper_get_xml'] = [n.firstChild.data for n in xml.getElementsByTagName('literal')]
csv = wrapper(select, CSV).decode('utf-8').splitlines()
out['wrapper_csv_header'] = csv[0]
out['wrapper_ask'] = wrapper(ask, JSON)['boolean']
out['wrapper_construct_rdfxml'] = len(wrapper(construct, RDFXML))
out['wrapper_construct_xml'] = len(wrapper(construct, XML))
out['wrapper_construct_turtle'] = len(rdflib.Graph().parse(data=wrapper(construct, TURTLE), format='turtle'))
out['wrapper_construct_n3'] = len(rdflib.Graph().parse(data=wrapper(construct, N3), format='turtle'))
# This SPARQLWrapper asks for JSON-LD only with the old rdflib-jsonld plugin; rdflib reads it itself.
request = urllib.request.Request(url + '?' + urllib.parse.urlencode({'query': construct}), headers={'Accept': 'application/ld+json'})
out['rdflib_construct_jsonld'] = len(rdflib.Graph().parse(data=urllib.request.urlopen(request).read(), format='json-ld'))
try:
    wrapper('SELECT ?x WHERE { ?x ?y }', JSON)
    out['wrapper_bad'] = 'no error'
except QueryBadFormed as e:
    out['wrapper_bad'] = str(e)

for method in ['GET', 'POST', 'POST_FORM']:
    store = SPARQLStore(url, method=method)
    graph = rdflib.Graph(store)
    out['rdflib_select_' + method] = [str(row.label) for row in graph.query(select)]
    out['rdflib_ask_' + method] = bool(graph.query(ask).askAnswer)
    out['rdflib_construct_' + method] = len(graph.query(construct).graph)
store = SPARQLStore(url, returnFormat='json')
graph = rdflib.Graph(store)
out['rdflib_select_json'] = [str(row.label) for row in graph.query(select)]
tomahawk = rdflib.URIRef('https://w3id.org/claimgraph/id/tomahawk')
out['rdflib_triples'] = [str(o) for o in graph.objects(tomahawk, rdflib.RDFS.label)]
out['rdflib_len'] = len(store)

# Updates, with the bearer token: rdflib adds a triple through SPARQLUpdateStore, SPARQLWrapper deletes it.
added = rdflib.URIRef('https://w3id.org/claimgraph/id/from-python')
updates = SPARQLUpdateStore(query_endpoint=writable, update_endpoint=writable, headers={'Authorization': 'Bearer ' + token})
target = rdflib.Graph(updates, identifier=DATASET_DEFAULT_GRAPH_ID)
target.add((added, rdflib.RDFS.label, rdflib.Literal('added from Python')))
out['rdflib_update'] = [str(o) for o in target.objects(added, rdflib.RDFS.label)]
sw = SPARQLWrapper(writable)
sw.setMethod(POST)
sw.addCustomHttpHeader('Authorization', 'Bearer ' + token)
sw.setQuery('DELETE WHERE { <https://w3id.org/claimgraph/id/from-python> ?p ?o }')
sw.query()
out['wrapper_update'] = [str(o) for o in target.objects(added, rdflib.RDFS.label)]
sw = SPARQLWrapper(writable)
sw.setMethod(POST)
sw.setQuery('INSERT DATA { <https://w3id.org/claimgraph/id/from-python> a <https://w3id.org/claimgraph/ns#WeaponSystem> }')
try:
    sw.query()
    out['wrapper_update_without_token'] = 'accepted'
except Unauthorized:
    out['wrapper_update_without_token'] = 'Unauthorized'
print(json.dumps(out))
`;

/** Runs Python without blocking the event loop (the server answers in this process). */
function python(args: string[]): Promise<{ status: number | null; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(PYTHON, ['-c', SCRIPT, ...args], { stdio: ['ignore', 'pipe', 'pipe'], timeout: 120_000 });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d));
    child.stderr.on('data', (d: Buffer) => (stderr += d));
    child.on('error', reject);
    child.on('close', (status) => resolve({ status, stdout, stderr }));
  });
}

let kg: ClaimGraph;
let server: Server;
let writableKg: ClaimGraph;
let writable: Server;
let labels: string[];
let constructed: number;

beforeAll(async () => {
  kg = await loadArticle();
  server = await serve(kg, { port: 0 });
  writableKg = await loadArticle();
  writable = await serve(writableKg, { port: 0, allowUpdate: true, token: 'py-token' });
  labels = (await kg.select(WEAPONS)).map((row) => String(row.label));
  constructed = (await kg.construct(CONSTRUCT)).length;
  expect(labels.length).toBeGreaterThan(1);
});
afterAll(async () => {
  await server?.close();
  await writable?.close();
  await kg?.close();
  await writableKg?.close();
});

describe('Python clients', () => {
  it('are installed in CI', () => {
    if (process.env.CI === 'true') expect(hasPython, `SPARQLWrapper or rdflib is missing; run: ${INSTALL}`).toBe(true);
  });

  it.skipIf(!hasPython)(
    'SPARQLWrapper and rdflib’s SPARQLStore get the library’s answers, by GET and POST, in every format they ask for, and update with the token',
    async () => {
      const before = writableKg.size;
      const run = await python([server.url, WEAPONS, ASK, CONSTRUCT, writable.url, 'py-token']);
      expect(run.status, run.stderr).toBe(0);
      const got = JSON.parse(run.stdout) as Record<string, unknown>;
      for (const key of [
        'wrapper_get_json',
        'wrapper_post_form_json',
        'wrapper_post_direct_json',
        'wrapper_get_xml',
        'rdflib_select_GET',
        'rdflib_select_POST',
        'rdflib_select_POST_FORM',
        'rdflib_select_json',
      ]) {
        expect(got[key], key).toEqual(labels);
      }
      expect(got.wrapper_csv_header).toBe('w,label');
      for (const key of ['wrapper_ask', 'rdflib_ask_GET', 'rdflib_ask_POST', 'rdflib_ask_POST_FORM']) expect(got[key], key).toBe(true);
      for (const key of [
        'wrapper_construct_rdfxml',
        'wrapper_construct_xml',
        'wrapper_construct_turtle',
        'wrapper_construct_n3',
        'rdflib_construct_jsonld',
        'rdflib_construct_GET',
        'rdflib_construct_POST',
        'rdflib_construct_POST_FORM',
      ]) {
        expect(got[key], key).toBe(constructed);
      }
      expect(got.wrapper_bad).toMatch(/syntax error at line 1/);
      expect(got.rdflib_triples).toEqual(['Tomahawk cruise missile']);
      expect(got.rdflib_update).toEqual(['added from Python']);
      expect(got.wrapper_update).toEqual([]);
      expect(got.wrapper_update_without_token).toBe('Unauthorized');
      expect(writableKg.size).toBe(before);
      expect(got.rdflib_len).toBe((await kg.select('SELECT (COUNT(*) AS ?c) WHERE { ?s ?p ?o }'))[0]!.c);
    },
    120_000,
  );
});

describe('Comunica', () => {
  it('queries the endpoint as a SPARQL source through kg.select, ask and construct', async () => {
    const client = new ClaimGraph();
    try {
      const rows = await client.select(WEAPONS, { sources: [server.url] });
      expect(rows.map((row) => String(row.label))).toEqual(labels);
      expect(await client.ask(ASK, { sources: [server.url] })).toBe(true);
      expect((await client.construct(CONSTRUCT, { sources: [server.url] })).length).toBe(constructed);
      const federated = await client.select(`SELECT ?label WHERE { SERVICE <${server.url}> { id:tomahawk rdfs:label ?label } }`, { sources: [server.url] });
      expect(federated.map((row) => row.label)).toEqual(['Tomahawk cruise missile']);
    } finally {
      await client.close();
    }
  }, 60_000);

  it('queries it directly with @comunica/query-sparql', async () => {
    const { QueryEngine } = await import('@comunica/query-sparql');
    const engine = new QueryEngine();
    const context = { sources: [{ type: 'sparql', value: server.url }] } as never;
    const bindings = await (await engine.queryBindings(WEAPONS, context)).toArray();
    expect(bindings.map((b) => b.get('label')!.value)).toEqual(labels);
    expect(await engine.queryBoolean(ASK, context)).toBe(true);
    expect((await (await engine.queryQuads(CONSTRUCT, context)).toArray()).length).toBe(constructed);
  }, 60_000);
});
