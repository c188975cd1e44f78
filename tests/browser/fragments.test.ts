/**
 * "Cite this fact" links in Debian's Chromium (no extension needed): for every figure of every fixture
 * article, the `#:~:text=` URL from citeFacts must make Chromium indicate exactly the figure's sentence;
 * likewise for hand-made pages with punctuation, quotes, dashes, Turkish and Chinese text and repeats.
 *
 * How the indicated passage is observed: Chromium (156, headless) applies a text fragment on a
 * browser-initiated navigation such as page.goto — it scrolls the match to the centre and paints it with
 * ::target-text — but it neither selects it (document.getSelection() stays empty) nor exposes the range
 * to script. So the evidence is the rendering: the test styles ::target-text solid magenta (text and
 * background), takes a screenshot, and checks that the boxes of the expected sentence (its
 * Range.getClientRects(), found with window.find, or a marked <span> on the hand-made pages) are
 * magenta in the viewport (so the page scrolled there) and that nothing outside them is: a match that
 * starts elsewhere, stops early or runs past the sentence fails one of the two.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AnnotationResult } from '../../lib/annotate';
import { annotateDocument, annotateText } from '../../lib/annotate-page';
import { findArticleText } from '../../lib/article/detect';
import { buildBlocks } from '../../lib/article/blocks';
import { plainTextBlocks } from '../../lib/article/plain-text';
import { citeFigures } from '../../lib/citation/fact';
import { textFragmentUrl } from '../../lib/citation/fragment';
import { browserAvailable, CHROMIUM, FIXTURES, serve, type Site } from './harness';

const articles = readdirSync(FIXTURES).filter((f) => /\.(html|txt)$/.test(f));

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
interface Evidence {
  /** the expected passage was found on the page */
  found: boolean;
  /** magenta pixels / pixels, over the middle of the expected passage's boxes that lie in the viewport */
  inside: number;
  /** pixels of the expected boxes in the viewport */
  visible: number;
  /** magenta pixels anywhere else in the viewport */
  outside: number;
}

const TARGET_STYLE = '::target-text { color: #ff00ff !important; background-color: #ff00ff !important; text-shadow: none !important; text-decoration: none !important; }';

/** Where the expected passage is, in viewport pixels, without disturbing the scroll position. */
async function expectedBoxes(page: Page, expected: { text: string } | { selector: string }): Promise<Box[] | null> {
  return page.evaluate((want) => {
    const [x0, y0] = [window.scrollX, window.scrollY];
    let rects: DOMRect[] = [];
    if ('selector' in want) {
      const el = document.querySelector(want.selector);
      if (el) rects = [...el.getClientRects()];
    } else {
      const selection = document.getSelection()!;
      selection.collapse(document.body, 0);
      // window.find is non-standard but in Chromium: (string, caseSensitive, backwards, wrapAround, …)
      const find = (window as unknown as { find(s: string, ...flags: boolean[]): boolean }).find;
      if (find.call(window, want.text, false, false, false, false, false, false) && selection.rangeCount) {
        rects = [...selection.getRangeAt(0).getClientRects()];
      }
      selection.removeAllRanges();
    }
    const [dx, dy] = [window.scrollX - x0, window.scrollY - y0];
    window.scrollTo(x0, y0);
    if (!rects.length) return null;
    return rects.filter((r) => r.width > 0 && r.height > 0).map((r) => ({ x: r.x + dx, y: r.y + dy, width: r.width, height: r.height }));
  }, expected);
}

/** Counts magenta pixels of a PNG inside and outside the boxes; decoded by the browser in a blank page. */
async function measure(helper: Page, png: Buffer, boxes: Box[]): Promise<Omit<Evidence, 'found'>> {
  return helper.evaluate(
    async ({ b64, boxes }) => {
      const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
      const bitmap = await createImageBitmap(new Blob([bytes], { type: 'image/png' }));
      const canvas = new OffscreenCanvas(bitmap.width, bitmap.height);
      const ctx = canvas.getContext('2d')!;
      ctx.drawImage(bitmap, 0, 0);
      const { data, width, height } = ctx.getImageData(0, 0, bitmap.width, bitmap.height);
      const magenta = (x: number, y: number) => {
        const i = (y * width + x) * 4;
        return data[i]! > 220 && data[i + 1]! < 60 && data[i + 2]! > 220;
      };
      // the middle of each box (glyph height), and each box grown to its line (line-height, AA edges)
      const core = boxes.map((b) => ({ x0: b.x + 1, x1: b.x + b.width - 1, y0: b.y + b.height * 0.25, y1: b.y + b.height * 0.75 }));
      const grown = boxes.map((b) => ({ x0: b.x - 3, x1: b.x + b.width + 3, y0: b.y - 10, y1: b.y + b.height + 10 }));
      const within = (r: { x0: number; x1: number; y0: number; y1: number }[], x: number, y: number) =>
        r.some((b) => x >= b.x0 && x < b.x1 && y >= b.y0 && y < b.y1);
      let visible = 0;
      let hit = 0;
      let outside = 0;
      for (let y = 0; y < height; y++) {
        for (let x = 0; x < width; x++) {
          const m = magenta(x, y);
          if (within(core, x + 0.5, y + 0.5)) {
            visible++;
            if (m) hit++;
          } else if (m && !within(grown, x + 0.5, y + 0.5)) outside++;
        }
      }
      return { inside: visible ? hit / visible : 0, visible, outside };
    },
    { b64: png.toString('base64'), boxes },
  );
}

