/**
 * Drives the real Firefox e2e build (`npm run build:e2e:firefox`) in Debian's firefox-esr through
 * WebDriver BiDi (puppeteer-core): serves pages on 127.0.0.1 (the Chromium harness's server),
 * installs the build as a temporary add-on (BiDi webExtension.install) and opens its popup as a
 * tab (moz-extension://UUID/popup.html?tab=ID).
 *
 * Three things differ from Chromium's harness:
 * - the add-on's UUID is random per profile: the `extensions.webextensions.uuids` pref fixes it, so
 *   extension pages have a known address;
 * - BiDi refuses to navigate a tab to a moz-extension:// URL unless Firefox runs with
 *   --remote-allow-system-access, and then BiDi never reports such a navigation done:
 *   `openExtensionPage` starts it and waits for the document;
 * - there is no service worker to ask for tab ids: an extension page (the lookup page, opened for
 *   the question) asks `browser.tabs.query`.
 * Every request is recorded twice, from launch on: BiDi's network events for the whole session, and
 * a proxy that Firefox sends every request for another host than 127.0.0.1 or localhost to (it also
 * sees the background page's requests, which BiDi does not report).
 * Site access: the e2e manifest lists 127.0.0.1 and localhost in host_permissions, which Firefox
 * grants to a temporary add-on at install (checked in lifecycle.test.ts).
 */
import { randomUUID } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import puppeteer, { type Browser as Puppeteer, type Page } from 'puppeteer-core';
import { afterAll, beforeAll } from 'vitest';
import { serve, type Site } from '../browser/harness';

export { FIXTURES, type Site } from '../browser/harness';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const EXTENSION_DIR = resolve('.output/firefox-mv3-e2e');
export const ADDON_ID = 'hashmark@hashmark.example';

/** Under CI a missing Firefox or build is a failure; on a developer's machine the suite is skipped. */
export function firefoxAvailable(): boolean {
  const missing = [FIREFOX, join(EXTENSION_DIR, 'manifest.json')].filter((p) => !existsSync(p));
  if (!missing.length) return true;
  if (process.env.CI === 'true') throw new Error(`Firefox tests need ${missing.join(' and ')} (run .ci/run or npm test)`);
  return false;
}

/** One WebDriver BiDi network event, as Firefox sends it. */
export interface BidiRequest {
  /** the browsing context (tab) that asked; null for requests of no tab */
  context: string | null;
  request: { method: string; url: string };
}

/** What a request to a host other than 127.0.0.1/localhost looked like at the recording proxy. */
export interface ProxiedRequest {
  method: string;
  /** `host:port` for CONNECT (https), the absolute URL otherwise */
  target: string;
}

export interface Firefox {
  puppeteer: Puppeteer;
  /** the add-on's moz-extension:// origin, with a trailing slash */
  origin: string;
  /** the Firefox version, as BiDi reports it */
  version: string;
  /** every request BiDi reported, from launch on */
  requests: BidiRequest[];
  /** every request that reached the proxy: all traffic to other hosts, the add-on's background page included */
  proxied: ProxiedRequest[];
  /** the browsing context id of a page */
  contextOf(page: Page): string;
  /** starts a navigation without waiting for it (BiDi's own wait never ends for moz-extension:// pages) */
  navigate(page: Page, url: string): Promise<void>;
  close(): Promise<void>;
}

/** puppeteer's BiDi connection (not part of its typed API): raw commands, and every event of the session */
interface BidiConnection {
  send(method: 'browsingContext.navigate', params: { context: string; url: string; wait: 'none' }): Promise<unknown>;
  send(method: 'webExtension.install', params: { extensionData: { type: 'path'; path: string }; 'moz:allowPrivateBrowsing': boolean }): Promise<unknown>;
  on(event: 'network.beforeRequestSent', listener: (params: BidiRequest) => void): void;
}

/** A tab's BiDi browsing context id: puppeteer keeps it as its frame's id (not in its typed API). */
const browsingContextOf = (page: Page) => (page.mainFrame() as unknown as { _id: string })._id;

