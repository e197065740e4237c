// Nanopublications: one per statement, after the Nanopublication guidelines, read back with n3.
import type { Quad, Term } from '@rdfjs/types';
import { DataFactory, Parser, Store } from 'n3';
import { isomorphic } from 'rdf-isomorphic';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadArticle } from '../../src/bundled.js';
import { loadCorpus } from '../../src/corpus.js';
import { ClaimGraph } from '../../src/graph.js';
import { UnsupportedFormatError } from '../../src/errors.js';
import { nanopubIris } from '../../src/io/nanopub.js';
import { PREFIXES, cg, dcterms, np, prov, rdf, rdfs, schema } from '../../src/vocab.js';
import { PROGRAM, haldenAnnotation } from './fixture.js';

const { namedNode, defaultGraph, quad } = DataFactory;
const dg = defaultGraph();
const asTriples = (quads: Quad[]) => quads.map((q) => quad(q.subject, q.predicate, q.object, dg));
// Blank nodes are relabelled on reading back, so they compare by position only.
const key = (q: Quad) =>
  [q.subject, q.predicate, q.object]
    .map((t) => (t.termType === 'Literal' ? JSON.stringify([t.value, t.language, t.datatype.value]) : t.termType === 'BlankNode' ? '_' : `<${t.value}>`))
    .join(' ');

function readBack(trig: string): Store {
  return new Store(new Parser({ format: 'application/trig' }).parse(trig));
}

