import { existsSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadArticle, type ClaimGraph } from '../../src/index.js';
import { selectNodes } from '../../src/render/layout.js';
import { xmlText } from '../../src/render/svg.js';
import { xmlProblems } from './xml.js';

const IGNATIUS = 'https://w3id.org/claimgraph/id/david-ignatius';
let kg: ClaimGraph;
beforeAll(async () => {
  kg = await loadArticle();
});

const nodeIds = (svg: string) => [...svg.matchAll(/<g class="node" data-kind="[^"]*" data-id="([^"]*)"/g)].map((m) => m[1]);
const unescapeXml = (s: string) =>
  s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');

describe('kg.draw', () => {
  it('draws a well-formed standalone SVG of a neighbourhood, every node labelled', () => {
    const svg = kg.draw('David Ignatius');
    expect(xmlProblems(svg)).toEqual([]);
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="\d+" height="\d+" viewBox="0 0 [\d.]+ [\d.]+"/);
    const sel = selectNodes(kg.graph(), [IGNATIUS], { depth: 1 });
    expect(nodeIds(svg)).toHaveLength(sel.nodes.length);
    // Every label appears, cut or whole, and whole in its <title>.
    for (const n of sel.nodes) expect(unescapeXml(svg)).toContain(`<title>${n.label}`);
    expect(svg).toContain('>David Ignatius</text>');
    expect(svg).toContain('class="legend"');
    expect(svg).toContain('>person</text>');
  });

  it('has as many nodes as the neighbourhood the traversal finds', () => {
    // With nothing hidden and fact edges only, the drawing's walk is kg.neighbors'.
    for (const depth of [1, 2]) {
      const svg = kg.draw('David Ignatius', { depth, hide: [], layers: ['fact'], maxNodes: 500 });
      expect(nodeIds(svg)).toHaveLength(kg.neighbors('David Ignatius', { depth, layers: ['fact'], hubs: true }).length + 1);
    }
    // By default the article hub's mentions and isPartOf edges are not followed: the article
    // appears only as the document that quotes Ignatius's column (prov:wasQuotedFrom).
    const around = nodeIds(kg.draw('David Ignatius', { depth: 2 }));
    const everything = nodeIds(kg.draw('David Ignatius', { depth: 2, hide: [], maxNodes: 500 }));
    expect(around.length).toBeLessThan(40);
    expect(everything.length).toBeGreaterThan(around.length + 20);
  });

  it('draws a list of nodes, labels edges by predicate, and honours the options', () => {
    const svg = kg.draw(['donald-trump', 'David Ignatius', kg.entity('tomahawk')], {
      showEdgeLabels: false,
      legend: false,
      width: 400,
      title: 'Three <nodes>',
    });
    expect(nodeIds(svg).sort()).toEqual(['david-ignatius', 'donald-trump', 'tomahawk']);
    expect(svg).toMatch(/^<svg[^>]* width="400"/);
    expect(svg).not.toContain('class="legend"');
    expect(svg).toContain('Three &lt;nodes&gt;');
    const labelled = kg.draw('David Ignatius');
    expect(labelled).toMatch(/>worksFor<\/text>/);
    expect(labelled).toContain('marker-end="url(#arrow)"');
  });

  it('cuts long labels and keeps the whole one in the title', () => {
    const svg = kg.draw('David Ignatius', { labelLength: 12 });
    const labels = [...svg.matchAll(/<text y="[^"]*" text-anchor="middle"[^>]*>([^<]*)<\/text>/g)].map((m) => [...unescapeXml(m[1]!)].length);
    expect(Math.max(...labels)).toBeLessThanOrEqual(12);
    expect(svg).toContain('…');
  });

  it('is deterministic', () => {
    expect(kg.draw('donald-trump')).toBe(kg.draw('donald-trump'));
  });

  it('refuses unknown nodes and oversized pictures with a message naming the fix', () => {
    expect(() => kg.draw('Nobody At All')).toThrow(/Unknown/);
    expect(() => kg.draw('David Ignatius', { depth: 3, hide: [], maxNodes: 10 })).toThrow(/lower depth/);
    expect(() => kg.draw([])).toThrow(/Nothing to draw/);
  });

  it('escapes text for XML', () => {
    expect(xmlText('a < b & "c" \u0001')).toBe('a &lt; b &amp; &quot;c&quot; ');
  });

  it.skipIf(!existsSync('/usr/bin/chromium'))(
    'renders in Chromium without errors',
    async () => {
      const { chromium } = await import('playwright-core');
      const browser = await chromium.launch({ executablePath: '/usr/bin/chromium', args: ['--headless', '--no-sandbox', '--disable-gpu'] });
      try {
        const page = await browser.newPage();
        const svg = kg.draw('David Ignatius', { depth: 2 });
        await page.goto(`data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`);
        const result = await page.evaluate(() => ({
          errors: document.getElementsByTagName('parsererror').length,
          nodes: document.querySelectorAll('g.node').length,
          // Labels are laid out: the bounding boxes of two node labels do not overlap.
          boxes: Array.from(document.querySelectorAll('g.node > text')).map((t) => (t as SVGGraphicsElement).getBoundingClientRect().toJSON() as DOMRect),
        }));
        expect(result.errors).toBe(0);
        expect(result.nodes).toBe(nodeIds(svg).length);
        const overlaps = result.boxes.flatMap((a, i) =>
          result.boxes.slice(i + 1).filter((b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom),
        );
        expect(overlaps).toEqual([]);
      } finally {
        await browser.close();
      }
    },
    60_000,
  );
});
