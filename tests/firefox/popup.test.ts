/** The popup page in Firefox (popup.html?tab=ID): the story at a glance, and its copy buttons. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'puppeteer-core';
import { CITATION_FORMATS, formatCitation } from '@/lib/citation/formats';
import type { Annotation } from '@/lib/schema';
import { firefoxAvailable, openAnnotated, openPopup, openSections, tabIdOf, useFirefox } from './harness';

describe.skipIf(!firefoxAvailable())('popup in Firefox', () => {
  const env = useFirefox();
  let popup: Page;
  let tab: number;
  beforeAll(async () => {
    const page = await openAnnotated(env.firefox, `${env.site.origin}/articles/kucoin-2020.html`);
    tab = await tabIdOf(env.firefox, page);
    popup = await openPopup(env.firefox, tab);
    await popup.waitForSelector('[data-ready]');
    await openSections(popup);
  });

  /** Clicks a copy button and returns what it put on the clipboard (some compute their text first). */
  const copy = async (label: string) => {
    await popup.bringToFront();
    await popup.evaluate(() => navigator.clipboard.writeText(''));
    // (a citation's button is enabled once the background has written it)
    await popup.waitForSelector(`button[data-copy="${label}"]:not([disabled])`);
    await popup.click(`button[data-copy="${label}"]`);
    await popup.waitForFunction(async () => (await navigator.clipboard.readText()) !== '', { timeout: 15_000 });
    return popup.evaluate(() => navigator.clipboard.readText());
  };

  it('shows the story at a glance: title, what, who, how much, and the related incidents', async () => {
    const text = await popup.evaluate(() => document.body.innerText);
    expect(await popup.$eval('.title', (t) => t.textContent)).toMatch(/KuCoin/);
    expect(text).toMatch(/\d+ highlights/);
    expect(text).toContain('Lazarus Group');
    expect(text).toMatch(/\$281 million|281,000,000/);
    expect(await popup.$$eval('.entities li', (li) => li.length)).toBeGreaterThan(5);
  });

  it('copies the citation in each format, and remembers the last one', async () => {
    const annotation = JSON.parse(await copy('Copy annotation (JSON)')) as Annotation;
    expect(annotation.schema).toBe('hashmark/annotation@1');
    expect(annotation.entities.map((e) => e.name)).toContain('Lazarus Group');
    for (const format of CITATION_FORMATS) {
      await popup.select('#citation-format', format);
      expect(await copy('Copy citation'), format).toBe(formatCitation(annotation.citation.csl, format));
    }
    // the format is kept in storage.local: a new popup opens on the last one
    const again = await openPopup(env.firefox, tab);
    await again.waitForSelector('[data-ready]');
    await again.waitForFunction((f) => (document.querySelector('#citation-format') as HTMLSelectElement).value === f, {}, CITATION_FORMATS.at(-1));
    await again.close();
  });

  it('copies the whole summary as Markdown, and every figure as a cited fact', async () => {
    const md = await copy('Copy summary (Markdown)');
    expect(md).toMatch(/^## KuCoin/);
    expect(md).toMatch(/\*\*(?:Actors|Who):\*\*/);
    expect(md).toContain('### Related incidents');
    const csv = await copy('Copy all facts (CSV)');
    expect(csv.split('\r\n')[0]).toBe('kind,text,value,unit,sentence,fragment_url,title,publisher,date,url');
    expect(csv).toContain('#:~:text=');
  });
});
