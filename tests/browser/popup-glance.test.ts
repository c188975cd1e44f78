/**
 * The popup as a reader sees it, in Chrome's 600 px: on every fixture article, light and dark, the
 * first screen holds the headline amount, who was hit and by whom, when, the crime, the incident and
 * the citation with its copy button; text meets WCAG AA contrast; facts act through one menu each,
 * by keyboard too; sections remember being open. Screenshots go to /tmp/popup-shots/ for a person to look at.
 */
import { mkdirSync, readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Locator, Page } from 'playwright-core';
import type { Annotation, Entity } from '@/lib/schema';
import type { TabState } from '@/lib/messages';
import type { Incident } from '@/lib/incidents/schema';
import { CRIME_TYPE_LABELS } from '@/lib/kinds';
import { lowContrastTexts } from './contrast';
import { FIXTURES, browserAvailable, launch, openAnnotated, serve, tabIdOf, type Browser, type Site } from './harness';

const SHOTS = '/tmp/popup-shots';
const FIXTURE_ARTICLES = readdirSync(FIXTURES).filter((f) => /\.(?:html|txt)$/.test(f));
const SCREEN = { width: 420, height: 600 };
const SCHEMES = ['light', 'dark'] as const;

interface Chrome { chrome: { runtime: { sendMessage(m: unknown): Promise<TabState> } } }

/** The annotation the popup shows, asked of the background the way the popup asks it. */
async function annotationOf(popup: Page, tabId: number): Promise<{ annotation: Annotation; incidents: Incident[] }> {
  const state = await popup.evaluate(
    (id) => (globalThis as unknown as Chrome).chrome.runtime.sendMessage({ hashmark: 'popup:get-tab', data: { tabId: id, annotate: false } }),
    tabId,
  );
  if (state.status !== 'ready') throw new Error(`the tab is ${state.status}`);
  return { annotation: state.annotation, incidents: state.incidents };
}

/** Whether the element is drawn, whole, inside the first 600 px of the popup. */
async function onFirstScreen(locator: Locator): Promise<boolean> {
  if (!(await locator.isVisible())) return false;
  const box = await locator.boundingBox();
  return !!box && box.y >= 0 && box.y + box.height <= SCREEN.height;
}

/** Every name an entity goes by, for matching a summary's name to what the popup shows. */
const namesOf = (annotation: Annotation, name: string): string[] => {
  const e = annotation.entities.find((x: Entity) => [x.name, ...x.aliases].some((n) => n.toLowerCase() === name.toLowerCase()));
  return e ? [e.name, ...e.aliases] : [name];
};

