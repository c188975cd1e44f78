import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { CaseFile } from '@/lib/casefile/store';
import type { ArticlePage, CaseArticle, ListOptions } from '@/lib/casefile/types';
import type { CitationFormat } from '@/lib/citation/format-names';
import { ArticlesTable, type ArticleActions } from './ArticlesTable';
import { NamesView } from './NamesView';
import { AddressesView } from './AddressesView';
import { IncidentsView } from './IncidentsView';
import { CaseTimeline } from './CaseTimeline';
import { ExportMenu, type ExportSource } from './ExportMenu';
import { CaseFileSettings, type CaseFileSettingItems } from './CaseFileSettings';

import { TABS, type Tab } from '@/lib/casefile/tabs';

export { TABS, type Tab };
const TAB_LABELS: Record<Tab, string> = { articles: 'Articles', names: 'Names', addresses: 'Addresses', incidents: 'Incidents', timeline: 'Timeline' };

/** How long a deletion can be undone. */
export const UNDO_MS = 8000;
const PAGE = 50;

interface Props {
  caseFile: CaseFile;
  settings: CaseFileSettingItems;
  citationFormat(): Promise<CitationFormat>;
  download(filename: string, text: string, type: string): void;
  initialTab?: Tab;
  initialSearch?: string;
  onTab?(tab: Tab): void;
  now?: () => Date;
}

interface Toast {
  message: string;
  undo?: () => Promise<void>;
}

