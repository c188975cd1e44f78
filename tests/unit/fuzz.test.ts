/**
 * DOM round trip under fuzzing: generated hostile articles (tests/unit/fuzz-docs.ts) go through
 * the content script's path, findArticleText → buildBlocks → annotateBlocks → paint, and
 *   - while painted, the page's text is unchanged, no highlight is in a region Hashmark must not
 *     touch (editors, form fields, opt-outs, scripts, shadow roots, iframes), and every highlight
 *     holds its span's text (widened to whole grapheme clusters) and never cuts a cluster;
 *   - after remove(), the DOM is exactly as before: same serialization (text node boundaries
 *     included), and the very same text node objects in the same places;
 *   - every 5th seed: a second run after remove() reads and paints the page the same way;
 *   - seeds ending in 3: two paintings stacked, removed newest first (DOM exact) or oldest first
 *     (text intact).
 * A failing seed prints itself; reproduce it with `roundTrip(generateDoc(seed))` in 'regressions',
 * or run more with FUZZ_SEEDS=2000 (or a range, FUZZ_SEEDS=501-2500) npx vitest run --project unit tests/unit/fuzz.test.ts
 */
import { describe, expect, it } from 'vitest';
import { buildBlocks } from '@/lib/article/blocks';
import { findArticleText } from '@/lib/article/detect';
import { readMetadata } from '@/lib/article/metadata';
import { annotateBlocks } from '@/lib/annotate';
import { paint } from '@/lib/highlight/paint';
import { MARK_TAG } from '@/lib/base/tags';
import { browserDocument } from './dom';
import { fragmentTextNodes, generateDoc, type FuzzDoc } from './fuzz-docs';

/** FUZZ_SEEDS=2000 runs seeds 1..2000; FUZZ_SEEDS=501-2000 a range. The default, 1..500, takes 30-50 s on 2 cores. */
const [FIRST, LAST] = ((range) => (range.includes('-') ? range.split('-').map(Number) : [1, Number(range)]))(process.env.FUZZ_SEEDS ?? '500') as [number, number];
const SEEDS = LAST - FIRST + 1;

/** Written here, not imported from lib/article/regions.ts, so the test checks the rule, not the code. */
const NEVER_PAINTED = [
  '[data-fuzz-untouchable]', 'input', 'textarea', 'select', 'option', 'button',
  '[contenteditable]:not([contenteditable="false"])', '[role="textbox"]',
  '.CodeMirror', '.cm-editor', '.monaco-editor', '.ace_editor', '[data-hashmark-ignore]',
  'script', 'style', 'noscript', 'template', 'iframe', 'svg', 'math', 'video', 'title', 'head',
].join(',');

/**
 * A serialization that shows what outerHTML hides: every text node is its own JSON string (so
 * split-and-not-rejoined text shows), and open shadow roots and iframe documents are included.
 */
function serialize(node: Node, out: string[] = [], joinText = false): string[] {
  switch (node.nodeType) {
    case 3:
      out.push(JSON.stringify((node as Text).data));
      break;
    case 8:
      out.push(`<!--${(node as Comment).data}-->`);
      break;
    case 1: {
      const el = node as Element;
      out.push(`<${el.tagName}`);
      for (let i = 0; i < el.attributes.length; i++) {
        const a = el.attributes[i]!;
        out.push(` ${a.name}=${JSON.stringify(a.value)}`);
      }
      out.push('>');
      if (el.shadowRoot) {
        out.push('#shadow-root[');
        serializeChildren(el.shadowRoot.childNodes, out, joinText);
        out.push(']');
      }
      const frameDoc = el.tagName === 'IFRAME' ? (el as HTMLIFrameElement).contentDocument : null;
      if (frameDoc) {
        out.push('#document[');
        serialize(frameDoc, out, joinText);
        out.push(']');
      }
      serializeChildren(el.childNodes, out, joinText);
      out.push(`</${el.tagName}>`);
      break;
    }
    default:
      serializeChildren(node.childNodes, out, joinText);
  }
  return out;
}

/** With joinText, adjacent text nodes count as one (and empty ones as none): the text, not its nodes. */
function serializeChildren(nodes: NodeListOf<ChildNode>, out: string[], joinText: boolean): void {
  let run = '';
  for (const child of nodes) {
    if (joinText && child.nodeType === 3) {
      run += (child as Text).data;
      continue;
    }
    if (run) out.push(JSON.stringify(run));
    run = '';
    serialize(child, out, joinText);
  }
  if (run) out.push(JSON.stringify(run));
}
const serialized = (doc: Document, joinText = false) => serialize(doc, [], joinText).join('');

