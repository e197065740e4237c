/** The ontology as data: controlled lists (SKOS) read from ontology/claimgraph.ttl, the one place they are defined. */
import { readFileSync } from 'node:fs';
import { Parser, Store } from 'n3';
import { packagePath } from './paths.js';
import { PREFIXES, skos } from './vocab.js';

let cached: Store | undefined;

export function ontologyStore(): Store {
  if (!cached) {
    const file = packagePath('ontology', 'claimgraph.ttl');
    cached = new Store(new Parser({ baseIRI: PREFIXES.cg }).parse(readFileSync(file, 'utf8')));
  }
  return cached;
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
    const store = ontologyStore();
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
  return ontologyStore().getObjects(iri, skos.notation, null)[0]?.value;
}
