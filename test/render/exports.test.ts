import Graph from 'graphology';
import { parse as parseGexf } from 'graphology-gexf';
import { parse as parseGraphml } from 'graphology-graphml';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadArticle, type ClaimGraph } from '../../src/index.js';
import { dotString, mermaidText, subProjection } from '../../src/render/exports.js';
import { xmlProblems } from './xml.js';

let kg: ClaimGraph;
beforeAll(async () => {
  kg = await loadArticle();
});

const summary = (g: Graph) => ({
  nodes: g.nodes().sort(),
  edges: g.mapEdges((key, _a, s, t) => `${key} ${s} ${t}`).sort(),
  kinds: Object.fromEntries(g.mapNodes((n, a) => [n, a.kind])),
  labels: Object.fromEntries(g.mapNodes((n, a) => [n, a.label])),
  predicates: Object.fromEntries(g.mapEdges((e, a) => [e, a.predicate])),
});

describe('exports for graph tools', () => {
  it('GraphML reads back with the same nodes, edges, kinds, labels and predicates', () => {
    const xml = kg.exportGraph('graphml');
    expect(xmlProblems(xml)).toEqual([]);
    expect(xml).toContain('attr.name="label"');
    const back = parseGraphml(Graph, xml);
    expect(back.type).toBe('directed');
    expect(summary(back)).toEqual(summary(kg.graph() as unknown as Graph));
    // Numbers stay numbers.
    const pos = back.findEdge((_e, a) => typeof a.position === 'number');
    expect(pos).toBeDefined();
  });

  it('GEXF reads back with the same nodes, edges, kinds, labels and predicates', () => {
    const xml = kg.exportGraph('gexf');
    expect(xmlProblems(xml)).toEqual([]);
    expect(xml).toMatch(/<gexf[^>]*version="1.2"/);
    const back = parseGexf(Graph, xml);
    expect(summary(back)).toEqual(summary(kg.graph() as unknown as Graph));
    expect(back.getNodeAttribute('https://w3id.org/claimgraph/id/donald-trump', 'color')).toBe('rgb(63,111,181)');
  });

  it('exports the part around a node', () => {
    const xml = kg.exportGraph('graphml', { node: 'David Ignatius', depth: 1 });
    const back = parseGraphml(Graph, xml);
    expect(back.order).toBe(kg.neighbors('David Ignatius', { hubs: true }).length + 1);
    expect(subProjection(kg.graph()).order).toBe(kg.graph().order);
  });

  it('writes DOT and Mermaid with escaped labels', () => {
    const dot = kg.exportGraph('dot', { node: 'David Ignatius' });
    expect(dot).toMatch(/^digraph claimgraph \{/);
    expect(dot).toContain('"https://w3id.org/claimgraph/id/david-ignatius" [label="David Ignatius", shape=ellipse');
    expect(dot).toMatch(/-> "https:\/\/w3id\.org\/claimgraph\/id\/washington-post" \[label="worksFor"\]/);
    expect(dotString('say "hi" \\ now\nplease')).toBe('"say \\"hi\\" \\\\ now\\nplease"');

    const mmd = kg.exportGraph('mermaid', { node: 'David Ignatius' });
    expect(mmd.startsWith('flowchart LR\n')).toBe(true);
    expect(mmd).toMatch(/n\d+\["David Ignatius"\]:::person/);
    expect(mmd).toMatch(/-->\|"worksFor"\| n\d+/);
    expect(mmd).toContain('classDef person fill:#3f6fb5');
    expect(mermaidText('a "b" <c> [d] #e')).toBe('a #34;b#34; #60;c#62; #91;d#93; #35;e');
    // Nothing in a label can break the syntax: quotes and brackets are encoded.
    for (const line of mmd.split('\n').filter((l) => l.includes('["'))) expect(line).toMatch(/^ {2}n\d+\["[^"[\]]*"\]:::[a-z_]+$/);
  });

  it('refuses unknown formats', () => {
    expect(() => kg.exportGraph('png')).toThrow(/graphml, gexf, dot, mermaid/);
  });
});