describe.skipIf(!browserAvailable())('"cite this fact" links in Chromium', () => {
  let site: Site;
  let context: BrowserContext;
  let dir: string;
  let page: Page;
  let helper: Page;

  beforeAll(async () => {
    site = await serve();
    dir = mkdtempSync(join(tmpdir(), 'hashmark-fragments-'));
    context = await chromium.launchPersistentContext(dir, {
      headless: true,
      executablePath: CHROMIUM,
      viewport: { width: 1000, height: 800 },
      args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    });
    // only the local server: fixture pages' own links to the web would just wait on a network that is not there
    await context.route(/^(?!http:\/\/127\.0\.0\.1[:/])[a-z]+:\/\//, (route) => route.abort());
    page = context.pages()[0] ?? (await context.newPage());
    helper = await context.newPage();
    await page.bringToFront();
  });
  afterAll(async () => {
    await context?.close();
    if (dir) rmSync(dir, { recursive: true, force: true });
    await site?.close();
  });

  let loads = 0;
  /** The page's visible text, as textFragmentUrl is given it in the extension. */
  async function visibleText(url: string): Promise<string> {
    await page.goto(`${url}${url.includes('?') ? '&' : '?'}load=${++loads}`);
    return page.evaluate(() => document.body.innerText);
  }

  /** Loads a fragment URL as a new document and reports what Chromium indicated. */
  async function indicated(fragmentUrl: string, expected: { text: string } | { selector: string }): Promise<Evidence> {
    // a new query string each time: a same-document navigation would not invoke the fragment
    const [base, directive] = fragmentUrl.split('#');
    await page.goto(`${base}${base!.includes('?') ? '&' : '?'}load=${++loads}#${directive}`);
    await page.addStyleTag({ content: TARGET_STYLE });
    let evidence: Evidence = { found: false, inside: 0, visible: 0, outside: 0 };
    for (let attempt = 0; attempt < 8; attempt++) {
      await page.evaluate(() => new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok))));
      const png = await page.screenshot({ animations: 'disabled', caret: 'hide' });
      const boxes = await expectedBoxes(page, expected);
      evidence = boxes ? { found: true, ...(await measure(helper, png, boxes)) } : { found: false, inside: 0, visible: 0, outside: 0 };
      if (evidence.found && evidence.visible > 0 && evidence.inside > 0.9 && evidence.outside < 40) break;
      await page.waitForTimeout(150);
    }
    return evidence;
  }

  function expectSelected(evidence: Evidence, what: string) {
    expect(evidence.found, `${what}: sentence not on the page`).toBe(true);
    expect(evidence.visible, `${what}: sentence not scrolled into view`).toBeGreaterThan(0);
    expect(evidence.inside, `${what}: sentence not highlighted`).toBeGreaterThan(0.9);
    expect(evidence.outside, `${what}: text outside the sentence highlighted`).toBeLessThan(40);
  }

  it.each(articles)('every figure of %s links to its sentence', async (file) => {
    const source = readFileSync(`${FIXTURES}/${file}`, 'utf8');
    let result: AnnotationResult;
    let blocks: string[];
    if (file.endsWith('.txt')) {
      result = annotateText(source);
      blocks = plainTextBlocks(source);
    } else {
      const doc = parseHTML(source).document as unknown as Document;
      const found = findArticleText(doc);
      blocks = found ? buildBlocks(found.nodes, found.root).map((b) => b.text) : [];
      result = annotateDocument(parseHTML(source).document as unknown as Document);
    }
    expect(result.annotation.figures.length).toBeGreaterThan(0);
    const url = `${site.origin}/articles/${file}`;
    const facts = citeFigures({ annotation: result.annotation, spans: result.spans, blocks, url, pageText: await visibleText(url) });
    expect(facts.length).toBe(result.annotation.figures.length);
    const seen = new Set<string>();
    const failures: string[] = [];
    for (const fact of facts) {
      if (seen.has(fact.fragmentUrl)) continue;
      seen.add(fact.fragmentUrl);
      const evidence = await indicated(fact.fragmentUrl, { text: fact.sentence });
      const ok = evidence.found && evidence.visible > 0 && evidence.inside > 0.9 && evidence.outside < 40;
      if (!ok) failures.push(`${fact.claim}: ${fact.fragmentUrl.split('#')[1]} ${JSON.stringify(evidence)}`);
    }
    expect(failures).toEqual([]);
  });

  describe('hand-made page', () => {
    const SPACER = '<div style="height:1400px"></div>';
    const html = `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>cases</title></head><body>
${SPACER}
<p>Police said: <span id="punct">Losses (about $3.1 million!) were confirmed; the exchange, however, denied it?</span> Nothing else was said.</p>
<p><span id="curly">“We managed to track down the command server,” said Jean-Dominique Nollet, C3N’s chief.</span></p>
<p>Then: <span id="straight">He called it "the biggest hack" of 2019 &amp; said 'never again'.</span></p>
${SPACER}
<p><span id="dash">The well-known exchange — hacked in 2019–2020 — lost 7,000 BTC.</span> It reopened.</p>
<p lang="tr"><span id="turkish">Thodex kurucusu Faruk Fatih Özer, 11.196 yıl hapis cezasına çarptırıldı.</span></p>
<p lang="zh">这是第一句。<span id="chinese">警方称，约有85万台电脑被感染。</span>下一句。</p>
${SPACER}
<p>Binance lost 7,000 BTC in the hack.</p>
<p>Reuters reported that <span id="repeat-prefix">Binance lost 7,000 BTC in the hack.</span></p>
<p>The FBI said the group stole more than $100 million from users across Europe last year.</p>
<p><span id="repeat-start">The FBI said the group laundered the stolen funds through mixers and exchanges in Asia.</span></p>
${SPACER}
<p>Later: <span id="repeat-suffix">Funds were frozen.</span> Police arrested two men.</p>
<p>Later: Funds were frozen. Courts ordered a refund.</p>
<p><span id="unique">Nobody else mentions the Nollet raid here.</span></p>
${SPACER}
</body></html>`;
    const path = '/memory/cases.html';
    let url: string;
    let text: string;
    beforeAll(async () => {
      site.pages.set(path, html);
      url = `${site.origin}${path}`;
      text = await visibleText(url);
    });

    const sentences: [id: string, sentence: string, before?: string][] = [
      ['punct', 'Losses (about $3.1 million!) were confirmed; the exchange, however, denied it?'],
      ['curly', '“We managed to track down the command server,” said Jean-Dominique Nollet, C3N’s chief.'],
      ['straight', `He called it "the biggest hack" of 2019 & said 'never again'.`],
      ['dash', 'The well-known exchange — hacked in 2019–2020 — lost 7,000 BTC.'],
      ['turkish', 'Thodex kurucusu Faruk Fatih Özer, 11.196 yıl hapis cezasına çarptırıldı.'],
      ['chinese', '警方称，约有85万台电脑被感染。'],
      ['repeat-prefix', 'Binance lost 7,000 BTC in the hack.', 'Reuters reported that '],
      ['repeat-start', 'The FBI said the group laundered the stolen funds through mixers and exchanges in Asia.', ''],
      ['repeat-suffix', 'Funds were frozen.', 'Later: '],
      ['unique', 'Nobody else mentions the Nollet raid here.'],
    ];
    it.each(sentences)('#%s: the link selects exactly the sentence', async (id, sentence, before) => {
      const link = textFragmentUrl(url, sentence, text, before === undefined ? {} : { before });
      const directive = link.split('#:~:')[1]!;
      if (id === 'unique' || id === 'turkish' || id === 'chinese') expect(directive).not.toMatch(/-,|,-/);
      if (id === 'repeat-prefix' || id === 'repeat-start') expect(directive).toMatch(/^text=[^,]+-,[^-]*$/);
      if (id === 'repeat-suffix') expect(directive).toMatch(/^text=[^,]+,-[^,]+$/);
      expectSelected(await indicated(link, { selector: `#${id}` }), `${id} ${directive}`);
    });

    // The oracle must be able to fail: a match that stops early, one that runs on, and none at all.
    it('rejects a link that selects only part of the sentence', async () => {
      const evidence = await indicated(`${url}#:~:text=Losses%20(about%20%243.1`, { selector: '#punct' });
      expect(evidence.found && evidence.visible > 0).toBe(true);
      expect(evidence.inside).toBeLessThan(0.9);
    });
    it('rejects a link that runs past the sentence', async () => {
      const evidence = await indicated(`${url}#:~:text=Losses%20(about,else%20was%20said.`, { selector: '#punct' });
      expect(evidence.inside).toBeGreaterThan(0.9);
      expect(evidence.outside).toBeGreaterThanOrEqual(40);
    });
    it('rejects a page that did not scroll to or mark the sentence', async () => {
      const evidence = await indicated(`${url}#:~:text=no%20such%20words%20here`, { selector: '#unique' });
      expect(evidence.visible === 0 || evidence.inside < 0.9).toBe(true);
    });
  });
});

