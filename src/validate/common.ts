/** What the checks beyond SHACL share: the store, node places, problem building and class reasoning. */
import type { Term } from '@rdfjs/types';
import { DataFactory, type Store } from 'n3';
import { ontologyStore } from '../ontology.js';
import { cg, rdf, rdfs, schema } from '../vocab.js';
import type { Places, Problem } from './report.js';

export const DEFAULT = DataFactory.defaultGraph();

/** A node as problems name it: its IRI, or `_:label` for a blank node. */
export const id = (t: Term) => (t.termType === 'BlankNode' ? `_:${t.value}` : t.value);

export function short(s: string): string {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > 70 ? `${flat.slice(0, 67)}…` : flat;
}

export interface Check {
  store: Store;
  places: Places;
}

/** A violation (or a warning) at a node, placed at the first of `near` the annotation knows. */
export function problem(
  c: Check,
  focus: string,
  message: string,
  fix: string,
  extra: { path?: string; graph?: string; near?: string[]; severity?: Problem['severity'] } = {},
): Problem {
  const place = [focus, ...(extra.near ?? []), ...(extra.graph ? [extra.graph] : [])].map((n) => c.places.get(n)).find(Boolean);
  return {
    severity: extra.severity ?? 'violation',
    message,
    focus,
    ...(extra.path ? { path: extra.path } : {}),
    ...(extra.graph ? { graph: extra.graph } : {}),
    ...(place ? { place } : {}),
    fix,
  };
}

/** The first object of a node's property in the default graph. */
export const one = (store: Store, s: Term | string, p: Term) => store.getObjects(s, p, DEFAULT)[0];

/** The records of statements: schema:Claim and schema:Quotation nodes of the default graph. */
export function statements(store: Store): Term[] {
  const out = new Map<string, Term>();
  for (const cls of [schema.Claim, schema.Quotation]) for (const s of store.getSubjects(rdf.type, cls, DEFAULT)) out.set(s.value, s);
  return [...out.values()];
}

let superclasses: Map<string, Set<string>> | undefined;
/** Every class a class is a subclass of, itself included, from the ontology (cg:UnnamedPerson → cg:UnnamedSource, prov:Agent, schema:Person …). */
function supersOf(cls: string): Set<string> {
  if (!superclasses) superclasses = new Map();
  let known = superclasses.get(cls);
  if (!known) {
    known = new Set([cls]);
    const todo = [cls];
    while (todo.length)
      for (const sup of ontologyStore().getObjects(todo.pop()!, rdfs.subClassOf, null)) if (!known.has(sup.value)) known.add(sup.value), todo.push(sup.value);
    superclasses.set(cls, known);
  }
  return known;
}

/** The classes of a node in the default graph, with their superclasses. */
export function classesOf(store: Store, node: Term): Set<string> {
  const out = new Set<string>();
  for (const t of store.getObjects(node, rdf.type, DEFAULT)) for (const s of supersOf(t.value)) out.add(s);
  return out;
}

/** The classes a node is typed with, compacted, for messages ("schema:City, schema:Place"). */
export function typeList(store: Store, node: Term, compact: (iri: string) => string): string {
  const types = store.getObjects(node, rdf.type, DEFAULT).map((t) => compact(t.value));
  return types.length ? types.join(', ') : 'no type';
}

/** The article a record is part of. */
export const articleOf = (store: Store, record: Term) => one(store, record, schema.isPartOf);

/** The content graph of a record, when it has one. */
export const contentOf = (store: Store, record: Term) => one(store, record, cg.content);
