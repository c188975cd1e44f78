/**
 * The engine, once per browser: the NLP, knowledge and incident index loaded on first use (or while
 * the browser is idle), and the guard that lets only well-formed page input reach them.
 */
import { annotateBlocks, type AnnotationResult } from '@/lib/annotate';
import { rankerFromIndex } from '@/lib/incidents/rank';
import { loadIndex } from '@/lib/incidents/load';
import type { IncidentRanker } from '@/lib/incidents/ranker-types';
import type { ArticleMeta } from '@/lib/schema';

const MAX_BLOCKS = 20_000;
const MAX_CHARS = 4_000_000;

export interface Engine {
  annotate(blocks: unknown, article: ArticleMeta): AnnotationResult & { blocks: string[] };
  /** loads everything now, so that the first article is as quick as the rest */
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
  const rank = () => (ranker ??= rankerFromIndex(loadIndex()));
  return {
    annotate(blocks, article) {
      // for the benchmark: the engine's time and the ranking's share of it, as measures in the worker
      const started = performance.now();
      const ranker = rank();
      const texts = cleanBlocks(blocks);
      let rankStart = 0;
      const timedRank: IncidentRanker = (annotation, text) => {
        rankStart = performance.now();
        try {
          return ranker(annotation, text);
        } finally {
          performance.clearMeasures('hashmark:rank');
          performance.measure('hashmark:rank', { start: rankStart, end: performance.now() });
        }
      };
      const result = annotateBlocks(texts, cleanMeta(article), { rank: timedRank });
      performance.clearMeasures('hashmark:engine');
      performance.measure('hashmark:engine', { start: started, end: performance.now() });
      return { ...result, blocks: texts };
    },
    warm() {
      annotateBlocks(['The FBI said the Lazarus Group stole $1.5bn in bitcoin on Tuesday.'], cleanMeta(null), { rank: rank() });
    },
  };
}
