/**
 * Entities: the fact layer, and every place the text mentions them. What only a statement says
 * of an entity (an event's date, attendees, place) is handed back to go into that statement's
 * content, never into the facts.
 */
import type { NamedNode, Quad_Object } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { closest } from 'fastest-levenshtein';
import { conceptScheme } from '../ontology.js';
import { nameOccurrences, type TextRange as Span } from '../text/spans.js';
import { PREFIXES, cg, dcterms, expand, itsrdf, rdf, rdfs, schema } from '../vocab.js';
import { type At, type Compilation, dateLiteral } from './context.js';
import type { Provenance } from './document.js';
import { ENTITY_TYPES, type EntityAnnotation } from './format.js';
import { entityIri } from './iris.js';

const { namedNode } = DataFactory;

/** Triples an entity's annotation gives that only the statement `statement` reports. */
export interface Reported {
  statement: string;
  quads: [string, NamedNode, Quad_Object | string][];
}

export function writeEntities(c: Compilation, by: Provenance): Reported[] {
  const { add, str, fail, entity } = c;
  const claimed = new Map<string, string>();
  const reported: Reported[] = [];
  for (const [id, e] of Object.entries(c.entities)) {
    const at: At = (...rest) => ['entities', id, ...rest];
    if (!/^[a-z0-9][a-z0-9-]*$/.test(id)) fail(at(), `entity id "${id}" must be a slug of lower-case letters, digits and hyphens.`);
    const type = ENTITY_TYPES[e.type as keyof typeof ENTITY_TYPES];
    if (!type)
      fail(
        at('type'),
        `unknown type "${e.type}"; use one of ${Object.keys(ENTITY_TYPES).join(', ')} (closest: "${closest(String(e.type), Object.keys(ENTITY_TYPES))}").`,
      );
    const s = entityIri(id);
    c.mark(s, at());
    for (const t of type.classes) add(s, rdf.type, expand(t));
    if (!e.label) fail(at('label'), `entity "${id}" needs a label.`);
    add(s, rdfs.label, str(e.label));
    for (const n of new Set(e.names ?? [])) if (n !== e.label) add(s, schema.alternateName, str(n));
    if (e.wikidata) {
      if (!/^Q\d+$/.test(e.wikidata)) fail(at('wikidata'), `"${e.wikidata}" is not a Wikidata item id (Q followed by digits).`);
      add(s, schema.sameAs, PREFIXES.wd + e.wikidata);
    }
    for (const other of e.sameAs ?? []) add(s, schema.sameAs, other);
    if (e.affiliation) add(s, schema.affiliation, entity(e.affiliation, at('affiliation')));
    if (e.formerAffiliation) add(s, cg.formerAffiliation, entity(e.formerAffiliation, at('formerAffiliation')));
    if (e.worksFor) add(s, schema.worksFor, entity(e.worksFor, at('worksFor')));
    if (e.associatedWith) add(s, cg.associatedWith, entity(e.associatedWith, at('associatedWith')));
    if (e.category) add(s, cg.category, c.concept('WeaponCategoryScheme', e.category, at('category')));
    if (e.type === 'WeaponSystem' && !e.category)
      fail(at(), `weapons system "${id}" needs a category (${[...conceptScheme('WeaponCategoryScheme').keys()].join(', ')}).`);
    if (e.author) add(s, schema.author, entity(e.author, at('author')));
    if (e.publisher) add(s, schema.publisher, entity(e.publisher, at('publisher')));
    const said = eventFacts(c, s, e, at);
    if (e.reportedBy) {
      const st = c.statement(e.reportedBy, at('reportedBy'));
      add(s, cg.presupposedBy, st);
      reported.push({ statement: st, quads: said });
    } else if (said.length) {
      if (!e.source)
        fail(
          at(),
          `"${id}" gives a date, attendees or a location that only a source can say: add reportedBy: <the statement that reports them>, or source: <the reference> for a fact of its own.`,
        );
      for (const [x, p, o] of said) add(x, p, o);
      add(s, dcterms.source, /^https?:\/\//.test(e.source!) ? namedNode(e.source!) : str(e.source!));
    }
    linkMentions(c, by, claimed, id, e, at);
  }
  return reported;
}

/** Date, attendees and place of an event: a fact only with a source of its own. */
function eventFacts(c: Compilation, s: string, e: EntityAnnotation, at: At): Reported['quads'] {
  const said: Reported['quads'] = [];
  if (e.date !== undefined) said.push([s, schema.startDate, dateLiteral(String(e.date), (m) => c.fail(at('date'), m))]);
  for (const [i, x] of (e.attendees ?? []).entries()) said.push([s, schema.attendee, c.entity(x, at('attendees', i))]);
  if (e.location) said.push([s, schema.location, c.entity(e.location, at('location'))]);
  return said;
}

/**
 * Mentions: every whole-word occurrence of a name, plus the mentions given one by one; a
 * range two entities both claim fails, since a mention links one entity.
 */
function linkMentions(c: Compilation, by: Provenance, claimed: Map<string, string>, id: string, e: EntityAnnotation, at: At) {
  const { text, spanPaths, fail } = c;
  const found: Span[] = [];
  for (const [i, name] of (e.names ?? []).entries()) {
    for (const m of nameOccurrences(text, name)) {
      if (!spanPaths.has(`${m.begin},${m.end}`)) spanPaths.set(`${m.begin},${m.end}`, at('names', i));
      found.push(m);
    }
  }
  // A shorter name inside a longer one of the same entity ("Trump" in "Donald Trump") is one mention.
  const kept = found.filter((x) => !found.some((y) => y !== x && y.begin <= x.begin && y.end >= x.end && y.end - y.begin > x.end - x.begin));
  if ((e.names?.length ?? 0) > 0 && kept.length === 0)
    fail(at('names'), `none of the names of "${id}" occurs in the article text; check the spelling or give mentions instead.`);
  const confidence = new Map<string, number>();
  for (const [i, m] of (e.mentions ?? []).entries()) {
    const found = c.find(m, at('mentions', i));
    if (typeof m === 'object' && m?.confidence !== undefined) confidence.set(`${found.begin},${found.end}`, m.confidence);
    kept.push(found);
  }
  for (const m of kept) {
    const key = `${m.begin},${m.end}`;
    const owner = claimed.get(key);
    if (owner && owner !== id)
      fail(
        at(),
        `the text "${text.slice(m.begin, m.end)}" at ${m.begin} is claimed by both "${owner}" and "${id}"; give one of them a longer name or an explicit mention.`,
      );
    claimed.set(key, id);
    const sp = c.span(m, cg.Mention);
    c.add(sp, itsrdf.taIdentRef, entityIri(id));
    by.provenance(sp, confidence.get(key) ?? e.confidence, at('confidence'));
  }
  for (const [i, d] of (e.described ?? []).entries()) c.add(c.span(c.find(d, at('described', i)), cg.Description), cg.describes, entityIri(id));
}
