import { useEffect, useState } from 'preact/hooks';
import type { Incident } from '@/lib/incidents/schema';
import { CATEGORY_LABELS } from '@/lib/incidents/schema';
import { amountText } from '@/lib/incidents/amount';
import { sourcesInOrder } from '@/lib/incidents/source-hosts';


/** The selection lookup: incidents of the offline index that match a name or phrase. */
export function IncidentLookup({ initial, search }: { initial: string; search: (q: string) => Promise<Incident[]> }) {
  const [query, setQuery] = useState(initial);
  const [results, setResults] = useState<Incident[] | null>(null);
  useEffect(() => {
    const t = setTimeout(() => void search(query).then(setResults), 150);
    return () => clearTimeout(t);
  }, [query]);
  return (
    <main class="popup lookup">
      <header class="brand"><span class="logo" aria-hidden="true">#</span> Hashmark incident lookup</header>
      <label for="q">Search the incident index</label>
      <input id="q" type="search" value={query} onInput={(e) => setQuery((e.currentTarget as HTMLInputElement).value)} autoFocus />
      {results === null ? (
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
    </main>
  );
}
