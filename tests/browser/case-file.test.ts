/**
 * The case file in the real extension: three fixture articles read in Chromium are recorded, connected
 * (a name in two of them, the third's card), annotated by the reader (tags, note, a quote) and still
 * there after a browser restart on the same profile; a backup restores it after everything is deleted; and the
 * extension asks nothing of the network.
 *
 * Private windows: a headless persistent context cannot open an incognito window, and Chromium does not
 * run an extension there unless the reader allows it; they are tested in Firefox
 * (tests/firefox/private-window.test.ts).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page, Request } from 'playwright-core';
import { browserAvailable, FIXTURES, launch, openAnnotated, openPopup, serve, tabIdOf, type Browser, type Site } from './harness';

// AlphaBay is named by the first two; the FBI by all three
const FIRST = 'alphabay-2017.html';
const SECOND = 'bitcoin-fog.html';
const THIRD = 'bitconnect.html';
const QUOTE_PAGE = THIRD;

/** Requests the extension made (its pages and its worker) that leave the browser. */
function offMachine(request: Request): string | null {
  const url = request.url();
  if (/^(chrome-extension|data|blob):/.test(url)) return null;
  const worker = request.serviceWorker();
  const frameUrl = worker ? worker.url() : (() => {
    try {
      return request.frame().url();
    } catch {
      return '';
    }
  })();
  if (frameUrl.startsWith('chrome-extension://')) return `${frameUrl}: ${request.method()} ${url}`;
  // an article page: its own server, or the fixtures' own links to *.example hosts (which do not resolve)
  const host = new URL(url).hostname;
  return host === '127.0.0.1' || host.endsWith('.example') ? null : `page ${frameUrl}: ${request.method()} ${url}`;
}

