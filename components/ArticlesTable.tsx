import { useEffect, useState } from 'preact/hooks';
import type { CaseArticle, CaseQuote, ListOptions, SortKey } from '@/lib/casefile/types';
import { CRIME_TYPES, type CrimeType } from '@/lib/schema';

export interface ArticleActions {
  setTags(url: string, tags: string[]): Promise<void>;
  setNote(url: string, note: string): Promise<void>;
  quotes(url: string): Promise<CaseQuote[]>;
  deleteArticles(urls: string[], what: string): Promise<void>;
}

interface Props {
  rows: CaseArticle[];
  total: number;
  options: ListOptions;
  /** the options the rows shown were listed with (a search may still be on its way) */
  rowsFor: ListOptions;
  onOptions(options: ListOptions): void;
  facets: { publishers: string[]; tags: string[]; incidents: { id: string; name: string }[] };
  actions: ArticleActions;
  onMore(): void;
  /** all articles matching the current filter, for "delete these" */
  matchingUrls(): Promise<string[]>;
}

const COLUMNS: { key: SortKey | null; label: string }[] = [
  { key: 'publishedAt', label: 'Date' },
  { key: 'title', label: 'Title' },
  { key: 'publisher', label: 'Publisher' },
  { key: 'incident', label: 'Incident' },
  { key: null, label: 'Crime types' },
  { key: 'amount', label: 'Amount' },
  { key: 'readAt', label: 'Read' },
];

export const isWebUrl = (url: string): boolean => /^https?:\/\//i.test(url);
const filtered = (o: ListOptions) => !!(o.crimeType || o.incidentId || o.publisher || o.tag || o.from || o.to || o.search?.trim());

