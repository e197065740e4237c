/**
 * Terms: every cg: term used is defined in ontology/claimgraph.ttl, and every term of an
 * annotation's own vocabulary (declared in the graph with rdfs:isDefinedBy the article) is
 * declared with a label. A declared term with a label is accepted like an ontology term.
 */
import type { Quad, Term } from '@rdfjs/types';
import { closest } from 'fastest-levenshtein';
import { ontologyStore } from '../ontology.js';
import { PREFIXES, compact, rdf, rdfs, schema } from '../vocab.js';
import type { Problem } from './report.js';
import { DEFAULT, id, problem, type Check } from './common.js';

export function vocabularyProblems(c: Check): Problem[] {
  return [...undefinedTerms(c), ...ownVocabulary(c)];
}

/** The node a problem about a term used in a quad is placed at: its content graph, or its subject. */
const siteOf = (q: Quad) => (q.graph.termType === 'DefaultGraph' ? id(q.subject) : q.graph.value);

/** Predicates, classes and datatypes a quad uses. */
function termsOf(q: Quad): Term[] {
  const out: Term[] = [q.predicate, q.object];
  if (q.object.termType === 'Literal') out.push(q.object.datatype);
  return out;
}

function undefinedTerms(c: Check): Problem[] {
  const defined = new Set(
    ontologyStore()
      .getSubjects(null, null, null)
      .map((t) => t.value),
  );
  const known = [...defined].filter((t) => t.startsWith(PREFIXES.cg)).map((t) => t.slice(PREFIXES.cg.length));
  const reported = new Set<string>();
  const out: Problem[] = [];
  for (const q of c.store.getQuads(null, null, null, null)) {
    for (const t of termsOf(q)) {
      if (t.termType !== 'NamedNode' || !t.value.startsWith(PREFIXES.cg) || defined.has(t.value) || reported.has(t.value)) continue;
      reported.add(t.value);
      const local = t.value.slice(PREFIXES.cg.length);
      out.push(
        problem(
          c,
          siteOf(q),
          `cg:${local} is not defined in the ontology.`,
          `Use a defined term such as cg:${closest(local, known)}, a schema.org or PROV term, declare a term of your own namespace under \`vocabulary:\`, or define it (with rdfs:label and rdfs:comment) in ontology/claimgraph.ttl.`,
          { path: compact(q.predicate.value), near: [id(q.subject)] },
        ),
      );
    }
  }
  return out;
}

const namespaceOf = (iri: string) => iri.slice(0, Math.max(iri.lastIndexOf('#'), iri.lastIndexOf('/')) + 1);

function ownVocabulary(c: Check): Problem[] {
  const articles = new Set(c.store.getSubjects(rdf.type, schema.NewsArticle, DEFAULT).map((t) => t.value));
  const declared = c.store
    .getQuads(null, rdfs.isDefinedBy, null, DEFAULT)
    .filter((q) => articles.has(q.object.value))
    .map((q) => q.subject);
  if (!declared.length) return [];
  const labelled = new Set(declared.filter((t) => c.store.countQuads(t, rdfs.label, null, DEFAULT) > 0).map((t) => t.value));
  const namespaces = new Set(declared.map((t) => namespaceOf(t.value)).filter((ns) => !Object.values(PREFIXES).includes(ns as never)));
  const out: Problem[] = [];
  for (const t of declared) {
    if (!labelled.has(t.value))
      out.push(
        problem(c, t.value, `${t.value} is declared in the annotation's vocabulary without a label.`, 'Give the term a `label:` under vocabulary.terms.', {
          path: 'rdfs:label',
        }),
      );
  }
  const reported = new Set<string>();
  for (const q of c.store.getQuads(null, null, null, null)) {
    for (const t of [q.predicate, ...(q.predicate.equals(rdf.type) ? [q.object] : [])]) {
      if (t.termType !== 'NamedNode' || !namespaces.has(namespaceOf(t.value)) || labelled.has(t.value) || reported.has(t.value)) continue;
      if (declared.some((d) => d.value === t.value)) continue; // reported above, for its missing label
      reported.add(t.value);
      out.push(
        problem(
          c,
          siteOf(q),
          `${t.value} is in the annotation's own vocabulary <${namespaceOf(t.value)}> but is not declared there.`,
          `Declare it under vocabulary.terms with a label, or use a declared term such as <${closest(t.value, [...labelled])}>.`,
          { path: compact(q.predicate.value), near: [id(q.subject)] },
        ),
      );
    }
  }
  return out;
}
