/** buildPayload on the bundled article, without a browser: the page's data matches the graph it came from. */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadArticle } from '../../src/bundled.js';
import type { ClaimGraph } from '../../src/graph.js';
import { buildPayload } from '../../src/render/html/payload.js';
import type { PagePayload } from '../../src/render/html/types.js';
import { addSyntheticCorpus } from './corpus.js';

const IGNATIUS = 'https://w3id.org/claimgraph/id/david-ignatius';
const ARTICLE = 'https://w3id.org/claimgraph/article/trump-tomahawks';

describe('buildPayload', () => {
  let kg: ClaimGraph;
  let payload: PagePayload;
  beforeAll(async () => {
    kg = await loadArticle();
    payload = buildPayload(kg);
  });

  it('carries the projection with page kinds, notations on statements, and the article text', () => {
    expect(payload.title).toBe('Trump, Tomahawks and Ukraine');
    expect(payload.graph.nodes.length).toBe(kg.graph().order);
    const statements = payload.graph.nodes.filter((n) => n.attributes.kind === 'claim' || n.attributes.kind === 'quotation');
    expect(statements.length).toBe(kg.statements().length);
    for (const n of statements) {
      expect(n.attributes.layer).toBe('claim');
      expect(n.attributes.hedge).toMatch(/^[a-z-]+$/);
      expect(n.attributes.sourcing).toMatch(/^(named-on-record|anonymous|second-hand|article-voice)$/);
    }
    expect(Object.keys(payload.texts)).toEqual([ARTICLE]);
    expect(payload.texts[ARTICLE]!.length).toBeGreaterThan(1000);
    // Notes hang on what they annotate.
    expect(payload.graph.edges.filter((e) => e.attributes.layer === 'editorial').length).toBeGreaterThan(0);
  });

  it('lists each statement on its own node, its speaker, what it is about and its reports, with offsets in code points', () => {
    const text = [...payload.texts[ARTICLE]!];
    for (const s of kg.statements()) {
      expect(payload.details[s.iri]!.statements).toContain(s.iri);
      const card = payload.statements[s.iri]!;
      expect(card.evidence.text).toBe(text.slice(card.evidence.begin, card.evidence.end).join(''));
      expect(payload.details[s.holder.iri]!.statements).toContain(s.iri);
      for (const a of s.about) expect(payload.details[a.iri]!.statements).toContain(s.iri);
    }
    // Each card is written once and nodes refer to it by id: a card on every node it touches
    // made a 3,000-node corpus page about a third larger.
    expect(Object.keys(payload.statements).sort()).toEqual(
      kg
        .statements()
        .map((s) => s.iri)
        .sort(),
    );
    const json = JSON.stringify(payload);
    for (const s of kg.statements()) expect(json.split(`"id":${JSON.stringify(s.iri)}`).length - 1, s.iri).toBe(1);
    const ignatius = payload.details[IGNATIUS]!.statements.map((id) => payload.statements[id]!).filter((c) => c.kind === 'quotation');
    expect(ignatius.map((c) => c.text)).toEqual([
      expect.stringMatching(/^Trump’s thinking has always been/),
      expect.stringMatching(/^Escalate to de-escalate—that’s the Trump doctrine/),
    ]);
    expect(ignatius[0]!.chain).toEqual([
      { position: 1, label: 'this article' },
      { position: 2, label: 'David Ignatius' },
    ]);
  });

  it('keeps only the chosen layers, and one article of a corpus looks as it does alone', async () => {
    const facts = buildPayload(kg, { layers: ['fact'], title: 'facts' });
    expect(facts.title).toBe('facts');
    expect(new Set(facts.graph.nodes.map((n) => n.attributes.layer))).toEqual(new Set(['fact']));
    expect(facts.graph.edges.every((e) => e.attributes.layer === 'fact')).toBe(true);

    const corpus = await loadArticle();
    await addSyntheticCorpus(corpus, 3);
    expect(buildPayload(corpus).title).toBe('4 articles');
    const one = buildPayload(corpus, { article: 'trump-tomahawks' });
    // Blank content nodes are named afresh on each load.
    const keys = (p: PagePayload) => p.graph.nodes.map((n) => n.key.replace(/#_.*$/, '#_')).sort();
    expect(keys(one)).toEqual(keys(payload));
    expect(one.graph.edges.length).toBe(payload.graph.edges.length);
    expect(Object.keys(one.texts)).toEqual([ARTICLE]);
  });
});