/** Every text node of the document, shadow roots and iframe documents included, in order. */
function textNodes(node: Node, out: Node[] = []): Node[] {
  if (node.nodeType === 3) out.push(node);
  const el = node as Element;
  if (el.shadowRoot) textNodes(el.shadowRoot, out);
  if (el.tagName === 'IFRAME' && (el as HTMLIFrameElement).contentDocument) textNodes((el as HTMLIFrameElement).contentDocument!, out);
  for (const child of node.childNodes) textNodes(child, out);
  return out;
}

/** Marks anywhere: the light DOM, shadow roots, iframe documents. */
function marksOutsideLightDom(doc: Document, fd: FuzzDoc): number {
  let n = 0;
  for (const s of fd.shadows) n += doc.getElementById(s.hostId)?.shadowRoot?.querySelectorAll(MARK_TAG).length ?? 0;
  for (const frame of doc.querySelectorAll('iframe')) n += (frame as HTMLIFrameElement).contentDocument?.querySelectorAll(MARK_TAG).length ?? 0;
  return n;
}

function attachShadows(doc: Document, fd: FuzzDoc): void {
  for (const s of fd.shadows) {
    const host = doc.getElementById(s.hostId);
    if (!host) continue; // the parser may drop a host in odd places; nothing to attach then
    const root = host.attachShadow({ mode: 'open' });
    for (const text of s.paragraphs) {
      const p = doc.createElement('p');
      p.textContent = text;
      root.appendChild(p);
    }
  }
}

/** Frees a happy-dom window: five hundred of them add up. */
async function closeDocument(doc: Document): Promise<void> {
  await (doc.defaultView as unknown as { happyDOM?: { close(): Promise<void> } } | null)?.happyDOM?.close();
}

/** expect() is slow at ten thousand calls a run; a plain check throws the same kind of message. */
function check(ok: boolean, message: string): void {
  if (!ok) throw new Error(message);
}

/** Where two serializations part, with some context. */
function firstDifference(a: string, b: string): string {
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  return `at ${i}: before …${a.slice(Math.max(0, i - 80), i + 80)}… after …${b.slice(Math.max(0, i - 80), i + 80)}…`;
}

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/** Whether offset `at` of `text` is a grapheme cluster edge (judged on a window around it: cheap, and enough here). */
function isClusterEdge(text: string, at: number): boolean {
  if (at <= 0 || at >= text.length) return true;
  const from = Math.max(0, at - 16);
  for (const g of graphemes.segment(text.slice(from, at + 16))) {
    if (from + g.index === at) return true;
    if (from + g.index > at) return false;
  }
  return false;
}

/** Offset of each text node's first character in the concatenated text of `root` (= root.textContent). */
function textOffsets(root: Node): Map<Node, number> {
  const out = new Map<Node, number>();
  let offset = 0;
  const walk = (node: Node) => {
    if (node.nodeType === 3) {
      out.set(node, offset);
      offset += (node as Text).data.length;
    } else if (node.nodeType === 1 || node.nodeType === 11) for (const child of node.childNodes) walk(child);
  };
  walk(root);
  return out;
}

interface RoundTrip {
  /** highlights painted (spans) */
  count: number;
  /** the text of every mark */
  marks: string[];
}

