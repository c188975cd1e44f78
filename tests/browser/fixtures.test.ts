/**
 * Every fixture article in the real extension: highlights painted, page text unchanged,
 * and the popup (popup.html?tab=ID) showing the article's title and entities.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, FIXTURES, launch, openAnnotated, openPopup, openSection, pageText, serve, tabIdOf, type Browser, type Site } from './harness';

const articles = readdirSync(FIXTURES).filter((f) => /\.(html|txt)$/.test(f));

describe.skipIf(!browserAvailable())('fixture articles in Chromium', () => {
  let browser: Browser;
  let site: Site;
  beforeAll(async () => {
    site = await serve();
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it.each(articles)('%s gets highlights, keeps its text, and its popup shows the story', async (file) => {
    const gold = JSON.parse(readFileSync(`${FIXTURES}/${file.replace(/\.(html|txt)$/, '.gold.json')}`, 'utf8')) as {
      meta: { title: string | null };
      entities: { name: string; aliases: string[] }[];
    };
    const url = `${site.origin}/articles/${file}`;
    const page = await openAnnotated(browser, url);
    const count = Number(await page.getAttribute('html', 'data-hashmark'));
    expect(count).toBeGreaterThan(10);
    expect(await page.locator('hashmark-mark').count()).toBeGreaterThanOrEqual(count);
    const types = await page.$$eval('hashmark-mark', (marks) => [...new Set(marks.map((m) => m.getAttribute('data-type')))]);
    expect(types.length).toBeGreaterThanOrEqual(4);

    // the text a reader sees is the text the publisher wrote
    const source = readFileSync(`${FIXTURES}/${file}`, 'utf8');
    const reference = await browser.context.newPage();
    if (file.endsWith('.html')) await reference.setContent(source.replace(/<script[\s\S]*?<\/script>/gi, ''));
    else await reference.setContent('<pre></pre>').then(() => reference.$eval('pre', (pre, t) => (pre.textContent = t), source));
    expect(await pageText(page)).toBe(await pageText(reference));
    await reference.close();

    const popup = await openPopup(browser, await tabIdOf(browser, page));
    await popup.waitForSelector('.title');
    expect(await popup.textContent('.title')).toBe(gold.meta.title ?? 'Untitled article');
    await openSection(popup, 'names');
    const listed = await popup.locator('.entities li').allTextContents();
    const found = gold.entities.filter((e) => listed.some((l) => [e.name, ...e.aliases].some((n) => l.includes(n))));
    expect(found.length / gold.entities.length).toBeGreaterThan(0.5);
    await popup.close();
    await page.close();
  });
});
