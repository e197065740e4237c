/**
 * SHACL: ontology/shapes.ttl run by shacl-engine over every graph of the data, each alone:
 * the default graph (facts and statement records), each statement's content graph, and the
 * editorial graph. SHACL sees one graph at a time, so a record's shapes never fire on a node
 * of a content graph and the other way round.
 */
import type { Quad } from '@rdfjs/types';
import { readFileSync } from 'node:fs';
import { DataFactory, Parser, Store } from 'n3';
import { conceptScheme, type SchemeName } from '../ontology.js';
import { packagePath } from '../paths.js';
import { compact } from '../vocab.js';
import type { Places, Problem, Severity } from './report.js';

interface Term {
  termType: string;
  value: string;
}
interface ShaclResult {
  focusNode?: { term?: Term; value?: string };
  path?: { predicates?: Term[] }[] | null;
  severity?: Term;
  message: Term[];
}

const SH = 'http://www.w3.org/ns/shacl#';
const CGSH = 'https://w3id.org/claimgraph/shapes#';
const TARGETS = ['targetClass', 'targetSubjectsOf', 'targetObjectsOf', 'targetNode'].map((t) => SH + t);
interface Targets {
  classes: Set<string>;
  subjectsOf: Set<string>;
  objectsOf: Set<string>;
}
interface Run {
  validate(data: { dataset: Store }): Promise<{ results: ShaclResult[] }>;
}
interface Engine {
  run: Run;
  targets: Targets;
}
let engines: { all: Engine; content: Engine } | undefined;

type ValidatorClass = new (shapes: Store, options: object) => Run;
/** shacl-engine is loaded on the first validation: nothing else needs it (about 140 ms at import). */
let Validator: ValidatorClass | undefined;

function engine(shapes: Store): Engine {
  const factory = { ...DataFactory, dataset: (quads?: Quad[]) => new Store(quads) };
  const of = (p: string) => new Set(shapes.getObjects(null, SH + p, null).map((t) => t.value));
  return {
    run: new Validator!(shapes, { factory }),
    targets: { classes: of('targetClass'), subjectsOf: of('targetSubjectsOf'), objectsOf: of('targetObjectsOf') },
  };
}

/** All shapes for the default and editorial graphs; for content graphs, only those cgsh:Content names (cgsh:appliedShape). */
function shaclEngines() {
  if (!engines) {
    const shapes = new Store(new Parser().parse(readFileSync(packagePath('ontology', 'shapes.ttl'), 'utf8')));
    const applied = new Set(shapes.getObjects(`${CGSH}Content`, `${CGSH}appliedShape`, null).map((t) => t.value));
    const content = new Store(shapes.getQuads(null, null, null, null).filter((q) => !TARGETS.includes(q.predicate.value) || applied.has(q.subject.value)));
    engines = { all: engine(shapes), content: engine(content) };
  }
  return engines;
}

/** Whether a graph holds a focus node of some shape (most content graphs hold none, and are skipped). */
function targeted(store: Store, t: Targets): boolean {
  for (const cls of t.classes) if (store.countQuads(null, RDF_TYPE, cls, null)) return true;
  for (const p of [...t.subjectsOf, ...t.objectsOf]) if (store.countQuads(null, p, null, null)) return true;
  return false;
}
const RDF_TYPE = 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type';
const CONTENT = 'https://w3id.org/claimgraph/ns#content';

/** Where to change the annotation for a property the shapes complain about. */
const ANNOTATION_FIX: Record<string, string> = {
  'cg:holder': "give the statement a `holder:` (who says or holds it): an entity id, `article` for the article's own voice, or `unspecified`",
  'cg:evidence': 'give the claim `evidence:`, the exact text that states it',
  'cg:sourcing': 'remove `sourcing:` (it is derived from the chain of reports) or fix `via:`, `within:` or the holder',
  'cg:reportStep': 'give the statement its chain: `via:` (the reports between the article and the holder) and a holder',
  'cg:position': 'recompile the annotation (npm run compile): positions are numbered from `via:`',
  'rdfs:label': 'give it exactly one `label:`; put further names under `names:` (the same entity in two articles needs the same label)',
  'schema:startDate': 'write `date:` as YYYY, YYYY-MM or YYYY-MM-DD',
  'schema:value':
    'write the quantity as a number, e.g. `schema:value 300.0`, or give `schema:minValue`/`schema:maxValue` (with `cg:approximate true` for "about")',
  'schema:minValue': 'write the bound as a number, e.g. `schema:minValue 300`',
  'schema:maxValue': 'write the bound as a number, e.g. `schema:maxValue 300`',
  'cg:confidence': 'write `confidence:` as a number from 0 to 1',
  'cg:approximate': 'write `cg:approximate true` (or false) in the `content:` Turtle',
  'cg:modality': 'give `cg:modality` one of cg:Certain, cg:Probable, cg:Possible, cg:UnderspecifiedCertainty in the `content:` Turtle',
  'oa:hasTarget': 'give the note `about:` (statement or entity ids) or `span:`',
  'oa:bodyValue': 'give the note a `text:`',
};

