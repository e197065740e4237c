/** Small pieces the typed helpers share: optional fields, sort orders, owl:sameAs and mention lookups. */
import { DataFactory } from 'n3';
import { PREFIXES, itsrdf } from '../vocab.js';
import type { GraphView } from './view.js';

const { namedNode } = DataFactory;

/** The mention spans linked to an entity. */
export function mentionsOf(view: GraphView, iri: string): string[] {
  return view.subjects(itsrdf.taIdentRef, iri);
}

/** A node and the nodes linked to it by owl:sameAs (the corpus loader links IRIs sharing a Wikidata item). */
export function sameAs(view: GraphView, iri: string): string[] {
  const same = view.objects(iri, OWL_SAME_AS).map((t) => t.value);
  return same.length ? [iri, ...same.filter((x) => x !== iri)] : [iri];
}
const OWL_SAME_AS = namedNode(`${PREFIXES.owl}sameAs`);

export function optional<K extends string, V>(key: K, value: V | undefined): { [P in K]?: V } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: V };
}

export function byLabel(a: { label: string }, b: { label: string }): number {
  return a.label.localeCompare(b.label);
}

export function byPosition(a: { evidence: { article: string; begin: number } }, b: { evidence: { article: string; begin: number } }): number {
  return a.evidence.article === b.evidence.article ? a.evidence.begin - b.evidence.begin : a.evidence.article.localeCompare(b.evidence.article);
}
