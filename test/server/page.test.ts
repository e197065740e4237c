// The endpoint's pages in Debian's Chromium: the query page runs a query and shows the table, the
// explorer at / starts, and a page of another origin can query the endpoint (CORS, with a preflight).
import { existsSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadArticle } from '../../src/bundled.js';
import type { ClaimGraph } from '../../src/graph.js';
import { serve, type Server } from '../../src/server/index.js';
import { CHROMIUM, launchChromium } from '../browser/harness.js';

const hasChromium = existsSync(CHROMIUM);
if (!hasChromium && process.env.CI !== 'true') console.warn(`endpoint page tests skipped: ${CHROMIUM} is missing (apt-get install -y chromium)`);

let kg: ClaimGraph;
let server: Server;
let other: Server;
let browser: Browser;

beforeAll(async () => {
  if (!hasChromium) return;
  kg = await loadArticle();
  server = await serve(kg, { port: 0 });
  other = await serve(kg, { port: 0 });
  browser = await launchChromium();
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await other?.close();
  await kg?.close();
});

describe('endpoint pages in a browser', () => {
  it('has Chromium in CI', () => {
    if (process.env.CI === 'true') expect(hasChromium, `${CHROMIUM} is missing; install it with: apt-get install -y chromium`).toBe(true);
  });

  it.skipIf(!hasChromium)(
    'the query page runs its example and shows the rows as a table, then CSV as text',
    async () => {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
      await page.goto(server.url, { waitUntil: 'load' }); // a browser asking for /sparql lands on the query page
      expect(new URL(page.url()).pathname).toBe('/query');
      await page.click('button[type=submit]');
      await page.waitForSelector('#out table');
      expect(await page.locator('#out th').allTextContents()).toEqual(['type', 'things']);
      expect(await page.locator('#out tr').count()).toBeGreaterThan(3);
      expect(await page.textContent('#status')).toMatch(/^200 · \d+ ms$/);

      await page.fill('#query', 'SELECT ?label WHERE { id:tomahawk rdfs:label ?label }');
      await page.selectOption('#accept', 'text/csv');
      await page.click('button[type=submit]');
      await page.waitForSelector('#out pre');
      expect(await page.textContent('#out pre')).toBe('label\r\nTomahawk cruise missile\r\n');

      await page.fill('#query', 'SELECT ?x WHERE { ?x ?y }');
      await page.click('button[type=submit]');
      await page.waitForSelector('#out .error');
      expect(await page.textContent('#out .error')).toMatch(/SPARQL syntax error at line 1/);
      expect(errors.filter((e) => !/status of 400/.test(e))).toEqual([]);
      await page.close();
    },
    60_000,
  );

  it.skipIf(!hasChromium)(
    'the explorer at / starts',
    async () => {
      const page = await browser.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(`${server.origin}/`);
      await page.waitForFunction(() => (window as unknown as { claimgraphExplorer?: { ready: boolean } }).claimgraphExplorer?.ready === true, undefined, {
        timeout: 60_000,
      });
      expect(errors).toEqual([]);
      await page.close();
    },
    90_000,
  );

  it.skipIf(!hasChromium)(
    'a page of another origin queries the endpoint with a POST that needs a preflight',
    async () => {
      const page = await browser.newPage();
      await page.goto(`${other.origin}/query`);
      const answer = await page.evaluate(async (url) => {
        const r = await fetch(url, {
          method: 'POST',
          headers: { 'Content-Type': 'application/sparql-query', Accept: 'application/sparql-results+json' },
          body: 'ASK { id:tomahawk a cg:WeaponSystem }',
        });
        return r.json();
      }, server.url);
      expect(answer).toEqual({ head: {}, boolean: true });
      await page.close();
    },
    60_000,
  );
});
