/**
 * Statement records → nanopublications, one per statement, after the Nanopublication
 * guidelines: a head graph naming the assertion, provenance and publication-info graphs.
 *
 * - assertion: the statement's content graph (`<record>/content`), triple for triple.
 *   Nothing of the fact layer goes in: what a source says stays attributed to that source.
 * - provenance: the assertion is prov:wasAttributedTo the holder and prov:wasDerivedFrom the
 *   article, and is an alternate of the content graph; the record itself (holder, hedge,
 *   sourcing, factuality, report steps, evidence spans) describes how it reached the article,
 *   and the holder, relaying agents and documents are named (type and label).
 * - publication info: derived from the record; the annotator (cg:annotatedBy as
 *   prov:wasAttributedTo), when (dcterms:created) and with what confidence.
 *
 * IRIs hang off the record: `<record>/np` for the nanopublication, `<record>/np#Head`,
 * `#assertion`, `#provenance`, `#pubinfo` for its graphs.
 */
import type { NamedNode, Quad, Quad_Object, Term } from '@rdfjs/types';
import { DataFactory, Store } from 'n3';
import { PREFIXES, cg, dcterms, np, prov, rdf, rdfs, schema } from '../vocab.js';

const { namedNode, quad, defaultGraph } = DataFactory;

/** Record properties that say who made the record, when and how surely: publication info, not provenance. */
const ANNOTATION_PROPERTIES = new Set([cg.annotatedBy.value, cg.confidence.value, dcterms.created.value, schema.claimInterpreter.value]);
/** What describes an annotator in publication info. */
const AGENT_PROPERTIES = new Set([rdf.type.value, rdfs.label.value, schema.softwareVersion.value]);
const alternateOf = namedNode(`${PREFIXES.prov}alternateOf`);

export interface NanopubIris {
  nanopub: NamedNode;
  head: NamedNode;
  assertion: NamedNode;
  provenance: NamedNode;
  pubinfo: NamedNode;
}

/** The IRIs of the nanopublication of a statement record. */
export function nanopubIris(record: string): NanopubIris {
  const base = `${record}/np`;
  return {
    nanopub: namedNode(base),
    head: namedNode(`${base}#Head`),
    assertion: namedNode(`${base}#assertion`),
    provenance: namedNode(`${base}#provenance`),
    pubinfo: namedNode(`${base}#pubinfo`),
  };
}

/**
 * One nanopublication per statement record with a non-empty content graph (the guidelines
 * ask for at least one assertion triple; a record without content has nothing to publish).
 */
export function nanopublications(quads: Iterable<Quad>): Quad[] {
  const store = new Store([...quads]);
  const dg = defaultGraph();
  const out: Quad[] = [];
  const records = store
    .getQuads(null, cg.content, null, dg)
    .filter((q) => q.subject.termType === 'NamedNode' && q.object.termType === 'NamedNode')
    .sort((a, b) => (a.subject.value < b.subject.value ? -1 : a.subject.value > b.subject.value ? 1 : 0));
  const one = (s: Term, p: NamedNode) => store.getObjects(s, p, dg)[0];

  for (const { subject: record, object: contentGraph } of records) {
    const content = store.getQuads(null, null, null, contentGraph as NamedNode);
    if (!content.length) continue;
    const iris = nanopubIris(record.value);
    const { nanopub, head, assertion, provenance, pubinfo } = iris;

    out.push(
      quad(nanopub, rdf.type, np.Nanopublication, head),
      quad(nanopub, np.hasAssertion, assertion, head),
      quad(nanopub, np.hasProvenance, provenance, head),
      quad(nanopub, np.hasPublicationInfo, pubinfo, head),
    );

    for (const q of content) out.push(quad(q.subject, q.predicate, q.object, assertion));

    // Provenance of the assertion: who holds it, where it was read, and the record that says how.
    const inProvenance = new Set<string>();
    const addProv = (s: Quad['subject'], p: Quad['predicate'], o: Quad_Object) => {
      const key = `${s.termType}:${s.value} ${p.value} ${o.termType}:${o.value}:${o.termType === 'Literal' ? `${o.language}|${o.datatype.value}` : ''}`;
      if (!inProvenance.has(key)) inProvenance.add(key), out.push(quad(s, p, o, provenance));
    };
    const holder = one(record, cg.holder) ?? store.getObjects(contentGraph, prov.wasAttributedTo, dg)[0];
    if (holder) addProv(assertion, prov.wasAttributedTo, holder as Quad_Object);
    const article = one(record, schema.isPartOf);
    if (article) addProv(assertion, prov.wasDerivedFrom, article as Quad_Object);
    addProv(assertion, alternateOf, contentGraph as Quad_Object);
    for (const q of store.getQuads(record, null, null, dg)) if (!ANNOTATION_PROPERTIES.has(q.predicate.value)) addProv(q.subject, q.predicate, q.object);

    const steps = store.getObjects(record, cg.reportStep, dg);
    const documents = new Set<string>();
    for (const step of steps) {
      for (const q of store.getQuads(step, null, null, dg)) addProv(q.subject, q.predicate, q.object);
      for (const d of store.getObjects(step, cg.document, dg)) documents.add(d.value);
    }
    // How the documents of the chain derive from one another.
    for (const d of documents) {
      for (const p of [prov.wasDerivedFrom, prov.wasQuotedFrom, prov.hadPrimarySource]) {
        for (const o of store.getObjects(namedNode(d), p, dg)) if (documents.has(o.value)) addProv(namedNode(d), p, o as Quad_Object);
      }
    }
    // Who the holder, the relaying agents and the documents are, so the nanopublication reads on its own.
    const named = new Set([holder, ...steps.flatMap((st) => store.getObjects(st, prov.agent, dg))].filter((x) => x !== undefined).map((x) => x!.value));
    for (const d of documents) named.add(d);
    for (const n of named) {
      for (const p of [rdf.type, rdfs.label]) for (const o of store.getObjects(namedNode(n), p, dg)) addProv(namedNode(n), p, o as Quad_Object);
    }
    for (const p of [cg.evidence, cg.quotedPart]) {
      for (const span of store.getObjects(record, p, dg)) {
        for (const q of store.getQuads(span, null, null, dg)) addProv(q.subject, q.predicate, q.object);
      }
    }

    // Publication info: made from the record (always there, as the guidelines ask of publication info); who made it, when, how surely.
    out.push(quad(nanopub, prov.wasDerivedFrom, record as NamedNode, pubinfo));
    const label = one(record, rdfs.label);
    if (label) out.push(quad(nanopub, rdfs.label, label as Quad_Object, pubinfo));
    for (const annotator of store.getObjects(record, cg.annotatedBy, dg)) {
      out.push(quad(nanopub, prov.wasAttributedTo, annotator as Quad_Object, pubinfo));
      for (const q of store.getQuads(annotator, null, null, dg))
        if (AGENT_PROPERTIES.has(q.predicate.value)) out.push(quad(q.subject, q.predicate, q.object, pubinfo));
    }
    const created = one(record, dcterms.created);
    if (created) out.push(quad(nanopub, dcterms.created, created as Quad_Object, pubinfo));
    const confidence = one(record, cg.confidence) ?? one(contentGraph, cg.confidence);
    if (confidence) out.push(quad(nanopub, cg.confidence, confidence as Quad_Object, pubinfo));
  }
  return out;
}
