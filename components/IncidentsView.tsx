import { useMemo } from 'preact/hooks';
import type { CaseArticle } from '@/lib/casefile/types';
import { incidentsIndex } from '@/lib/casefile/connections';
import { ArticleLinks, Connection, articlesCount } from './ArticleLinks';

/** Each incident with its articles and the amounts they gave; when they disagree, the amounts side by side. */
export function IncidentsView({ articles, byUrl }: { articles: readonly CaseArticle[]; byUrl: ReadonlyMap<string, CaseArticle> }) {
  const incidents = useMemo(() => incidentsIndex(articles), [articles]);
  if (!incidents.length) return <p class="empty">No article in the case file is about an indexed incident yet.</p>;
  return (
    <section aria-label="Incidents">
      <ul class="entries">
        {incidents.map((entry) => (
          <Connection
            key={entry.incident.id}
            articles={entry.articles.length}
            head={<><strong>{entry.incident.name}</strong>{entry.incident.date && <span class="muted"> {entry.incident.date}</span>}</>}
          >
            {entry.amounts.length > 0 && (
              <div class={`amounts${entry.amounts.length > 1 ? ' disagree' : ''}`}>
                <span class="muted">{entry.amounts.length > 1 ? 'The articles disagree:' : 'Amount given:'}</span>
                {entry.amounts.map((g) => (
                  <span key={g.label} class="amount-group">
                    <strong>{g.label}</strong> in {articlesCount(g.urls.length)}
                  </span>
                ))}
              </div>
            )}
            <ArticleLinks
              urls={entry.articles.map((a) => a.url)}
              byUrl={byUrl}
              extra={(url) => entry.articles.find((a) => a.url === url)?.amounts.join(', ') || null}
            />
          </Connection>
        ))}
      </ul>
    </section>
  );
}
