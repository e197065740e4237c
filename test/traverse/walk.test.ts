// Paths that tell something: through statements and entities, each step a sentence with the
// evidence it rests on; the hubs that connect any two mentioned things only when asked for.
import { beforeAll, describe, expect, it } from 'vitest';
import { type ClaimGraph, loadArticle } from '../../src/index.js';

let kg: ClaimGraph;
beforeAll(async () => {
  kg = await loadArticle();
});

describe('kg.path', () => {
  it('goes through what was said, not through the article that mentions both ends', () => {
    const path = kg.path('Vladimir Putin', 'ATACMS')!;
    expect(path.nodes[0]!.id).toBe('vladimir-putin');
    expect(path.nodes.at(-1)!.id).toBe('atacms');
    expect(path.nodes.slice(1, -1).map((n) => n.kind)).not.toContain('article');
    expect(path.nodes.slice(1, -1).map((n) => n.kind)).not.toContain('voice');
    expect(path.steps.map((s) => s.predicate)).not.toContain('cg:mentions');
    // every step rests on a statement and carries its sentence from the article
    for (const step of path.steps) {
      expect(step.statement, step.text).toBeDefined();
      expect(step.evidence, step.text).toBeTruthy();
      expect(kg.evidence(step.statement!.iri)[0]!.sentences[0]!.text.replace(/\s+/g, ' ')).toBe(step.evidence);
    }
  });

  it('explains a step said inside a statement as that statement says it', () => {
    const path = kg.path('David Ignatius', 'Moscow')!;
    const strike = path.steps.find((s) => s.predicate === 'cg:canStrike')!;
    expect(strike.text).toBe('Tomahawk cruise missile canStrike Moscow, as the statement says');
    expect(strike.evidence).toContain('capable of striking Moscow and St. Petersburg');
    // the chain step: the claim reached the page through Ignatius
    expect(path.steps[0]!.text).toMatch(/reached the page through David Ignatius$/);
  });

  it('takes the hubs when asked, and then the article is the shortest way', () => {
    const path = kg.path('Vladimir Putin', 'ATACMS', { hubs: true })!;
    expect(path.steps.map((s) => s.predicate)).toEqual(['cg:mentions', 'cg:mentions']);
    expect(path.nodes[1]!.kind).toBe('article');
  });

  it('keeps to the layers named', () => {
    const path = kg.path('Vladimir Putin', 'ATACMS', { layers: ['claim'] })!;
    expect(path.steps.length).toBeGreaterThan(0);
    expect(kg.path('Vladimir Putin', 'ATACMS', { layers: ['editorial'] })).toBeNull();
  });
});

describe('kg.neighbors', () => {
  it('lists what Ignatius wrote and who he works for, not the article that merely mentions him', () => {
    const near = kg.neighbors('David Ignatius').map((n) => n.id);
    // The article says he works for The Washington Post and quotes his column.
    expect(near).toEqual(expect.arrayContaining(['washington-post', 'ignatius-article', 'trump-tomahawks/ignatius-trump-doctrine']));
    expect(near).not.toContain('trump-tomahawks');
    expect(kg.neighbors('David Ignatius', { hubs: true }).map((n) => n.id)).toEqual(expect.arrayContaining([...near, 'trump-tomahawks']));
  });

  it('does not walk on through the article or its own voice', () => {
    // Two hops with the hubs reach everything the article mentions; without them, only what Ignatius's statements touch.
    const wide = kg.neighbors('David Ignatius', { depth: 2, hubs: true }).length;
    const narrow = kg.neighbors('David Ignatius', { depth: 2 });
    expect(narrow.length).toBeLessThan(wide);
    // Every second hop starts from a first-hop node that is neither an article nor a voice.
    const g = kg.graph();
    const relays = narrow.filter((x) => x.depth === 1 && x.kind !== 'article' && x.kind !== 'voice').map((x) => x.iri);
    for (const n of narrow.filter((x) => x.depth === 2))
      expect(
        relays.some((r) => g.areNeighbors(r, n.iri)),
        n.id,
      ).toBe(true);
  });
});
