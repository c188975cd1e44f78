/**
 * A 1 MB article (about 150,000 words, 50,000+ nodes) is annotated in slices: it finishes, and
 * no main-thread task over 50 ms (a `longtask` entry) happens while Hashmark works on it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { largeArticleHtml } from '../fixtures/large-article';
import { browserAvailable, launch, serve, type Browser, type Site } from './harness';

interface LongTask { start: number; duration: number }

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

  it('is annotated to the end with no long task caused by Hashmark', async () => {
    expect(html.length).toBeGreaterThan(1_000_000);
    expect(words).toBeGreaterThanOrEqual(150_000);
    const page = await browser.context.newPage();
    await page.addInitScript(() => {
      const w = window as unknown as { __longTasks: { start: number; duration: number }[] };
      w.__longTasks = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries()) w.__longTasks.push({ start: e.startTime, duration: e.duration });
      }).observe({ type: 'longtask', buffered: true });
    });
    await page.goto(`${site.origin}/huge`);
    const nodes = await page.evaluate(() => document.getElementsByTagName('*').length + document.evaluate('count(//text())', document, null, XPathResult.NUMBER_TYPE, null).numberValue);
    expect(nodes).toBeGreaterThan(50_000);
    await page.waitForFunction(() => Number(document.documentElement.getAttribute('data-hashmark')) > 1000, undefined, { timeout: 150_000, polling: 1000 });
    const { tasks, runStart } = await page.evaluate(() => ({
      tasks: (window as unknown as { __longTasks: LongTask[] }).__longTasks,
      runStart: performance.getEntriesByName('hashmark:run')[0]!.startTime,
    }));
    const ours = tasks.filter((t) => t.start + t.duration > runStart);
    expect(ours, JSON.stringify(ours)).toEqual([]);
    await page.close();
  }, 180_000);
});
