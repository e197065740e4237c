/** The explorer built from real graphs (the bundled article, and a compiled corpus of a few thousand nodes) in Chromium. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadArticle } from '../../src/bundled.js';
import { buildPayload } from '../../src/render/html/payload.js';
import { renderPage } from '../../src/render/html/page.js';
import { addSyntheticCorpus } from './corpus.js';
import { Harness, OUT, clickNode, hasChromium, requireChromium, type Hook } from './harness.js';

declare const window: { claimgraphExplorer: Hook };

const IGNATIUS = 'https://w3id.org/claimgraph/id/david-ignatius';
const CORPUS_ARTICLES = 360;

requireChromium();

describe.skipIf(!hasChromium)('explorer of real graphs in Chromium', () => {
  const h = new Harness();
  let text = '';
  let claimLayerNodes = 0;
  let corpusOrder = 0;

  beforeAll(async () => {
    await h.start();
    const kg = await loadArticle();
    const payload = buildPayload(kg);
    text = Object.values(payload.texts)[0]!;
    claimLayerNodes = payload.graph.nodes.filter((n) => n.attributes.layer === 'claim').length;
    writeFileSync(join(OUT, 'explorer-real.html'), kg.toHTML());

    let started = performance.now();
    await addSyntheticCorpus(kg, CORPUS_ARTICLES);
    const corpus = buildPayload(kg, { title: `Bundled article and ${CORPUS_ARTICLES} compiled reports` });
    corpusOrder = corpus.graph.nodes.length;
    console.log(`corpus: ${corpusOrder} nodes, ${corpus.graph.edges.length} edges, payload in ${(performance.now() - started).toFixed(0)} ms`);
    started = performance.now();
    writeFileSync(join(OUT, 'explorer-corpus.html'), renderPage(corpus));
    console.log(`corpus: server-side layout + page in ${(performance.now() - started).toFixed(0)} ms`);
  });

  afterAll(() => h.stop());

  it('the bundled article: click, search, marked evidence, layer toggle', async () => {
    const { page, errors, requests, firstPaintMs } = await h.open('explorer-real.html');
    console.log(`first paint, bundled article: ${firstPaintMs.toFixed(0)} ms after navigation`);
    expect(await page.title()).toBe('Trump, Tomahawks and Ukraine');

    // A real click on his node from the initial view.
    await clickNode(page, IGNATIUS);
    await expect.poll(() => page.evaluate(() => window.claimgraphExplorer.selected)).toBe(IGNATIUS);
    await expect.poll(() => page.locator('#panel h2').textContent()).toBe('David Ignatius');
    const quotes = page.locator('#panel .statement.quotation');
    expect(await quotes.count()).toBe(2);
    const shown = await quotes.evaluateAll((els) =>
      els.map((el) => ({
        quote: el.querySelector('blockquote')?.textContent ?? '',
        mark: el.querySelector('.evidence mark')?.textContent ?? '',
        speaker: el.querySelector('.speaker')?.textContent,
        warned: el.querySelector('.warn') !== null,
      })),
    );
    expect(shown.map((s) => s.quote)).toEqual([
      expect.stringMatching(/^Trump’s thinking has always been/),
      expect.stringMatching(/^Escalate to de-escalate—that’s the Trump doctrine/),
    ]);
    for (const s of shown) {
      expect(s).toMatchObject({ speaker: 'David Ignatius', warned: false });
      expect(text).toContain(s.mark);
      // The marked evidence holds each printed part of the quotation.
      for (const part of s.quote.split(/(?<=[,.]) (?=[A-Z])/)) expect(s.mark).toContain(part);
    }

    // Search through the real input; his entry is among the hits and opens him.
    await page.evaluate(() => window.claimgraphExplorer.select(null));
    await page.fill('#search', 'Ignatius');
    const hit = page.locator(`#results li[data-key="${IGNATIUS}"]`);
    await expect.poll(() => hit.count()).toBe(1);
    await hit.dispatchEvent('mousedown');
    await expect.poll(() => page.locator('#panel h2').textContent()).toBe('David Ignatius');

    // Unchecking claims hides every claim-layer node, claims and quotations among them.
    const before = await page.evaluate(() => window.claimgraphExplorer.visibleNodes());
    await page.uncheck('input[name=layer][value=claim]');
    const after = await page.evaluate(() => window.claimgraphExplorer.visibleNodes());
    const kinds = await page.evaluate((keys) => keys.map((k) => window.claimgraphExplorer.graph.getNodeAttributes(k).kind), after);
    expect(kinds).not.toContain('claim');
    expect(kinds).not.toContain('quotation');
    expect(before.length - after.length).toBe(claimLayerNodes);
    await page.check('input[name=layer][value=claim]');

    // Screenshot with his panel open at his first quotation.
    await page.evaluate((key) => window.claimgraphExplorer.select(key), IGNATIUS);
    await page.waitForTimeout(700);
    await quotes.first().evaluate((el) => el.scrollIntoView({ block: 'start' }));
    await page.screenshot({ path: join(OUT, 'explorer-real.png') });
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  }, 90_000);

  it('a compiled corpus of a few thousand nodes paints and stays responsive', async () => {
    expect(corpusOrder).toBeGreaterThan(2500);
    const started = Date.now();
    const { page, errors, requests, firstPaintMs } = await h.open('explorer-corpus.html');
    console.log(`first paint, corpus of ${corpusOrder} nodes: ${firstPaintMs.toFixed(0)} ms after navigation (ready after ${Date.now() - started} ms wall)`);
    expect(firstPaintMs).toBeLessThan(30_000);
    const frameMs = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const t = performance.now();
          requestAnimationFrame(() => resolve(performance.now() - t));
        }),
    );
    console.log(`one animation frame on the corpus page: ${frameMs.toFixed(0)} ms`);
    expect(frameMs).toBeLessThan(5_000);

    // Real data all the way: Ignatius is still found, and a shared entity carries statements from many reports.
    await page.fill('#search', 'Ignatius');
    await expect.poll(() => page.locator(`#results li[data-key="${IGNATIUS}"]`).count()).toBe(1);
    await page.press('#search', 'Escape');
    const valdmora = await page.evaluate(() => window.claimgraphExplorer.search('Valdmora').find((h) => h.kind === 'place')!.key);
    await page.evaluate((key) => window.claimgraphExplorer.select(key), valdmora);
    await expect.poll(() => page.locator('#panel h2').textContent()).toBe('Valdmora');
    expect(await page.locator('#panel .statement').count()).toBeGreaterThan(20);
    await page.waitForTimeout(600);
    await page.screenshot({ path: join(OUT, 'explorer-corpus.png') });
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  }, 120_000);
});
