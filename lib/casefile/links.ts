/** How the rest of Hashmark points into the case file: the words, and the page's address. */
import type { Tab } from './tabs';

/** "in 3 other articles you read" (null for none), for highlight cards. */
export function otherArticlesLine(count: number): string | null {
  return count > 0 ? `in ${count.toLocaleString('en-US')} other article${count === 1 ? '' : 's'} you read` : null;
}

/** "Your case file has 2 other articles about this incident" (null for none), for the popup. */
export function incidentInCaseFileLine(count: number): string | null {
  return count > 0 ? `Your case file has ${count.toLocaleString('en-US')} other article${count === 1 ? '' : 's'} about this incident` : null;
}

/**
 * The case-file page's path, to hand to runtime.getURL: a tab and a search, e.g.
 * researchPath({ search: 'Lazarus Group' }) → "/research.html?q=Lazarus%20Group#articles".
 */
export function researchPath(view: { tab?: Tab; search?: string } = {}): string {
  const query = view.search ? `?q=${encodeURIComponent(view.search)}` : '';
  return `/research.html${query}#${view.tab ?? 'articles'}`;
}
