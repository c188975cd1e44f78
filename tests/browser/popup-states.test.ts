/** The popup's states a reader meets: not an article (and annotating it anyway). */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { browserAvailable, launch, openPopup, openSection, serve, tabIdOf, type Browser, type Site } from './harness';

const NOT_AN_ARTICLE = `<!doctype html><html><head><title>Sign in</title></head><body>
<nav><a href="/">Home</a> <a href="/pricing">Pricing</a></nav>
<form><label>Email <input name="email"></label><button>Sign in</button></form>
<p>Binance and Europol</p></body></html>`;

describe.skipIf(!browserAvailable())('popup states', () => {
  let browser: Browser;
  let site: Site;
  beforeAll(async () => {
    site = await serve();
    site.pages.set('/login', NOT_AN_ARTICLE);
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it('says a page is not an article, highlights nothing, and can annotate it anyway', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${site.origin}/login`);
    const popup = await openPopup(browser, await tabIdOf(browser, page));
    await popup.getByText('does not look like a news article').waitFor();
    expect(await page.locator('hashmark-mark').count()).toBe(0);
    expect(await page.locator('input[name=email]').inputValue()).toBe('');

    await popup.getByRole('button', { name: 'Annotate anyway' }).click();
    await popup.locator('[data-ready]').waitFor();
    await openSection(popup, 'names');
    expect(await popup.locator('.entities li').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('Europol')]));
    await page.waitForFunction(() => document.querySelectorAll('hashmark-mark').length >= 1);
    // form controls are never touched
    expect(await page.$$eval('form hashmark-mark', (m) => m.length)).toBe(0);
  });
});
