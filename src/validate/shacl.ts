/** SHACL: ontology/shapes.ttl run by shacl-engine over the default graph (the shapes describe the fact layer). */
import type { Quad } from '@rdfjs/types';
import { readFileSync } from 'node:fs';
import { DataFactory, Parser, Store } from 'n3';
// @ts-ignore: shacl-engine ships no type declarations
import { Validator } from 'shacl-engine';
import { packagePath } from '../paths.js';
import { compact } from '../vocab.js';
import type { Places, Problem, Severity } from './report.js';

interface Term { termType: string; value: string }
interface ShaclResult {
  focusNode?: { term?: Term; value?: string };
  path?: { predicates?: Term[] }[] | null;
  severity?: Term;
  message: Term[];
}

let validator: { validate(data: { dataset: Store }): Promise<{ results: ShaclResult[] }> } | undefined;
function shaclValidator() {
  if (!validator) {
    const shapes = new Store(new Parser().parse(readFileSync(packagePath('ontology', 'shapes.ttl'), 'utf8')));
    const factory = { ...DataFactory, dataset: (quads?: Quad[]) => new Store(quads) };
    validator = new Validator(shapes, { factory });
  }
  return validator!;
}

/** Where to change the annotation for a property the shapes complain about. */
const ANNOTATION_FIX: Record<string, string> = {
  'prov:wasAttributedTo': 'give the claim a `source:` (or the quotation a `speaker:`): an entity id, or `article`',
  'cg:evidence': 'give the claim `evidence:`, the exact text that states it',
  'cg:hedge': 'set `hedge:` to one of the notations of cg:HedgeScheme (reportedly, suggested, claimed, notes, allegedly, none)',
  'cg:sourcing': 'set `sourcing:` to named-on-record, anonymous, second-hand or article-voice',
  'cg:channel': 'set `channel:` to a notation of cg:ChannelScheme (interview, written, statement, …)',
  'rdfs:label': 'give it exactly one `label:`; put further names under `names:` (the same entity in two articles needs the same label)',
  'cg:category': 'set `category:` to cruise-missile, ballistic-missile or strategic-bomber',
  'schema:startDate': 'write `date:` as YYYY, YYYY-MM or YYYY-MM-DD',
  'schema:value': 'write the range as a decimal, e.g. `schema:value 300.0`',
};

export async function shaclProblems(quads: Iterable<Quad>, places: Places = new Map()): Promise<Problem[]> {
  const data = new Store();
  for (const q of quads) if (q.graph.termType === 'DefaultGraph') data.addQuad(q);
  const result = await shaclValidator().validate({ dataset: data });
  return result.results.map((r) => {
    const focusTerm = r.focusNode?.term;
    const focus = focusTerm ? (focusTerm.termType === 'BlankNode' ? `_:${focusTerm.value}` : focusTerm.value) : String(r.focusNode?.value ?? '');
    const predicate = r.path?.[0]?.predicates?.[0]?.value;
    const path = predicate ? compact(predicate) : undefined;
    const message = r.message.map((m) => m.value).join(' ') || 'The node breaks a SHACL shape.';
    const place = places.get(focus);
    const hint = path ? ANNOTATION_FIX[path] : undefined;
    return {
      severity: severityOf(r.severity?.value),
      message,
      focus,
      ...(path ? { path } : {}),
      ...(place ? { place } : {}),
      fix: place && hint ? `In the annotation, ${hint}.` : `Change the graph as the shape asks (ontology/shapes.ttl${path ? `, property ${path}` : ''}).`,
    };
  });
}

function severityOf(iri: string | undefined): Severity {
  if (iri?.endsWith('#Warning')) return 'warning';
  if (iri?.endsWith('#Info')) return 'info';
  return 'violation';
}
