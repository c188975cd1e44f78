/** The popup on a fixture article: every copy button puts the right text on the clipboard. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { CITATION_FORMATS, formatCitation } from '@/lib/citation/formats';
import type { Annotation } from '@/lib/schema';
import { browserAvailable, launch, openAnnotated, openPopup, openSection as openSectionOf, serve, tabIdOf, type Browser, type Site } from './harness';

describe.skipIf(!browserAvailable())('popup copy buttons', () => {
  let browser: Browser;
  let site: Site;
  let popup: Page;
  let tab: number;
  beforeAll(async () => {
    site = await serve();
    browser = await launch();
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    const page = await openAnnotated(browser, `${site.origin}/articles/kucoin-2020.html`);
    tab = await tabIdOf(browser, page);
    popup = await openPopup(browser, tab);
    await popup.waitForSelector('[data-ready]');
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  const openSection = (id: string) => openSectionOf(popup, id);
  const waitForClipboard = async (label: string) => {
    // some buttons compute their text first (facts ask the page): wait for the clipboard to fill
    for (let i = 0; i < 100; i++) {
      const text = await popup.evaluate(() => navigator.clipboard.readText());
      if (text) return text;
      await popup.waitForTimeout(100);
    }
    throw new Error(`${label} copied nothing`);
  };
  const copy = async (label: string, section = 'export') => {
    await popup.bringToFront();
    await popup.evaluate(() => navigator.clipboard.writeText(''));
    if (label !== 'Copy citation') await openSection(section);
    await popup.getByRole('button', { name: label, exact: true }).first().click();
    return waitForClipboard(label);
  };
  /** a fact's action: open its menu (the fact's own button), then choose the item */
  const copyFromMenu = async (fact: string, item: string) => {
    await popup.bringToFront();
    await popup.evaluate(() => navigator.clipboard.writeText(''));
    await popup.locator(fact).first().click();
    await popup.getByRole('menuitem', { name: item, exact: true }).click();
    return waitForClipboard(item);
  };

  it('copies the annotation JSON', async () => {
    const annotation = JSON.parse(await copy('Copy annotation (JSON)')) as Annotation;
    expect(annotation.schema).toBe('hashmark/annotation@1');
    expect(annotation.article.title).toMatch(/KuCoin/);
    expect(annotation.entities.map((e) => e.name)).toContain('Lazarus Group');
  });

  it('copies the citation in each format, and remembers the last one', async () => {
    const annotation = JSON.parse(await copy('Copy annotation (JSON)')) as Annotation;
    for (const format of CITATION_FORMATS) {
      await popup.selectOption('#citation-format', format);
      expect(await copy('Copy citation'), format).toBe(formatCitation(annotation.citation.csl, format));
    }
    const again = await openPopup(browser, tab);
    await again.waitForSelector('[data-ready]');
    await again.waitForFunction(() => (document.querySelector('#citation-format') as HTMLSelectElement).value === 'markdown');
    await again.close();
  });

  it('copies the whole summary as Markdown', async () => {
    const md = await copy('Copy summary (Markdown)');
    expect(md).toMatch(/^## KuCoin/);
    // the glance's names: Actors when the engine tells victims from actors, else Who
    expect(md).toMatch(/\*\*(?:Actors|Who):\*\* .*Lazarus Group/);
    expect(md).toContain('### Related incidents');
  });

  it('copies an address', async () => {
    await openSection('addresses');
    const address = (await popup.locator('.addresses li button.fact').first().textContent())!;
    expect(await copyFromMenu('.addresses li button.fact', 'Copy address')).toBe(address);
  });

  it('copies every figure as a cited fact, as CSV and as Markdown, and one fact from the summary', async () => {
    const annotation = JSON.parse(await copy('Copy annotation (JSON)')) as Annotation;
    const csv = await copy('Copy all facts (CSV)');
    const lines = csv.split('\r\n').filter(Boolean);
    expect(lines[0]).toBe('kind,text,value,unit,sentence,fragment_url,title,publisher,date,url');
    expect(lines.length).toBeGreaterThan(annotation.figures.length / 2);
    expect(csv).toContain('#:~:text=');
    const md = await copy('Copy all facts (Markdown)');
    expect(md.split('\n').every((l) => l.startsWith('> "'))).toBe(true);
    const one = await copyFromMenu('.summary button.fact', 'Cite this fact');
    expect(one).toMatch(/^> ".+" — \[.+\]\(http.+#:~:text=.+\)/);
  });
});
