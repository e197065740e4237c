/** The ontology as data: controlled lists (SKOS) read from ontology/claimgraph.ttl, the one place they are defined. */
import { readFileSync } from 'node:fs';
import { Parser, Store } from 'n3';
import { packagePath } from './paths.js';
import { PREFIXES, skos } from './vocab.js';

let cached: Store | undefined;
let lists: Store | undefined;

const ontologyText = () => readFileSync(packagePath('ontology', 'claimgraph.ttl'), 'utf8');

/** The whole ontology (classes, properties, controlled lists). */
export function ontologyStore(): Store {
  cached ??= new Store(new Parser({ baseIRI: PREFIXES.cg }).parse(ontologyText()));
  return cached;
}

/** Where the ontology's controlled lists begin: everything SKOS is written after this line. */
export const CONTROLLED_LISTS = '# ── Controlled lists';

/**
 * The controlled lists alone, with the file's prefixes: what the typed helpers need (notations),
 * parsed from a third of the file, so the first helper answer does not wait for the whole ontology.
 * A test checks that they give every concept the whole file gives.
 */
export function controlledLists(): Store {
  if (!lists) {
    const text = ontologyText();
    const at = text.indexOf(CONTROLLED_LISTS);
    const section = at < 0 ? text : (text.slice(0, at).match(/^@prefix [^\n]*\n/gm) ?? []).join('') + text.slice(at);
    lists = new Store(new Parser({ baseIRI: PREFIXES.cg }).parse(section));
  }
  return lists;
}

export interface ConceptInfo {
  iri: string;
  notation: string;
  label: string;
}

const schemes = new Map<string, Map<string, ConceptInfo>>();

/** The concepts of a scheme keyed by notation (`reportedly` → cg:Reportedly). */
export type SchemeName =
  | 'HedgeScheme'
  | 'SourcingScheme'
  | 'ChannelScheme'
  | 'WeaponCategoryScheme'
  | 'CertaintyScheme'
  | 'PolarityScheme'
  | 'TimeScheme'
  | 'StanceScheme'
  | 'StatusScheme';

export function conceptScheme(scheme: SchemeName): Map<string, ConceptInfo> {
  let concepts = schemes.get(scheme);
  if (!concepts) {
    const store = controlledLists();
    concepts = new Map();
    const schemeIri = PREFIXES.cg + scheme;
    for (const q of store.getQuads(null, skos.inScheme, schemeIri, null)) {
      const iri = q.subject.value;
      const notation = store.getObjects(iri, skos.notation, null)[0]?.value;
      const label = store.getObjects(iri, skos.prefLabel, null)[0]?.value ?? notation;
      if (notation) concepts.set(notation, { iri, notation, label: label! });
    }
    schemes.set(scheme, concepts);
  }
  return concepts;
}

/** The notation of a concept IRI in any scheme, for plain typed views (`cg:Reportedly` → `reportedly`). */
export function notationOf(iri: string): string | undefined {
  return controlledLists().getObjects(iri, skos.notation, null)[0]?.value;
}
