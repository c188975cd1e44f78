/**
 * Annotating a whole page or a plain-text article: what the CLI and tests run. The page is read here
 * (its article found, its metadata read) and the blocks annotated by ./annotate.ts; the background,
 * given blocks and metadata by the page, imports only that, so reading pages costs its start-up nothing.
 */
import type { ArticleMeta } from './schema';
import { readMetadata } from './article/metadata';
import { findArticleText } from './article/detect';
import { buildBlocks } from './article/blocks';
import { plainTextBlocks, plainTextHead } from './article/plain-text';
import { annotateBlocks, type AnnotateOptions, type AnnotationResult } from './annotate';

/** The text of each block of a parsed page's article, as the engine is given it; none when there is no article. */
export function articleTexts(doc: Document): string[] {
  const found = findArticleText(doc);
  return found ? buildBlocks(found.nodes, found.root).map((b) => b.text) : [];
}

/** The whole path for a parsed page: find the article, read its metadata, annotate. */
export function annotateDocument(doc: Document, pageUrl: string | null = null, options: AnnotateOptions = {}): AnnotationResult {
  return annotateBlocks(articleTexts(doc), readMetadata(doc, pageUrl), options);
}

const EMPTY_META: ArticleMeta = { title: null, url: null, publisher: null, authors: [], publishedAt: null, language: null };

/** A plain-text article: no markup, so no metadata beyond what the caller knows. */
export function annotateText(text: string, options: AnnotateOptions = {}, article: ArticleMeta = EMPTY_META): AnnotationResult {
  const head = plainTextHead(text).meta;
  const meta: ArticleMeta = {
    ...article,
    title: article.title ?? head.title,
    authors: article.authors.length ? article.authors : head.authors,
    publishedAt: article.publishedAt ?? head.publishedAt,
  };
  return annotateBlocks(plainTextBlocks(text), meta, options);
}
