import type { ComponentChildren } from 'preact';
import type { CaseArticle } from '@/lib/casefile/types';

const isWebUrl = (url: string) => /^https?:\/\//i.test(url);

/** The articles behind a name, an address or an incident: title links, with publisher and date. */
export function ArticleLinks({ urls, byUrl, extra }: { urls: readonly string[]; byUrl: ReadonlyMap<string, CaseArticle>; extra?: (url: string) => string | null }) {
  return (
    <ul class="article-links">
      {urls.map((url) => {
        const a = byUrl.get(url);
        const more = extra?.(url);
        return (
          <li key={url}>
            {isWebUrl(url) ? <a href={url} target="_blank" rel="noreferrer">{a?.title ?? url}</a> : <span>{a?.title ?? url}</span>}
            <span class="muted">{[a?.publisher, a?.publishedAt].filter(Boolean).join(', ')}</span>
            {more && <span class="amount">{more}</span>}
          </li>
        );
      })}
    </ul>
  );
}

/** "3 articles" */
export const articlesCount = (n: number): string => `${n.toLocaleString('en-US')} article${n === 1 ? '' : 's'}`;

/** One name, address or incident: a disclosure whose summary says what it is and in how many articles. */
export function Connection({ head, articles, children }: { head: ComponentChildren; articles: number; children: ComponentChildren }) {
  return (
    <li>
      <details>
        <summary>
          {head}
          <span class="count">{articlesCount(articles)}</span>
        </summary>
        {children}
      </details>
    </li>
  );
}
