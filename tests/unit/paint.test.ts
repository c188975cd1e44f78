import { describe, expect, it } from 'vitest';
import { buildBlocks } from '@/lib/article/blocks';
import { findArticleText } from '@/lib/article/detect';
import { paint } from '@/lib/highlight/paint';
import { annotateBlocks } from '@/lib/annotate';
import { readMetadata } from '@/lib/article/metadata';
import { readFileSync } from 'node:fs';
import { FIXTURES, browserDocument } from './dom';

const serialize = (doc: Document) => doc.documentElement.outerHTML; // eslint-disable-line no-restricted-properties

describe('painting highlights', () => {
  it('wraps spans that cross inline elements and removes them leaving the DOM exactly as it was', async () => {
    const doc = await browserDocument('<html><body><article><p>The <b>Lazarus</b> Group stole $281 million from KuCoin.</p><p>Second <i>para</i>graph here.</p></article></body></html>');
    const before = serialize(doc);
    const p = doc.querySelectorAll('p')[0]!;
    const texts = [...p.childNodes].flatMap((n) => (n.nodeType === 3 ? [n as Text] : [...n.childNodes].filter((c) => c.nodeType === 3) as Text[]));
    const [block] = buildBlocks(texts, doc.body);
    expect(block!.text).toBe('The Lazarus Group stole $281 million from KuCoin.');
    const painting = paint(doc, [block!], [
      { block: 0, start: 4, end: 17, type: 'threat', ref: 0 },
      { block: 0, start: 24, end: 36, type: 'money', ref: 0 },
      { block: 0, start: 42, end: 48, type: 'organization', ref: 1 },
    ]);
    expect(painting.count).toBe(3);
    expect(doc.querySelectorAll('hashmark-mark').length).toBe(4); // the threat spans two text nodes
    expect(doc.body.textContent).toBe('The Lazarus Group stole $281 million from KuCoin.Second paragraph here.');
    painting.remove();
    expect(serialize(doc)).toBe(before);
    expect(doc.querySelector('p')!.childNodes.length).toBe(3); // split text nodes joined again
  });

  it('round-trips every fixture article: text unchanged while painted, DOM identical after removal', async () => {
    for (const name of ['kucoin-2020.html', 'alphabay-2017.html', 'nomad-2022.html']) {
      const doc = await browserDocument(readFileSync(`${FIXTURES}/${name}`, 'utf8'));
      const before = serialize(doc);
      const textBefore = doc.body.textContent;
      const found = findArticleText(doc)!;
      const blocks = buildBlocks(found.nodes, found.root);
      const { spans } = annotateBlocks(blocks.map((b) => b.text), readMetadata(doc));
      const painting = paint(doc, blocks, spans);
      expect(painting.count).toBeGreaterThan(20);
      expect(doc.body.textContent).toBe(textBefore);
      painting.remove();
      expect(serialize(doc)).toBe(before);
    }
  });
});
