/**
 * The extension and the CLI read the same page the same way: title, authors and date from the
 * extension's annotation (the popup's JSON) against `annotate`; the body from the engine run on
 * Chromium's DOM against `annotate --text` on linkedom. The extension keeps the blocks it read in
 * its background page, which no test can reach without new messages in entrypoints/, so the body
 * side runs lib/'s detection in the browser on the same bytes instead.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { build } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Annotation } from '@/lib/schema';
import { FIXTURES, browserAvailable, launch, openAnnotated, openPopup, serve, tabIdOf, type Browser, type Site } from './harness';

const pages = readdirSync(FIXTURES).filter((f) => f.endsWith('.html'));
const cli = (...args: string[]) =>
  execFileSync('node_modules/.bin/tsx', ['scripts/cli.ts', ...args], { encoding: 'utf8', maxBuffer: 1 << 28 })
    .trimEnd()
    .split('\n')
    .map((l) => JSON.parse(l) as unknown);

describe.skipIf(!browserAvailable())('extension and CLI agree', () => {
  let browser: Browser;
  let site: Site;
  let probe: string;
  const cliMeta = new Map<string, Annotation['article']>();
  const cliBody = new Map<string, string>();

  beforeAll(async () => {
    const files = pages.map((p) => `${FIXTURES}/${p}`);
    cli(...files).forEach((a, i) => cliMeta.set(pages[i]!, (a as Annotation).article));
    cli('--text', ...files).forEach((t, i) => cliBody.set(pages[i]!, (t as { text: string }).text));
    const bundle = await build({ entryPoints: ['tests/browser/body-probe.ts'], bundle: true, write: false, format: 'iife', globalName: 'hashmarkProbe', platform: 'browser' });
    probe = bundle.outputFiles[0]!.text;
    site = await serve();
    browser = await launch();
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  it.each(pages)('%s: same title, authors and date', async (name) => {
    const page = await openAnnotated(browser, `${site.origin}/articles/${name}`);
    const popup = await openPopup(browser, await tabIdOf(browser, page));
    await popup.waitForSelector('[data-ready]');
    await popup.evaluate(() => navigator.clipboard.writeText(''));
    const exports = popup.locator('details[data-section=export]');
    if (!(await exports.evaluate((d) => (d as HTMLDetailsElement).open))) await exports.locator('summary').click();
    await popup.getByRole('button', { name: 'Copy annotation (JSON)', exact: true }).first().click();
    let json = '';
    for (let i = 0; i < 100 && !json; i++) {
      json = await popup.evaluate(() => navigator.clipboard.readText());
      if (!json) await popup.waitForTimeout(100);
    }
    const article = (JSON.parse(json) as Annotation).article;
    const expected = cliMeta.get(name)!;
    expect({ title: article.title, authors: article.authors, publishedAt: article.publishedAt })
      .toEqual({ title: expected.title, authors: expected.authors, publishedAt: expected.publishedAt });
    await popup.close();
    await page.close();
  });

  it.each(pages)('%s: same body', async (name) => {
    const page = await browser.context.newPage(); // about:blank: no content script, Chromium's parser on the same bytes
    await page.setContent(readFileSync(`${FIXTURES}/${name}`, 'utf8'));
    await page.addScriptTag({ content: probe });
    const body = await page.evaluate(() => (globalThis as unknown as { hashmarkProbe: { articleBody(d: Document): string } }).hashmarkProbe.articleBody(document));
    expect(body).toBe(cliBody.get(name));
    await page.close();
  });
});