describe('nanopub export of the bundled article', () => {
  let kg: ClaimGraph;
  let original: Store;
  let out: Store;
  let records: Term[];

  beforeAll(async () => {
    kg = await loadArticle();
    original = new Store(kg.store.getQuads(null, null, null, null));
    out = readBack(await kg.serialize({ format: 'nanopub' }));
    records = original.getSubjects(cg.content, null, dg);
  });

  it('writes one nanopublication per statement, each with a well-formed head graph', () => {
    // 30 when written; counted from the graph so a re-curation does not break the check.
    expect(records.length).toBeGreaterThanOrEqual(20);
    const nanopubs = out.getSubjects(rdf.type, np.Nanopublication, null);
    expect(nanopubs.length).toBe(records.length);
    for (const record of records) {
      const iris = nanopubIris(record.value);
      expect(iris.nanopub.value).toBe(`${record.value}/np`);
      const head = out.getQuads(null, null, null, iris.head);
      // The head holds exactly the four triples, all about the nanopublication.
      expect(head.length, record.value).toBe(4);
      expect(head.every((q) => q.subject.equals(iris.nanopub))).toBe(true);
      expect(out.getQuads(iris.nanopub, rdf.type, np.Nanopublication, iris.head)).toHaveLength(1);
      expect(out.getObjects(iris.nanopub, np.hasAssertion, iris.head)).toEqual([iris.assertion]);
      expect(out.getObjects(iris.nanopub, np.hasProvenance, iris.head)).toEqual([iris.provenance]);
      expect(out.getObjects(iris.nanopub, np.hasPublicationInfo, iris.head)).toEqual([iris.pubinfo]);
      expect(new Set([iris.head, iris.assertion, iris.provenance, iris.pubinfo].map((g) => g.value)).size).toBe(4);
    }
    // Nothing outside the four graphs of some nanopublication, and nothing in the default graph.
    const graphs = new Set(
      records.flatMap((r) =>
        Object.values(nanopubIris(r.value))
          .slice(1)
          .map((g) => g.value),
      ),
    );
    expect(
      out
        .getGraphs(null, null, null)
        .map((g) => g.value)
        .filter((g) => !graphs.has(g)),
    ).toEqual([]);
  });

  it("makes each assertion graph the record's content graph, triple for triple", () => {
    for (const record of records) {
      const content = original.getObjects(record, cg.content, dg)[0]!;
      const expected = asTriples(original.getQuads(null, null, null, content));
      const assertion = asTriples(out.getQuads(null, null, null, nanopubIris(record.value).assertion));
      expect(expected.length, record.value).toBeGreaterThan(0);
      expect(assertion.length, record.value).toBe(expected.length);
      expect(isomorphic(assertion, expected), record.value).toBe(true);
    }
  });

  it('puts no fact-layer triple in an assertion', () => {
    const inContents = new Set(
      original
        .getQuads(null, null, null, null)
        .filter((q) => q.graph.value.endsWith('/content'))
        .map(key),
    );
    const factsOnly = original
      .getQuads(null, null, null, dg)
      .filter((q) => !inContents.has(key(q)))
      .map(key);
    expect(factsOnly.length).toBeGreaterThan(1000);
    const asserted = new Set(records.flatMap((r) => out.getQuads(null, null, null, nanopubIris(r.value).assertion)).map(key));
    expect(factsOnly.filter((k) => asserted.has(k))).toEqual([]);
    // Nor any record, step or span: the assertion says what the holder says, nothing about the saying.
    const recordPredicates = [cg.holder, cg.reportStep, cg.hedge, cg.sourcing, cg.evidence, cg.annotatedBy, cg.confidence, cg.certainty];
    for (const p of recordPredicates)
      expect(
        records.flatMap((r) => out.getQuads(null, p, null, nanopubIris(r.value).assertion)),
        p.value,
      ).toEqual([]);
  });

  it('gives as provenance the holder, the article, the record with its report chain and evidence', () => {
    for (const record of records) {
      const { assertion, provenance } = nanopubIris(record.value);
      const holder = original.getObjects(record, cg.holder, dg)[0]!;
      expect(out.getObjects(assertion, prov.wasAttributedTo, provenance), record.value).toEqual([holder]);
      expect(out.getObjects(assertion, prov.wasDerivedFrom, provenance)).toEqual(original.getObjects(record, schema.isPartOf, dg));
      const steps = original.getObjects(record, cg.reportStep, dg);
      expect(out.getObjects(record, cg.reportStep, provenance)).toHaveLength(steps.length);
      for (const step of steps)
        expect(asTriples(out.getQuads(step, null, null, provenance))).toEqual(expect.arrayContaining(asTriples(original.getQuads(step, null, null, dg))));
      for (const p of [cg.hedge, cg.sourcing, cg.channel, cg.certainty, cg.polarity, cg.time, cg.stance])
        expect(out.getObjects(record, p, provenance), p.value).toEqual(original.getObjects(record, p, dg));
      const evidence = original.getObjects(record, cg.evidence, dg)[0]!;
      expect(out.getObjects(record, cg.evidence, provenance)).toEqual([evidence]);
      expect(out.getQuads(evidence, namedNode(`${PREFIXES.nif}anchorOf`), null, provenance)).toHaveLength(1);
      // Who made the record is publication info, not provenance of the assertion.
      expect(out.getQuads(record, cg.annotatedBy, null, provenance)).toEqual([]);
    }
  });

  it('keeps the chain of documents a relayed statement came through', () => {
    const relayed = 'https://w3id.org/claimgraph/article/trump-tomahawks/claim/broader-strategy';
    const { provenance } = nanopubIris(relayed);
    const documents = out.getObjects(null, cg.document, provenance).map((d) => d.value);
    expect(documents).toEqual(expect.arrayContaining(['https://w3id.org/claimgraph/article/trump-tomahawks', `${PREFIXES.id}ignatius-article`]));
  });

  it('gives as publication info the annotator, the date and the confidence', () => {
    for (const record of records) {
      const { nanopub, pubinfo } = nanopubIris(record.value);
      expect(out.getObjects(nanopub, prov.wasDerivedFrom, pubinfo)).toEqual([record]);
      expect(out.getObjects(nanopub, prov.wasAttributedTo, pubinfo)).toEqual(original.getObjects(record, cg.annotatedBy, dg));
      expect(out.getObjects(nanopub, dcterms.created, pubinfo)).toEqual(original.getObjects(record, dcterms.created, dg));
      expect(out.getObjects(nanopub, cg.confidence, pubinfo)).toEqual(original.getObjects(record, cg.confidence, dg));
    }
  });

  it('writes each nanopublication as one run of graphs, head first, for tools that read them in a stream', async () => {
    const quads = new Parser({ format: 'application/trig' }).parse(await kg.serialize({ format: 'nanopub' }));
    const owner = (g: string) => g.slice(0, g.lastIndexOf('/np#'));
    const runs: string[] = [];
    for (const q of quads) if (runs[runs.length - 1] !== owner(q.graph.value)) runs.push(owner(q.graph.value));
    expect(runs.length).toBe(records.length);
    expect(new Set(runs).size).toBe(runs.length);
    for (const r of runs) expect(quads.find((q) => owner(q.graph.value) === r)!.graph.value).toBe(`${r}/np#Head`);
  });

  it('reads back as TriG, and is not taken for a format to load', async () => {
    const back = new ClaimGraph();
    await back.loadString(await kg.serialize({ format: 'nanopub' }), { format: 'trig' });
    expect(back.size).toBe(out.size);
    await expect(back.loadString('x', { format: 'nanopub' })).rejects.toThrow(/export format.*load as trig/);
  });

  it('refuses a graph selection, and lists the formats for an unknown one', async () => {
    await expect(kg.serialize({ format: 'nanopub', graph: 'default' })).rejects.toThrow(UnsupportedFormatError);
    await expect(kg.serialize({ format: 'nanopubz' })).rejects.toThrow(/turtle, trig, ntriples, nquads, jsonld, nanopub, claimreview/);
    expect(await kg.serialize({ format: 'nanopublication' })).toContain('np:Nanopublication');
  });
});

