import { useEffect, useState } from 'preact/hooks';
import type { Incident } from '@/lib/incidents/schema';
import { CATEGORY_LABELS } from '@/lib/incidents/schema';
import { amountText } from '@/lib/incidents/amount';
import { sourcesInOrder } from '@/lib/incidents/source-hosts';
import { SanctionsScreening, type Screening } from './SanctionsScreening';

/** The selection lookup: incidents of the offline index that match a name or phrase. */
export function IncidentLookup({ initial, search }: { initial: string; search: (q: string) => Promise<Incident[]> }) {
  const [query, setQuery] = useState(initial);
  const [results, setResults] = useState<Incident[] | null>(null);
  const blank = query.trim() === '';
  useEffect(() => {
    if (blank) return;
    const t = setTimeout(() => void search(query).then(setResults), 150);
    return () => clearTimeout(t);
  }, [query]);
  return (
    <section class="incident-search" aria-labelledby="search-title">
      <h2 id="search-title">Search the incident index</h2>
      <label for="q">A name or a phrase</label>
      <input id="q" type="search" value={query} onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)} autoFocus />
      {blank ? (
        <p class="muted">Type a name or a phrase: a victim, a group, a coin, a place.</p>
      ) : results === null ? (
        <p role="status">Searching…</p>
      ) : results.length === 0 ? (
        <p role="status">No indexed incident matches “{query}”.</p>
      ) : (
        <ol class="results" aria-label={`${results.length} incidents`}>
          {results.map((x) => (
            <li key={x.id}>
              <strong>{x.name}</strong> <span class="muted">{x.date} · {CATEGORY_LABELS[x.category]}{amountText(x) ? ` · ${amountText(x)}` : ''}</span>
              <p class="incident-summary">{x.summary}</p>
              <p class="sources">{sourcesInOrder(x.sources).map((s, i) => <a key={s.url} href={s.url} target="_blank" rel="noopener noreferrer">Source {i + 1} ({s.kind})</a>)}</p>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}

/** The lookup page: incident search, and sanctions screening of pasted addresses and names. */
export function LookupPage({ initial, search, screening }: { initial: string; search: (q: string) => Promise<Incident[]>; screening: Screening }) {
  return (
    <main class="popup lookup">
      <header class="brand"><span><span class="logo" aria-hidden="true">#</span> Hashmark lookup</span></header>
      <IncidentLookup initial={initial} search={search} />
      <SanctionsScreening screening={screening} />
    </main>
  );
}