describe.skipIf(!browserAvailable())('popup at a glance', () => {
  let browser: Browser;
  let site: Site;
  const tabs = new Map<string, number>();
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    site = await serve();
    browser = await launch();
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write']);
    for (const file of FIXTURE_ARTICLES) {
      const page = await openAnnotated(browser, `${site.origin}/articles/${file}`);
      tabs.set(file, await tabIdOf(browser, page));
    }
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });

  async function popupFor(file: string, scheme: (typeof SCHEMES)[number]): Promise<Page> {
    const popup = await browser.context.newPage();
    await popup.setViewportSize(SCREEN);
    await popup.emulateMedia({ colorScheme: scheme });
    await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tab=${tabs.get(file)}`);
    await popup.waitForSelector('[data-ready]');
    await popup.waitForFunction(() => document.querySelector('.citation-preview')?.textContent !== 'Preparing the citation…');
    return popup;
  }

  for (const file of FIXTURE_ARTICLES) {
    for (const scheme of SCHEMES) {
      it(`${file}, ${scheme}: the first 600 px answer how much, who, by whom, when, what, which incident, and cite it`, async () => {
        const popup = await popupFor(file, scheme);
        const { annotation, incidents } = await annotationOf(popup, tabs.get(file)!);
        const row = (id: string) => popup.locator(`.summary [data-row=${id}]`);
        const expectRow = async (id: string, anyOf: string[]) => {
          expect(await onFirstScreen(row(id)), `${id} on the first screen`).toBe(true);
          const text = (await row(id).locator('dd').textContent())!;
          expect(anyOf.some((t) => text.includes(t)), `${id}: "${text}" shows one of ${anyOf.join(' | ')}`).toBe(true);
        };

        const s = annotation.summary;
        const moneyTexts = annotation.figures.filter((f) => f.kind === 'money' || f.kind === 'crypto').map((f) => f.text);
        // the headline amount: the engine's, else one of the article's amounts
        await expectRow('amount', s ? [s.amount?.text ?? 'not stated'] : moneyTexts.length ? moneyTexts : ['not stated']);
        if (s) {
          await expectRow('victims', s.victims.length ? namesOf(annotation, s.victims[0]!) : ['not stated']);
          await expectRow('actors', s.actors.length ? namesOf(annotation, s.actors[0]!) : ['not stated']);
          await expectRow('date', s.date ? [s.date.slice(0, 4)] : ['not stated']);
        } else {
          // without the engine's summary the glance names who is in the story, most mentioned first
          const who = annotation.entities.filter((e) => ['person', 'organization', 'agency', 'threat'].includes(e.type)).sort((a, b) => b.mentions - a.mentions);
          await expectRow('who', who.length ? [who[0]!.name] : ['not stated']);
          // when: the matched incident's date in the index, else the earliest date the article gives
          const indexed = incidents.find((x) => x.id === annotation.incident?.id)?.date;
          const years = annotation.figures.filter((f) => f.kind === 'date').map((f) => String(f.value).slice(0, 4)).sort();
          const year = indexed?.slice(0, 4) ?? years[0];
          await expectRow('date', year ? [year] : ['not stated']);
        }
        await expectRow('crime', annotation.crimeTypes.length ? [CRIME_TYPE_LABELS[annotation.crimeTypes[0]!]] : ['not recognised']);
        await expectRow('incident', [annotation.incident?.name ?? 'none in the index']);
        // the citation, with its one-click copy
        expect(await onFirstScreen(popup.getByRole('button', { name: 'Copy citation', exact: true })), 'Copy citation').toBe(true);
        expect(await onFirstScreen(popup.locator('#citation-format')), 'citation format').toBe(true);
        const preview = popup.locator('.citation-preview');
        expect((await preview.boundingBox())!.y).toBeLessThan(SCREEN.height - 20);
        // a listed name or address is said first
        const listed = [...annotation.entities, ...annotation.addresses].filter((x) => x.flags.some((f) => f.removedOn === null));
        if (listed.length) {
          expect(await onFirstScreen(popup.locator('.sanctions .sanctions-title'))).toBe(true);
          const names = listed.filter((x) => 'type' in x).length;
          const addresses = listed.length - names;
          const title = (await popup.locator('.sanctions .sanctions-title').textContent())!;
          if (names) expect(title).toContain(`${names} name`);
          if (addresses) expect(title).toContain(`${addresses} address`);
          for (const x of listed) expect(await popup.locator('.sanctions').textContent()).toContain('name' in x ? x.name : x.text);
        } else {
          expect(await popup.locator('.sanctions.listed').count()).toBe(0);
        }

        expect(await popup.evaluate(lowContrastTexts, SCREEN.height), `contrast in ${scheme}`).toEqual([]);
        await popup.screenshot({ path: `${SHOTS}/${file.replace(/\.\w+$/, '')}-${scheme}.png`, clip: { x: 0, y: 0, ...SCREEN } });
        await popup.close();
      });
    }
  }

  it('acts on a fact through its menu, by keyboard: open, move, Escape, then copy it as JSON', async () => {
    const popup = await popupFor('kucoin-2020.html', 'light');
    const fact = popup.locator('.summary button.fact').first();
    expect(await fact.getAttribute('aria-haspopup')).toBe('menu');
    await fact.focus();
    await popup.keyboard.press('Enter');
    const menu = popup.getByRole('menu');
    await menu.waitFor();
    expect(await fact.getAttribute('aria-expanded')).toBe('true');
    const focused = () => popup.evaluate(() => document.activeElement?.textContent ?? '');
    expect(await focused()).toBe('Show in the page');
    await popup.screenshot({ path: `${SHOTS}/kucoin-2020-menu.png` });
    await popup.keyboard.press('ArrowDown');
    expect(await focused()).toBe('Cite this fact');
    await popup.keyboard.press('End');
    expect(await focused()).toBe('Copy as JSON');
    await popup.keyboard.press('ArrowDown'); // wraps
    expect(await focused()).toBe('Show in the page');
    await popup.keyboard.press('Escape');
    expect(await menu.count()).toBe(0);
    expect(await popup.evaluate(() => document.activeElement?.classList.contains('fact'))).toBe(true);

    await popup.evaluate(() => navigator.clipboard.writeText(''));
    await popup.keyboard.press('ArrowUp'); // opens on the last item
    await menu.waitFor();
    expect(await focused()).toBe('Copy as JSON');
    await popup.keyboard.press('Enter');
    await popup.getByRole('status').filter({ hasText: 'Copied' }).first().waitFor();
    const json = JSON.parse(await popup.evaluate(() => navigator.clipboard.readText())) as { claim: string; fragmentUrl: string };
    expect(json.claim).toBeTruthy();
    expect(json.fragmentUrl).toContain('#:~:text=');
    await popup.close();
  });

  it('keeps sections closed until asked, remembers them open, and lists five names of a kind before "show all"', async () => {
    const popup = await popupFor('kucoin-2020.html', 'light');
    const names = popup.locator('details[data-section=names]');
    expect(await names.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await names.locator('summary').focus();
    await popup.keyboard.press('Enter');
    expect(await names.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    await names.locator('.section-body').waitFor(); // drawn the first time it opens
    const big = popup.locator('.entities .group').filter({ has: popup.locator('button.more') }).first();
    const rows = big.locator('li');
    const total = await rows.count();
    expect(total).toBeGreaterThan(5);
    expect(await rows.filter({ visible: true }).count()).toBe(5);
    await big.getByRole('button', { name: `Show all ${total}` }).click();
    expect(await rows.filter({ visible: true }).count()).toBe(total);
    await big.scrollIntoViewIfNeeded();
    await popup.screenshot({ path: `${SHOTS}/kucoin-2020-names.png` });

    const again = await popupFor('kucoin-2020.html', 'light');
    await again.waitForFunction(() => (document.querySelector('details[data-section=names]') as HTMLDetailsElement).open);
    expect(await again.locator('details[data-section=figures]').evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await again.locator('details[data-section=names] summary').click(); // leave it as it was
    await again.waitForFunction(() => !(document.querySelector('details[data-section=names]') as HTMLDetailsElement).open);
    await again.close();
    await popup.close();
  });
});