/** Controlled values: the annotation key and the scheme whose notations it takes. */
const SCHEME_KEYS: Record<string, [string, SchemeName]> = {
  'cg:hedge': ['hedge', 'HedgeScheme'],
  'cg:channel': ['channel', 'ChannelScheme'],
  'cg:certainty': ['certainty', 'CertaintyScheme'],
  'cg:polarity': ['polarity', 'PolarityScheme'],
  'cg:time': ['time', 'TimeScheme'],
  'cg:stance': ['stance', 'StanceScheme'],
  'cg:category': ['category', 'WeaponCategoryScheme'],
};

function hintFor(path: string): string | undefined {
  const scheme = SCHEME_KEYS[path];
  if (!scheme) return ANNOTATION_FIX[path];
  return `set \`${scheme[0]}:\` to one of ${[...conceptScheme(scheme[1]).keys()].join(', ')}`;
}

/** The quads of each graph, the default graph first. */
function byGraph(quads: Iterable<Quad>): Map<string, { graph: Quad['graph']; store: Store }> {
  const out = new Map<string, { graph: Quad['graph']; store: Store }>();
  out.set('', { graph: DataFactory.defaultGraph(), store: new Store() });
  for (const q of quads) {
    const key = q.graph.termType === 'DefaultGraph' ? '' : q.graph.value;
    let entry = out.get(key);
    if (!entry) out.set(key, (entry = { graph: q.graph, store: new Store() }));
    entry.store.addQuad(DataFactory.quad(q.subject, q.predicate, q.object));
  }
  return out;
}

export async function shaclProblems(quads: Iterable<Quad>, places: Places = new Map()): Promise<Problem[]> {
  // @ts-expect-error: shacl-engine ships no type declarations
  Validator ??= ((await import('shacl-engine')) as { Validator: ValidatorClass }).Validator;
  const out: Problem[] = [];
  const all = [...byGraph(quads).values()];
  const contents = new Set(all.flatMap(({ store }) => store.getObjects(null, CONTENT, null).map((t) => t.value)));
  for (const { graph, store } of all) {
    const { run, targets } = contents.has(graph.value) ? shaclEngines().content : shaclEngines().all;
    if (!targeted(store, targets)) continue;
    const result = await run.validate({ dataset: store });
    const named = graph.termType === 'DefaultGraph' ? undefined : graph.value;
    for (const r of result.results) out.push(problemOf(r, named, places));
  }
  return out;
}

function problemOf(r: ShaclResult, graph: string | undefined, places: Places): Problem {
  const focusTerm = r.focusNode?.term;
  const focus = focusTerm ? (focusTerm.termType === 'BlankNode' ? `_:${focusTerm.value}` : focusTerm.value) : String(r.focusNode?.value ?? '');
  const predicate = r.path?.[0]?.predicates?.[0]?.value;
  const path = predicate ? compact(predicate) : undefined;
  const text = r.message.map((m) => m.value).join(' ') || 'The node breaks a SHACL shape.';
  const message = graph ? `In the graph <${graph}>: ${text}` : text;
  const place = places.get(focus) ?? (graph ? places.get(graph) : undefined);
  const hint = path ? hintFor(path) : undefined;
  return {
    severity: severityOf(r.severity?.value),
    message,
    focus,
    ...(path ? { path } : {}),
    ...(graph ? { graph } : {}),
    ...(place ? { place } : {}),
    fix: fixFor(place, hint, graph, path),
  };
}

function fixFor(place: string | undefined, hint: string | undefined, graph: string | undefined, path: string | undefined): string {
  if (place && hint) return `In the annotation, ${hint}.`;
  if (place && graph?.endsWith('/content')) return "Correct the statement's `content:` Turtle in the annotation as the message says.";
  return `Change the graph as the shape asks (ontology/shapes.ttl${path ? `, property ${path}` : ''}).`;
}

function severityOf(iri: string | undefined): Severity {
  if (iri?.endsWith('#Warning')) return 'warning';
  if (iri?.endsWith('#Info')) return 'info';
  return 'violation';
}
