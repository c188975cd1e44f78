/**
 * Is this page an article, and which of its text is the article's prose? The prose is
 * read off the live page's own text nodes, so highlights land in the real DOM.
 */
// the readerable check alone: the package's index also requires the whole Readability class (CommonJS, not tree-shaken)
import isProbablyReaderable from '@mozilla/readability/Readability-readerable.js';
import { runAll } from '../base/slices';
import { articleBodySteps } from './body';

const ARTICLE_LD = /"@type"\s*:\s*(?:\[[^\]]*)?"(?:News|Blog|Scholarly|Report|Analysis)?(?:Article|BlogPosting|ReportageNews)"/;

/** Cheap signals only: meant to run on every page where Hashmark is enabled. */
export function looksLikeArticle(doc: Document): boolean {
  const ogType = doc.querySelector('meta[property="og:type"]')?.getAttribute('content');
  if (ogType && /article/i.test(ogType)) return true;
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    if (ARTICLE_LD.test(script.textContent ?? '')) return true;
  }
  return isProbablyReaderable(doc, { minContentLength: 140, minScore: 20 });
}

export interface ArticleText {
  /** the nearest element containing all of the article's prose */
  root: Element;
  /** the prose's text nodes in document order */
  nodes: Text[];
}

/**
 * The article's prose in small steps, for time slicing in the page. One scored algorithm for
 * every page size (see ./body): the extension slices it, the CLI and tests run it at once.
 */
export function* findArticleTextSteps(doc: Document): Generator<void, ArticleText | null> {
  return yield* articleBodySteps(doc);
}

export function findArticleText(doc: Document): ArticleText | null {
  return runAll(findArticleTextSteps(doc));
}
