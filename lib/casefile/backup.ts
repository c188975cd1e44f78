/** Backing up the case file: the whole of it as one JSON-ready object, and merging such an object back. */
import type { CaseDatabase } from './database';
import { exported, mergeNotes, normalizeTags } from './rows';
import { withKeys } from './record';
import { EXPORT_FORMAT, type CaseArticle, type CaseFileExport, type CaseText } from './types';

/** The whole case file, texts and quotes included, as one JSON-ready object. */
export function exportCaseFile(db: CaseDatabase, now: Date): Promise<CaseFileExport> {
  return db.transaction('r', db.articles, db.texts, db.quotes, async () => {
    const texts = new Map((await db.texts.toArray()).map((t) => [t.url, t.text]));
    const articles = (await db.articles.orderBy('url').toArray()).map((a) => exported(a, texts.get(a.url)));
    const quotes = (await db.quotes.toArray())
      .map(({ url, text, fragmentUrl, createdAt }) => ({ url, text, fragmentUrl, createdAt }))
      .sort((a, b) => a.url.localeCompare(b.url) || a.createdAt.localeCompare(b.createdAt) || a.text.localeCompare(b.text));
    return { format: EXPORT_FORMAT, exportedAt: now.toISOString(), articles, quotes };
  });
}

/**
 * Merges an exported case file by URL, never duplicating: an article already here keeps whichever
 * annotation was read later, the union of both tag lists and both notes (one kept when it contains the
 * other); a quote already here (same URL and text) is skipped. Run inside a write transaction.
 */
export async function mergeImported(db: CaseDatabase, data: CaseFileExport, stamp: () => number): Promise<{ added: number; merged: number; quotes: number }> {
  const result = { added: 0, merged: 0, quotes: 0 };
  const existing = await db.articles.bulkGet(data.articles.map((a) => a.url));
  const articles: CaseArticle[] = [];
  const texts: CaseText[] = [];
  data.articles.forEach(({ text, ...incoming }, i) => {
    const here = existing[i];
    const newer = !here || incoming.readAt > here.readAt ? incoming : exported(here, undefined);
    const keepsText = (newer === incoming && text !== undefined) || !!here?.hasText;
    articles.push(
      withKeys({
        ...newer,
        hasText: keepsText,
        tags: normalizeTags([...(here?.tags ?? []), ...incoming.tags]),
        note: mergeNotes(here?.note ?? '', incoming.note),
        updatedAt: stamp(),
      }),
    );
    if (newer === incoming && text !== undefined) texts.push({ url: incoming.url, text });
    if (here) result.merged++;
    else result.added++;
  });
  await db.articles.bulkPut(articles);
  await db.texts.bulkPut(texts);
  const have = new Set((await db.quotes.toArray()).map((q) => `${q.url}\n${q.text}`));
  const quotes = data.quotes.filter((q) => !have.has(`${q.url}\n${q.text}`) && (have.add(`${q.url}\n${q.text}`), true));
  await db.quotes.bulkAdd(quotes.map((q) => ({ ...q })));
  result.quotes = quotes.length;
  return result;
}
