/**
 * The case file: every article Hashmark annotated for the reader, stored in IndexedDB through Dexie,
 * on the reader's machine only. Articles are keyed by URL; their text is kept in a table of its own
 * so that listing and aggregating never load it.
 */
import type { DexieOptions } from 'dexie';
import { CaseDatabase, DATABASE_NAME } from './database';
import { compareNullable, normalizeTags, SORT_VALUE } from './rows';
import { buildRecord, addressKey, nameKey } from './record';
import { SearchSync } from './search-sync';
import { CaseFileFullError, CaseFileImportError, isQuotaError } from './errors';
import { parseExport } from './import';
import { exportCaseFile, mergeImported } from './backup';
import type { ArticleInput, ArticlePage, CaseArticle, CaseFileExport, CaseQuote, CaseText, ListOptions, Undo } from './types';

export interface CaseFileOptions {
  name?: string;
  /** Dexie's options: an `indexedDB` and `IDBKeyRange` other than the global ones (tests, Node) */
  dexie?: DexieOptions;
}

export class CaseFile {
  readonly db: CaseDatabase;
  private readonly searching: SearchSync;
  private lastWrite = 0;

  constructor(options: CaseFileOptions = {}) {
    this.db = new CaseDatabase(options.name ?? DATABASE_NAME, options.dexie);
    this.searching = new SearchSync(this.db);
  }

  close(): void {
    this.db.close();
  }

  /** A strictly increasing timestamp, so the search index can catch up from `updatedAt`. */
  private stamp(): number {
    this.lastWrite = Math.max(Date.now(), this.lastWrite + 1);
    return this.lastWrite;
  }

