/**
 * The lookup page's sanctions screening, in the real build: pasted lines are answered listed (with
 * the entry and its official source), formerly listed or not listed, with the lists' date and limits,
 * and the result exports as CSV (copied and downloaded). Screenshots, light and dark, go to /tmp/popup-shots/.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { SANCTIONS_AS_OF, sanctionedAddresses } from '@/lib/sanctions/data';
import { SCREENING_CSV_COLUMNS } from '@/lib/sanctions/screen';
import { SCREENING_LIMITS } from '@/lib/sanctions/describe';
import { browserAvailable, launch, type Browser } from './harness';
import { lowContrastTexts } from './contrast';

const SHOTS = '/tmp/popup-shots';
const rows = sanctionedAddresses();
const listed = rows.find((r) => r.entry.removedOn === null && r.chain === 'ethereum')!;
const formerly = rows.find((r) => r.entry.removedOn !== null)!;
// a well-formed EVM address one digit away from a listed one: screening never matches by likeness
const unlisted = `${listed.address.slice(0, -1)}${listed.address.endsWith('0') ? '1' : '0'}`;
const PASTED = [listed.address.toLowerCase(), formerly.address, unlisted, 'Tornado', listed.entry.name].join('\n');

describe.skipIf(!browserAvailable())('lookup page: sanctions screening', () => {
  let browser: Browser;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    browser = await launch();
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function screened(scheme: 'light' | 'dark'): Promise<Page> {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 800, height: 900 });
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`chrome-extension://${browser.extensionId}/lookup.html`);
    await page.getByLabel('One address or name per line').fill(PASTED);
    await page.getByRole('button', { name: 'Screen', exact: true }).click();
    await page.locator('.screening tbody tr').first().waitFor();
    return page;
  }

  it('answers each line listed, formerly listed or not listed, with the entry, its source, the lists\' date and limits', async () => {
    const page = await screened('light');
    const verdicts = await page.locator('.screening tbody tr').evaluateAll((trs) => trs.map((tr) => tr.getAttribute('data-verdict')));
    expect(verdicts).toEqual(['listed', 'formerly-listed', 'not-listed', 'not-listed', 'listed']);
    const first = page.locator('.screening tbody tr').first();
    expect(await first.textContent()).toContain(listed.entry.name);
    if (listed.entry.listedOn) expect(await first.textContent()).toContain(listed.entry.listedOn);
    const source = first.getByRole('link', { name: /Official source/ });
    expect(await source.getAttribute('href')).toBe(listed.entry.source);
    expect(await source.getAttribute('target')).toBe('_blank');
    expect(await page.locator('.screening tbody tr').nth(1).textContent()).toContain(`${formerly.entry.removedOn}`);
    expect(await page.locator('.screening tbody tr').nth(1).textContent()).toContain('Formerly listed');
    const notes = (await page.locator('.screening .limits').textContent())!;
    expect(notes).toContain(SANCTIONS_AS_OF);
    expect(notes).toContain(SCREENING_LIMITS);
    expect(await page.getByRole('status').filter({ hasText: 'screened' }).textContent()).toBe('5 screened: 2 listed, 1 formerly listed, 2 not listed.');
    expect(await page.evaluate(lowContrastTexts, 900)).toEqual([]);
    await page.screenshot({ path: `${SHOTS}/lookup-screening-light.png`, fullPage: true });

    // the CSV, copied and downloaded: one row per listing, one per line no list names
    await page.evaluate(() => navigator.clipboard.writeText(''));
    await page.getByRole('button', { name: 'Copy CSV', exact: true }).click();
    await page.waitForFunction(() => navigator.clipboard.readText().then((t) => t.length > 0));
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    const lines = copied.split('\r\n').filter(Boolean);
    expect(lines[0]).toBe(SCREENING_CSV_COLUMNS.join(','));
    expect(lines.length).toBeGreaterThanOrEqual(6);
    expect(lines.find((l) => l.startsWith(unlisted))).toMatch(/,address,not-listed,/);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^hashmark-screening-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(readFileSync((await download.path())!, 'utf8')).toBe(copied);
    await page.close();
  });

  it('meets AA contrast in dark mode too', async () => {
    const page = await screened('dark');
    await page.screenshot({ path: `${SHOTS}/lookup-screening-dark.png`, fullPage: true });
    expect(await page.evaluate(lowContrastTexts, 900)).toEqual([]);
    await page.close();
  });
});
