/**
 * The in-page experience in Firefox: the card by keyboard, a fact cited from it, a section that
 * loads late, annotation on request where it is not automatic, and the regions Hashmark must
 * never touch (the opt-out attribute, editable regions, form fields, code editors, <pre> blocks).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { paragraphs, regionsPage, testPage as html } from '../fixtures/test-pages';
import { firefoxAvailable, openAnnotated, openPopup, tabIdOf, useFirefox, openSections } from './harness';

const KUCOIN = paragraphs('kucoin-2020.html');
const ALPHABAY = paragraphs('alphabay-2017.html');

interface ScriptingApi {
  browser: { scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[] }[]> } };
}

const marksIn = (page: Page, selector: string) => page.$$eval(`${selector} hashmark-mark`, (m) => m.length);
const highlightCount = (page: Page) => page.evaluate(() => Number(document.documentElement.getAttribute('data-hashmark')));
/** the card in Hashmark's shadow root: its text, or null while it is hidden */
const cardText = (page: Page) =>
  page.evaluate(() => {
    const card = document.querySelector('hashmark-ui')?.shadowRoot?.querySelector<HTMLElement>('#hashmark-card');
    return card && !card.hidden ? card.textContent : null;
  });

describe.skipIf(!firefoxAvailable())('in-page experience in Firefox', () => {
  const env = useFirefox((site) => {
    site.pages.set('/article', html(`<article><h1>KuCoin hack</h1>${KUCOIN}</article>`));
    site.pages.set('/regions', regionsPage(KUCOIN));
    // a story that arrives after the page loaded, and a second section the reader asks for
    site.pages.set('/late', html(`<main id="root"><p>Loading…</p></main><button id="load">Load</button><button id="next-part">More</button><script>
      document.getElementById('load').onclick = () => { document.getElementById('root').innerHTML = ${JSON.stringify(`<article id="story"><h1>KuCoin hack</h1>${KUCOIN}</article>`)}; };
      document.getElementById('next-part').onclick = () => {
        const section = document.createElement('section');
        section.id = 'part-two';
        section.innerHTML = ${JSON.stringify(`<h2>Earlier: AlphaBay</h2>${ALPHABAY}`)};
        document.getElementById('story').append(section);
      };
    </script>`));
  });

  it('opens a highlight’s card from the keyboard (Tab), and Escape closes it', async () => {
    const page = await openAnnotated(env.firefox, `${env.site.origin}/article`);
    // highlights are in the page's focus order: Tab reaches the first one
    let focused = false;
    for (let i = 0; i < 20 && !focused; i++) {
      await page.keyboard.press('Tab');
      focused = await page.evaluate(() => document.activeElement?.tagName === 'HASHMARK-MARK');
    }
    expect(focused).toBe(true);
    const kind = await page.evaluate(() => document.activeElement!.getAttribute('data-type'));
    await page.waitForFunction(() => {
      const card = document.querySelector('hashmark-ui')?.shadowRoot?.querySelector<HTMLElement>('#hashmark-card');
      return !!card && !card.hidden && card.textContent!.includes(document.activeElement!.textContent!);
    });
    expect(await page.evaluate(() => document.activeElement!.getAttribute('aria-describedby'))).toBe('hashmark-card');
    expect(kind).toBeTruthy();
    await page.keyboard.press('Escape');
    await page.waitForFunction(() => document.querySelector('hashmark-ui')!.shadowRoot!.querySelector<HTMLElement>('#hashmark-card')!.hidden);
    // and the next Tab moves on to the next highlight, with its own card
    await page.keyboard.press('Tab');
    await page.waitForFunction(() => document.activeElement?.tagName === 'HASHMARK-MARK');
    await page.waitForFunction(() => !document.querySelector('hashmark-ui')!.shadowRoot!.querySelector<HTMLElement>('#hashmark-card')!.hidden);
    expect(await cardText(page)).toContain(await page.evaluate(() => document.activeElement!.textContent!));
    await page.close();
  });

  it('cites a figure from its card onto the clipboard, with a link that opens at the passage', async () => {
    const page = await openAnnotated(env.firefox, `${env.site.origin}/articles/kucoin-2020.html`);
    const written = await page.$eval('hashmark-mark[data-type="money"][data-first]', (m) => m.textContent!);
    await page.hover('hashmark-mark[data-type="money"][data-first]');
    const cite = await page.waitForSelector('hashmark-ui >>> button::-p-text(Cite this fact)');
    await cite!.click();
    await page.waitForFunction(() => document.querySelector('hashmark-ui')!.shadowRoot!.querySelector('[aria-live]')?.textContent === 'Fact and citation copied to the clipboard', { timeout: 15_000 });
    const cited = await page.evaluate(() => navigator.clipboard.readText());
    expect(cited).toMatch(/^> ".+" — \[.+\]\(http.+#:~:text=.+\) \([\d,]+ USD\)$/);
    expect(cited).toContain(written);
    await page.close();

    // Firefox (131 and later) follows the link to the passage: it scrolls the cited sentence into view
    const link = /\]\((http[^)\s]+#:~:text=[^)\s]+)\)/.exec(cited)![1]!;
    const sentence = /^> "(.+?)" — /.exec(cited)![1]!;
    const reader = await env.firefox.puppeteer.newPage();
    await reader.goto(link.replace('127.0.0.1', 'localhost')); // where the e2e build does not annotate
    await reader.waitForFunction((start) => {
      const p = [...document.querySelectorAll('p')].find((e) => e.textContent!.replace(/\s+/g, ' ').includes(start));
      const box = p?.getBoundingClientRect();
      return !!box && window.scrollY > 0 && box.top >= 0 && box.bottom <= window.innerHeight;
    }, { timeout: 15_000 }, sentence.slice(0, 60));
    await reader.close();
  });

  it('annotates an article that arrives late, and again when a section loads, without duplicates', async () => {
    const page = await env.firefox.puppeteer.newPage();
    await page.goto(`${env.site.origin}/late`);
    // nothing to read yet: Hashmark decides it is not an article
    await page.click('#load');
    await page.waitForFunction(() => Number(document.documentElement.getAttribute('data-hashmark')) > 20, { timeout: 20_000 });
    expect(await marksIn(page, '#story')).toBeGreaterThan(20);
    const first = await highlightCount(page);
    await page.click('#next-part');
    await page.waitForFunction(() => document.querySelectorAll('#part-two hashmark-mark').length > 5, { timeout: 20_000 });
    await page.waitForFunction((n) => Number(document.documentElement.getAttribute('data-hashmark')) > n, {}, first);
    expect(await page.$$eval('hashmark-mark hashmark-mark', (m) => m.length)).toBe(0);
    expect(await page.$$eval('hashmark-mark[data-first]', (m) => m.length)).toBe(await highlightCount(page));
    expect(await page.$$eval('#part-two hashmark-mark', (m) => m.map((x) => x.textContent))).toContain('AlphaBay');
    await page.close();
  });

  it('annotates a site without automatic annotation only when the reader asks', async () => {
    const page = await env.firefox.puppeteer.newPage();
    await page.goto(`${env.site.origin.replace('127.0.0.1', 'localhost')}/article`);
    expect(await page.$$eval('hashmark-mark', (m) => m.length)).toBe(0);
    const popup = await openPopup(env.firefox, await tabIdOf(env.firefox, page));
    await popup.waitForSelector('[data-ready]');
    await page.waitForFunction(() => document.querySelectorAll('hashmark-mark').length > 20);
    expect(await highlightCount(page)).toBeGreaterThan(20);
    // the popup that asked shows the count of the painting it caused, not the moment before it
    expect(await popup.$eval('[data-testid="highlight-count"]', (p) => p.textContent)).toBe(`${await highlightCount(page)} highlights`);
    await popup.close();
    await page.close();
  });

  it('annotates a site the reader enabled from the popup by itself (a registered content script)', async () => {
    const localhost = env.site.origin.replace('127.0.0.1', 'localhost');
    const first = await env.firefox.puppeteer.newPage();
    await first.goto(`${localhost}/article`);
    const popup = await openPopup(env.firefox, await tabIdOf(env.firefox, first));
    await popup.waitForSelector('[data-ready]');
    await openSections(popup);
    // the e2e build holds localhost's permission already: Firefox grants the request without asking
    await popup.click('label.site-toggle input');
    await popup.waitForFunction(() => (document.querySelector('label.site-toggle input') as HTMLInputElement).checked);
    // the background registers a content script for the site (scripting.registerContentScripts)
    await popup.waitForFunction(async () => {
      const scripts = await (globalThis as unknown as ScriptingApi).browser.scripting.getRegisteredContentScripts();
      return scripts.some((script) => script.matches?.includes('http://localhost/*'));
    });
    await popup.close();
    await first.close();
    // and a page opened afterwards is annotated with no click
    const page = await env.firefox.puppeteer.newPage();
    await page.goto(`${localhost}/article`);
    await page.waitForFunction(() => Number(document.documentElement.getAttribute('data-hashmark')) > 20, { timeout: 30_000 });
    await page.close();
  });

  it('leaves opted-out, editable, form, code-editor and <pre> regions untouched', async () => {
    const page = await openAnnotated(env.firefox, `${env.site.origin}/regions`);
    for (const region of ['#ignored', '#editor', '#code', '#pre']) expect(await marksIn(page, region), region).toBe(0);
    expect(await page.$eval('#notes', (t) => (t as HTMLTextAreaElement).value)).toBe('The FBI said Binance lost $40 million.');
    expect(await page.$eval('#field', (i) => (i as HTMLInputElement).value)).toBe('Lazarus Group stole $281 million');
    expect(await page.$eval('#editor', (e) => [e.childNodes.length, e.textContent])).toEqual([1, 'The FBI and Europol said Binance lost $40 million to the Lazarus Group.']);
    expect(await page.$eval('#pre', (e) => e.childNodes.length)).toBe(1);
    expect(await page.$$eval('article > p hashmark-mark', (m) => m.length)).toBeGreaterThan(20);
    await page.close();
  });
});