/** A proxy that records and refuses: Firefox sends it everything not bound for 127.0.0.1 or localhost. */
async function recordingProxy(proxied: ProxiedRequest[]): Promise<{ port: number; close(): Promise<void> }> {
  const server: Server = createServer((req, res) => {
    proxied.push({ method: req.method ?? '?', target: req.url ?? '' });
    res.writeHead(403).end();
  });
  server.on('connect', (req: { url?: string }, socket: { destroy(): void }) => {
    proxied.push({ method: 'CONNECT', target: req.url ?? '' });
    socket.destroy();
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { port, close: () => new Promise((ok) => server.close(() => ok())) };
}

/**
 * Firefox with the e2e build installed as a temporary add-on, every request recorded; `prefs` add to
 * the profile's. `allowPrivateBrowsing`: the add-on may run in private windows, as if the reader had
 * allowed it in about:addons (Firefox's default for a new add-on is not to).
 */
export async function launch(prefs: Record<string, string | number | boolean> = {}, { allowPrivateBrowsing = false } = {}): Promise<Firefox> {
  const profile = mkdtempSync(join(tmpdir(), 'hashmark-firefox-'));
  const proxied: ProxiedRequest[] = [];
  const proxy = await recordingProxy(proxied);
  const uuid = randomUUID();
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless: true,
    userDataDir: profile,
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [ADDON_ID]: uuid }),
      // navigator.clipboard.readText for the tests, without Firefox's paste prompt
      'dom.events.testing.asyncClipboard': true,
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxy.port,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxy.port,
      'network.proxy.share_proxy_settings': false,
      'network.proxy.no_proxies_on': '',
      'network.proxy.allow_hijacking_localhost': false,
      ...prefs,
    },
  });
  const requests: BidiRequest[] = [];
  const bidi = (browser as unknown as { connection: BidiConnection }).connection;
  // puppeteer subscribes to BiDi's network module for the whole session: every request, those of no tab included
  bidi.on('network.beforeRequestSent', (e) =>
    requests.push({ context: e.context, request: { method: e.request.method, url: e.request.url } }),
  );
  await bidi.send('webExtension.install', { extensionData: { type: 'path', path: EXTENSION_DIR }, 'moz:allowPrivateBrowsing': allowPrivateBrowsing });
  return {
    puppeteer: browser,
    origin: `moz-extension://${uuid}/`,
    version: await browser.version(),
    requests,
    proxied,
    contextOf: browsingContextOf,
    navigate: async (page, url) => void (await bidi.send('browsingContext.navigate', { context: browsingContextOf(page), url, wait: 'none' })),
    async close() {
      await browser.close();
      await proxy.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/**
 * For a test file: the test server (with the pages `setup` adds) and one Firefox, started before its
 * tests and stopped after them. Read `firefox` and `site` inside tests and hooks.
 */
export function useFirefox(
  setup: (site: Site) => void = () => undefined,
  prefs: Record<string, string | number | boolean> = {},
  options: { allowPrivateBrowsing?: boolean } = {},
): { readonly firefox: Firefox; readonly site: Site } {
  let firefox: Firefox | undefined;
  let site: Site | undefined;
  beforeAll(async () => {
    site = await serve();
    setup(site);
    firefox = await launch(prefs, options);
  });
  afterAll(async () => {
    await firefox?.close();
    await site?.close();
  });
  return {
    get firefox() {
      if (!firefox) throw new Error('Firefox is not running (outside a test?)');
      return firefox;
    },
    get site() {
      if (!site) throw new Error('the test server is not running (outside a test?)');
      return site;
    },
  };
}

/** Opens a page and waits until Hashmark has painted it (or decided not to). */
export async function openAnnotated(firefox: Firefox, url: string): Promise<Page> {
  const page = await firefox.puppeteer.newPage();
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-hashmark'), { timeout: 30_000 });
  return page;
}

/**
 * Opens one of the add-on's pages in a new tab. The navigation moves the tab into the extension
 * process, and BiDi never reports it done (or reports the frame detached): wait for the document.
 */
export async function openExtensionPage(firefox: Firefox, path: string): Promise<Page> {
  const page = await firefox.puppeteer.newPage();
  const url = `${firefox.origin}${path}`;
  await firefox.navigate(page, url);
  await page.waitForFunction((u) => location.href === u && document.readyState === 'complete', {}, url);
  return page;
}

export const openPopup = (firefox: Firefox, tabId: number) => openExtensionPage(firefox, `popup.html?tab=${tabId}`);

interface TabsApi {
  browser: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };
}

/** The tab id Firefox gave a page, asked of an extension page. */
export async function tabIdOf(firefox: Firefox, page: Page): Promise<number> {
  const asker = await openExtensionPage(firefox, 'lookup.html');
  const url = page.url();
  const id = await asker.evaluate(async (u) => {
    const tabs = await (globalThis as unknown as TabsApi).browser.tabs.query({});
    return tabs.find((t) => t.url === u)?.id ?? -1;
  }, url);
  await asker.close();
  return id;
}

/** The article's visible text, for "highlighting changes no text" checks. */
export const pageText = (page: Page) => page.evaluate(() => document.body.innerText);

/** Opens every section of the popup as a reader does, by its summary (they start closed unless left open). */
export async function openSections(popup: Page): Promise<void> {
  for (const section of await popup.$$('details[data-section]')) {
    if (await section.evaluate((d) => (d as HTMLDetailsElement).open)) continue;
    await (await section.$('summary'))!.click();
    await popup.waitForFunction((d) => (d as HTMLDetailsElement).open && !!d.querySelector('.section-body'), {}, section);
  }
}
