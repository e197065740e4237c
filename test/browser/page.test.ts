/** renderPage without a browser: escaping, self-containment, layout, and a bundle in step with client.ts. */
import { readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { describe, expect, it } from 'vitest';
import { clientBundle, jsonForScript, renderPage } from '../../src/render/html/page.js';
import { layoutGraph } from '../../src/render/html/layout.js';
import { seedPayload } from './fixture.js';
// @ts-expect-error plain ESM script without types
import { bundleOptions, outfile } from '../../scripts/build-page.mjs';

const dataOf = (html: string) => html.match(/<script type="application\/json" id="claimgraph-data">([\s\S]*?)<\/script>/)![1]!;

describe('renderPage', () => {
  it('embeds data that cannot close its script element and survives a round trip', () => {
    const payload = seedPayload();
    const html = renderPage(payload);
    const data = dataOf(html);
    expect(data).not.toMatch(/[<>&\u2028\u2029]/);
    const parsed = JSON.parse(data);
    expect(parsed.texts).toEqual(payload.texts);
    expect(parsed.graph.nodes.find((n: { key: string }) => n.key.endsWith('escape-test')).attributes.label).toBe('tricky </script><b>bold</b> & \u2028 label');
    expect(jsonForScript({ s: '</script>\u2029' })).toBe('{"s":"\\u003c/script\\u003e\\u2029"}');
  });

  it('is self-contained: no external scripts, styles or links', () => {
    const html = renderPage(seedPayload());
    expect(html).not.toMatch(/<script[^>]+src=|<link[^>]+href="(?!data:)|https?:\/\/(?!w3id\.org)[^"'\s]*\.(js|css)/);
    expect(html.match(/<\/script>/gi)).toHaveLength(2);
    expect(html).toContain('<title>Trump, Tomahawks and Ukraine</title>');
  });

  it('lays out deterministically only when positions are missing', () => {
    const { graph } = seedPayload();
    const a = layoutGraph(graph),
      b = layoutGraph(graph);
    expect(a.nodes.map((n) => [n.attributes.x, n.attributes.y])).toEqual(b.nodes.map((n) => [n.attributes.x, n.attributes.y]));
    expect(a.nodes.every((n) => Number.isFinite(n.attributes.x) && Number.isFinite(n.attributes.y))).toBe(true);
    expect(graph.nodes[0]!.attributes.x).toBeUndefined(); // input untouched
    expect(layoutGraph(a)).toBe(a); // positioned graphs pass through
    const circle = layoutGraph(graph, false);
    expect(Math.hypot(circle.nodes[0]!.attributes.x!, circle.nodes[0]!.attributes.y!)).toBeCloseTo(100);
  });

  it('inlines a bundle that matches client.ts (rerun node scripts/build-page.mjs if not)', async () => {
    const fresh = await build({ ...bundleOptions, write: false, outfile });
    expect(fresh.outputFiles![0]!.text === readFileSync(outfile, 'utf8')).toBe(true);
    expect(clientBundle()).toBe(readFileSync(outfile, 'utf8'));
  });
});