/** The whole check for one generated document; throws with the seed in the message. */
async function roundTrip(fd: FuzzDoc): Promise<RoundTrip> {
  const at = `seed ${fd.seed} [${fd.features.join(' ')}]`;
  const doc = await browserDocument(fd.html);
  try {
    attachShadows(doc, fd);
    if (fd.fragment) fragmentTextNodes(doc, fd.seed);
    const before = serialized(doc);
    const beforeJoined = serialized(doc, true);
    const nodesBefore = textNodes(doc);
    const textBefore = doc.body.textContent;

    const foreign = new Set(doc.querySelectorAll(MARK_TAG)); // the page's own, not ours
    // where the page's own text nodes begin and end: a cluster the page already splits there is not ours to mend
    const pageEdges = new Set<number>();
    for (const [node, offset] of textOffsets(doc.body)) pageEdges.add(offset).add(offset + (node as Text).data.length);
    const isCut = (at: number) => !pageEdges.has(at) && !isClusterEdge(textBefore, at);

    const found = findArticleText(doc);
    if (!found) return { count: 0, marks: [] };
    const blocks = buildBlocks(found.nodes, found.root);
    const meta = readMetadata(doc);
    const { spans } = annotateBlocks(blocks.map((b) => b.text), meta);
    const painting = paint(doc, blocks, spans);

    check(doc.body.textContent === textBefore, `${at}: text changed while painted`);
    const marks = [...doc.querySelectorAll(MARK_TAG)].filter((m) => !foreign.has(m));
    check(marks.length === painting.marks.length, `${at}: ${marks.length} marks in the page, ${painting.marks.length} in painting.marks`);
    check(marksOutsideLightDom(doc, fd) === 0, `${at}: a highlight entered a shadow root or an iframe`);
    const offsets = textOffsets(doc.body);
    for (const mark of marks) {
      const where = `${at}: mark "${mark.textContent}"`;
      const parent = mark.parentElement!;
      check(!parent.closest(NEVER_PAINTED), `${where} is inside an untouchable region (${parent.closest(NEVER_PAINTED)?.tagName})`);
      check(!parent.closest(MARK_TAG), `${where} is nested in another mark`);
      const text = mark.firstChild;
      check(mark.childNodes.length === 1 && text?.nodeType === 3, `${where} does not hold exactly one text node`);
      const data = (text as Text).data;
      check(/\S/.test(data), `${where} is blank`);
      // a mark's edge must not cut a surrogate pair or a grapheme cluster (e + U+0301, 1️⃣, 👩‍💻, 👍🏽)
      const start = offsets.get(text!)!;
      check(!isCut(start) && !isCut(start + data.length), `${where} cuts a grapheme cluster`);
      const span = spans[Number(mark.getAttribute('data-span'))];
      check(!!span, `${where} has no span`);
      // its span's text, give or take the rest of a grapheme cluster at either edge
      const near = blocks[span!.block]!.text.slice(Math.max(0, span!.start - 8), span!.end + 8);
      check(near.includes(data), `${where} is not its span's text ${JSON.stringify(near)}`);
    }

    const markTexts = marks.map((m) => m.textContent ?? '');
    painting.remove();
    const expectAsBefore = (when: string) => {
      check(doc.querySelectorAll(MARK_TAG).length === foreign.size, `${at}: marks left ${when}`);
      const after = serialized(doc);
      check(after === before, `${at}: DOM differs ${when}: ${firstDifference(before, after)}`);
      const nodesAfter = textNodes(doc);
      check(nodesAfter.length === nodesBefore.length && nodesAfter.every((n, i) => n === nodesBefore[i]), `${at}: text nodes replaced ${when}`);
    };
    expectAsBefore('after remove()');

    if (fd.seed % 5 === 0) {
      // the next run (content.ts clears, then runs again) reads the page as the first did, and paints it the same
      const again = findArticleText(doc)!;
      const blocksAgain = buildBlocks(again.nodes, again.root);
      check(JSON.stringify(blocksAgain.map((b) => b.text)) === JSON.stringify(blocks.map((b) => b.text)), `${at}: blocks differ on the second run`);
      const second = paint(doc, blocksAgain, spans);
      check(second.marks.length === painting.marks.length, `${at}: the second painting has ${second.marks.length} marks, the first ${painting.marks.length}`);
      second.remove();
      expectAsBefore('after the second remove()');
    }

    if (fd.seed % 10 === 3) {
      // Two paintings stacked (a second run reads the text the first left unpainted and paints it too).
      // Removed newest first, the DOM is exactly as before. Removed oldest first, the text must still be
      // intact, though split text nodes may remain.
      const first = paint(doc, blocks, spans);
      const over = findArticleText(doc);
      const overBlocks = over ? buildBlocks(over.nodes, over.root) : [];
      const second = paint(doc, overBlocks, annotateBlocks(overBlocks.map((b) => b.text), meta).spans);
      check(doc.body.textContent === textBefore, `${at}: text changed under two paintings`);
      for (const mark of second.marks) check(!mark.parentElement!.closest(MARK_TAG), `${at}: the second painting marked "${mark.textContent}" inside a mark of the first`);
      if (Math.floor(fd.seed / 10) % 2 === 0) {
        second.remove();
        first.remove();
        expectAsBefore('after removing two stacked paintings, newest first');
      } else {
        first.remove();
        second.remove();
        check(doc.body.textContent === textBefore, `${at}: text changed after removing two stacked paintings, oldest first`);
        check(doc.querySelectorAll(MARK_TAG).length === foreign.size, `${at}: marks left after removing two stacked paintings`);
        const after = serialized(doc, true);
        check(after === beforeJoined, `${at}: DOM differs after removing two stacked paintings, oldest first: ${firstDifference(beforeJoined, after)}`);
      }
    }
    return { count: painting.count, marks: markTexts };
  } finally {
    await closeDocument(doc);
  }
}

