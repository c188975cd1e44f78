/**
 * Private windows and the case file, in a real browser. The add-on is installed as if the reader had
 * allowed it in private windows (about:addons), and an article is opened in a private window as a
 * reader would. By default the article is highlighted but nothing is recorded; the case-file page
 * does not open its store in a private window; once the reader allows private windows in the
 * options, the next private article is recorded.
 *
 * Chromium is not used here: a headless persistent context cannot open an incognito window, and
 * Chromium runs an unpacked extension there only after a click in chrome://extensions.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { firefoxAvailable, openExtensionPage, openPopup, useFirefox, type Firefox } from './harness';

interface ExtensionApi {
  browser: {
    windows: { create(options: { url: string; incognito: boolean }): Promise<{ tabs?: { id?: number }[] }> };
    tabs: { get(id: number): Promise<{ incognito: boolean }> };
    storage: { local: { set(items: Record<string, unknown>): Promise<void> } };
  };
}

/** Opens `url` in a new private window, from one of the add-on's pages, and waits until Hashmark has painted it. */
async function openPrivately(firefox: Firefox, asker: Page, url: string): Promise<{ page: Page; tab: number }> {
  const tab = await asker.evaluate(
    (u) => (globalThis as unknown as ExtensionApi).browser.windows.create({ url: u, incognito: true }).then((w) => w.tabs?.[0]?.id ?? -1),
    url,
  );
  const target = await firefox.puppeteer.waitForTarget((t) => t.url() === url, { timeout: 30_000 });
  const page = (await target.page())!;
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-hashmark'), { timeout: 30_000 });
  expect(await asker.evaluate((id) => (globalThis as unknown as ExtensionApi).browser.tabs.get(id).then((t) => t.incognito), tab)).toBe(true);
  return { page, tab };
}

/** What the popup says of the tab and the case file, once the background has decided whether to record it. */
async function caseFileNote(firefox: Firefox, tab: number): Promise<{ recorded: string; line: string }> {
  const popup = await openPopup(firefox, tab);
  await popup.waitForSelector('.case-file[data-recorded]', { timeout: 30_000 });
  const note = await popup.$eval('.case-file', (s) => ({ recorded: s.getAttribute('data-recorded') ?? '', line: (s as HTMLElement).innerText }));
  await popup.close();
  return note;
}

/** The titles the case-file page lists, read from a fresh copy of the page in a normal window. */
async function caseFileTitles(firefox: Firefox): Promise<string[]> {
  const page = await openExtensionPage(firefox, 'research.html');
  await page.waitForSelector('.count-line, .empty', { timeout: 30_000 });
  const titles = await page.$$eval('table.articles tbody tr:not(.details) .title-cell button.expand', (cells) => cells.map((c) => c.textContent ?? ''));
  await page.close();
  return titles;
}

describe.skipIf(!firefoxAvailable())('a private window', () => {
  const env = useFirefox(undefined, {}, { allowPrivateBrowsing: true });

  it('is highlighted but recorded in the case file only once the reader allows private windows', async () => {
    const asker = await openExtensionPage(env.firefox, 'lookup.html');
    const first = await openPrivately(env.firefox, asker, `${env.site.origin}/articles/kucoin-2020.html`);
    expect(Number(await first.page.evaluate(() => document.documentElement.getAttribute('data-hashmark')))).toBeGreaterThan(0);
    // the popup offers "Add to case file": the background decided not to record the private tab
    expect(await caseFileNote(env.firefox, first.tab)).toEqual({ recorded: 'false', line: expect.stringContaining('Add to case file') });

    // the case-file page, opened in the private window, keeps out of the store and offers a normal window
    const inPrivate = await openExtensionPage(env.firefox, 'research.html');
    await inPrivate.waitForSelector('[role="status"]');
    expect(await inPrivate.$eval('[role="status"]', (p) => p.textContent)).toMatch(/private window.*nothing is shown or stored/);
    await inPrivate.close();
    await first.page.close();

    expect(await caseFileTitles(env.firefox)).toEqual([]);

    // allowed in the options: the next private article is recorded, and only that one
    await asker.evaluate(() => (globalThis as unknown as ExtensionApi).browser.storage.local.set({ caseFileInPrivate: true }));
    const second = await openPrivately(env.firefox, asker, `${env.site.origin}/articles/bitcoin-fog.html`);
    const note = await caseFileNote(env.firefox, second.tab);
    expect(note.recorded).toBe('true');
    expect(note.line).not.toContain('Add to case file');
    await second.page.close();
    const titles = await caseFileTitles(env.firefox);
    expect(titles).toHaveLength(1);
    expect(titles[0]).toMatch(/Bitcoin Fog/i);
    await asker.close();
  });
});
