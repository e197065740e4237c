/** The explorer page in a real headless Chromium: search, click, panel, layer toggles, a large graph. */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPage } from '../../src/render/html/page.js';
import { IGNATIUS, TEXT, seedPayload, syntheticPayload } from './fixture.js';
import { CHROMIUM, OUT, clickNode, hasChromium, launchChromium } from './harness.js';

const INSTALL = 'apt-get update && apt-get install -y chromium';

if (!hasChromium) {
  if (process.env.CI === 'true')
    it('needs Chromium', () => {
      throw new Error(`${CHROMIUM} is missing; install it with: ${INSTALL}`);
    });
  else console.warn(`browser tests skipped: ${CHROMIUM} is missing (apt-get install -y chromium)`);
}

interface Hook {
  ready: boolean;
  firstPaintMs: number;
  selected: string | null;
  search(q: string): { key: string; label: string }[];
  select(key: string | null): void;
  visibleNodes(): string[];
  graph: { getNodeAttributes(k: string): { x: number; y: number; kind: string } };
  sigma: { graphToViewport(c: { x: number; y: number }): { x: number; y: number }; getDimensions(): { width: number; height: number } };
}
declare const window: { claimgraphExplorer: Hook };

describe.skipIf(!hasChromium)('explorer page in Chromium', () => {
  let browser: Browser;
  let server: Server;
  let base: string;

  beforeAll(async () => {
    mkdirSync(OUT, { recursive: true });
    writeFileSync(join(OUT, 'explorer.html'), renderPage(seedPayload()));
    const started = performance.now();
    writeFileSync(join(OUT, 'explorer-large.html'), renderPage(syntheticPayload(3000)));
    console.log(`server-side layout + page for 3000 nodes: ${(performance.now() - started).toFixed(0)} ms`);
    server = createServer((req, res) => {
      const file = join(OUT, (req.url ?? '/').replace(/[?#].*$/, '').replace(/^\/+/, ''));
      if (!file.startsWith(OUT) || !existsSync(file)) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(file));
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => (server ? server.close(resolve) : resolve(undefined)));
  });

  /** Opens a page, collecting console errors and every request that is not the page itself. */
  async function open(name: string): Promise<{ page: Page; errors: string[]; requests: string[] }> {
    const page = await browser.newPage({ viewport: { width: 1400, height: 860 }, deviceScaleFactor: 1 });
    const errors: string[] = [],
      requests: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('request', (r) => {
      if (r.url() !== `${base}/${name}`) requests.push(r.url());
    });
    await page.goto(`${base}/${name}`);
    await page.waitForFunction(() => window.claimgraphExplorer?.ready === true, undefined, { timeout: 30_000 });
    return { page, errors, requests };
  }

  it('searches, shows statements with marked evidence, hides layers, takes a screenshot', async () => {
    const { page, errors, requests } = await open('explorer.html');
    const firstPaint = await page.evaluate(() => window.claimgraphExplorer.firstPaintMs);
    console.log(`first paint, seed article graph: ${firstPaint.toFixed(0)} ms after navigation`);

    // Search through the real input and pick the result with the keyboard.
    await page.fill('#search', 'Ignatius');
    const options = page.locator('#results li');
    await expect.poll(() => options.allTextContents()).toEqual([expect.stringContaining('David Ignatius')]);
    await page.press('#search', 'Enter');
    await expect.poll(() => page.evaluate(() => window.claimgraphExplorer.selected)).toBe(IGNATIUS);
    await expect.poll(() => page.locator('#panel h2').textContent()).toBe('David Ignatius');

    // Real mouse clicks at sigma's own viewport coordinates (after the camera animation has settled).
    const click = (key: string) => clickNode(page, key);
    const trump = 'https://w3id.org/claimgraph/id/donald-trump';
    await page.evaluate(() => window.claimgraphExplorer.select(null));
    await click(trump);
    await expect.poll(() => page.locator('#panel h2').textContent()).toBe('Donald Trump');
    await click(IGNATIUS);
    await expect.poll(() => page.locator('#panel h2').textContent()).toBe('David Ignatius');
    const quotes = page.locator('#panel .statement.quotation');
    expect(await quotes.count()).toBe(2);
    const shown = await quotes.evaluateAll((els) =>
      els.map((el) => ({
        quote: el.querySelector('blockquote')?.textContent,
        mark: el.querySelector('.evidence mark')?.textContent,
        speaker: el.querySelector('.speaker')?.textContent,
        hedge: el.querySelector('.hedge')?.textContent,
        sourcing: el.querySelector('.sourcing')?.textContent,
      })),
    );
    expect(shown.map((s) => s.quote)).toEqual([
      expect.stringMatching(/^Trump’s thinking has always been .* global diplomacy\.$/),
      expect.stringMatching(/^Escalate to de-escalate—that’s the Trump doctrine, .* willing to repeat\.$/),
    ]);
    for (const s of shown) {
      expect(TEXT).toContain(s.mark);
      expect(s).toMatchObject({ speaker: 'David Ignatius', hedge: 'none', sourcing: 'named-on-record' });
    }
    expect(shown[0]!.mark).toMatch(/^“Trump’s thinking .*said Ignatius in a recent interview\. “He sees .*diplomacy\.”$/);

    // The chain is listed nearest first even though the data stores it out of order.
    await page.evaluate(() => window.claimgraphExplorer.select('https://w3id.org/claimgraph/id/politico'));
    const chain = await page.locator('#panel .statement').first().locator('.chain li').allTextContents();
    expect(chain).toEqual(['this article', 'Politico']);

    // Statement filters hide non-matching cards and statement nodes.
    await page.evaluate((key) => window.claimgraphExplorer.select(key), trump);
    const allCards = await page.locator('#panel .statement').count();
    await page.selectOption('#filter-sourcing', 'anonymous');
    const anonCards = await page.locator('#panel .statement .sourcing').allTextContents();
    expect(anonCards.length).toBeGreaterThan(0);
    expect(anonCards.length).toBeLessThan(allCards);
    expect(new Set(anonCards)).toEqual(new Set(['anonymous']));
    await page.selectOption('#filter-sourcing', '');

    // Colour toggle, then layer toggle: unchecking claims hides every claim and quotation node.
    await page.check('input[name=colour][value=sourcing]');
    await expect.poll(() => page.locator('#legend').textContent()).toContain('no sourcing');
    await page.check('input[name=colour][value=kind]');
    const before = await page.evaluate(() => window.claimgraphExplorer.visibleNodes());
    await page.uncheck('input[name=layer][value=claim]');
    const after = await page.evaluate(() => window.claimgraphExplorer.visibleNodes());
    const kinds = await page.evaluate((keys) => keys.map((k) => window.claimgraphExplorer.graph.getNodeAttributes(k).kind), after);
    expect(kinds).not.toContain('claim');
    expect(kinds).not.toContain('quotation');
    expect(after.length).toBe(before.length - 8);
    await page.check('input[name=layer][value=claim]');

    // The hostile label arrives as text.
    const tricky = await page.evaluate(() => window.claimgraphExplorer.search('tricky').map((h) => h.label));
    expect(tricky).toEqual(['tricky </script><b>bold</b> & \u2028 label']);

    // Screenshot with Ignatius's panel open and the first evidence in view.
    await page.evaluate((key) => window.claimgraphExplorer.select(key), IGNATIUS);
    await page.waitForTimeout(600);
    await page.screenshot({ path: join(OUT, 'explorer.png') });

    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  }, 90_000);

  it('renders a ~3000-node graph without freezing', async () => {
    const started = Date.now();
    const { page, errors, requests } = await open('explorer-large.html');
    const firstPaint = await page.evaluate(() => window.claimgraphExplorer.firstPaintMs);
    console.log(`first paint, 3000 nodes: ${firstPaint.toFixed(0)} ms after navigation (ready after ${Date.now() - started} ms wall)`);
    expect(firstPaint).toBeLessThan(30_000);
    // Still responsive: a frame comes back quickly and search/select work.
    const frameMs = await page.evaluate(
      () =>
        new Promise<number>((resolve) => {
          const t = performance.now();
          requestAnimationFrame(() => resolve(performance.now() - t));
        }),
    );
    console.log(`one animation frame on the 3000-node page: ${frameMs.toFixed(0)} ms`);
    expect(frameMs).toBeLessThan(5_000);
    const hits = await page.evaluate(() => window.claimgraphExplorer.search('person 1').length);
    expect(hits).toBeGreaterThan(5);
    await page.evaluate(() => window.claimgraphExplorer.select('n1500'));
    await expect.poll(() => page.locator('#panel h2').textContent()).toBe('weapon 1500');
    await page.screenshot({ path: join(OUT, 'explorer-large.png') });
    expect(errors).toEqual([]);
    expect(requests).toEqual([]);
    await page.close();
  }, 120_000);
});