describe('paint round trip on generated hostile articles', () => {
  it('the generator is reproducible and hostile', () => {
    expect(generateDoc(42)).toEqual(generateDoc(42));
    expect(generateDoc(42).html).not.toBe(generateDoc(43).html);
    const features = new Set<string>();
    for (let seed = FIRST; seed <= LAST; seed++) for (const f of generateDoc(seed).features) features.add(f);
    for (const f of ['deep', 'table', 'list', 'br', 'rtl', 'emoji', 'combining', 'long', 'whitespace', 'custom', 'shadow', 'iframe', 'untouchable', 'pre-code', 'non-prose', 'fragmented', 'misnested', 'per-letter', 'foreign-mark', 'editable-story']) {
      expect(features, f).toContain(f);
    }
  });

  it(`${SEEDS} documents (seeds ${FIRST}..${LAST}): text unchanged while painted, nothing painted where it must not be, DOM identical after remove()`, async () => {
    const failures: string[] = [];
    let highlighted = 0;
    let marks = 0;
    for (let seed = FIRST; seed <= LAST; seed++) {
      try {
        const result = await roundTrip(generateDoc(seed));
        if (result.count > 0) highlighted++;
        marks += result.marks.length;
      } catch (err) {
        const message = (err instanceof Error ? err.message : String(err)).split('\n')[0]!.slice(0, 400);
        failures.push(message.startsWith(`seed ${seed} `) ? message : `seed ${seed}: ${message}`);
      }
    }
    expect(failures, `failing seeds:\n${failures.join('\n')}`).toEqual([]);
    // the engine may find nothing in a document, but not in most of them
    expect(highlighted, `only ${highlighted} of ${SEEDS} documents got a highlight`).toBeGreaterThan(SEEDS * 0.8);
    expect(marks).toBeGreaterThan(SEEDS * 5);
  }, Math.max(180_000, SEEDS * 400));
});

