/**
 * The engine, once per browser: the NLP, knowledge and incident index loaded on first use (or as the
 * worker starts), and the guard that lets only well-formed page input reach them.
 */
import { annotateForPaint, rankAnnotation, type PaintedAnnotation } from '@/lib/annotate';
import { rankerFromIndex } from '@/lib/incidents/rank';
import { loadIndex } from '@/lib/incidents/load';
import type { IncidentRanker } from '@/lib/incidents/ranker-types';
import type { ArticleMeta } from '@/lib/schema';

const MAX_BLOCKS = 20_000;
const MAX_CHARS = 4_000_000;

export interface Engine {
  /** names, figures, addresses, flags and spans: what the page paints */
  annotate(blocks: unknown, article: ArticleMeta): PaintedAnnotation & { blocks: string[] };
  /** sets the annotation's crime types, summary, own and related incidents (after the page has its spans) */
  finish(painted: PaintedAnnotation & { blocks: string[] }): void;
  /** loads everything now, so that the first article is as quick as the rest (nothing, once an article has) */
  warm(): void;
}

/** The page's text is untrusted: only strings, within limits, reach the engine. */
export function cleanBlocks(blocks: unknown): string[] {
  if (!Array.isArray(blocks)) throw new Error('blocks must be a list');
  let total = 0;
  const out: string[] = [];
  for (const b of blocks.slice(0, MAX_BLOCKS)) {
    if (typeof b !== 'string') continue;
    total += b.length;
    if (total > MAX_CHARS) break;
    out.push(b);
  }
  return out;
}

export function cleanMeta(m: ArticleMeta | null | undefined): ArticleMeta {
  const str = (s: unknown) => (typeof s === 'string' ? s.slice(0, 1000) : null);
  const url = str(m?.url);
  return {
    title: str(m?.title),
    url: url && /^https?:\/\//i.test(url) ? url : null,
    publisher: str(m?.publisher),
    authors: Array.isArray(m?.authors) ? m.authors.filter((a): a is string => typeof a === 'string').slice(0, 20).map((a) => a.slice(0, 200)) : [],
    publishedAt: typeof m?.publishedAt === 'string' && /^\d{4}(-\d{2}){0,2}$/.test(m.publishedAt) ? m.publishedAt : null,
    language: str(m?.language),
  };
}

export function createEngine(): Engine {
  let ranker: IncidentRanker | null = null;
  let used = false;
  const ranking = () => (ranker ??= rankerFromIndex(loadIndex()));
  // for the benchmark: the engine's time before the answer and after it, as measures in the worker
  const measure = (name: string, start: number) => {
    performance.clearMeasures(name);
    performance.measure(name, { start, end: performance.now() });
  };
  return {
    annotate(blocks, article) {
      used = true;
      const started = performance.now();
      const texts = cleanBlocks(blocks);
      const painted = annotateForPaint(texts, cleanMeta(article));
      measure('hashmark:engine', started);
      return { ...painted, blocks: texts };
    },
    finish(painted) {
      const started = performance.now();
      painted.finish();
      rankAnnotation(painted.annotation, painted.blocks, ranking());
      measure('hashmark:finish', started);
    },
    warm() {
      // a worker woken by an article has loaded everything for it; warming again would only cost time
      if (used) return;
      // (not through annotate and finish, whose measures the benchmark reads)
      const blocks = ['The FBI said the Lazarus Group stole $1.5bn in bitcoin on Tuesday.'];
      const painted = annotateForPaint(blocks, cleanMeta(null));
      // What the page's highlights need first; the summary and the incident search half a second later, as a
      // task that ran at once would come before a page's question waiting for the first part (~100 ms more).
      setTimeout(() => {
        painted.finish();
        rankAnnotation(painted.annotation, blocks, ranking());
      }, 500);
    },
  };
}
