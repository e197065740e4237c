// The vocabulary: every cg: term the code or the data uses is defined, labelled and explained.
import { readFileSync, readdirSync } from 'node:fs';
import { Parser, Store } from 'n3';
import { describe, expect, it } from 'vitest';
import { PREFIXES, cg } from '../../src/vocab.js';

const root = new URL('../../', import.meta.url);
const ontology = new Store(new Parser().parse(readFileSync(new URL('ontology/claimgraph.ttl', root), 'utf8')));
const RDFS = 'http://www.w3.org/2000/01/rdf-schema#';
const SKOS = 'http://www.w3.org/2004/02/skos/core#';
const has = (iri: string, p: string) => ontology.getObjects(iri, p, null).length > 0;

describe('the vocabulary', () => {
  it('defines every cg: term of src/vocab.ts with a label and a comment', () => {
    const terms = Object.values(cg).flatMap((t) => (typeof t === 'object' && t !== null && 'termType' in t ? [t] : []));
    expect(terms.length).toBeGreaterThan(50);
    for (const t of terms) {
      expect(has(t.value, `${RDFS}label`) || has(t.value, `${SKOS}prefLabel`), t.value).toBe(true);
      expect(has(t.value, `${RDFS}comment`) || has(t.value, `${SKOS}definition`), t.value).toBe(true);
    }
  });

  it('defines every cg: term the bundled articles use', () => {
    const dir = new URL('data/articles/', root);
    for (const f of readdirSync(dir).filter((f) => f.endsWith('.trig'))) {
      for (const q of new Parser({ format: 'application/trig' }).parse(readFileSync(new URL(f, dir), 'utf8'))) {
        for (const t of [q.predicate, q.object]) {
          if (t.termType === 'NamedNode' && t.value.startsWith(PREFIXES.cg))
            expect(ontology.countQuads(t, null, null, null), `${f}: ${t.value}`).toBeGreaterThan(0);
        }
      }
    }
  });

  it('gives every concept a notation unique in its scheme', () => {
    const schemes = ontology.getSubjects(`${PREFIXES.rdf}type`, `${SKOS}ConceptScheme`, null);
    expect(schemes.map((s) => s.value.slice(PREFIXES.cg.length)).sort()).toEqual([
      'CertaintyScheme',
      'ChannelScheme',
      'HedgeScheme',
      'PolarityScheme',
      'SourcingScheme',
      'StanceScheme',
      'StatusScheme',
      'TimeScheme',
      'WeaponCategoryScheme',
    ]);
    for (const scheme of schemes) {
      const notations = ontology.getSubjects(`${SKOS}inScheme`, scheme, null).map((c) => ontology.getObjects(c, `${SKOS}notation`, null)[0]?.value);
      expect(notations.every(Boolean), scheme.value).toBe(true);
      expect(new Set(notations).size, scheme.value).toBe(notations.length);
    }
  });
});