describe('regressions', () => {
  const handWritten = (html: string): FuzzDoc => ({ seed: 0, html, shadows: [], features: ['hand-written'], fragment: false });

  it('a highlight does not detach a combining mark from its letter', async () => {
    // The engine reads "$8.7bn" out of "$8.7bǹ" (n + U+0300); the mark ended between n and its accent.
    const { marks } = await roundTrip(handWritten('<html><body><article><p>Hackers stole $8.7bn\u0300 from Binance on March 23, 2022, the FBI said.</p><p>Police in Singapore traced 94,000 bitcoin, the Justice Department said.</p></article></body></html>'));
    expect(marks).toContain('$8.7bn\u0300');
  });

  it('a cluster the page itself splits across elements is painted on both sides and restored', async () => {
    const { marks } = await roundTrip(handWritten('<html><body><article><p>Hackers stole $8.7b<b>n\u0300</b> from Binanc<i>e\u0301</i> on March 23, 2022, the FBI said.</p><p>Police in Singapore traced 94,000 bitcoin, the Justice Department said.</p></article></body></html>'));
    expect(marks).toEqual(expect.arrayContaining(['$8.7b', 'n\u0300']));
  });

  it('span edges inside ZWJ emoji, keycaps, skin tones and surrogate pairs snap out to whole clusters', async () => {
    // paint() on its own, with spans cut where the engine could cut them, so every kind of edge is covered
    const doc = await browserDocument('<html><body><p>Coder 👩\u200d💻 won 1\ufe0f\u20e3 prize, 👍🏽 to Zoe\u0308 for 🇰🇵.</p></body></html>');
    try {
      const before = serialized(doc);
      const p = doc.querySelector('p')!;
      const text = (p.firstChild as Text).data;
      const block = { text, segments: [{ node: p.firstChild as Text, start: 0 }] };
      const at = (s: string) => text.indexOf(s);
      const painting = paint(doc, [block], [
        { block: 0, start: at('\u200d💻'), end: at(' won'), type: 'person', ref: 0 }, // starts at the ZWJ
        { block: 0, start: at('1'), end: at('1') + 1, type: 'count', ref: 0 }, // ends before VS16 + keycap
        { block: 0, start: at('👍'), end: at('👍') + 2, type: 'count', ref: 1 }, // ends before the skin tone
        { block: 0, start: at('Zoe'), end: at('Zoe') + 3, type: 'person', ref: 1 }, // ends before U+0308
        { block: 0, start: at('🇰🇵') + 1, end: at('🇰🇵') + 3, type: 'location', ref: 0 }, // cuts surrogate pairs
      ]);
      expect(painting.marks.map((m) => m.textContent)).toEqual(['🇰🇵', 'Zoe\u0308', '👍🏽', '1\ufe0f\u20e3', '👩\u200d💻']);
      expect(doc.body.textContent).toBe(text);
      painting.remove();
      expect(serialized(doc)).toBe(before);
    } finally {
      await closeDocument(doc);
    }
  });

  it('two stacked paintings removed oldest first leave the text in order', async () => {
    // The second painting splits a text node the first one left beside its mark; the first's remove()
    // then joined its mark's text to a node no longer next to it: "AAA BBB CCC" became "AAA CCCBBB ".
    const doc = await browserDocument('<html><body><p>Lazarus Group stole $5m from Binance</p></body></html>');
    try {
      const p = doc.querySelector('p')!;
      const textBefore = p.textContent;
      const blockOf = (nodes: Text[]) => buildBlocks(nodes, p);
      const original = p.firstChild as Text;
      const [block] = blockOf([original]);
      const first = paint(doc, [block!], [{ block: 0, start: 29, end: 36, type: 'organization', ref: 0 }]); // Binance
      const [left] = blockOf([original]); // "Lazarus Group stole $5m from ", beside the first mark
      const second = paint(doc, [left!], [{ block: 0, start: 20, end: 23, type: 'money', ref: 0 }]); // $5m
      expect([...first.marks, ...second.marks].map((m) => m.textContent)).toEqual(['Binance', '$5m']);
      first.remove();
      expect(p.textContent).toBe(textBefore);
      second.remove();
      expect(p.textContent).toBe(textBefore);
      expect(doc.querySelector(MARK_TAG)).toBeNull();
    } finally {
      await closeDocument(doc);
    }
  });

  // Seeds that failed, each a named test. A seed stands for the document generateDoc(seed) made when it
  // failed: if fuzz-docs.ts changes, these become ordinary seeds (still worth running) and the
  // hand-written cases above keep the bugs covered.
  const failed: [number, string][] = [
    // All seven: "cuts a grapheme cluster". The engine's span ended just before a combining mark
    // (an address or amount with an accent after one of its letters), so the mark's edge detached
    // the accent from its letter. Fixed in lib/highlight/paint.ts: span edges snap out to cluster edges.
    [201, 'mark "1A1zP1eP5QGefi2DMPTfTL5SLmv7Di" ended before a combining mark'],
    [220, 'mark "HuJJnkLtk" ended before a combining mark'],
    [239, 'mark "bc1qa5wkgaew2dkv56kf" ended before a combining mark'],
    [288, 'mark "$281 m" ended before a combining mark'],
    [302, 'mark "bc1qa5wkgaew2dkv56kfvj49j0a" ended before a combining mark'],
    [377, 'mark "33 people" ended before a combining mark'],
    [456, 'mark "bc1qa5wkgaew2dkv56kfvj49j" ended before a combining mark'],
    // These ten: "text changed after removing two stacked paintings, oldest first". unwrap() joined a
    // mark's text to its recorded left/right node although the other painting's mark now stood between
    // them, so text moved out of order. Fixed in lib/highlight/paint.ts: join only adjacent nodes.
    ...[13, 173, 213, 233, 273, 293, 313, 333, 433, 493].map((seed): [number, string] => [seed, 'two stacked paintings removed oldest first moved text out of order']),
  ];
  for (const [seed, what] of failed) {
    it(`seed ${seed}: ${what}`, async () => {
      const { count } = await roundTrip(generateDoc(seed));
      expect(count).toBeGreaterThan(0);
    });
  }
});
