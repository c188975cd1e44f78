/**
 * Full-text search over the case file (titles, names, text) with MiniSearch. The index is built on the
 * first search and then kept up to date from the store's `updatedAt` index, so a search after recording
 * one article re-indexes that one article only.
 */
import MiniSearch from 'minisearch';
import type { CaseArticle } from './types';

export interface SearchDoc {
  url: string;
  title: string;
  names: string;
  text: string;
}

export const searchDoc = (article: CaseArticle, text: string | undefined): SearchDoc => ({
  url: article.url,
  title: article.title ?? '',
  names: article.names.flatMap((n) => [n.name, ...n.aliases]).join(' · '),
  text: text ?? '',
});

export class ArticleSearch {
  private readonly index = new MiniSearch<SearchDoc>({
    idField: 'url',
    fields: ['title', 'names', 'text'],
    searchOptions: { boost: { title: 3, names: 2 }, prefix: true, fuzzy: 0.15, combineWith: 'AND' },
  });

  private readonly indexed = new Set<string>();

  get size(): number {
    return this.indexed.size;
  }

  has(url: string): boolean {
    return this.index.has(url);
  }

  urls(): string[] {
    return [...this.indexed];
  }

  /** Adds or replaces documents. */
  put(docs: readonly SearchDoc[]): void {
    for (const doc of docs) {
      if (this.index.has(doc.url)) this.index.replace(doc);
      else this.index.add(doc);
      this.indexed.add(doc.url);
    }
  }

  remove(urls: Iterable<string>): void {
    for (const url of urls) {
      if (this.index.has(url)) this.index.discard(url);
      this.indexed.delete(url);
    }
  }

  /** URLs of the matching articles, best first. */
  search(query: string): string[] {
    if (!query.trim()) return [];
    return this.index.search(query).map((r) => String(r.id));
  }
}
