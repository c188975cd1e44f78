/**
 * Screenshots of the case-file page (light and dark) with a few made-up articles, and the time to its
 * first rows with a 5,000-article case file, in the real e2e build (`npm run build:e2e` first).
 * `npx tsx scripts/casefile-shots.ts [outDir]` (default /tmp/casefile-shots).
 */
import { mkdirSync } from 'node:fs';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import type { Page } from 'playwright-core';
import { CaseFile } from '../lib/casefile/store';
import { launch } from '../tests/browser/harness';
import { THREE_ARTICLES, generatedArticle, sampleInput, type SampleArticle } from '../tests/fixtures/casefile-articles';

/** A case file made through the engine in Node, exported as the page's import takes it. */
async function backupOf(articles: SampleArticle[], edit?: (file: CaseFile) => Promise<void>): Promise<string> {
  const file = new CaseFile({ dexie: { indexedDB: new IDBFactory(), IDBKeyRange } });
  for (const a of articles) await file.recordArticle(sampleInput(a));
  await edit?.(file);
  const json = JSON.stringify(await file.exportData());
  file.close();
  return json;
}

async function importInto(page: Page, json: string): Promise<void> {
  await page.setInputFiles('.file-button input[type=file]', { name: 'backup.json', mimeType: 'application/json', buffer: Buffer.from(json) });
  await page.getByText(/^Imported:/).waitFor({ timeout: 120_000 });
}

const out = process.argv[2] ?? '/tmp/casefile-shots';
mkdirSync(out, { recursive: true });
const browser = await launch();
try {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  const url = `chrome-extension://${browser.extensionId}/research.html`;
  await page.goto(url);
  const few = [...THREE_ARTICLES, ...Array.from({ length: 12 }, (_, i) => generatedArticle(i, 5))];
  await importInto(page, await backupOf(few, async (file) => {
    await file.setTags(THREE_ARTICLES[0]!.url, ['bridge', 'follow-up']);
    await file.setNote(THREE_ARTICLES[0]!.url, 'Compare with the revised figure.');
    await file.addQuote({ url: THREE_ARTICLES[0]!.url, text: 'Attackers drained $600 million', fragmentUrl: `${THREE_ARTICLES[0]!.url}#:~:text=Attackers%20drained` });
  }));
  for (const scheme of ['light', 'dark'] as const) {
    await page.emulateMedia({ colorScheme: scheme });
    await page.goto(`${url}?view=articles-${scheme}#articles`);
    await page.locator('table.articles').waitFor();
    await page.getByRole('button', { name: THREE_ARTICLES[0]!.title }).click();
    await page.screenshot({ path: `${out}/articles-${scheme}.png`, fullPage: true });
    for (const tab of ['names', 'incidents', 'timeline', 'addresses'] as const) {
      await page.goto(`${url}?view=${tab}-${scheme}#${tab}`);
      await page.locator(`#panel-${tab} section`).first().waitFor();
      if (tab === 'incidents' || tab === 'names') await page.locator('details summary').first().click();
      if (tab === 'timeline') {
        // keyboard only: focus the active month, then one to the left
        await page.focus('.bucket.active');
        await page.keyboard.press('ArrowLeft');
        await page.waitForFunction(() => document.activeElement?.classList.contains('bucket') && document.activeElement.classList.contains('active'));
      }
      await page.screenshot({ path: `${out}/${tab}-${scheme}.png`, fullPage: true });
    }
  }

  // scale: the first rows of a 5,000-article case file, measured by the page itself
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(`${url}#articles`);
  await page.getByText('Delete the whole case file…').click({ force: true }).catch(() => undefined);
  const many = await backupOf(Array.from({ length: 5000 }, (_, i) => generatedArticle(i)));
  await importInto(page, many);
  const usage = (await page.evaluate(`navigator.storage.estimate().then((e) => e.usage)`)) as number;
  console.log(`storage used by the extension with 5,000 articles (navigator.storage.estimate): ${(usage / 1024 / 1024).toFixed(1)} MB, ${Math.round(usage / 5000)} B per article`);
  const firstRows: number[] = [];
  for (let run = 0; run < 5; run++) {
    await page.waitForTimeout(3000); // the previous load's background work (search index) settles
    await page.goto(`${url}?run=${run}#articles`);
    await page.locator('table.articles tbody tr').first().waitFor();
    await page.waitForFunction(() => performance.getEntriesByName('hashmark:casefile-rows').length > 0);
    firstRows.push(await page.evaluate(() => performance.getEntriesByName('hashmark:casefile-rows')[0]!.startTime));
  }
  console.log(`first rows of 5,000 articles in Chromium, from navigation start (median of 5): ${[...firstRows].sort((a, b) => a - b)[2]!.toFixed(0)} ms; in order: ${firstRows.map((n) => n.toFixed(0)).join(', ')}`);
  // a search typed once the index is warm
  await page.waitForFunction(() => performance.getEntriesByName('hashmark:casefile-search-ready').length > 0, undefined, { timeout: 120_000 });
  const warm = await page.evaluate(() => performance.getEntriesByName('hashmark:casefile-search-ready')[0]!.startTime);
  console.log(`search index of 5,000 articles ready, from navigation start: ${warm.toFixed(0)} ms`);
  // a string, not a function: tsx's helpers do not exist in the page
  const searchOnce = async (query: string) =>
    (await page.evaluate(`(async () => {
      const input = document.querySelector('input[type=search]');
      const shown = () => (document.querySelector('.count-line')?.textContent ?? '') + '|' + (document.querySelector('table.articles tbody tr .expand')?.textContent ?? '');
      const before = shown();
      const t = performance.now();
      input.value = ${JSON.stringify(query)};
      input.dispatchEvent(new Event('input', { bubbles: true }));
      while (shown() === before) await new Promise((r) => setTimeout(r, 1));
      return { ms: performance.now() - t, result: shown().split('|')[0] };
    })()`)) as { ms: number; result: string };
  const searches = [];
  for (const query of ['grey heron warrant', 'lumen exchange', 'copper fox seized', 'tessera', 'night lantern custody']) searches.push(await searchOnce(query));
  const times = searches.map((x) => x.ms).sort((a, b) => a - b);
  console.log(`searches from typing to the table updated (index warm), median of 5: ${times[2]!.toFixed(0)} ms; each: ${searches.map((x) => `${x.ms.toFixed(0)} ms (${x.result.replace(/Delete.*/, '')})`).join(', ')}`);
  await page.screenshot({ path: `${out}/articles-5000-light.png` });
} finally {
  await browser.close();
}
