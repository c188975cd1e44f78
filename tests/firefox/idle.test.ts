/**
 * Firefox unloads an idle MV3 background (an event page; after 30 seconds by default, here after one
 * second). Once it is gone, the page's highlights still open their cards and cite their facts, and
 * the popup shows the page's summary without annotating it again: the background's knowledge of
 * each tab is kept in storage.session (utils/tab-memory.ts).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { firefoxAvailable, openAnnotated, openExtensionPage, openPopup, tabIdOf, useFirefox, type Firefox } from './harness';

interface ViewsApi {
  browser: { extension: { getViews(): Window[] } };
}

/**
 * Waits until Firefox has unloaded the add-on's background page: the page that watches asks the
 * background something once as it opens (the lookup page: the index's size), then only looks at
 * which of the add-on's pages are alive, which wakes nothing.
 */
async function backgroundUnloaded(firefox: Firefox): Promise<void> {
  const watcher = await openExtensionPage(firefox, 'lookup.html');
  await watcher.waitForFunction(
    () => !(globalThis as unknown as ViewsApi).browser.extension.getViews().some((view) => view.location.pathname.includes('background')),
    { timeout: 30_000 },
  );
  await watcher.close();
}

const cardText = (page: Page) =>
  page.evaluate(() => {
    const card = document.querySelector('hashmark-ui')?.shadowRoot?.querySelector<HTMLElement>('#hashmark-card');
    return card && !card.hidden ? card.textContent : null;
  });

describe.skipIf(!firefoxAvailable())('after Firefox unloads the idle background', () => {
  const env = useFirefox(undefined, { 'extensions.background.idle.timeout': 1000 });

  it('highlights still open their cards, and the popup shows the story without annotating again', async () => {
    const page = await openAnnotated(env.firefox, `${env.site.origin}/articles/kucoin-2020.html`);
    const count = await page.evaluate(() => document.documentElement.getAttribute('data-hashmark'));
    // a mark of this painting: a new painting would replace it
    await page.evaluate(() => document.querySelector('hashmark-mark[data-type="money"][data-first]')!.setAttribute('data-test-kept', ''));
    const tab = await tabIdOf(env.firefox, page);
    await backgroundUnloaded(env.firefox);

    await page.hover('hashmark-mark[data-type="money"][data-first]');
    await page.waitForFunction(() => !!document.querySelector('hashmark-ui')?.shadowRoot?.querySelector<HTMLElement>('#hashmark-card:not([hidden])'));
    expect(await cardText(page)).toMatch(/Money.*means [\d,]+ USD/);

    await page.mouse.move(0, 0);
    await backgroundUnloaded(env.firefox);
    const popup = await openPopup(env.firefox, tab);
    await popup.waitForSelector('[data-ready]');
    expect(await popup.$eval('[data-testid="highlight-count"]', (p) => p.textContent)).toBe(`${count} highlights`);
    expect(await popup.$eval('.title', (t) => t.textContent)).toMatch(/KuCoin/);
    expect(await page.$$eval('hashmark-mark[data-test-kept]', (m) => m.length)).toBe(1);
    await popup.close();
    await page.close();
  });
});
