/** How stored articles are compared, sorted, merged and exported: pure helpers of the store. */
import type { CaseArticle, ExportedArticle, SortKey } from './types';

export const normalizeTags = (tags: readonly string[]): string[] => [...new Set(tags.map((t) => t.replace(/\s+/g, ' ').trim()).filter(Boolean))];

export const compareNullable = (a: string | number | null | undefined, b: string | number | null | undefined): number => {
  if (a === b) return 0;
  if (a === null || a === undefined || a === '') return 1;
  if (b === null || b === undefined || b === '') return -1;
  return typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b));
};

export const SORT_VALUE: Record<SortKey, (a: CaseArticle) => string | number | null | undefined> = {
  readAt: (a) => a.readAt,
  publishedAt: (a) => a.publishedAt,
  title: (a) => a.title?.toLowerCase(),
  publisher: (a) => a.publisher?.toLowerCase(),
  incident: (a) => a.incident?.name.toLowerCase(),
  amount: (a) => (a.headline?.kind === 'money' && a.headline.unit === 'USD' ? a.headline.value : undefined),
};

/** A stored article as exported: without its derived fields, with its text when kept. */
export function exported(article: CaseArticle, text: string | undefined): ExportedArticle {
  const { updatedAt: _u, nameKeys: _n, addressKeys: _a, incidentId: _i, hasText: _h, ...rest } = article;
  return text === undefined ? rest : { ...rest, text };
}

export function mergeNotes(here: string, incoming: string): string {
  if (!incoming.trim() || here.includes(incoming)) return here;
  if (!here.trim() || incoming.includes(here)) return incoming;
  return `${here}\n\n${incoming}`;
}
