/**
 * Entities, and the entity a user means: an IRI, an id, a label or a name read loosely, with
 * an error listing the candidates when a name is ambiguous.
 */
import type { Literal, Term } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { InvalidArgumentError, UnknownEntityError } from '../errors.js';
import { PREFIXES, cg, compact, expand, nif, schema } from '../vocab.js';
import { byLabel, mentionsOf, optional } from './common.js';
import type { Entity, EntityFilter, ArticleFilter, Kind } from './types.js';
import { DEFAULT_GRAPH, type GraphView } from './view.js';

const { namedNode } = DataFactory;

const ENTITY_KINDS: Kind[] = ['person', 'organization', 'unnamed-source', 'place', 'weapon', 'event', 'document', 'concept'];

export function entities(view: GraphView, filter: EntityFilter = {}): Entity[] {
  const article = view.articleFilter(filter.article);
  let candidates: string[];
  if (filter.type === undefined) {
    candidates = view.ofKinds(ENTITY_KINDS);
  } else if ((ENTITY_KINDS as string[]).includes(filter.type)) {
    candidates = view.ofKinds([filter.type as Kind]);
  } else {
    const cls = filter.type.includes(':') ? namedNode(expand(filter.type)) : undefined;
    if (!cls || view.ofType(cls).length === 0) {
      throw new InvalidArgumentError(`Unknown entity type "${filter.type}". Use a kind (${ENTITY_KINDS.join(', ')}) or a class such as schema:Person.`);
    }
    candidates = view.ofType(cls);
  }
  if (article) candidates = candidates.filter((e) => mentionsOf(view, e).some((m) => m.startsWith(`${article}/text`)));
  return candidates.map((iri) => entityView(view, iri)).sort(byLabel);
}

export function entity(view: GraphView, idOrLabel: string | Term): Entity {
  return entityView(view, resolveEntity(view, idOrLabel));
}

/**
 * The entity a user means. Whatever `view.resolve` finds first (IRI, id, label, name);
 * failing that, a name read loosely: without a leading "the" on either side ("Harmon
 * Ledger" for "The Harmon Ledger") and without a parenthesised qualifier of the label
 * ("Ana Ruiz (invented librarian)"), or, for one word, the last name of one person only.
 * More than one entity so named is an error listing them.
 */
export function resolveEntity(view: GraphView, input: string | Term, what = 'entity'): string {
  try {
    return view.resolve(input, what);
  } catch (e) {
    if (!(e instanceof UnknownEntityError) || typeof input !== 'string') throw e;
    const found = looseMatches(view, input);
    if (found.length === 1) return found[0]!;
    if (found.length > 1) {
      const listed = found.map((f) => `${view.shortId(f)} (${view.label(f)})`).join(', ');
      throw new InvalidArgumentError(
        `"${input}" could be ${found.length} ${what === 'entity' ? 'entities' : `${what}s`}: ${listed}; pass one of these ids instead.`,
      );
    }
    throw e;
  }
}

/** A name folded for loose comparison: lower case, no parenthesised qualifier, no leading article, single spaces, straight apostrophes. */
const looseName = (name: string) =>
  name
    .toLowerCase()
    .replace(/\s*\([^()]*\)\s*$/u, '')
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^the /, '');

function looseMatches(view: GraphView, input: string): string[] {
  const wanted = looseName(input);
  if (!wanted) return [];
  const candidates = view.ofKinds(ENTITY_KINDS);
  const namesOf = (iri: string) => [view.label(iri), ...view.objects(iri, schema.alternateName).map((t) => t.value)].map(looseName);
  const named = candidates.filter((iri) => namesOf(iri).includes(wanted));
  if (named.length || /\s/.test(wanted)) return named;
  return candidates.filter((iri) => view.kind(iri) === 'person' && namesOf(iri).some((n) => n.includes(' ') && n.slice(n.lastIndexOf(' ') + 1) === wanted));
}

/** Holders the annotation names with a word rather than an id: `article` (the article's own voice) and `unspecified`. */
export function reservedHolders(view: GraphView, speaker: string | Term): string[] | undefined {
  if (typeof speaker !== 'string') return undefined;
  const word = looseName(speaker);
  if (word === 'article' || word === "article's own voice") return view.articleIris().map((a) => `${a}/voice`);
  if (word === 'unspecified' || word === 'unspecified source') {
    return [
      ...new Set(
        view.store
          .getObjects(null, cg.holder, DEFAULT_GRAPH)
          .map((t) => t.value)
          .filter((h) => h.endsWith('/unspecified-source')),
      ),
    ];
  }
  return undefined;
}

function entityView(view: GraphView, iri: string): Entity {
  const sameAs = view.objects(iri, schema.sameAs).map((t) => t.value);
  const wikidata = sameAs.find((s) => s.startsWith(PREFIXES.wd))?.slice(PREFIXES.wd.length);
  const refOf = (p: Term) => {
    const o = view.object(iri, p);
    return o ? view.ref(o.value) : undefined;
  };
  // What only a statement reports of the entity (a meeting's date, who attended) is read from its content.
  const reportedBy = view.objects(iri, cg.presupposedBy).map((t) => t.value);
  const said = (p: Term) => [
    ...view.objects(iri, p),
    ...reportedBy.flatMap((st) => {
      const g = view.contentGraph(st);
      return g ? view.store.getObjects(namedNode(iri), p as never, namedNode(g)) : [];
    }),
  ];
  const date = said(schema.startDate)[0] as Literal | undefined;
  const attendees = [...new Set(said(schema.attendee).map((t) => t.value))].map((x) => view.ref(x));
  return {
    ...view.ref(iri),
    kind: view.kind(iri),
    types: view.types(iri).map(compact),
    names: view.objects(iri, schema.alternateName).map((t) => t.value),
    ...(wikidata ? { wikidata } : {}),
    sameAs,
    descriptions: view.subjects(cg.describes, iri).map((s) => view.object(s, nif.anchorOf)?.value ?? ''),
    ...optional('affiliation', refOf(schema.affiliation) ?? refOf(schema.worksFor)),
    ...optional('associatedWith', refOf(cg.associatedWith)),
    mentions: mentionsOf(view, iri).length,
    ...optional('date', date ? { value: date.value, datatype: compact(date.datatype.value) } : undefined),
    ...(attendees.length ? { attendees } : {}),
    ...optional('location', said(schema.location)[0] ? view.ref(said(schema.location)[0]!.value) : undefined),
    ...(reportedBy.length ? { reportedBy: reportedBy.map((st) => view.ref(st)) } : {}),
  };
}

export function places(view: GraphView, filter: ArticleFilter = {}): Entity[] {
  return entities(view, { ...filter, type: 'place' });
}

export function events(view: GraphView, filter: ArticleFilter = {}): Entity[] {
  return entities(view, { ...filter, type: 'event' });
}
