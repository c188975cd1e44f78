/**
 * Removing highlights in Firefox: the content script injected again (a second click) takes the old
 * highlights away exactly, and the add-on removed and installed again (as an update or a reload
 * does) leaves one clean set. Firefox destroys an unloaded add-on's content scripts without running
 * their code, so the new instance removes what the dead one left (lib/highlight/orphans.ts).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { ADDON_ID, EXTENSION_DIR, firefoxAvailable, openAnnotated, openExtensionPage, pageText, tabIdOf, useFirefox } from './harness';

interface ExtensionApi {
  browser: {
    runtime: { sendMessage(message: unknown): Promise<unknown> };
    permissions: { getAll(): Promise<{ origins?: string[] }> };
  };
}

/** The page's DOM (Hashmark's in-page UI host aside) and how many text nodes it has. */
const dom = (page: Page) =>
  page.evaluate(() => {
    const body = document.body.cloneNode(true) as HTMLElement;
    for (const ui of body.querySelectorAll('hashmark-ui')) ui.remove();
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    let texts = 0;
    while (walker.nextNode()) if (!walker.currentNode.parentElement?.closest('hashmark-ui')) texts++;
    return { markup: new XMLSerializer().serializeToString(body), texts };
  });

/** Every span painted once, nothing painted inside a highlight. */
const consistent = (page: Page) =>
  page.evaluate(() => ({
    count: Number(document.documentElement.getAttribute('data-hashmark')),
    firsts: document.querySelectorAll('hashmark-mark[data-first]').length,
    nested: document.querySelectorAll('hashmark-mark hashmark-mark').length,
  }));

/** Forgets the page's "painted" marker, so that the next painting can be waited for. */
const resetMarker = (page: Page) => page.evaluate(() => document.documentElement.removeAttribute('data-hashmark'));
const painted = (page: Page) => page.waitForFunction(() => document.documentElement.hasAttribute('data-hashmark'), { timeout: 30_000 });

describe.skipIf(!firefoxAvailable())('removing highlights in Firefox', () => {
  const env = useFirefox();

  it('has site access to the test pages only, as the e2e manifest asks (no optional site granted)', async () => {
    const ui = await openExtensionPage(env.firefox, 'lookup.html');
    const origins = await ui.evaluate(async () => (await (globalThis as unknown as ExtensionApi).browser.permissions.getAll()).origins ?? []);
    expect(origins.sort()).toEqual(['http://127.0.0.1/*', 'http://localhost/*']);
    await ui.close();
  });

  it('a second click replaces the highlights: the old ones removed exactly, one set painted again', async () => {
    const page = await openAnnotated(env.firefox, `${env.site.origin}/articles/bitconnect.html`);
    const first = await dom(page);
    const text = await pageText(page);
    const tabId = await tabIdOf(env.firefox, page);
    await resetMarker(page);
    // what the toolbar, the shortcut and the menu do: inject the content script again and run it
    const popup = await openExtensionPage(env.firefox, 'lookup.html');
    await popup.evaluate(
      (id) => (globalThis as unknown as ExtensionApi).browser.runtime.sendMessage({ hashmark: 'popup:get-tab', data: { tabId: id, annotate: true, force: true } }),
      tabId,
    );
    await popup.close();
    await painted(page);
    const { count, firsts, nested } = await consistent(page);
    expect(count).toBeGreaterThan(10);
    expect(firsts).toBe(count);
    expect(nested).toBe(0);
    // had the removal left a split text node or an attribute behind, the second painting would differ
    expect(await dom(page)).toEqual(first);
    expect(await pageText(page)).toBe(text);
    await page.close();
  });

  // Last: it removes the add-on (and installs it again).
  it('the add-on removed and installed again while a page is open: one clean set of highlights', async () => {
    const url = `${env.site.origin}/articles/kucoin-2020.html`;
    const page = await openAnnotated(env.firefox, url);
    const text = await pageText(page);
    // the card's host is in the page too; the pointer then leaves (a highlight under it would open a card)
    await page.hover('hashmark-mark[data-first]');
    await page.waitForSelector('hashmark-ui');
    await page.mouse.move(0, 0);

    await env.firefox.puppeteer.uninstallExtension(ADDON_ID);
    // Firefox takes the add-on's stylesheet away at once; its content script is gone without a word
    await page.waitForFunction(() => getComputedStyle(document.querySelector('hashmark-mark')!).backgroundColor === 'rgba(0, 0, 0, 0)');
    expect(await pageText(page)).toBe(text);

    await resetMarker(page);
    await env.firefox.puppeteer.installExtension(EXTENSION_DIR);
    // Firefox runs the new version's content script in the open tab
    await painted(page);
    const { count, firsts, nested } = await consistent(page);
    expect(count).toBeGreaterThan(10);
    expect(firsts).toBe(count);
    expect(nested).toBe(0);
    expect(await page.$$eval('hashmark-ui', (h) => h.length)).toBeLessThanOrEqual(1);
    expect(await pageText(page)).toBe(text);
    // exactly the DOM of the same article annotated once, in a fresh tab
    const fresh = await openAnnotated(env.firefox, url);
    expect(await dom(page)).toEqual(await dom(fresh));
    await fresh.close();
    await page.close();
  });
});
