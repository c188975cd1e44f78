/**
 * Drives the real e2e build (`npm run build:e2e`) in Debian's Chromium: serves pages on
 * 127.0.0.1, loads the extension, and opens its popup as a tab (popup.html?tab=ID).
 */
import { createServer, type Server } from 'node:http';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const EXTENSION_DIR = resolve('.output/chrome-mv3-e2e');
export const FIXTURES = resolve('tests/fixtures/articles');

/** Under CI a missing browser or build is a failure; on a developer's machine the suite is skipped. */
export function browserAvailable(): boolean {
  const missing = [CHROMIUM, join(EXTENSION_DIR, 'manifest.json')].filter((p) => !existsSync(p));
  if (!missing.length) return true;
  if (process.env.CI === 'true') throw new Error(`browser tests need ${missing.join(' and ')} (run .ci/run or npm test)`);
  return false;
}

const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.txt': 'text/plain; charset=utf-8', '.json': 'application/json' };

export interface Site {
  origin: string;
  /** serve extra pages from memory: path → html */
  pages: Map<string, string>;
  close(): Promise<void>;
}

/** Fixture files under /articles/NAME, plus pages a test registers in memory. */
export async function serve(): Promise<Site> {
  const pages = new Map<string, string>();
  const server: Server = createServer((req, res) => {
    const path = decodeURIComponent((req.url ?? '/').split('?')[0]!);
    const inline = pages.get(path);
    if (inline !== undefined) {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(inline);
      return;
    }
    const file = join(FIXTURES, path.replace(/^\/articles\//, ''));
    if (path.startsWith('/articles/') && file.startsWith(FIXTURES) && existsSync(file)) {
      res.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
      res.end(readFileSync(file));
      return;
    }
    res.writeHead(404).end('not found');
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return { origin: `http://127.0.0.1:${port}`, pages, close: () => new Promise((ok) => server.close(() => ok())) };
}

export interface Browser {
  context: BrowserContext;
  extensionId: string;
  close(): Promise<void>;
}

/**
 * Chromium with the e2e build loaded; `recordHar` records every request from the first one on.
 * `profileDir` reuses a profile (a browser restart on the same profile) and leaves it in place on close.
 */
export async function launch(options: { recordHar?: string; profileDir?: string } = {}): Promise<Browser> {
  const dir = options.profileDir ?? mkdtempSync(join(tmpdir(), 'hashmark-e2e-'));
  const context = await chromium.launchPersistentContext(dir, {
    headless: true,
    executablePath: CHROMIUM,
    ...(options.recordHar ? { recordHar: { path: options.recordHar, content: 'omit' as const } } : {}),
    args: [
      `--disable-extensions-except=${EXTENSION_DIR}`,
      `--load-extension=${EXTENSION_DIR}`,
      '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update',
      '--disable-sync', '--no-first-run', '--disable-quic',
    ],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  const extensionId = new URL(worker.url()).host;
  return {
    context,
    extensionId,
    async close() {
      await context.close(); // also writes the HAR, when recording
      if (!options.profileDir) rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** Opens a page and waits until Hashmark has painted it (or decided not to). */
export async function openAnnotated(browser: Browser, url: string): Promise<Page> {
  const page = await browser.context.newPage();
  await page.goto(url);
  await page.waitForFunction(() => document.documentElement.hasAttribute('data-hashmark'), undefined, { timeout: 30_000 });
  return page;
}

interface ChromeTabs {
  chrome: { tabs: { query(q: object): Promise<{ id?: number; url?: string }[]> } };
}

/** The tab id Chrome gave a page, asked of the extension's service worker. */
export async function tabIdOf(browser: Browser, page: Page): Promise<number> {
  const worker = browser.context.serviceWorkers()[0]!;
  const url = page.url();
  return worker.evaluate(async (u: string) => {
    const tabs = await (globalThis as unknown as ChromeTabs).chrome.tabs.query({});
    return tabs.find((t) => t.url === u)?.id ?? -1;
  }, url);
}

export async function openPopup(browser: Browser, tabId: number): Promise<Page> {
  const popup = await browser.context.newPage();
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabId}`);
  return popup;
}

/** Opens a section of the popup (a <details>) unless the reader left it open, and waits for its body, drawn the first time it opens. */
export async function openSection(popup: Page, id: string): Promise<void> {
  const details = popup.locator(`details[data-section=${id}]`);
  if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) await details.locator('summary').click();
  await details.locator('.section-body').waitFor();
}

/** The article's visible text, for "highlighting changes no text" checks. */
export const pageText = (page: Page) => page.evaluate(() => document.body.innerText);
