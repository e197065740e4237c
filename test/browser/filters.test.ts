/** The explorer on the bundled corpus in Chromium: the article filter and the panel following the layer toggles. */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCorpus } from '../../src/corpus.js';
import type { ClaimGraph } from '../../src/graph.js';
import { Harness, OUT, hasChromium, requireChromium, type Hook } from './harness.js';

declare const window: { claimgraphExplorer: Hook };

const ID = 'https://w3id.org/claimgraph/id/';
const ARTICLE = 'https://w3id.org/claimgraph/article/';

requireChromium();

describe.skipIf(!hasChromium)('explorer filters on the bundled corpus', () => {
  const h = new Harness();
  let kg: ClaimGraph;

  beforeAll(async () => {
    await h.start();
    kg = await loadCorpus();
    writeFileSync(join(OUT, 'explorer-filters.html'), kg.toHTML());
  });
  afterAll(() => h.stop());

  it('keeps one article on screen, and the panel to its statements', async () => {
    const { page, errors } = await h.open('explorer-filters.html');
    const options = await page.locator('#filter-article option').evaluateAll((els) => els.map((e) => (e as HTMLOptionElement).value));
    expect(options.slice(1).sort()).toEqual(
      kg
        .articles()
        .map((a) => a.iri)
        .sort(),
    );
    expect(await page.locator('#filter-article').isVisible()).toBe(true);

    const visible = () => page.evaluate(() => window.claimgraphExplorer.visibleNodes());
    const all = await visible();
    const riverton = `${ARTICLE}riverton-library-cuts`;
    await page.selectOption('#filter-article', riverton);
    const shown = await visible();
    expect(shown.length).toBeLessThan(all.length);
    expect(shown).toContain(riverton);
    // Trump and the Tomahawk article's statements are not in the library story; its own statements are.
    expect(shown).not.toContain(`${ID}donald-trump`);
    expect(shown).not.toContain(`${ARTICLE}trump-tomahawks`);
    expect(shown.some((k) => k.startsWith(`${riverton}/`))).toBe(true);
    expect(shown.filter((k) => k.startsWith(ARTICLE) && !k.startsWith(riverton) && k.includes('/', ARTICLE.length))).toEqual([]);
    await page.selectOption('#filter-article', '');
    expect((await visible()).length).toBe(all.length);

    // Ukraine is spoken of in two articles: with one chosen, the panel lists only that article's cards.
    const ukraine = `${ID}ukraine`;
    const perArticle = kg.statements().filter((s) => s.about.some((r) => r.iri === ukraine) || s.holder.iri === ukraine);
    await page.evaluate((key) => window.claimgraphExplorer.select(key), ukraine);
    const cards = () => page.locator('#panel .statement').count();
    const every = await cards();
    expect(every).toBeGreaterThan(0);
    const tomahawks = `${ARTICLE}trump-tomahawks`;
    await page.selectOption('#filter-article', tomahawks);
    const ids = await page.locator('#panel .statement').evaluateAll((els) => els.map((e) => (e as HTMLElement).dataset.id!));
    expect(ids.length).toBeGreaterThanOrEqual(perArticle.filter((s) => s.article.iri === tomahawks).length);
    expect(ids.length).toBeLessThan(every);
    for (const id of ids) expect(id.startsWith(`${tomahawks}/`), id).toBe(true);
    await page.selectOption('#filter-article', '');

    // Claims off: the statement nodes go, and so do the cards, with the count saying why.
    await page.uncheck('input[name=layer][value=claim]');
    expect(await cards()).toBe(0);
    expect(await page.locator('#panel .count').textContent()).toMatch(new RegExp(`^0 statements \\(${every} hidden with the claims layer\\)$`));
    await page.check('input[name=layer][value=claim]');
    expect(await cards()).toBe(every);
    expect(errors).toEqual([]);
    await page.close();
  }, 90_000);
});
