/** Serves pages from test-output/ and opens them in Debian's Chromium, collecting console errors and requests. */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { it } from 'vitest';

export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
export const OUT = join(process.cwd(), 'test-output');

/** Headless Chromium as every browser test runs it (software WebGL, no network of its own). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--enable-unsafe-swiftshader',
    ],
  });
}

/** Without Chromium: a failing test under CI (with the install command), a skip notice elsewhere. */
export function requireChromium(): void {
  if (hasChromium) return;
  if (process.env.CI === 'true')
    it('needs Chromium', () => {
      throw new Error(`${CHROMIUM} is missing; install it with: apt-get update && apt-get install -y chromium`);
    });
  else console.warn(`browser tests skipped: ${CHROMIUM} is missing (apt-get install -y chromium)`);
}

/** The page's automation hook (see client.ts). */
export interface Hook {
  ready: boolean;
  firstPaintMs: number;
  selected: string | null;
  search(q: string): { key: string; label: string; kind: string }[];
  select(key: string | null): void;
  visibleNodes(): string[];
  graph: { order: number; getNodeAttributes(k: string): { x: number; y: number; kind: string; layer: string; label: string }; nodes(): string[] };
  sigma: {
    graphToViewport(c: { x: number; y: number }): { x: number; y: number };
    getNodeDisplayData(key: string): { x: number; y: number } | undefined;
    getCamera(): { setState(state: { x?: number; y?: number; ratio?: number }): void };
  };
}
declare const window: { claimgraphExplorer: Hook };

export interface Opened {
  page: Page;
  errors: string[];
  requests: string[];
  firstPaintMs: number;
}

export class Harness {
  browser!: Browser;
  server!: Server;
  base = '';

  async start(): Promise<void> {
    mkdirSync(OUT, { recursive: true });
    this.server = createServer((req, res) => {
      const file = join(OUT, (req.url ?? '/').replace(/[?#].*$/, '').replace(/^\/+/, ''));
      if (!file.startsWith(OUT) || !existsSync(file)) return void res.writeHead(404).end();
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(readFileSync(file));
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.base = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    this.browser = await launchChromium();
  }

  async stop(): Promise<void> {
    await this.browser?.close();
    await new Promise((resolve) => (this.server ? this.server.close(resolve) : resolve(undefined)));
  }

  /** Opens test-output/<name> and waits for the page's first paint. */
  async open(name: string): Promise<Opened> {
    const page = await this.browser.newPage({ viewport: { width: 1400, height: 860 }, deviceScaleFactor: 1 });
    const errors: string[] = [],
      requests: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('request', (r) => {
      if (r.url() !== `${this.base}/${name}`) requests.push(r.url());
    });
    await page.goto(`${this.base}/${name}`);
    await page.waitForFunction(() => window.claimgraphExplorer?.ready === true, undefined, { timeout: 60_000 });
    const firstPaintMs = await page.evaluate(() => window.claimgraphExplorer.firstPaintMs);
    return { page, errors, requests, firstPaintMs };
  }
}

/** A real mouse click on a node, at sigma's own viewport coordinates, once the camera has settled. */
export async function clickNode(page: Page, key: string): Promise<void> {
  await page.waitForTimeout(500);
  // Zoom in on the node first so that a neighbour drawn close by cannot take the click.
  await page.evaluate((k) => {
    const { sigma } = window.claimgraphExplorer;
    const d = sigma.getNodeDisplayData(k)!;
    sigma.getCamera().setState({ x: d.x, y: d.y, ratio: 0.1 });
  }, key);
  await page.waitForTimeout(300);
  const point = await page.evaluate((k) => {
    const { graph, sigma } = window.claimgraphExplorer;
    const { x, y } = graph.getNodeAttributes(k);
    return sigma.graphToViewport({ x, y });
  }, key);
  const box = (await page.locator('#graph').boundingBox())!;
  await page.mouse.click(box.x + point.x, box.y + point.y);
}
