// JSON-LD with the published context (ontology/context.jsonld): readable, and read back isomorphic, named graphs included.
import { readFileSync } from 'node:fs';
import { isomorphic } from 'rdf-isomorphic';
import { describe, expect, it } from 'vitest';
import { loadCorpus } from '../src/corpus.js';
import { loadArticle } from '../src/bundled.js';
import { ClaimGraph } from '../src/graph.js';
import { CONTEXT_URL } from '../src/io/jsonld.js';

const context = JSON.parse(readFileSync(new URL('../ontology/context.jsonld', import.meta.url), 'utf8'))['@context'];

describe('JSON-LD export', () => {
  it('reads back isomorphic, named graphs included', async () => {
    const kg = await loadArticle();
    const text = await kg.serialize({ format: 'jsonld' });
    const back = new ClaimGraph();
    await back.loadString(text, { format: 'jsonld' });
    const before = kg.store.getQuads(null, null, null, null);
    const after = back.store.getQuads(null, null, null, null);
    expect(after.length).toBe(before.length);
    expect(new Set(after.map((q) => q.graph.value)).size).toBe(new Set(before.map((q) => q.graph.value)).size);
    expect(isomorphic(before, after)).toBe(true);
  });

  it('is readable: short terms for classes and properties, references as compact IRIs, typed literals', async () => {
    const kg = await loadArticle();
    const doc = JSON.parse(await kg.serialize({ format: 'jsonld' }));
    expect(doc['@context']).toBe(CONTEXT_URL);
    const nodes: any[] = doc['@graph'];
    const trump = nodes.find((n) => n['@id'] === 'id:donald-trump');
    expect(trump).toMatchObject({ '@type': 'Person', label: 'Donald Trump', sameAs: 'wd:Q22686' });
    const quote = nodes.find((n) => n['@id'] === 'art:trump-tomahawks/quote/trump-smoke-screen');
    expect(quote).toMatchObject({
      '@type': 'Quotation',
      holder: 'id:donald-trump',
      hedge: 'cg:NoHedge',
      channel: 'cg:ClosedDoorMeetingChannel',
      madeIn: 'id:closed-door-meeting',
      withinStatement: 'art:trump-tomahawks/claim/trump-told-aides',
      certainty: 'cg:Certain',
      polarity: 'cg:Affirmed',
      stance: 'cg:Neutral',
      content: 'art:trump-tomahawks/quote/trump-smoke-screen/content',
      appearance: 'art:trump-tomahawks',
      annotatedBy: 'https://w3id.org/claimgraph/agent/claimgraph-curators',
      confidence: '1',
      created: { '@type': 'xsd:date', '@value': '2026-12-03' },
    });
    expect(quote.reportStep).toHaveLength(3);
    const step = nodes.find((n) => n['@id'] === 'art:trump-tomahawks/quote/trump-smoke-screen/step/2');
    expect(step).toMatchObject({ '@type': 'ReportStep', position: '2', provAgent: 'art:trump-tomahawks/unspecified-source' });
    const content = nodes.find((n) => n['@id'] === 'art:trump-tomahawks/claim/tomahawk-targets/content');
    expect(content['@graph']).toEqual([{ '@id': 'id:tomahawk', canStrike: ['id:moscow', 'id:st-petersburg'] }]);
    expect(content).toMatchObject({ wasAttributedTo: 'art:trump-tomahawks/voice', confidence: '1' });
    // What only a source says of the meeting (its date, who attended) is in the reporting statement's content.
    const meeting = nodes.find((n) => n['@id'] === 'id:closed-door-meeting');
    expect(meeting).toMatchObject({ '@type': ['Meeting', 'Event'], presupposedBy: 'art:trump-tomahawks/claim/trump-told-aides' });
    expect(meeting.startDate).toBeUndefined();
    const told = nodes.find((n) => n['@id'] === 'art:trump-tomahawks/claim/trump-told-aides/content');
    expect(told['@graph'].find((n: any) => n['@id'] === 'id:closed-door-meeting').startDate).toEqual({ '@type': 'xsd:gYearMonth', '@value': '2025-01' });
    const note = nodes.find((n) => n['@id'] === 'art:trump-tomahawks/editorial')['@graph'][0];
    expect(note).toMatchObject({ '@type': ['Annotation', 'EditorialNote'], creator: 'https://w3id.org/claimgraph/agent/claimgraph-curators' });
    const span = nodes.find((n) => typeof n.anchorOf === 'string' && n['@type'] === 'Sentence');
    expect(typeof span.beginIndex).toBe('string');
    // Every property the bundled article uses has a term: no key is a compact or full IRI.
    const keys = new Set<string>();
    const walk = (x: unknown): void => {
      if (Array.isArray(x)) x.forEach(walk);
      else if (x && typeof x === 'object') for (const [k, v] of Object.entries(x)) keys.add(k), walk(v);
    };
    walk(nodes);
    expect([...keys].filter((k) => k.includes(':'))).toEqual([]);
  });

  it('round-trips the whole corpus and publishes a context with a term for each common property', async () => {
    const kg = await loadCorpus();
    const back = new ClaimGraph();
    await back.loadString(await kg.serialize({ format: 'jsonld' }), { format: 'jsonld' });
    expect(isomorphic(kg.store.getQuads(null, null, null, null), back.store.getQuads(null, null, null, null))).toBe(true);
    const terms = ['label', 'wasAttributedTo', 'evidence', 'hedge', 'sourcing', 'channel', 'hasAssertion', 'qualifiedAttribution', 'anchorOf', 'beginIndex'];
    // Second edition: records, report steps, factuality, cross-statement relations, annotation provenance, verdicts.
    const second = [
      'holder',
      'reportStep',
      'content',
      'certainty',
      'polarity',
      'time',
      'stance',
      'denies',
      'corrects',
      'retracts',
      'sameClaimAs',
      'withinStatement',
      'presupposedBy',
      'annotatedBy',
      'confidence',
      'inference',
      'madeIn',
      'appearance',
      'firstAppearance',
      'claimInterpreter',
      'created',
      'itemReviewed',
      'reviewRating',
      'ratingValue',
      'hasProvenance',
      'hasPublicationInfo',
    ];
    for (const term of [...terms, ...second]) expect(context[term], term).toBeDefined();
    for (const term of ['holder', 'reportStep', 'content', 'certainty', 'denies', 'sameClaimAs', 'annotatedBy', 'madeIn'])
      expect(context[term]['@type'], term).toBe('@id');
    expect(context.confidence['@type']).toBe('xsd:decimal');
    expect(context.wasAttributedTo['@type']).toBe('@id');
    expect(context.beginIndex['@type']).toBe('xsd:integer');
  });
});
