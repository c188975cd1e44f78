/**
 * The case file's search index, kept in step with the database: built on first use (in chunks, so a
 * page stays responsive), then brought up to date from each article's `updatedAt` stamp, and reconciled
 * by key when another page or an undo deleted or restored articles.
 */
import type { CaseDatabase } from './database';
import { ArticleSearch, searchDoc } from './search';
import type { CaseArticle } from './types';

/** Articles indexed for search between two yields to the event loop (~70 ms of work in Node). */
const INDEX_CHUNK = 100;

export class SearchSync {
  private search: ArticleSearch | null = null;
  /** the highest updatedAt the search index has seen, and the articles indexed with that stamp */
  private indexedUpTo = 0;
  private readonly indexedAtLatest = new Set<string>();

  constructor(private readonly db: CaseDatabase) {}

  /** Drops deleted articles from the index (when it exists). */
  forget(urls: readonly string[]): void {
    this.search?.remove([...urls]);
  }

  private syncing: Promise<ArticleSearch> | null = null;

  /** The index, brought up to date first; concurrent callers share one sync. */
  index(): Promise<ArticleSearch> {
    return (this.syncing ??= this.syncSearch().finally(() => (this.syncing = null)));
  }

  /** The search index, built on first use, then brought up to date with what changed since. */
  private async syncSearch(): Promise<ArticleSearch> {
    const index = (this.search ??= new ArticleSearch());
    // records stamped at exactly indexedUpTo were indexed already unless another page wrote in that same ms
    const changed = (await this.db.articles.where('updatedAt').aboveOrEqual(this.indexedUpTo).toArray()).filter(
      (a) => a.updatedAt > this.indexedUpTo || !this.indexedAtLatest.has(a.url),
    );
    await this.indexArticles(index, changed);
    if ((await this.db.articles.count()) !== index.size) {
      // deleted or restored elsewhere (another page, an undo): reconcile by key
      const keys = await this.db.articles.toCollection().primaryKeys();
      const present = new Set(keys);
      index.remove(index.urls().filter((url) => !present.has(url)));
      const missing = keys.filter((url) => !index.has(url));
      await this.indexArticles(index, (await this.db.articles.bulkGet(missing)).filter((x): x is CaseArticle => !!x));
    }
    return index;
  }

  /** Indexes articles in chunks, yielding between them so that a page stays responsive while it builds. */
  private async indexArticles(index: ArticleSearch, articles: CaseArticle[]): Promise<void> {
    for (let i = 0; i < articles.length; i += INDEX_CHUNK) {
      const chunk = articles.slice(i, i + INDEX_CHUNK);
      const texts = await this.db.texts.bulkGet(chunk.map((a) => a.url));
      index.put(chunk.map((a, j) => searchDoc(a, texts[j]?.text)));
      for (const a of chunk) {
        if (a.updatedAt > this.indexedUpTo) this.indexedAtLatest.clear();
        if (a.updatedAt >= this.indexedUpTo) this.indexedAtLatest.add(a.url);
        this.indexedUpTo = Math.max(this.indexedUpTo, a.updatedAt);
      }
      if (i + INDEX_CHUNK < articles.length) await new Promise((resolve) => setTimeout(resolve, 0));
    }
  }
}