/** The case-file page: every article the reader read, connected, searchable and exportable. */
export function ResearchPage({ caseFile, settings, citationFormat, download, initialTab = 'articles', initialSearch = '', onTab, now = () => new Date() }: Props) {
  const [tab, setTab] = useState<Tab>(initialTab);
  const [options, setOptions] = useState<ListOptions>(initialSearch ? { search: initialSearch } : {});
  const [limit, setLimit] = useState(PAGE);
  const [page, setPage] = useState<(ArticlePage & { options: ListOptions }) | null>(null);
  const [all, setAll] = useState<CaseArticle[] | null>(null);
  const [facets, setFacets] = useState<{ publishers: string[]; tags: string[] }>({ publishers: [], tags: [] });
  const [toast, setToast] = useState<Toast | null>(null);
  const [revision, setRevision] = useState(0);
  const [confirmAll, setConfirmAll] = useState(false);
  const request = useRef(0);
  const toastTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);

  const fail = (error: unknown) => setToast({ message: error instanceof Error ? error.message : String(error) });
  const changed = () => setRevision((r) => r + 1);

  // the page's rows: the first ones as soon as possible, then everything else
  useEffect(() => {
    const id = ++request.current;
    caseFile
      .list({ ...options, offset: 0, limit })
      .then((result) => {
        if (id !== request.current) return;
        setPage({ ...result, options });
        requestAnimationFrame(() => performance.mark('hashmark:casefile-rows'));
      })
      .catch(fail);
  }, [options, limit, revision]);

  // everything else once the first rows are on screen, so that nothing competes with them
  const shown = page !== null;
  useEffect(() => {
    if (!shown) return;
    const timer = setTimeout(() => {
      void caseFile.all().then(setAll).catch(fail);
      void caseFile.facets().then(setFacets).catch(fail);
      void caseFile.warmSearch().then(() => performance.mark('hashmark:casefile-search-ready'), fail);
    }, 50);
    return () => clearTimeout(timer);
  }, [revision, shown]);

  const byUrl = useMemo(() => new Map((all ?? []).map((a) => [a.url, a])), [all]);
  const incidents = useMemo(() => {
    const seen = new Map<string, string>();
    for (const a of all ?? []) if (a.incident) seen.set(a.incident.id, a.incident.name);
    return [...seen].map(([id, name]) => ({ id, name })).sort((a, b) => a.name.localeCompare(b.name));
  }, [all]);

  const showToast = (t: Toast) => {
    clearTimeout(toastTimer.current);
    setToast(t);
    toastTimer.current = setTimeout(() => setToast(null), UNDO_MS);
  };

  const remove = async (urls: string[], what: string) => {
    try {
      const deleted = await caseFile.deleteArticles(urls);
      changed();
      showToast({ message: `Deleted ${what}.`, undo: async () => { await deleted.undo(); changed(); } });
    } catch (error) {
      fail(error);
    }
  };

  const actions: ArticleActions = {
    setTags: (url, tags) => caseFile.setTags(url, tags).then(changed, fail),
    setNote: (url, note) => caseFile.setNote(url, note).then(changed, fail),
    quotes: (url) => caseFile.quotes(url),
    deleteArticles: remove,
  };

  const matching = async () => (await caseFile.list({ ...options, offset: 0, limit: Infinity })).rows;
  const exportSource: ExportSource = {
    items: async () => Promise.all((await matching()).map(async (article) => ({ article, text: await caseFile.text(article.url) }))),
    backup: async () => JSON.stringify(await caseFile.exportData(now()), null, 1),
    restore: async (json) => {
      const result = await caseFile.importData(json);
      changed();
      return `Imported: ${result.added} new article${result.added === 1 ? '' : 's'}, ${result.merged} merged, ${result.quotes} quote${result.quotes === 1 ? '' : 's'}.`;
    },
    citationFormat,
    download,
  };

  const choose = (next: Tab) => {
    setTab(next);
    onTab?.(next);
  };
  const onTabKey = (e: KeyboardEvent) => {
    const at = TABS.indexOf(tab);
    const to = e.key === 'ArrowRight' ? (at + 1) % TABS.length : e.key === 'ArrowLeft' ? (at + TABS.length - 1) % TABS.length : -1;
    if (to < 0) return;
    choose(TABS[to]!);
    requestAnimationFrame(() => document.getElementById(`tab-${TABS[to]}`)?.focus());
  };

  const empty = page !== null && page.total === 0 && !Object.values(options).some((v) => v !== undefined && v !== '');
  return (
    <main class="research">
      <header class="research-head">
        <h1><span class="logo">#</span> Case file</h1>
        <p class="muted">{page ? `${(all?.length ?? page.total).toLocaleString('en-US')} articles you read, stored only in this browser.` : 'Opening…'}</p>
      </header>
      <div role="tablist" aria-label="Case file views" class="tabs" onKeyDown={onTabKey}>
        {TABS.map((t) => (
          <button key={t} id={`tab-${t}`} role="tab" type="button" aria-selected={tab === t} aria-controls={`panel-${t}`} tabIndex={tab === t ? 0 : -1} onClick={() => choose(t)}>
            {TAB_LABELS[t]}
          </button>
        ))}
      </div>
      <div id={`panel-${tab}`} role="tabpanel" aria-labelledby={`tab-${tab}`} class="panel">
        {empty ? (
          <p class="empty">Your case file is empty. Articles Hashmark annotates are added here (see the recording settings below).</p>
        ) : tab === 'articles' ? (
          page && (
            <ArticlesTable
              rows={page.rows}
              total={page.total}
              options={options}
              rowsFor={page.options}
              onOptions={(o) => { setOptions(o); setLimit(PAGE); }}
              facets={{ ...facets, incidents }}
              actions={actions}
              onMore={() => setLimit(limit + PAGE)}
              matchingUrls={async () => (await matching()).map((a) => a.url)}
            />
          )
        ) : all === null ? (
          <p class="muted">Loading…</p>
        ) : tab === 'names' ? (
          <NamesView articles={all} byUrl={byUrl} />
        ) : tab === 'addresses' ? (
          <AddressesView articles={all} byUrl={byUrl} />
        ) : tab === 'incidents' ? (
          <IncidentsView articles={all} byUrl={byUrl} />
        ) : (
          <CaseTimeline articles={all} byUrl={byUrl} />
        )}
      </div>
      <div class="lower">
        {tab === 'articles' && <ExportMenu source={exportSource} shown={page?.total ?? 0} now={now} />}
        <details class="settings-panel">
          <summary>Recording settings and deleting everything</summary>
          <CaseFileSettings settings={settings} />
          <div class="danger-zone">
            {confirmAll ? (
              <>
                <span>Delete all {(all?.length ?? 0).toLocaleString('en-US')} articles, with their notes, tags and quotes?</span>
                <button type="button" class="danger" onClick={async () => {
                  setConfirmAll(false);
                  try {
                    const deleted = await caseFile.deleteAll();
                    changed();
                    showToast({ message: `Deleted all ${deleted.count} articles.`, undo: async () => { await deleted.undo(); changed(); } });
                  } catch (error) {
                    fail(error);
                  }
                }}>Yes, delete everything</button>
                <button type="button" class="secondary" onClick={() => setConfirmAll(false)}>Cancel</button>
              </>
            ) : (
              <button type="button" class="secondary danger" onClick={() => setConfirmAll(true)}>Delete the whole case file…</button>
            )}
          </div>
        </details>
      </div>
      <div class="toast-region" role="status" aria-live="polite">
        {toast && (
          <div class="toast">
            <span>{toast.message}</span>
            {toast.undo && (
              <button type="button" onClick={async () => {
                const undo = toast.undo!;
                setToast(null);
                try { await undo(); } catch (error) { fail(error); }
              }}>Undo</button>
            )}
          </div>
        )}
      </div>
    </main>
  );
}
