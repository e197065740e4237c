/**
 * Statements inside statements ("Politico reported that the inner circle warned that …"): the
 * inner statement's chain passes through the outer one's holder, the outer content names the
 * inner record, and records (holder, chain, evidence) never sit inside a content graph.
 */
import type { Quad, Term } from '@rdfjs/types';
import { cg, compact, prov, rdf, schema } from '../vocab.js';
import type { Problem } from './report.js';
import { DEFAULT, id, one, problem, statements, type Check } from './common.js';

const RECORD_TERMS = [cg.holder, cg.reportStep, cg.evidence, cg.quotedPart, cg.sourcing, cg.hedge, cg.channel, cg.withinStatement];

export function nestingProblems(c: Check): Problem[] {
  return [...recordsInContent(c), ...statements(c.store).flatMap((record) => within(c, record))];
}

/** What describes a record (its holder, chain, evidence, type) belongs to the default graph, not to a content graph. */
function recordsInContent(c: Check): Problem[] {
  const out: Problem[] = [];
  const isRecordQuad = (q: Quad) =>
    RECORD_TERMS.some((p) => q.predicate.equals(p)) || (q.predicate.equals(rdf.type) && (q.object.equals(schema.Claim) || q.object.equals(schema.Quotation)));
  for (const q of c.store.getQuads(null, null, null, null)) {
    if (q.graph.termType === 'DefaultGraph' || !isRecordQuad(q)) continue;
    out.push(
      problem(
        c,
        q.graph.value,
        `The graph <${q.graph.value}> describes a statement record (${compact(id(q.subject))} ${compact(q.predicate.value)} ${compact(id(q.object as Term))}); records live in the default graph.`,
        'Make the inner statement a claim or quotation of its own with `within:` the outer one, and point to it from the outer content with `cg:message claim:<id>`.',
        { path: compact(q.predicate.value), near: [id(q.subject)] },
      ),
    );
  }
  return out;
}

function within(c: Check, record: Term): Problem[] {
  const outer = one(c.store, record, cg.withinStatement);
  if (!outer || !c.store.countQuads(outer, rdf.type, null, DEFAULT)) return []; // the class check reports a missing or foreign outer statement
  return [...throughOuterHolder(c, record, outer), ...namedByOuter(c, record, outer)];
}

/** The chain of an inner statement passes through the holder of the statement around it. */
function throughOuterHolder(c: Check, record: Term, outer: Term): Problem[] {
  const holder = one(c.store, outer, cg.holder);
  const article = one(c.store, outer, schema.isPartOf)?.value;
  if (!holder || holder.value === `${article}/voice`) return [];
  const agents = c.store.getObjects(record, cg.reportStep, DEFAULT).flatMap((s) => c.store.getObjects(s, prov.agent, DEFAULT));
  if (agents.some((a) => a.equals(holder))) return [];
  return [
    problem(
      c,
      id(record),
      `${compact(record.value)} is within ${compact(outer.value)}, but its chain of reports never passes through that statement's holder ${compact(holder.value)}.`,
      'Recompile the annotation: a statement `within:` another continues the outer chain, so the outer holder is one of its steps; in the graph, add that step.',
      { path: 'cg:reportStep' },
    ),
  ];
}

/** The outer statement's content refers to the inner record (cg:message claim:<id>), so a query can go from one to the other. */
function namedByOuter(c: Check, record: Term, outer: Term): Problem[] {
  const graph = one(c.store, outer, cg.content);
  if (!graph || !c.store.countQuads(null, null, null, graph as Quad['graph'])) return []; // an empty content is a warning of its own
  if (c.store.countQuads(null, null, record, graph as Quad['graph'])) return [];
  return [
    problem(
      c,
      id(record),
      `${compact(record.value)} is within ${compact(outer.value)}, but the content of ${compact(outer.value)} never names it.`,
      `In the content of the outer statement, point to the inner one: \`cg:message ${record.value.includes('/quote/') ? 'quote' : 'claim'}:${record.value.split('/').pop()}\`.`,
      { path: 'cg:withinStatement', near: [graph.value] },
    ),
  ];
}
