/**
 * In Firefox too, Hashmark makes no network request of its own while it annotates fixture articles
 * and the reader uses the popup (every citation format, every copy button, "show in the page", the
 * highlight switch and legend) and opens the lookup and options pages.
 *
 * Two recorders (tests/firefox/harness.ts), because each sees what the other misses:
 * - WebDriver BiDi's network.beforeRequestSent, for the whole session: every request of a tab (an
 *   article page, where the content script's requests would appear too, or an extension page),
 *   with the tab that asked. Firefox reports no request of the add-on's background page there, nor
 *   the loads of its own moz-extension:// files.
 * - a recording proxy that Firefox sends every request for any host but 127.0.0.1 and localhost:
 *   it sees the background page's requests too, but not who asked (https only as CONNECT host:port).
 *
 * Expected: article pages load from the test server with the subresources their HTML names (on
 * *.example hosts, refused by the proxy); extension pages load nothing from the network; the proxy
 * sees no host but those subresources' and Firefox's own services (remote settings and the like,
 * which no prefs switch fully off in this Firefox). Anything else fails the test.
 *
 * The recorders are shown to be live in every run: the test itself sends one request from an
 * extension page and one from the background page, and both must be recorded.
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { CITATION_FORMATS } from '@/lib/citation/format-names';
import { firefoxAvailable, FIXTURES, openAnnotated, openExtensionPage, openPopup, tabIdOf, useFirefox, openSections } from './harness';

const ARTICLES = ['kucoin-2020.html', 'alphabay-2017.html', 'binance-2019.html', 'nomad-2022.html', 'seed-retadup.txt'];
/** Firefox's own services, which it calls whatever the add-on does */
const FIREFOX_SERVICES = /(?:^|\.)(?:mozilla\.(?:com|net|org)|firefox\.com|mozaws\.net|mozgcp\.net)$/;
/** the test's own requests, proving the recorders live */
const CANARY = { page: 'https://extension-page.canary.invalid/', background: 'https://background-page.canary.invalid/' };

interface BackgroundApi {
  browser: { runtime: { getBackgroundPage(): Promise<{ fetch(url: string): Promise<unknown> }> } };
}

const hostOf = (target: string) => {
  try {
    return new URL(/^[a-z]+:\/\//i.test(target) ? target : `https://${target}`).hostname;
  } catch {
    return target;
  }
};

describe.skipIf(!firefoxAvailable())('no network in Firefox', () => {
  const env = useFirefox();
  /** absolute URLs the fixture pages reference themselves */
  const pageOwn: string[] = [];
  const articleTabs = new Set<string>();
  const extensionTabs = new Set<string>();

  const openExtension = async (path: string) => {
    const page = await openExtensionPage(env.firefox, path);
    extensionTabs.add(env.firefox.contextOf(page));
    return page;
  };

  beforeAll(() => {
    for (const file of ARTICLES) pageOwn.push(...(readFileSync(`${FIXTURES}/${file}`, 'utf8').match(/https?:\/\/[^\s"'<>()]+/g) ?? []));
  });

  it('the add-on requests nothing beyond its own files while it annotates and the popup is used', async () => {
    const pages: Page[] = [];
    for (const file of ARTICLES) {
      const page = await openAnnotated(env.firefox, `${env.site.origin}/articles/${file}`);
      articleTabs.add(env.firefox.contextOf(page));
      pages.push(page);
    }

    for (const page of pages) {
      const popup = await openPopup(env.firefox, await tabIdOf(env.firefox, page));
      extensionTabs.add(env.firefox.contextOf(popup));
      await popup.waitForSelector('[data-ready]');
      await popup.waitForFunction(() => document.querySelector('.citation-preview')?.textContent !== 'Preparing the citation…');
      for (const format of CITATION_FORMATS) {
        await popup.select('#citation-format', format);
        await popup.waitForFunction((f) => (document.querySelector('#citation-format') as HTMLSelectElement).value === f, {}, format);
        // each format written (and so its processor built) before the next is chosen
        await popup.waitForFunction(() => document.querySelector('.citation-preview')?.textContent !== 'Preparing the citation…');
      }
      await openSections(popup);
      for (const button of await popup.$$('button.copy')) await button.click();
      await popup.click('.entities li button'); // show in the page (brings the article's tab to the front)
      await popup.bringToFront();
      if (await popup.$('[role="switch"]')) {
        await popup.click('[role="switch"]');
        await popup.click('[role="switch"]');
      }
      if (await popup.$('details.legend')) {
        await popup.click('details.legend summary');
        await popup.click('details.legend input[type=checkbox]');
        await popup.click('details.legend input[type=checkbox]');
      }
      await popup.close();
    }
    for (const path of ['lookup.html?q=Lazarus', 'options.html']) {
      const ui = await openExtension(path);
      await ui.close();
    }

    // the canaries: one request from an extension page, one from the background page
    const canary = await openExtension('lookup.html');
    await canary.evaluate(async (page, background) => {
      await fetch(page).catch(() => undefined);
      const bg = await (globalThis as unknown as BackgroundApi).browser.runtime.getBackgroundPage();
      await bg.fetch(background).catch(() => undefined);
    }, CANARY.page, CANARY.background);
    await canary.close();
    for (const page of pages) await page.close();

    const canaryHosts = new Set(Object.values(CANARY).map(hostOf));
    expect(env.firefox.requests.some((r) => r.request.url === CANARY.page && extensionTabs.has(r.context ?? ''))).toBe(true);
    expect(env.firefox.proxied.some((p) => hostOf(p.target) === hostOf(CANARY.background))).toBe(true);
    expect(env.firefox.requests.filter((r) => r.request.url.startsWith(`${env.site.origin}/articles/`)).length).toBeGreaterThanOrEqual(ARTICLES.length);

    const violations: string[] = [];
    /** hosts the article pages asked for themselves, as BiDi saw */
    const pageHosts = new Set<string>();
    for (const { context, request } of env.firefox.requests) {
      const { url, method } = request;
      if (/^(?:data|blob):/.test(url) || url.startsWith(env.firefox.origin) || canaryHosts.has(hostOf(url))) continue;
      if (context && articleTabs.has(context)) {
        if (url.startsWith(`${env.site.origin}/`) || pageOwn.some((u) => url.startsWith(u))) pageHosts.add(hostOf(url));
        else violations.push(`article page: ${method} ${url}`);
      } else if (context && extensionTabs.has(context)) violations.push(`extension page: ${method} ${url}`);
      else if (!FIREFOX_SERVICES.test(hostOf(url))) violations.push(`no tab: ${method} ${url}`);
    }
    for (const { method, target } of env.firefox.proxied) {
      const host = hostOf(target);
      if (pageHosts.has(host) || FIREFOX_SERVICES.test(host) || canaryHosts.has(host)) continue;
      violations.push(`proxy (background page or unknown): ${method} ${target}`);
    }
    expect([...new Set(violations)]).toEqual([]); // (Firefox retries a refused CONNECT: one line each)
  }, 180_000);
});
