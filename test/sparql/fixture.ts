// A small graph built in code: people, claims, and a literal of each datatype.
import type { Quad_Object, Quad_Predicate, Quad_Subject } from 'n3';
import { DataFactory, Store } from 'n3';
import { PREFIXES } from '../../src/vocab.js';

const { namedNode: iri, literal, quad, blankNode } = DataFactory;
const xsd = (t: string) => iri(PREFIXES.xsd + t);
export const id = (s: string) => iri(PREFIXES.id + s);
const schema = (s: string) => iri(PREFIXES.schema + s);
const cg = (s: string) => iri(PREFIXES.cg + s);
const a = iri(`${PREFIXES.rdf}type`);
const label = iri(`${PREFIXES.rdfs}label`);
const attributed = iri(`${PREFIXES.prov}wasAttributedTo`);

export function smallStore(): Store {
  const store = new Store();
  const add = (s: Quad_Subject, p: Quad_Predicate, o: Quad_Object) => store.addQuad(quad(s, p, o));
  for (const [key, name] of [
    ['alice', 'Alice Adams'],
    ['bob', 'Bob "the Builder" Brown'],
    ['carol', 'Carol, Chen'],
  ] as const) {
    add(id(key), a, schema('Person'));
    add(id(key), label, literal(name));
  }
  add(id('alice'), label, literal('Alice', 'en'));
  add(id('claim-1'), a, schema('Claim'));
  add(id('claim-1'), attributed, id('alice'));
  add(id('claim-1'), cg('hedge'), literal('reportedly'));
  add(id('claim-1'), schema('value'), literal('300', xsd('integer')));
  add(id('claim-2'), a, schema('Claim'));
  add(id('claim-2'), attributed, id('bob'));
  add(id('claim-2'), cg('hedge'), literal('reportedly'));
  add(id('claim-2'), schema('value'), literal('1.5', xsd('decimal')));
  add(id('claim-3'), a, schema('Claim'));
  add(id('claim-3'), attributed, id('alice'));
  add(id('claim-3'), cg('hedge'), literal('confirmed'));
  // In the form Oxigraph keeps ("2.5E0" would send every query to Comunica, see src/literal-forms.ts).
  add(id('claim-3'), schema('value'), literal('2.5', xsd('double')));
  add(id('claim-3'), schema('startDate'), literal('2025-06-01', xsd('date')));
  add(id('claim-3'), schema('datePublished'), literal('2025-06-01T12:00:00Z', xsd('dateTime')));
  add(id('claim-3'), cg('status'), literal('true', xsd('boolean')));
  add(id('claim-3'), cg('evidence'), blankNode('ev1'));
  add(blankNode('ev1'), schema('text'), literal('line one\nline\ttwo'));
  return store;
}

/** `n` unrelated triples, enough for a cartesian product that would run for hours. */
export function wideStore(n: number): Store {
  const store = new Store();
  for (let i = 0; i < n; i++) store.addQuad(quad(iri(`http://example.org/s${i}`), iri(`http://example.org/p${i % 7}`), literal(String(i))));
  return store;
}

/** CPU seconds the process uses in one second, after a short settle: near zero once a stopped query has really stopped. */
export async function cpuAfter(): Promise<number> {
  await new Promise((r) => setTimeout(r, 200));
  const before = process.cpuUsage();
  await new Promise((r) => setTimeout(r, 1000));
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1e6;
}
