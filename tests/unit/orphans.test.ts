import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildBlocks } from '@/lib/article/blocks';
import { findArticleText } from '@/lib/article/detect';
import { readMetadata } from '@/lib/article/metadata';
import { annotateBlocks } from '@/lib/annotate';
import { paint } from '@/lib/highlight/paint';
import { removeOrphanedHighlights } from '@/lib/highlight/orphans';
import { FIXTURES, browserDocument } from './dom';

const serialize = (doc: Document) => doc.documentElement.outerHTML; // eslint-disable-line no-restricted-properties
const textNodes = (node: Node): number => (node.nodeType === 3 ? 1 : [...node.childNodes].reduce((n, c) => n + textNodes(c), 0));

// A content script whose add-on was reloaded or removed in Firefox never runs again: its painting is
// forgotten, not removed. These tests paint, drop the painting, and let a new instance clean up.
describe('highlights left by an earlier instance', () => {
  it('are unwrapped with their split text nodes joined, and a stale in-page UI removed', async () => {
    const doc = await browserDocument('<html><body><article><p>The <b>Lazarus</b> Group stole $281 million from KuCoin.</p></article></body></html>');
    const before = serialize(doc);
    const p = doc.querySelector('p')!;
    const texts = [...p.childNodes].flatMap((n) => (n.nodeType === 3 ? [n as Text] : ([...n.childNodes].filter((c) => c.nodeType === 3) as Text[])));
    const blocks = buildBlocks(texts, doc.body);
    paint(doc, blocks, [
      { block: 0, start: 4, end: 17, type: 'threat', ref: 0 },
      { block: 0, start: 24, end: 36, type: 'money', ref: 0 },
    ]);
    doc.body.appendChild(doc.createElement('hashmark-ui'));
    expect(textNodes(p)).toBeGreaterThan(3);

    expect(removeOrphanedHighlights(doc)).toBe(3);
    expect(serialize(doc)).toBe(before);
    expect(p.childNodes.length).toBe(3);
    expect(textNodes(p)).toBe(3);
  });

  it('keeps the current instance’s own in-page UI', async () => {
    const doc = await browserDocument('<html><body><p>Text</p><hashmark-ui id="old"></hashmark-ui><hashmark-ui id="ours"></hashmark-ui></body></html>');
    removeOrphanedHighlights(doc, (ui) => ui.id === 'ours');
    expect([...doc.querySelectorAll('hashmark-ui')].map((e) => e.id)).toEqual(['ours']);
  });

  it('gives a whole fixture article back as it was, even with two forgotten paintings stacked', async () => {
    const doc = await browserDocument(readFileSync(`${FIXTURES}/kucoin-2020.html`, 'utf8'));
    const before = serialize(doc);
    const nodesBefore = textNodes(doc.body);
    const found = findArticleText(doc)!;
    const blocks = buildBlocks(found.nodes, found.root);
    const { spans } = annotateBlocks(blocks.map((b) => b.text), readMetadata(doc));
    const painted = paint(doc, blocks, spans).count;
    expect(painted).toBeGreaterThan(20);
    // a second instance painting over the first one's highlights (as before this fix)
    const again = findArticleText(doc)!;
    paint(doc, buildBlocks(again.nodes, again.root), spans);
    expect(removeOrphanedHighlights(doc)).toBeGreaterThanOrEqual(painted);
    expect(doc.querySelector('hashmark-mark')).toBeNull();
    expect(serialize(doc)).toBe(before);
    expect(textNodes(doc.body)).toBe(nodesBefore);
  });
});