  /** Runs a write; a full disk becomes a CaseFileFullError (the transaction is rolled back whole). */
  private async write<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await this.db.transaction('rw', this.db.articles, this.db.texts, this.db.quotes, work);
    } catch (error) {
      if (isQuotaError(error)) throw new CaseFileFullError({ cause: error });
      throw error;
    }
  }

  // -------------------------------------------------------------------------------------------------------
  // Writing

  /**
   * Records (or re-records) an annotated article: a new reading replaces the annotation, text and
   * readAt, and keeps the reader's tags, note and quotes.
   */
  async recordArticle(input: ArticleInput): Promise<CaseArticle> {
    const { article, text } = buildRecord(input, this.stamp());
    await this.write(async () => {
      const existing = await this.db.articles.get(article.url);
      if (existing) {
        article.tags = existing.tags;
        article.note = existing.note;
      }
      await this.db.articles.put(article);
      if (text === null) await this.db.texts.delete(article.url);
      else await this.db.texts.put({ url: article.url, text });
    });
    return article;
  }

  /** Stores a quote from an article (recorded or not); returns its id. */
  async addQuote(quote: Omit<CaseQuote, 'id' | 'createdAt'> & { createdAt?: string }): Promise<number> {
    const record: CaseQuote = { url: quote.url, text: quote.text, fragmentUrl: quote.fragmentUrl, createdAt: quote.createdAt ?? new Date().toISOString() };
    return this.write(() => this.db.quotes.add(record));
  }

  async deleteQuote(id: number): Promise<void> {
    await this.write(() => this.db.quotes.delete(id));
  }

  async setTags(url: string, tags: readonly string[]): Promise<void> {
    await this.update(url, { tags: normalizeTags(tags) });
  }

  async setNote(url: string, note: string): Promise<void> {
    await this.update(url, { note });
  }

  private async update(url: string, changes: Partial<CaseArticle>): Promise<void> {
    const updatedAt = this.stamp();
    const found = await this.write(() => this.db.articles.update(url, { ...changes, updatedAt }));
    if (!found) throw new Error(`No article in the case file has the address ${url}`);
  }

  /** Deletes articles with their text and quotes; `undo()` puts every one of them back. */
  async deleteArticles(urls: readonly string[]): Promise<Undo> {
    const keys = [...new Set(urls)];
    const saved = await this.write(async () => {
      const articles = (await this.db.articles.bulkGet(keys)).filter((a): a is CaseArticle => !!a);
      const texts = (await this.db.texts.bulkGet(keys)).filter((t): t is CaseText => !!t);
      const quotes = await this.db.quotes.where('url').anyOf(keys).toArray();
      await this.db.articles.bulkDelete(keys);
      await this.db.texts.bulkDelete(keys);
      await this.db.quotes.bulkDelete(quotes.map((q) => q.id!));
      return { articles, texts, quotes };
    });
    this.searching.forget(keys);
    return { count: saved.articles.length, undo: () => this.restore(saved) };
  }

  /** Empties the case file; `undo()` restores it. */
  async deleteAll(): Promise<Undo> {
    const saved = await this.write(async () => {
      const all = { articles: await this.db.articles.toArray(), texts: await this.db.texts.toArray(), quotes: await this.db.quotes.toArray() };
      await Promise.all([this.db.articles.clear(), this.db.texts.clear(), this.db.quotes.clear()]);
      return all;
    });
    this.searching.forget(saved.articles.map((a) => a.url));
    return { count: saved.articles.length, undo: () => this.restore(saved) };
  }

  private async restore(saved: { articles: CaseArticle[]; texts: CaseText[]; quotes: CaseQuote[] }): Promise<void> {
    await this.write(async () => {
      await this.db.articles.bulkPut(saved.articles);
      await this.db.texts.bulkPut(saved.texts);
      await this.db.quotes.bulkPut(saved.quotes);
    });
  }

  // -------------------------------------------------------------------------------------------------------
  // Reading

  get(url: string): Promise<CaseArticle | undefined> {
    return this.db.articles.get(url);
  }

  async text(url: string): Promise<string | undefined> {
    return (await this.db.texts.get(url))?.text;
  }

  quotes(url?: string): Promise<CaseQuote[]> {
    return url === undefined ? this.db.quotes.toArray() : this.db.quotes.where('url').equals(url).toArray();
  }

  count(): Promise<number> {
    return this.db.articles.count();
  }

  all(): Promise<CaseArticle[]> {
    return this.db.articles.toArray();
  }

  /**
   * One page of articles, filtered and sorted (default: most recently read first). Without a filter,
   * sorted by readAt, only the page's rows are read (an index walk); otherwise the filter narrows by one
   * index and the rest is done in memory.
   */
  async list(options: ListOptions = {}): Promise<ArticlePage> {
    const { sort = 'readAt', descending = sort === 'readAt' || sort === 'publishedAt' || sort === 'amount', offset = 0, limit = 50 } = options;
    const search = options.search?.trim();
    const narrowed = !!(options.crimeType || options.incidentId || options.publisher || options.tag || options.from || options.to);
    if (!narrowed && !search && sort === 'readAt') {
      const ordered = descending ? this.db.articles.orderBy('readAt').reverse() : this.db.articles.orderBy('readAt');
      // IndexedDB counts are 32-bit: "all of them" is no limit, not a huge one
      const from = ordered.offset(offset);
      const [rows, total] = await Promise.all([(Number.isFinite(limit) ? from.limit(limit) : from).toArray(), this.db.articles.count()]);
      return { rows, total };
    }
    let rows: CaseArticle[];
    if (search) {
      // search results come best first; by relevance with no other filter, only the page's rows are read
      const ranked = await this.searchUrls(search);
      if (!narrowed && !options.sort) {
        const page = await this.db.articles.bulkGet(ranked.slice(offset, offset + limit));
        return { rows: page.filter((a): a is CaseArticle => !!a), total: ranked.length };
      }
      rows = (await this.db.articles.bulkGet(ranked)).filter((a): a is CaseArticle => !!a);
    } else {
      rows = await this.candidates(options);
    }
    rows = rows.filter(
      (a) =>
        (!options.crimeType || a.crimeTypes.includes(options.crimeType)) &&
        (!options.incidentId || a.incidentId === options.incidentId) &&
        (!options.publisher || a.publisher === options.publisher) &&
        (!options.tag || a.tags.includes(options.tag)) &&
        (!options.from || (!!a.publishedAt && a.publishedAt >= options.from)) &&
        (!options.to || (!!a.publishedAt && a.publishedAt.slice(0, options.to.length) <= options.to)),
    );
    if (!search || options.sort) {
      const value = SORT_VALUE[sort];
      // missing values last whichever the direction
      rows.sort((a, b) => {
        const [x, y] = [value(a), value(b)];
        const missing = compareNullable(x, y);
        if (x === undefined || x === null || x === '' || y === undefined || y === null || y === '') return missing;
        return descending ? -missing : missing;
      });
    }
    return { rows: rows.slice(offset, offset + limit), total: rows.length };
  }

  /** The articles one indexed filter narrows to (the most selective one given), else all. */
  private candidates(options: ListOptions): Promise<CaseArticle[]> {
    const a = this.db.articles;
    if (options.tag) return a.where('tags').equals(options.tag).toArray();
    if (options.incidentId) return a.where('incidentId').equals(options.incidentId).toArray();
    if (options.crimeType) return a.where('crimeTypes').equals(options.crimeType).toArray();
    if (options.publisher) return a.where('publisher').equals(options.publisher).toArray();
    return a.toArray();
  }

  /** Full-text search over titles, names and text: URLs, best first. */
  async searchUrls(query: string): Promise<string[]> {
    const index = await this.searching.index();
    return index.search(query);
  }

  /**
   * Builds the search index now (the research page calls this once its first rows are on screen), so
   * the reader's first search does not wait for it. Concurrent callers share one build.
   */
  warmSearch(): Promise<void> {
    return this.searching.index().then(() => undefined);
  }

  /** Articles that mention a name (or one of its aliases) or an address, most recently read first. */
  async articlesMentioning(nameOrAddress: string): Promise<CaseArticle[]> {
    const [byName, byAddress] = await Promise.all([
      this.db.articles.where('nameKeys').equals(nameKey(nameOrAddress)).toArray(),
      this.db.articles.where('addressKeys').equals(addressKey(nameOrAddress)).toArray(),
    ]);
    const unique = new Map([...byName, ...byAddress].map((a) => [a.url, a]));
    return [...unique.values()].sort((a, b) => b.readAt.localeCompare(a.readAt));
  }

  /** For cards and the popup: "in 3 other articles you read". */
  async countArticlesMentioning(nameOrAddress: string, exceptUrl?: string): Promise<number> {
    const [byName, byAddress] = await Promise.all([
      this.db.articles.where('nameKeys').equals(nameKey(nameOrAddress)).primaryKeys(),
      this.db.articles.where('addressKeys').equals(addressKey(nameOrAddress)).primaryKeys(),
    ]);
    const urls = new Set([...byName, ...byAddress]);
    if (exceptUrl !== undefined) urls.delete(exceptUrl);
    return urls.size;
  }

  /** For the popup: the other articles of the case file about this incident. */
  async articlesAboutIncident(incidentId: string, exceptUrl?: string): Promise<CaseArticle[]> {
    const rows = await this.db.articles.where('incidentId').equals(incidentId).toArray();
    return rows.filter((a) => a.url !== exceptUrl);
  }

  /** Distinct publishers and tags, for the filters' menus. */
  async facets(): Promise<{ publishers: string[]; tags: string[] }> {
    const [publishers, tags] = await Promise.all([
      this.db.articles.orderBy('publisher').uniqueKeys(),
      this.db.articles.orderBy('tags').uniqueKeys(),
    ]);
    return { publishers: publishers.map(String), tags: tags.map(String) };
  }

  // -------------------------------------------------------------------------------------------------------
  // Backup

  /** The whole case file, texts and quotes included, as one JSON-ready object. */
  exportData(now = new Date()): Promise<CaseFileExport> {
    return exportCaseFile(this.db, now);
  }

  /**
   * Merges an exported case file into this one by URL, never duplicating (see ./backup.ts,
   * mergeImported); a file that is not a case file throws a CaseFileImportError.
   */
  async importData(json: string): Promise<{ added: number; merged: number; quotes: number }> {
    let data: CaseFileExport;
    try {
      data = parseExport(JSON.parse(json));
    } catch (error) {
      throw error instanceof CaseFileImportError ? error : new CaseFileImportError(`This file is not a Hashmark case file: ${(error as Error).message}`);
    }
    return this.write(() => mergeImported(this.db, data, () => this.stamp()));
  }
}
