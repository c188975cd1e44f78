/** The article's body on kinds of page that real news sites are made of (pages in tests/pages, written for these tests). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildBlocks } from '@/lib/article/blocks';
import { findArticleText, findArticleTextSteps } from '@/lib/article/detect';
import { paint } from '@/lib/highlight/paint';
import { articleTexts } from '@/lib/annotate-page';
import type { Span } from '@/lib/schema';
import { browserDocument, htmlDocument } from './dom';

const page = (name: string) => readFileSync(`tests/pages/${name}`, 'utf8');
const bodyText = (doc: Document) => articleTexts(doc).map((t) => t.trim());
/** The subtree as a list of node names and text, to tell whether painting left the DOM exactly as it was. */
const snapshot = (root: Node): string[] => {
  const out: string[] = [];
  const walk = (n: Node) => {
    out.push(n.nodeType === 3 ? `#${(n as Text).data}` : n.nodeName);
    n.childNodes.forEach(walk);
    out.push('/');
  };
  walk(root);
  return out;
};
const words = (blocks: string[]) => blocks.join(' ').split(/\s+/).filter(Boolean).length;

describe('article body', () => {
  it('keeps an article whose container is named like page chrome ("paywall", "box", "widget")', () => {
    const blocks = bodyText(htmlDocument(page('paywall-wrapped.html')));
    expect(blocks.some((b) => b.startsWith('The exchange said on Tuesday'))).toBe(true);
    expect(blocks.some((b) => b.startsWith('Analysts said the theft'))).toBe(true);
    // the sidebar's links and the footer stay out
    expect(blocks.join('\n')).not.toMatch(/Most read|Token prices slide|All rights reserved/);
  });

  it('reads the whole article, not its caption, when the text sits in bare divs', () => {
    const blocks = bodyText(htmlDocument(page('caption-first.html')));
    expect(words(blocks)).toBeGreaterThanOrEqual(150);
    expect(blocks.some((b) => b.startsWith('The company did not say'))).toBe(true);
  });

  it('finds the same body on a page with thousands of elements as on the same page without them', () => {
    const html = page('paywall-wrapped.html');
    const links = Array.from({ length: 2500 }, (_, i) => `<li><a href="/t/${i}">Topic ${i}</a></li>`).join('');
    const big = html.replace('<footer>', `<div class="megamenu"><ul>${links}</ul></div><footer>`);
    const doc = htmlDocument(big);
    expect(doc.querySelectorAll('*').length).toBeGreaterThan(4000);
    expect(bodyText(doc)).toEqual(bodyText(htmlDocument(html)));
  });

  it('gives the same result in slices as at once, and yields on a large page', () => {
    const links = Array.from({ length: 3000 }, (_, i) => `<li><a href="/t/${i}">Topic ${i}</a></li>`).join('');
    const doc = htmlDocument(page('paywall-wrapped.html').replace('<footer>', `<ul>${links}</ul><footer>`));
    const steps = findArticleTextSteps(doc);
    let yields = 0;
    let step = steps.next();
    while (!step.done) {
      yields++;
      step = steps.next();
    }
    expect(yields).toBeGreaterThan(5);
    expect(step.value?.nodes).toEqual(findArticleText(doc)?.nodes);
  });

  it('reads a <pre> only when it is prose, and never paints inside one', async () => {
    const doc = await browserDocument(page('code-blocks.html'));
    const found = findArticleText(doc)!;
    const blocks = buildBlocks(found.nodes, found.root);
    const text = blocks.map((b) => b.text).join('\n');
    expect(text).not.toMatch(/curl|"balance"/);
    expect(text).toMatch(/Dear customers, we regret/);
    const before = snapshot(doc.body);
    // a span over every block, the prose <pre> included
    const spans: Span[] = blocks.map((b, block) => ({ block, start: 0, end: b.text.length, type: 'organization', ref: 0 }));
    const painting = paint(doc, blocks, spans);
    expect(painting.count).toBeGreaterThan(0);
    for (const mark of painting.marks) expect(mark.closest('pre')).toBeNull();
    painting.remove();
    expect(snapshot(doc.body)).toEqual(before);
  });
});