describe.skipIf(!browserAvailable())('the case file', () => {
  let site: Site;
  let browser: Browser;
  let profile: string;
  const leaks: string[] = [];
  const watch = (b: Browser) => b.context.on('request', (r) => {
    const leak = offMachine(r);
    if (leak) leaks.push(leak);
  });
  const research = (b: Browser, path = '/research.html') => `chrome-extension://${b.extensionId}${path}`;

  /** Opens the case file's page once it lists `count` articles (recording follows each annotation). */
  async function caseFileWith(b: Browser, count: number): Promise<Page> {
    const page = await b.context.newPage();
    const want = `${count} article${count === 1 ? '' : 's'}`;
    for (let attempt = 0; attempt < 60; attempt++) {
      await page.goto(research(b));
      const line = page.locator('.count-line');
      await line.or(page.locator('.empty')).first().waitFor();
      if ((await line.count()) && (await line.textContent())!.startsWith(want)) return page;
      await page.waitForTimeout(250);
    }
    throw new Error(`the case file never listed ${want}`);
  }

  beforeAll(async () => {
    site = await serve();
    profile = mkdtempSync(join(tmpdir(), 'hashmark-casefile-'));
    browser = await launch({ profileDir: profile });
    watch(browser);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  it('records each article read; a name in two shows "2 articles", and the third article’s card knows the other two', async () => {
    for (const name of [FIRST, SECOND]) await (await openAnnotated(browser, `${site.origin}/articles/${name}`)).close();
    const two = await caseFileWith(browser, 2);
    await two.close();

    const third = await openAnnotated(browser, `${site.origin}/articles/${THIRD}`);
    await third.locator('hashmark-mark', { hasText: /^FBI$/ }).first().hover();
    const card = third.locator('#hashmark-card');
    await expect.poll(() => card.textContent()).toContain('in 2 other articles you read');

    // the card's button opens the case file on that name
    const opened = browser.context.waitForEvent('page');
    await card.getByRole('button', { name: 'Open in case file' }).click();
    const filtered = await opened;
    await filtered.waitForLoadState();
    expect(decodeURIComponent(filtered.url())).toContain('research.html?q=FBI');
    await expect.poll(() => filtered.locator('.count-line').textContent()).toMatch(/^3 articles match/);
    await filtered.close();
    await third.close();

    const page = await caseFileWith(browser, 3);
    expect(await page.locator('table.articles tbody tr:not(.details)').count()).toBe(3);
    await page.getByRole('tab', { name: 'Names' }).click();
    const alphabay = page.locator('.entries li', { has: page.locator('strong', { hasText: /^AlphaBay$/ }) });
    await expect.poll(() => alphabay.locator('.count').textContent()).toBe('2 articles');
    await page.close();
  });

  it('keeps tags, a note and a selection quote across a browser restart', async () => {
    const article = await openAnnotated(browser, `${site.origin}/articles/${QUOTE_PAGE}`);
    const tabId = await tabIdOf(browser, article);
    const selection = (await article.locator('article p, main p').first().textContent())!.trim().split(/(?<=\.)\s/)[0]!;
    const page = await caseFileWith(browser, 3);
    // what the context menu's "Add to case file" does with a selection, asked the way the popup asks
    const reply = await page.evaluate(
      ([tab, text]) => (globalThis as unknown as { chrome: { runtime: { sendMessage(m: unknown): Promise<{ added: boolean; message: string }> } } })
        .chrome.runtime.sendMessage({ hashmark: 'popup:add-to-case-file', data: { tabId: tab, selection: text } }),
      [tabId, selection] as const,
    );
    expect(reply).toEqual({ added: true, message: 'Added to your case file, with the quote.' });

    await page.reload();
    const row = page.locator('table.articles tbody tr', { hasText: /BitConnect/i }).first();
    await row.getByRole('button').first().click();
    await page.getByLabel('Tags (comma-separated)').fill('ponzi, follow-up');
    await page.getByLabel('Note').fill('Compare the restitution figures with the SEC complaint.');
    await page.getByRole('button', { name: 'Save tags and note' }).click();
    await expect.poll(() => page.locator('.row-actions [aria-live]').textContent()).not.toBe('');
    await article.close();
    await browser.close();

    browser = await launch({ profileDir: profile });
    watch(browser);
    const again = await caseFileWith(browser, 3);
    const reopened = again.locator('table.articles tbody tr', { hasText: /BitConnect/i }).first();
    await expect.poll(() => reopened.textContent()).toContain('follow-up');
    await reopened.getByRole('button').first().click();
    expect(await again.getByLabel('Tags (comma-separated)').inputValue()).toBe('ponzi, follow-up');
    expect(await again.getByLabel('Note').inputValue()).toBe('Compare the restitution figures with the SEC complaint.');
    const quote = again.locator('.quotes li').first();
    await expect.poll(() => quote.locator('blockquote').textContent()).toBe(selection.replace(/\s+/g, ' '));
    expect(await quote.getByRole('link', { name: 'open at the quote' }).getAttribute('href')).toContain(`${site.origin}/articles/${QUOTE_PAGE}#:~:text=`);
    await again.close();
  });

  it('the popup says when the case file has other articles about the incident, and opens the case file', async () => {
    // the first article again at another address: another article about the same incident
    site.pages.set('/elsewhere/story.html', readFileSync(join(FIXTURES, FIRST), 'utf8'));
    const copy = await openAnnotated(browser, `${site.origin}/elsewhere/story.html`);
    const popup = await openPopup(browser, await tabIdOf(browser, copy));
    await popup.waitForSelector('[data-ready]');
    const note = popup.getByRole('region', { name: 'Case file' });
    await expect.poll(() => note.textContent()).toContain('Your case file has 1 other article about this incident.');
    const opened = browser.context.waitForEvent('page');
    await note.getByRole('button', { name: 'Open case file' }).click();
    const page = await opened;
    await page.waitForLoadState();
    expect(page.url()).toBe(research(browser, '/research.html#incidents'));
    await expect.poll(() => page.locator('.entries li', { hasText: 'AlphaBay' }).first().locator('.count').textContent()).toBe('2 articles');
    await Promise.all([page.close(), popup.close(), copy.close()]);
  });

  it('backs up everything, deletes it all, and restores the same case file from the backup', async () => {
    const page = await caseFileWith(browser, 4);
    const rows = () => page.locator('table.articles tbody tr:not(.details)').evaluateAll((trs) => trs.map((tr) => (tr as HTMLElement).innerText.replace(/\s+/g, ' ').trim()).sort());
    const before = await rows();
    expect(before).toHaveLength(4);

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Back up everything (JSON)' }).click();
    const backup = await (await download).path();
    expect(JSON.parse(readFileSync(backup, 'utf8'))).toBeTruthy();

    await page.locator('summary', { hasText: 'Recording settings and deleting everything' }).click();
    await page.getByRole('button', { name: 'Delete the whole case file…' }).click();
    await page.getByRole('button', { name: 'Yes, delete everything' }).click();
    await page.locator('.empty', { hasText: 'Your case file is empty' }).waitFor();

    await page.locator('input[type="file"]').setInputFiles(backup);
    await expect.poll(() => page.locator('.export-menu').textContent()).toContain('Imported: 4 new articles');
    await page.reload();
    await page.locator('.count-line').waitFor();
    expect(await rows()).toEqual(before);
    // the reader's own work comes back with the articles
    const row = page.locator('table.articles tbody tr', { hasText: /BitConnect/i }).first();
    await expect.poll(() => row.textContent()).toContain('follow-up');
    await page.close();
  });

  it('asks nothing of the network', () => {
    expect(leaks).toEqual([]);
  });
});