/** The articles of the case file: search, filters, a sortable table, and each article's tags, note and quotes. */
export function ArticlesTable({ rows, total, options, rowsFor, onOptions, facets, actions, onMore, matchingUrls }: Props) {
  const [open, setOpen] = useState<string | null>(null);
  const set = (change: Partial<ListOptions>) => onOptions({ ...options, ...change, offset: 0 });
  // a search without a chosen sort lists the best matches first
  const byRelevance = !options.sort && !!rowsFor.search?.trim();
  const sort = options.sort ?? (byRelevance ? null : 'readAt');
  const newestFirst = (key: SortKey | null) => key === 'readAt' || key === 'publishedAt' || key === 'amount';
  const descending = options.descending ?? newestFirst(sort);
  const sortBy = (key: SortKey) => set({ sort: key, descending: sort === key ? !descending : newestFirst(key) });

  return (
    <section aria-label="Articles">
      <form class="filters" role="search" onSubmit={(e) => e.preventDefault()}>
        <label class="search">
          <span class="sr-only">Search titles, names and text</span>
          <input type="search" placeholder="Search titles, names and text" value={options.search ?? ''} onInput={(e) => set({ search: e.currentTarget.value })} />
        </label>
        <Select label="Crime type" value={options.crimeType} options={CRIME_TYPES.map((c) => [c, c.replace(/-/g, ' ')])} onChange={(v) => set({ crimeType: v as CrimeType | undefined })} />
        <Select label="Incident" value={options.incidentId} options={facets.incidents.map((i) => [i.id, i.name])} onChange={(v) => set({ incidentId: v })} />
        <Select label="Publisher" value={options.publisher} options={facets.publishers.map((p) => [p, p])} onChange={(v) => set({ publisher: v })} />
        <Select label="Tag" value={options.tag} options={facets.tags.map((t) => [t, t])} onChange={(v) => set({ tag: v })} />
        <label class="field">
          <span>From</span>
          <input type="date" value={options.from ?? ''} onInput={(e) => set({ from: e.currentTarget.value || undefined })} />
        </label>
        <label class="field">
          <span>To</span>
          <input type="date" value={options.to ?? ''} onInput={(e) => set({ to: e.currentTarget.value || undefined })} />
        </label>
        {filtered(options) && (
          <button type="button" class="link" onClick={() => onOptions({ sort: options.sort, descending: options.descending })}>
            Clear filters
          </button>
        )}
      </form>
      <p class="muted count-line" aria-live="polite">
        {total === 0 ? 'No article matches.' : `${total.toLocaleString('en-US')} article${total === 1 ? '' : 's'}${filtered(rowsFor) ? ' match' : ''}${byRelevance ? ', best first' : ''}`}
        {filtered(rowsFor) && total > 0 && (
          <button type="button" class="link danger" onClick={async () => actions.deleteArticles(await matchingUrls(), `${total} matching article${total === 1 ? '' : 's'}`)}>
            Delete these {total.toLocaleString('en-US')}
          </button>
        )}
      </p>
      {rows.length > 0 && (
        <table class="articles">
          <thead>
            <tr>
              {COLUMNS.map((c) => (
                <th key={c.label} scope="col" aria-sort={c.key && sort === c.key ? (descending ? 'descending' : 'ascending') : undefined}>
                  {c.key ? (
                    <button type="button" class="sort" onClick={() => sortBy(c.key!)}>
                      {c.label}
                      <span aria-hidden="true">{sort === c.key ? (descending ? ' ↓' : ' ↑') : ''}</span>
                    </button>
                  ) : (
                    c.label
                  )}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((a) => (
              <ArticleRow key={a.url} article={a} open={open === a.url} onToggle={() => setOpen(open === a.url ? null : a.url)} actions={actions} />
            ))}
          </tbody>
        </table>
      )}
      {rows.length < total && (
        <button type="button" class="more" onClick={onMore}>
          Show more ({(total - rows.length).toLocaleString('en-US')} left)
        </button>
      )}
    </section>
  );
}

function Select({ label, value, options, onChange }: { label: string; value: string | undefined; options: [string, string][]; onChange(value: string | undefined): void }) {
  return (
    <label class="field">
      <span>{label}</span>
      <select value={value ?? ''} onChange={(e) => onChange(e.currentTarget.value || undefined)}>
        <option value="">Any</option>
        {options.map(([v, text]) => (
          <option key={v} value={v}>{text}</option>
        ))}
      </select>
    </label>
  );
}

function ArticleRow({ article: a, open, onToggle, actions }: { article: CaseArticle; open: boolean; onToggle(): void; actions: ArticleActions }) {
  const detailsId = `details-${encodeURIComponent(a.url)}`;
  return (
    <>
      <tr class={open ? 'open' : ''}>
        <td class="nowrap num">{a.publishedAt ?? '—'}</td>
        <td class="title-cell">
          <button type="button" class="link expand" aria-expanded={open} aria-controls={detailsId} onClick={onToggle}>
            {a.title ?? a.url}
          </button>
          {a.tags.length > 0 && (
            <span class="tags">
              {a.tags.map((t) => (
                <span key={t} class="tag">{t}</span>
              ))}
            </span>
          )}
        </td>
        <td>{a.publisher ?? '—'}</td>
        <td>{a.incident?.name ?? '—'}</td>
        <td>{a.crimeTypes.map((c) => c.replace(/-/g, ' ')).join(', ') || '—'}</td>
        <td class="num nowrap">{a.headline?.label ?? '—'}</td>
        <td class="num nowrap muted">{a.readAt.slice(0, 10)}</td>
      </tr>
      {open && (
        <tr class="details" id={detailsId}>
          <td colSpan={COLUMNS.length}>
            <ArticleDetails article={a} actions={actions} />
          </td>
        </tr>
      )}
    </>
  );
}

function ArticleDetails({ article: a, actions }: { article: CaseArticle; actions: ArticleActions }) {
  const [tags, setTags] = useState(a.tags.join(', '));
  const [note, setNote] = useState(a.note);
  const [saved, setSaved] = useState('');
  const [quotes, setQuotes] = useState<CaseQuote[] | null>(null);
  useEffect(() => {
    void actions.quotes(a.url).then(setQuotes);
  }, [a.url]);
  const save = async () => {
    await actions.setTags(a.url, tags.split(','));
    await actions.setNote(a.url, note);
    setSaved('Saved');
    setTimeout(() => setSaved(''), 2000);
  };
  return (
    <div class="article-details">
      <p>
        {isWebUrl(a.url) ? (
          <a href={a.url} target="_blank" rel="noreferrer">{a.url}</a>
        ) : (
          <span class="mono">{a.url}</span>
        )}
      </p>
      {a.summary && <p class="muted">{a.summary}</p>}
      {a.authors.length > 0 && <p class="muted">By {a.authors.join(', ')}</p>}
      <div class="edit-grid">
        <label class="field">
          <span>Tags (comma-separated)</span>
          <input type="text" value={tags} onInput={(e) => setTags(e.currentTarget.value)} />
        </label>
        <label class="field">
          <span>Note</span>
          <textarea rows={3} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
        </label>
      </div>
      <div class="row-actions">
        <button type="button" onClick={save}>Save tags and note</button>
        <span class="muted" aria-live="polite">{saved}</span>
        <button type="button" class="secondary danger" onClick={() => actions.deleteArticles([a.url], `“${a.title ?? a.url}”`)}>
          Delete this article
        </button>
      </div>
      {quotes && quotes.length > 0 && (
        <>
          <h3>Quotes</h3>
          <ul class="quotes">
            {quotes.map((q) => (
              <li key={q.id}>
                <blockquote>{q.text}</blockquote>
                {isWebUrl(q.fragmentUrl) && <a href={q.fragmentUrl} target="_blank" rel="noreferrer">open at the quote</a>}
              </li>
            ))}
          </ul>
        </>
      )}
      {!a.hasText && <p class="muted small">The text of this article was not kept (setting “Keep article text”).</p>}
    </div>
  );
}
