/** "Add to case file" on a selection: the quote and a link that lands on it. */
import { textFragmentUrl } from '../citation/fragment';
import type { CaseQuote } from './types';

/**
 * The quote record for `selection` on the page at `pageUrl`, whose visible text (innerText) is
 * `pageText`; the selection's whitespace is collapsed. Null for a blank selection.
 */
export function quoteFromSelection(pageUrl: string, selection: string, pageText: string, now = new Date()): Omit<CaseQuote, 'id'> | null {
  const text = selection.replace(/\s+/g, ' ').trim();
  if (!text) return null;
  return { url: pageUrl.replace(/#[\s\S]*$/, ''), text, fragmentUrl: textFragmentUrl(pageUrl, text, pageText), createdAt: now.toISOString() };
}
