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
    expect(quote).toMatchObject({ '@type': 'Quotation', wasAttributedTo: 'id:donald-trump', hedge: 'cg:Reportedly', channel: 'cg:ClosedDoorMeetingChannel', wasGeneratedBy: 'id:closed-door-meeting' });
    const content = nodes.find((n) => n['@id'] === 'art:trump-tomahawks/claim/tomahawk-targets/content');
    expect(content['@graph']).toEqual([{ '@id': 'id:tomahawk', canStrike: ['id:moscow', 'id:st-petersburg'] }]);
    const meeting = nodes.find((n) => n['@id'] === 'id:closed-door-meeting');
    expect(meeting.startDate).toEqual({ '@type': 'xsd:gYearMonth', '@value': '2025-01' });
    const span = nodes.find((n) => typeof n.anchorOf === 'string' && n['@type'] === 'Sentence');
    expect(typeof span.beginIndex).toBe('string');
  });

  it('round-trips the whole corpus and publishes a context with a term for each common property', async () => {
    const kg = await loadCorpus();
    const back = new ClaimGraph();
    await back.loadString(await kg.serialize({ format: 'jsonld' }), { format: 'jsonld' });
    expect(isomorphic(kg.store.getQuads(null, null, null, null), back.store.getQuads(null, null, null, null))).toBe(true);
    for (const term of ['label', 'wasAttributedTo', 'evidence', 'hedge', 'sourcing', 'channel', 'hasAssertion', 'qualifiedAttribution', 'anchorOf', 'beginIndex']) expect(context[term], term).toBeDefined();
    expect(context.wasAttributedTo['@type']).toBe('@id');
    expect(context.beginIndex['@type']).toBe('xsd:nonNegativeInteger');
  });
});
