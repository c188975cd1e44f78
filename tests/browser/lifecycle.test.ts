/**
 * Lifecycle: the extension reloaded while pages are open, back/forward cache restores, and a
 * tab navigating while its annotation is in flight cause no errors and no duplicated highlights.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { browserAvailable, launch, openAnnotated, openPopup, serve, tabIdOf, type Browser, type Site } from './harness';

declare const chrome: { runtime: { reload(): void; sendMessage(message: unknown): Promise<unknown> } };

const nested = (p: Page) => p.$$eval('hashmark-mark hashmark-mark', (m) => m.length);
/** Every span is painted once: as many first pieces as the count Hashmark reports. */
const consistent = async (p: Page) => {
  const count = Number(await p.getAttribute('html', 'data-hashmark'));
  const firsts = await p.$$eval('hashmark-mark[data-first]', (m) => m.length);
  return { count, firsts };
};

describe.skipIf(!browserAvailable())('lifecycle', () => {
  let browser: Browser;
  let site: Site;
  const errors: string[] = [];
  const watch = (p: Page) => {
    p.on("pageerror", (e) => errors.push(`${p.url()}: ${e.stack ?? e.message}`));
    p.on('console', (m) => {
      if (m.type() === 'error' && /hashmark|extension/i.test(m.text())) errors.push(`${p.url()}: ${m.text()}`);
    });
    return p;
  };
  beforeAll(async () => {
    site = await serve();
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('survives back/forward cache restores with its highlights intact and single', async () => {
    errors.length = 0;
    const page = watch(await openAnnotated(browser, `${site.origin}/articles/kucoin-2020.html`));
    const before = await consistent(page);
    await page.goto(`${site.origin}/articles/alphabay-2017.html`);
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-hashmark'));
    await page.goBack();
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-hashmark'));
    await page.waitForTimeout(800);
    const type = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).type);
    expect(type).toBe('back_forward');
    const after = await consistent(page);
    expect(after.count).toBe(before.count);
    expect(after.firsts).toBe(after.count);
    expect(await nested(page)).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('navigating while the annotation is in flight leaves one clean annotation of the new page', async () => {
    errors.length = 0;
    const page = watch(await browser.context.newPage());
    await page.goto(`${site.origin}/articles/nomad-2022.html`, { waitUntil: 'commit' });
    await page.goto(`${site.origin}/articles/coinhive-2019.html`);
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-hashmark'));
    await page.waitForTimeout(1000);
    const { count, firsts } = await consistent(page);
    expect(count).toBeGreaterThan(10);
    expect(firsts).toBe(count);
    expect(await nested(page)).toBe(0);
    expect(await page.locator('hashmark-mark', { hasText: 'Nomad' }).count()).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('a new content script arriving (as after an update or a second click) takes over: one set of highlights', async () => {
    errors.length = 0;
    const page = watch(await openAnnotated(browser, `${site.origin}/articles/bitconnect.html`));
    const textBefore = await page.evaluate(() => document.body.innerText);
    const popup = await openPopup(browser, await tabIdOf(browser, page));
    await popup.waitForSelector('[data-ready]');
    const tab = await tabIdOf(browser, page);
    // what the toolbar, the shortcut and the menu do: inject the content script again and run it
    await popup.evaluate((tabId) => chrome.runtime.sendMessage({ hashmark: 'popup:get-tab', data: { tabId, annotate: true, force: true } }), tab);
    await page.waitForTimeout(1000);
    const { count, firsts } = await consistent(page);
    expect(count).toBeGreaterThan(10);
    expect(firsts).toBe(count);
    expect(await nested(page)).toBe(0);
    expect(await page.evaluate(() => document.body.innerText)).toBe(textBefore);
    expect(errors).toEqual([]);
    await popup.close();
    await page.close();
  });

  // Last: in this headless setup a reloaded command-line extension does not come back.
  it('the extension reloaded or removed while a page is open breaks nothing on the page', async () => {
    errors.length = 0;
    const page = watch(await openAnnotated(browser, `${site.origin}/articles/thodex.html`));
    const textBefore = await page.evaluate(() => document.body.innerText);
    const worker = browser.context.serviceWorkers()[0]!;
    await worker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
    await page.waitForTimeout(1500);
    // the reader keeps reading and interacting: hovering and focusing old highlights throws nothing
    await page.hover('article p >> nth=1', { timeout: 2000 }).catch(() => undefined);
    await page.keyboard.press('Tab');
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => document.body.innerText)).toBe(textBefore);
    expect(await nested(page)).toBe(0);
    expect(errors).toEqual([]);
    await page.close();
  });
});
