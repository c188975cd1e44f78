/**
 * Sanctions screening in the page, offline: on an article that names listed and unlisted addresses and
 * services, exactly the listed addresses carry data-flag="sanctioned", a flagged highlight's card names the
 * list, the entry and the date with its official source, and nothing leaves the browser meanwhile.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Request } from 'playwright-core';
import { browserAvailable, launch, openAnnotated, serve, type Browser, type Site } from './harness';

const LISTED = {
  lazarus: '0x098B716B8Aaf21512996dC57EB0615e2383E2f96', // EIP-55 form; OFAC lists it in lower case
  andreyevBtc: '1Fz29BQp82pE3vXXcsZoMNQ3KSHfMzfMe3',
};
const UNLISTED = {
  eth: '0xde0B295669a9FD93d5F28D9Ec85E40f4cb697BAe',
  btc: '1BoatSLRHtKNngkdXEeobR76b53LETtpyT',
};

const ARTICLE = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Stolen funds traced through sanctioned wallets</title>
<meta property="og:type" content="article"></head><body><article><h1>Stolen funds traced through sanctioned wallets</h1>
<p>Blockchain investigators said on Monday that part of the $12 million taken from a lending protocol last week moved to ${LISTED.lazarus}, a wallet the researchers tied to North Korean hackers.</p>
<p>A smaller share of the bitcoin was sent to ${LISTED.andreyevBtc}, an address that appears in an earlier enforcement action, and some of it went on through Garantex before it reached exchanges in Asia.</p>
<p>The protocol's own treasury at ${UNLISTED.eth} was not touched, its developers said, and a bounty was paid from ${UNLISTED.btc} to the researcher who reported the flaw.</p>
<p>The developers said they were working with law enforcement and would publish a full account of the exploit within two weeks, after they had reviewed every transaction the attacker made.</p>
</article></body></html>`;

describe.skipIf(!browserAvailable())('sanctions screening in the page', () => {
  let browser: Browser;
  let site: Site;
  const requests: string[] = [];
  const record = (r: Request) => requests.push(r.url());
  beforeAll(async () => {
    site = await serve();
    site.pages.set('/sanctions', ARTICLE);
    browser = await launch();
    browser.context.on('request', record);
  });
  afterAll(async () => {
    browser?.context.off('request', record);
    await browser?.close();
    await site?.close();
  });

  it('flags exactly the listed addresses, and the card names the entry with its source', async () => {
    const page = await openAnnotated(browser, `${site.origin}/sanctions`);
    const addressMarks = await page.$$eval('hashmark-mark[data-type="address"]', (marks) => marks.map((m) => [m.textContent, m.getAttribute('data-flag')] as const));
    expect(new Map(addressMarks)).toEqual(
      new Map([
        [LISTED.lazarus, 'sanctioned'],
        [LISTED.andreyevBtc, 'sanctioned'],
        [UNLISTED.eth, null],
        [UNLISTED.btc, null],
      ]),
    );
    // a listed service named in the prose is marked too
    expect(await page.$$eval('hashmark-mark[data-flag="sanctioned"]:not([data-type="address"])', (m) => m.map((x) => x.textContent))).toContain('Garantex');

    await page.focus(`hashmark-mark[data-type="address"][data-flag="sanctioned"][data-first]`);
    const card = page.locator('hashmark-ui .card');
    await card.waitFor({ state: 'visible' });
    await expect.poll(() => card.textContent()).toContain('Listed on OFAC SDN as LAZARUS GROUP since');
    const source = card.locator('a', { hasText: 'Official source' });
    expect(await source.getAttribute('href')).toMatch(/^https:\/\/(home\.)?treasury\.gov\//);

    // an unlisted address's card says nothing of a list (wait for the card to show that address: the
    // listed address's card also says "checksum valid")
    const unlisted = page.locator('hashmark-mark[data-type="address"]:not([data-flag])[data-first]').first();
    const unlistedText = (await unlisted.textContent())!;
    await unlisted.focus();
    await expect.poll(() => card.textContent()).toContain(unlistedText);
    expect(await card.textContent()).toContain('checksum valid');
    expect(await card.textContent()).not.toContain('Listed on');
    await page.close();

    const foreign = requests.filter((u) => !u.startsWith(site.origin) && !u.startsWith('chrome-extension://') && !u.startsWith('data:'));
    expect(foreign).toEqual([]);
  }, 60_000);
});