describe('nanopub export of the corpus', () => {
  it('publishes every statement with content, across articles', async () => {
    const kg = await loadCorpus();
    const withContent = kg.store.getQuads(null, cg.content, null, dg).filter((q) => kg.store.getQuads(null, null, null, q.object as never).length > 0);
    const out = readBack(await kg.serialize({ format: 'nanopub' }));
    expect(
      out
        .getSubjects(rdf.type, np.Nanopublication, null)
        .map((n) => n.value)
        .sort(),
    ).toEqual(withContent.map((q) => `${q.subject.value}/np`).sort());
    expect(new Set(withContent.map((q) => q.subject.value.split('/')[5])).size).toBe(kg.articles().length);
  });
});

describe('nanopub export of a program-made annotation', () => {
  it("names the program with its version and the record's confidence; a statement without content gets none", async () => {
    const kg = new ClaimGraph();
    await kg.loadString(haldenAnnotation(PROGRAM), { format: 'annotation', source: 'halden.yaml' });
    const out = readBack(await kg.serialize({ format: 'nanopub' }));
    const base = 'https://w3id.org/claimgraph/article/halden-bridge/claim';
    expect(
      out
        .getSubjects(rdf.type, np.Nanopublication, null)
        .map((n) => n.value)
        .sort(),
    ).toEqual([`${base}/bridge-opened/np`, `${base}/bridge-traffic/np`, `${base}/council-disputes/np`]);
    const { nanopub, pubinfo, assertion, provenance } = nanopubIris(`${base}/bridge-traffic`);
    const program = out.getObjects(nanopub, prov.wasAttributedTo, pubinfo)[0]!;
    expect(program.value).toBe('https://w3id.org/claimgraph/agent/claim-extractor');
    expect(out.getQuads(program, rdf.type, prov.SoftwareAgent, pubinfo)).toHaveLength(1);
    expect(out.getObjects(program, schema.softwareVersion, pubinfo).map((v) => v.value)).toEqual(['0.4.1']);
    expect(out.getObjects(nanopub, cg.confidence, pubinfo).map((v) => v.value)).toEqual(['0.8']);
    expect(out.getObjects(nanopub, dcterms.created, pubinfo).map((v) => v.value)).toEqual(['2026-12-01']);
    expect(out.getObjects(assertion, prov.wasAttributedTo, provenance)).toEqual([namedNode(`${PREFIXES.id}ada-lind`)]);
    expect(out.getObjects(namedNode(`${PREFIXES.id}ada-lind`), rdfs.label, provenance).map((v) => v.value)).toEqual(['Ada Lind']);
    expect(out.getQuads(null, null, null, assertion).map((q) => q.object.value)).toEqual(['carries 40,000 cars a day']);
    // The article's own voice holds the last claim.
    const voice = nanopubIris(`${base}/bridge-opened`);
    expect(out.getObjects(voice.assertion, prov.wasAttributedTo, voice.provenance).map((v) => v.value)).toEqual([
      'https://w3id.org/claimgraph/article/halden-bridge/voice',
    ]);
  });
});
