/**
 * The layers never mix: what only a statement says (content-only properties and classes, the
 * date and attendees of a presupposed event, a content triple) stays out of the default graph;
 * each content graph belongs to one statement; a statement without content is worth a warning.
 */
import type { Quad, Term } from '@rdfjs/types';
import { DataFactory } from 'n3';
import { ontologyStore } from '../ontology.js';
import { cg, compact, prov, rdf, schema } from '../vocab.js';
import type { Problem } from './report.js';
import { DEFAULT, contentOf, id, problem, statements, type Check } from './common.js';

export function layerProblems(c: Check): Problem[] {
  return [...contentOnly(c), ...presupposed(c), ...contentInFacts(c), ...contentLinks(c), ...attribution(c), ...emptyContent(c)];
}

const triple = (q: Quad) =>
  `${compact(id(q.subject))} ${compact(q.predicate.value)} ${q.object.termType === 'Literal' ? JSON.stringify(q.object.value) : compact(id(q.object))}`;

/** Properties typed cg:ContentProperty (in the ontology, or an annotation's own vocabulary) and the classes only content uses. */
function contentOnlyTerms(c: Check): { properties: Set<string>; classes: Set<string> } {
  const properties = new Set(
    [...ontologyStore().getSubjects(rdf.type, cg.ContentProperty, null), ...c.store.getSubjects(rdf.type, cg.ContentProperty, DEFAULT)].map((t) => t.value),
  );
  return { properties, classes: new Set([cg.State.value]) };
}

function contentOnly(c: Check): Problem[] {
  const { properties, classes } = contentOnlyTerms(c);
  const out: Problem[] = [];
  for (const q of c.store.getQuads(null, null, null, DEFAULT)) {
    const isClass = q.predicate.equals(rdf.type) && classes.has(q.object.value);
    if (!properties.has(q.predicate.value) && !isClass) continue;
    const term = compact(isClass ? q.object.value : q.predicate.value);
    out.push(
      problem(
        c,
        id(q.subject),
        `${term} is content only, but "${triple(q)}" is in the default graph, which asserts as fact what only a statement says.`,
        `Move the triple into the \`content:\` of the statement that says it (its content graph <record>/content); keep in the default graph only what the article establishes.`,
        { path: compact(q.predicate.value), near: [id(q.object)] },
      ),
    );
  }
  return out;
}

/** An event that exists only as a statement presents it has its date, attendees and place in that statement's content. */
function presupposed(c: Check): Problem[] {
  const said = [schema.startDate, schema.endDate, schema.attendee, schema.location, schema.participant];
  const out: Problem[] = [];
  for (const q of c.store.getQuads(null, cg.presupposedBy, null, DEFAULT)) {
    for (const p of said) {
      for (const o of c.store.getObjects(q.subject, p, DEFAULT)) {
        out.push(
          problem(
            c,
            id(q.subject),
            `${compact(q.subject.value)} is presupposed by ${compact(q.object.value)}, yet "${compact(q.subject.value)} ${compact(p.value)} ${o.termType === 'Literal' ? JSON.stringify(o.value) : compact(o.value)}" is asserted in the default graph.`,
            `Only that statement says it: move the triple into its content graph (in the annotation, keep \`reportedBy:\` on the entity and the date/attendees there, or give the fact a \`source:\` of its own and drop \`reportedBy:\`).`,
            { path: compact(p.value) },
          ),
        );
      }
    }
  }
  return out;
}

/** No triple of a statement's content is also asserted in the default graph (statements are not facts). */
function contentInFacts(c: Check): Problem[] {
  const out: Problem[] = [];
  const links = new Map(c.store.getQuads(null, cg.content, null, DEFAULT).map((q) => [q.object.value, q] as const));
  for (const link of links.values()) {
    for (const q of c.store.getQuads(null, null, null, link.object as Quad['graph'])) {
      if (q.subject.termType === 'BlankNode' || q.object.termType === 'BlankNode') continue;
      if (!c.store.has(DataFactory.quad(q.subject, q.predicate, q.object, DEFAULT))) continue;
      out.push(
        problem(
          c,
          link.object.value,
          `The content "${triple(q)}" of ${compact(link.subject.value)} is also asserted as a fact in the default graph.`,
          'Keep what is claimed only in the content graph: remove the triple from the default graph (or, if it is an established fact with a source, from the content).',
          { path: compact(q.predicate.value), near: [link.subject.value] },
        ),
      );
    }
  }
  return out;
}

/** Each content graph is linked from exactly one statement; every other named graph holds editorial notes. */
function contentLinks(c: Check): Problem[] {
  const out: Problem[] = [];
  for (const g of c.store.getGraphs(null, null, null)) {
    if (g.termType === 'DefaultGraph') continue;
    const linked = c.store.getSubjects(cg.content, g, DEFAULT);
    if (linked.length > 1) {
      out.push(
        problem(
          c,
          g.value,
          `The content graph is linked from ${linked.length} statements (${linked.map((s) => compact(s.value)).join(', ')}).`,
          'Give each statement its own content graph, <record>/content.',
          { path: 'cg:content' },
        ),
      );
    } else if (linked.length === 0 && c.store.countQuads(null, rdf.type, cg.EditorialNote, g) === 0) {
      out.push(
        problem(
          c,
          g.value,
          'This named graph is neither a statement content graph (no statement links it by cg:content) nor an editorial graph.',
          'Link it from its statement with cg:content, or move its triples to the default graph if they are facts.',
        ),
      );
    }
  }
  return out;
}

/** A content graph is attributed to its statement's holder and to no one else (one holder per statement). */
function attribution(c: Check): Problem[] {
  const out: Problem[] = [];
  for (const record of statements(c.store)) {
    const graph = contentOf(c.store, record);
    const holder = c.store.getObjects(record, cg.holder, DEFAULT)[0];
    if (!graph || !holder) continue;
    const to = c.store.getObjects(graph, prov.wasAttributedTo, DEFAULT);
    if (to.length === 1 && to[0]!.equals(holder)) continue;
    const shown = to.length ? to.map((t) => compact(t.value)).join(', ') : 'nobody';
    out.push(
      problem(
        c,
        graph.value,
        `The content of ${compact(record.value)} is attributed to ${shown}, but the statement's holder is ${compact(holder.value)}.`,
        `Attribute the content graph to the holder alone (prov:wasAttributedTo ${compact(holder.value)}); whoever relays it is a step of the chain, not a second holder. Recompile the annotation.`,
        { path: 'prov:wasAttributedTo', near: [id(record)] },
      ),
    );
  }
  return out;
}

/** A statement whose content graph is empty says nothing a query can reach. */
function emptyContent(c: Check): Problem[] {
  const out: Problem[] = [];
  for (const record of statements(c.store)) {
    const graph = contentOf(c.store, record);
    if (graph && c.store.countQuads(null, null, null, graph as Term as Quad['graph']) > 0) continue;
    out.push(
      problem(
        c,
        id(record),
        `${compact(record.value)} has no content: ${graph ? `its graph <${graph.value}> is empty` : 'it links no content graph (cg:content)'}, so no query can reach what it says.`,
        'Give the statement `content:` in the annotation: its entities, actions, states and quantities as triples.',
        { path: 'cg:content', severity: 'warning' },
      ),
    );
  }
  return out;
}
