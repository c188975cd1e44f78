/**
 * Fixture articles in Firefox: highlights painted (and coloured) with the page's text unchanged,
 * and the popup (popup.html?tab=ID) showing the article's title and entities.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { firefoxAvailable, FIXTURES, openAnnotated, openPopup, openSections, pageText, tabIdOf, useFirefox } from './harness';

const ARTICLES = ['kucoin-2020.html', 'alphabay-2017.html', 'seed-retadup.txt'];

describe.skipIf(!firefoxAvailable())('fixture articles in Firefox', () => {
  const env = useFirefox();

  it.each(ARTICLES)('%s gets highlights, keeps its text, and its popup shows the story', async (file) => {
    const gold = JSON.parse(readFileSync(`${FIXTURES}/${file.replace(/\.(html|txt)$/, '.gold.json')}`, 'utf8')) as {
      meta: { title: string | null };
      entities: { name: string; aliases: string[] }[];
    };
    const page = await openAnnotated(env.firefox, `${env.site.origin}/articles/${file}`);
    const count = Number(await page.evaluate(() => document.documentElement.getAttribute('data-hashmark')));
    expect(count).toBeGreaterThan(10);
    expect(await page.$$eval('hashmark-mark', (m) => m.length)).toBeGreaterThanOrEqual(count);
    const types = await page.$$eval('hashmark-mark', (marks) => [...new Set(marks.map((m) => m.getAttribute('data-type')))]);
    expect(types.length).toBeGreaterThanOrEqual(4);
    // the highlight colours arrived (scripting.insertCSS): a highlight is painted, not transparent
    expect(await page.$eval('hashmark-mark', (m) => getComputedStyle(m).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');

    // the text a reader sees is the text the publisher wrote
    const source = readFileSync(`${FIXTURES}/${file}`, 'utf8');
    const reference = await env.firefox.puppeteer.newPage();
    if (file.endsWith('.html')) await reference.setContent(source.replace(/<script[\s\S]*?<\/script>/gi, ''));
    else {
      await reference.setContent('<pre></pre>');
      await reference.$eval('pre', (pre, t) => void (pre.textContent = t), source);
    }
    expect(await pageText(page)).toBe(await pageText(reference));
    await reference.close();

    const popup = await openPopup(env.firefox, await tabIdOf(env.firefox, page));
    await popup.waitForSelector('.title');
    expect(await popup.$eval('.title', (t) => t.textContent)).toBe(gold.meta.title ?? 'Untitled article');
    await popup.waitForSelector('[data-ready]');
    await openSections(popup);
    const listed = await popup.$$eval('.entities li', (items) => items.map((li) => li.textContent ?? ''));
    const found = gold.entities.filter((e) => listed.some((l) => [e.name, ...e.aliases].some((n) => l.includes(n))));
    expect(found.length / gold.entities.length).toBeGreaterThan(0.5);
    await popup.close();
    await page.close();
  });
});
