/**
 * The in-page experience in Chromium: annotation on request, the highlight toggle, the
 * hover card, late-loading articles, single-page-app navigation, the opt-out attribute,
 * and editable and code regions left alone.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { paragraphs, regionsPage, testPage as page } from '../fixtures/test-pages';
import { browserAvailable, launch, openAnnotated, openPopup, serve, tabIdOf, type Browser, type Site } from './harness';

const KUCOIN = paragraphs('kucoin-2020.html');
const ALPHABAY = paragraphs('alphabay-2017.html');

const marksIn = (p: Page, selector: string) => p.$$eval(`${selector} hashmark-mark`, (m) => m.length);

describe.skipIf(!browserAvailable())('in-page experience', () => {
  let browser: Browser;
  let site: Site;
  beforeAll(async () => {
    site = await serve();
    site.pages.set('/article', page(`<article><h1>KuCoin hack</h1>${KUCOIN}</article>`));
    site.pages.set('/regions', regionsPage(KUCOIN));
    site.pages.set('/late', page(`<main id="root"><p>Loading…</p></main><script>
      setTimeout(() => { document.getElementById('root').innerHTML = ${JSON.stringify(`<article><h1>KuCoin hack</h1>${KUCOIN}</article>`)}; }, 1200);
    </script>`, ''));
    site.pages.set('/spa', page(`<article id="story"><h1>KuCoin hack</h1>${KUCOIN}</article>
      <button id="next">Next story</button><script>
      document.getElementById('next').onclick = () => {
        history.pushState({}, '', '/spa/alphabay');
        document.getElementById('story').innerHTML = ${JSON.stringify(`<h1>AlphaBay shut</h1>${ALPHABAY}`)};
      };
    </script>`));
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('annotates a site without automatic annotation only when the reader asks', async () => {
    const tab = await browser.context.newPage();
    const url = `${site.origin.replace('127.0.0.1', 'localhost')}/article`;
    await tab.goto(url);
    await tab.waitForTimeout(1500);
    expect(await tab.locator('hashmark-mark').count()).toBe(0);
    const popup = await openPopup(browser, await tabIdOf(browser, tab));
    await popup.waitForSelector('[data-ready]');
    await tab.waitForFunction(() => document.querySelectorAll('hashmark-mark').length > 20);
    expect(Number(await tab.getAttribute('html', 'data-hashmark'))).toBeGreaterThan(20);
    await popup.close();
    await tab.close();
  });

  it('hides and shows every highlight from the popup switch, and announces it', async () => {
    const tab = await openAnnotated(browser, `${site.origin}/article`);
    const popup = await openPopup(browser, await tabIdOf(browser, tab));
    const toggle = popup.getByRole('switch');
    await toggle.click();
    await tab.waitForFunction(() => [...document.querySelectorAll('hashmark-mark')].every((m) => m.hasAttribute('data-off')));
    await tab.waitForFunction(() => document.querySelector('hashmark-ui')?.shadowRoot?.querySelector('[aria-live]')?.textContent === 'Hashmark highlights hidden');
    const background = await tab.$eval('hashmark-mark', (m) => getComputedStyle(m).backgroundColor);
    expect(background).toBe('rgba(0, 0, 0, 0)');
    await toggle.click();
    await tab.waitForFunction(() => [...document.querySelectorAll('hashmark-mark')].every((m) => !m.hasAttribute('data-off')));
    expect(await tab.$eval('hashmark-mark', (m) => getComputedStyle(m).backgroundColor)).not.toBe('rgba(0, 0, 0, 0)');
    await popup.close();
    await tab.close();
  });

  it('shows a card with what a highlight means on hover and on keyboard focus; Escape closes it', async () => {
    const tab = await openAnnotated(browser, `${site.origin}/article`);
    const card = tab.locator('hashmark-ui #hashmark-card');
    await tab.hover('hashmark-mark[data-type="money"]');
    await expect.poll(() => card.isVisible()).toBe(true);
    expect(await card.textContent()).toMatch(/Money.*means [\d,]+ USD/);
    await tab.mouse.move(0, 0);
    await tab.locator('hashmark-mark[data-type="threat"][data-first]').first().focus();
    await expect.poll(() => card.textContent()).toMatch(/Threat or group.*Lazarus Group.*indexed incident/);
    await tab.keyboard.press('Escape');
    await expect.poll(() => card.isVisible()).toBe(false);
    // reachable with Tab: highlights are in the page's focus order
    expect(await tab.locator('hashmark-mark[tabindex="0"]').count()).toBeGreaterThan(10);
    await tab.close();
  });

  it('cites a single figure from its card: sentence, value, citation and a link to the passage', async () => {
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const tab = await openAnnotated(browser, `${site.origin}/articles/kucoin-2020.html`);
    const mark = tab.locator('hashmark-mark[data-type="money"][data-first]').first();
    const written = (await mark.textContent())!;
    await mark.hover();
    const button = tab.locator('hashmark-ui button', { hasText: 'Cite this fact' });
    await button.waitFor();
    await button.click();
    await tab.locator('hashmark-ui button', { hasText: 'Copied' }).waitFor({ timeout: 15_000 });
    const cited = await tab.evaluate(() => navigator.clipboard.readText());
    expect(cited).toMatch(/^> ".+" — \[.+\]\(http.+#:~:text=.+\) \([\d,]+ USD\)$/);
    expect(cited).toContain(written);

    // a name, as structured data
    const agency = tab.locator('hashmark-mark[data-type="agency"][data-first]').first();
    await tab.mouse.move(0, 0);
    await agency.hover();
    await tab.locator('hashmark-ui button', { hasText: 'Copy as JSON' }).click();
    await tab.locator('hashmark-ui button', { hasText: 'Copied' }).waitFor({ timeout: 15_000 });
    const fact = JSON.parse(await tab.evaluate(() => navigator.clipboard.readText())) as { kind: string; entityType: string; claim: string; sentence: string; fragmentUrl: string; csl: { type: string } };
    expect(fact).toMatchObject({ kind: 'entity', entityType: 'agency', claim: await agency.textContent(), csl: { type: 'article-newspaper' } });
    expect(fact.sentence).toContain(fact.claim);
    expect(fact.fragmentUrl).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/articles\/kucoin-2020\.html#:~:text=/);
    await tab.close();
  });

  it('annotates an article that loads late, once, without duplicate highlights', async () => {
    const tab = await browser.context.newPage();
    await tab.goto(`${site.origin}/late`);
    await tab.waitForFunction(() => Number(document.documentElement.getAttribute('data-hashmark')) > 20, undefined, { timeout: 20_000 });
    await tab.waitForTimeout(1500);
    expect(await tab.$$eval('hashmark-mark hashmark-mark', (m) => m.length)).toBe(0);
    const count = Number(await tab.getAttribute('html', 'data-hashmark'));
    const spans = await tab.$$eval('hashmark-mark[data-first]', (m) => m.length);
    expect(spans).toBe(count);
    await tab.close();
  });

  it('follows a single-page-app navigation to the next story', async () => {
    const tab = await openAnnotated(browser, `${site.origin}/spa`);
    expect(await tab.locator('hashmark-mark', { hasText: 'KuCoin' }).count()).toBeGreaterThan(0);
    await tab.click('#next');
    await tab.waitForFunction(() => [...document.querySelectorAll('hashmark-mark')].some((m) => m.textContent === 'AlphaBay'), undefined, { timeout: 20_000 });
    expect(await tab.locator('hashmark-mark', { hasText: 'KuCoin' }).count()).toBe(0);
    expect(await tab.$$eval('hashmark-mark hashmark-mark', (m) => m.length)).toBe(0);
    await tab.close();
  });

  it('leaves opted-out, editable, form and code regions untouched', async () => {
    const tab = await openAnnotated(browser, `${site.origin}/regions`);
    for (const region of ['#ignored', '#editor', '#code', '#pre']) expect(await marksIn(tab, region), region).toBe(0);
    expect(await tab.inputValue('#notes')).toBe('The FBI said Binance lost $40 million.');
    expect(await tab.inputValue('#field')).toBe('Lazarus Group stole $281 million');
    expect(await tab.$eval('#editor', (e) => [e.childNodes.length, e.textContent])).toEqual([1, 'The FBI and Europol said Binance lost $40 million to the Lazarus Group.']);
    expect(await tab.locator('article > p hashmark-mark').count()).toBeGreaterThan(20);
    await tab.close();
  });
});
