/**
 * A 1 MB article (about 150,000 words, 50,000+ nodes) is annotated in slices: it finishes, and
 * Hashmark gave the main thread back to the page many times while it worked. Wall-clock task
 * lengths are not asserted: on a loaded machine the page's own tasks (and any slice) stretch, so
 * they would decide nothing about Hashmark; that every step of the walk, blocks and painting is
 * small is asserted without a clock in tests/unit/slices.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { largeArticleHtml } from '../fixtures/large-article';
import { browserAvailable, launch, serve, type Browser, type Site } from './harness';

describe.skipIf(!browserAvailable())('a very large page', () => {
  let browser: Browser;
  let site: Site;
  const { html, words } = largeArticleHtml();
  beforeAll(async () => {
    site = await serve();
    site.pages.set('/huge', html);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('is annotated to the end, in slices that give the page its turn', async () => {
    expect(html.length).toBeGreaterThan(1_000_000);
    expect(words).toBeGreaterThanOrEqual(150_000);
    const page = await browser.context.newPage();
    await page.goto(`${site.origin}/huge`);
    const nodes = await page.evaluate(() => document.getElementsByTagName('*').length + document.evaluate('count(//text())', document, null, XPathResult.NUMBER_TYPE, null).numberValue);
    expect(nodes).toBeGreaterThan(50_000);
    await page.waitForFunction(() => Number(document.documentElement.getAttribute('data-hashmark')) > 1000, undefined, { timeout: 150_000, polling: 1000 });
    const yields = await page.evaluate(() => performance.getEntriesByName('hashmark:yield').length);
    // a path that ran in one go would show none; how many depends on the machine's speed (the sliced
    // work takes well over 100 ms anywhere, in 8 ms slices), so only a few are asked for
    expect(yields).toBeGreaterThan(5);
    await page.close();
  }, 180_000);
});
