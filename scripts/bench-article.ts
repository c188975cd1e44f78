/**
 * Time of body detection + metadata on large pages, beside Mozilla Readability's in the same run
 * (each on its own freshly parsed copy, so neither pays for the other's changes to the DOM).
 * scripts/bench.ts calls benchArticle(); alone: `npx tsx scripts/bench-article.ts [runs]`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { Readability } from '@mozilla/readability';
import { buildBlocks } from '../lib/article/blocks';
import { findArticleText } from '../lib/article/detect';
import { readMetadata } from '../lib/article/metadata';
import { largeArticleHtml } from '../tests/fixtures/large-article';
import { parsePage } from './parse-page';

export interface ArticleBenchRow {
  page: string;
  elements: number;
  /** median ms: Hashmark's body detection, its blocks and the metadata */
  hashmark: number;
  /** median ms: Readability.parse() on the same page */
  readability: number;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

function timeOn(html: string, work: (doc: Document) => void, runs: number): number {
  const out: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const doc = parsePage(html);
    const t = performance.now();
    work(doc);
    if (i > 0) out.push(performance.now() - t); // the first run warms up
  }
  return median(out);
}

function largePages(): { page: string; html: string }[] {
  const fixtures = readdirSync('tests/fixtures/articles')
    .filter((f) => f.endsWith('.html'))
    .map((f) => ({ page: f, html: readFileSync(`tests/fixtures/articles/${f}`, 'utf8') }))
    .sort((a, b) => b.html.length - a.html.length)
    .slice(0, 2);
  return [
    { page: 'large-article (150,000 words)', html: largeArticleHtml().html },
    { page: 'large-article (20,000 words)', html: largeArticleHtml(20_000).html },
    ...fixtures,
  ];
}

export function benchArticle(runs = 5): ArticleBenchRow[] {
  return largePages().map(({ page, html }) => ({
    page,
    elements: parsePage(html).querySelectorAll('*').length,
    hashmark: timeOn(html, (doc) => {
      const found = findArticleText(doc);
      if (found) buildBlocks(found.nodes, found.root);
      readMetadata(doc);
    }, runs),
    readability: timeOn(html, (doc) => {
      new Readability(doc).parse();
    }, runs),
  }));
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const runs = Number(process.argv[2] ?? 5);
  console.log('page | elements | Hashmark body + metadata | Readability | ratio');
  for (const r of benchArticle(runs)) {
    console.log(`${r.page} | ${r.elements} | ${r.hashmark.toFixed(1)} ms | ${r.readability.toFixed(1)} ms | ${(r.hashmark / r.readability).toFixed(2)}×`);
  }
}
