/**
 * Hashmark runs entirely on the reader's machine: while it annotates fixture articles and the
 * reader uses the popup (every citation format, the copy buttons, "show in the page", the
 * highlight switch and legend) and opens the lookup and options pages, the extension makes no
 * network request of its own.
 *
 * Three recorders, because each sees what the others miss:
 * - `context.on('request')`: every request of every page and, in playwright-core 1.65, of the
 *   extension's service worker (`request.serviceWorker()`). Service-worker network events are on by
 *   default in 1.65: the PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS variable of the old
 *   "(Experimental) Service Worker Network Events" docs is no longer read, and only
 *   PLAYWRIGHT_DISABLE_SERVICE_WORKER_NETWORK turns them off (node_modules/playwright-core/lib/coreBundle.js,
 *   class CRServiceWorker). Events reach a listener only once it is attached, after the worker started.
 * - a HAR recording of the whole context (`recordHar`, set at launch and kept by Playwright's server,
 *   which holds the worker paused until its network watch is on): it also holds what the worker's code
 *   asks for before the listener exists (its startup, onInstalled). The load of the worker's own script
 *   comes before that watch and is in neither record. The HAR is started at launch (harness launch({ recordHar }));
 *   restarting the worker under the
 *   listener does not work in this Chromium (chrome.runtime.reload() disables a command-line extension,
 *   CDP Target.closeTarget on the worker ends the context).
 * - a CDP session on each article page, Network.requestWillBeSent: its `initiator` stack names the
 *   script that asked, so a request of the content script, which runs in the page and would pass for
 *   one of the page's own, is told apart by its chrome-extension:// frames.
 *
 * Expected: the article pages load from the test server (127.0.0.1) with their own subresources (the
 * fixtures reference images and scripts on *.example hosts, which do not resolve); the extension's
 * pages and worker load only its own chrome-extension:// files (and data:/blob: URLs, not network).
 * Anything else fails the test.
 *
 * The test can fail; checked by adding, for one run, a request from each side:
 *   await popup.evaluate(() => fetch('https://example.com/').catch(() => 0));   // in the first popup
 *   await browser.context.serviceWorkers()[0]!.evaluate(() => fetch('https://example.com/sw').catch(() => 0));
 *   await pages[0]!.evaluate(() => (0, eval)("fetch('https://example.com/cs').catch(() => 0)\n//# sourceURL=chrome-extension://x/content-scripts/content.js"));
 * (the last one stands in for the content script: the sourceURL puts a chrome-extension:// frame in the
 * initiator stack). The final assertion then failed with seven entries, among them
 *   "extension page chrome-extension://…/popup.html?tab=…: GET https://example.com/ (fetch)",
 *   "service worker: GET https://example.com/sw (fetch)",
 *   "content script in http://127.0.0.1:…/articles/kucoin-2020.html: GET https://example.com/cs",
 *   "har (service worker): GET https://example.com/sw".
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Request } from 'playwright-core';
import { CITATION_FORMATS } from '@/lib/citation/format-names';
import { browserAvailable, FIXTURES, launch, openPopup, serve, tabIdOf, type Browser, type Site } from './harness';

const ARTICLES = ['kucoin-2020.html', 'alphabay-2017.html', 'binance-2019.html', 'nomad-2022.html', 'seed-retadup.txt'];

interface StackTrace {
  callFrames: { url: string }[];
  parent?: StackTrace;
}
interface Har {
  log: { entries: { request: { method: string; url: string }; pageref?: string; _serviceWorkerRef?: string }[]; pages?: { id: string; title: string }[] };
}

const stackUrls = (stack: StackTrace | undefined): string[] => (stack ? [...stack.callFrames.map((f) => f.url), ...stackUrls(stack.parent)] : []);

describe.skipIf(!browserAvailable())('no network', () => {
  let browser: Browser;
  let site: Site;
  let own: string;
  let closed = false;
  const harDir = mkdtempSync(join(tmpdir(), 'hashmark-har-'));
  const har = join(harDir, 'requests.har');
  /** every request seen, as "who: METHOD url (type)" */
  const seen: string[] = [];
  /** requests the extension made that it should not have */
  const violations: string[] = [];
  /** absolute URLs the fixture pages reference themselves */
  const pageOwn: string[] = [];

  const isOwnFile = (url: string) => url.startsWith(own);
  const isLocal = (url: string) => /^(?:data|blob):/.test(url);
  /** what an article page loads by itself: from the test server (the page, its favicon), or what its HTML names */
  const isPageOwn = (url: string) => url.startsWith(`${site.origin}/`) || pageOwn.some((u) => url.startsWith(u));

  const record = (r: Request) => {
    const url = r.url();
    const sw = r.serviceWorker();
    let from = 'service worker';
    if (!sw) {
      try {
        const frame = r.frame();
        from = frame.url() === 'about:blank' || !frame.url() ? frame.page().url() : frame.url();
      } catch {
        from = 'unknown';
      }
    }
    const line = `${from}: ${r.method()} ${url} (${r.resourceType()})`;
    seen.push(line);
    if (isOwnFile(url) || isLocal(url)) return;
    if (sw) violations.push(line);
    else if (from.startsWith('chrome-extension://') || from === 'unknown') violations.push(`extension page ${line}`);
    // an article page: its own address on the test server, or a subresource it references itself
    else if (!isPageOwn(url)) violations.push(`page ${line}`);
  };

  /** Opens an article with a CDP network watch, and waits until Hashmark painted it. */
  async function openWatched(url: string): Promise<Page> {
    const page = await browser.context.newPage();
    const cdp = await browser.context.newCDPSession(page);
    cdp.on('Network.requestWillBeSent', (e: { request: { url: string; method: string }; initiator: { url?: string; stack?: StackTrace } }) => {
      const by = [e.initiator.url ?? '', ...stackUrls(e.initiator.stack)];
      if (by.some((u) => u.startsWith('chrome-extension://')) && !isOwnFile(e.request.url) && !isLocal(e.request.url)) {
        violations.push(`content script in ${url}: ${e.request.method} ${e.request.url}`);
      }
    });
    await cdp.send('Network.enable');
    await page.goto(url);
    await page.waitForFunction(() => document.documentElement.hasAttribute('data-hashmark'), undefined, { timeout: 30_000 });
    return page;
  }

  beforeAll(async () => {
    site = await serve();
    for (const file of ARTICLES) pageOwn.push(...(readFileSync(`${FIXTURES}/${file}`, 'utf8').match(/https?:\/\/[^\s"'<>()]+/g) ?? []));
    browser = await launch({ recordHar: har });
    own = `chrome-extension://${browser.extensionId}/`;
    browser.context.on('request', record);
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });
  afterAll(async () => {
    if (!closed) await browser?.close();
    await site?.close();
    rmSync(harDir, { recursive: true, force: true });
  });

  it('the extension requests nothing beyond its own files while it annotates and the popup is used', async () => {
    const pages: Page[] = [];
    for (const file of ARTICLES) pages.push(await openWatched(`${site.origin}/articles/${file}`));

    for (const page of pages) {
      const popup = await openPopup(browser, await tabIdOf(browser, page));
      await popup.waitForSelector('[data-ready]');
      await popup.waitForFunction(() => document.querySelector('.citation-preview')?.textContent !== 'Preparing the citation…');
      for (const format of CITATION_FORMATS) {
        await popup.selectOption('#citation-format', format);
        await popup.waitForFunction((f) => (document.querySelector('#citation-format') as HTMLSelectElement).value === f, format);
        // each format written (and so its processor built) before the next is chosen
        await popup.waitForFunction(() => document.querySelector('.citation-preview')?.textContent !== 'Preparing the citation…');
      }
      // every section open, so every copy button is pressed
      for (const section of await popup.locator('details[data-section]').all()) {
        if (!(await section.evaluate((d) => (d as HTMLDetailsElement).open))) await section.locator('summary').first().click();
        await section.locator('.section-body').waitFor();
      }
      for (const button of await popup.locator('button.copy').all()) await button.click();
      await popup.locator('.entities li button').first().click(); // show in the page
      const toggle = popup.getByRole('switch');
      if (await toggle.count()) {
        await toggle.click();
        await toggle.click();
      }
      const legend = popup.locator('details.legend');
      if (await legend.count()) {
        await legend.locator('summary').click();
        await legend.locator('input[type=checkbox]').first().click();
        await legend.locator('input[type=checkbox]').first().click();
      }
      await popup.waitForTimeout(300);
      await popup.close();
    }

    for (const path of ['lookup.html?q=Lazarus', 'options.html']) {
      const ui = await browser.context.newPage();
      await ui.goto(`${own}${path}`);
      await ui.waitForLoadState('load');
      await ui.waitForTimeout(500);
      await ui.close();
    }
    for (const page of pages) await page.close();

    // the recorders saw the traffic they should: the pages from the test server, the extension's own files
    expect(seen.filter((l) => l.includes(`GET ${site.origin}/articles/`)).length).toBeGreaterThanOrEqual(ARTICLES.length);
    expect(seen.some((l) => l.includes(`GET ${own}popup.html`))).toBe(true);
    expect(seen.some((l) => /GET chrome-extension:\/\/[^/]+\/chunks\/popup-/.test(l))).toBe(true); // the popup's script (the citations are written by the background)

    // the HAR, from the first request on (the worker's startup included)
    await browser.close();
    closed = true;
    const { log } = JSON.parse(readFileSync(har, 'utf8')) as Har;
    expect(log.entries.some((e) => e.request.url.startsWith(`${site.origin}/articles/`))).toBe(true);
    for (const e of log.entries) {
      const url = e.request.url;
      if (isOwnFile(url) || isLocal(url) || (!e._serviceWorkerRef && isPageOwn(url))) continue;
      violations.push(`har${e._serviceWorkerRef ? ' (service worker)' : ''}: ${e.request.method} ${url}`);
    }
    expect(violations).toEqual([]);
  }, 180_000);
});
