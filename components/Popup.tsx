import { useEffect, useState } from 'preact/hooks';
import type { MessageName, Request, Response, TabState } from '@/lib/messages';
import type { SpanType } from '@/lib/schema';
import { summaryMarkdown } from '@/lib/summary';
import { ArticleHeader } from './ArticleHeader';
import { StorySummary } from './StorySummary';
import { EntityList } from './EntityList';
import { FigureList } from './FigureList';
import { AddressList } from './AddressList';
import { RelatedIncidents } from './RelatedIncidents';
import { CitationMenu, loadFormatter, type FormatStore } from './CitationMenu';
import { CopyButton } from './CopyButton';
import { HighlightControls, type HighlightSettings } from './HighlightControls';
import { SiteToggle, type Permissions } from './SiteToggle';
import { CaseFileNote } from './CaseFileNote';
import type { Setting } from './useSetting';

export type Send = <K extends MessageName>(name: K, data: Request<K>) => Promise<Response<K>>;

interface Props {
  tabId: number | null;
  send: Send;
  formatStore: FormatStore;
  highlights: HighlightSettings;
  sites: Setting<string[]>;
  permissions: Permissions;
}

type View = TabState | { status: 'loading' };

/** The popup: the active tab's annotation, or a clear state saying why there is none. */
export function Popup({ tabId, send, formatStore, highlights, sites, permissions }: Props) {
  const [state, setState] = useState<View>({ status: 'loading' });

  const load = (force = false) => {
    if (tabId === null) {
      setState({ status: 'error', url: null, message: 'There is no tab to read.' });
      return;
    }
    setState({ status: 'loading' });
    send('popup:get-tab', { tabId, annotate: true, force })
      .then(setState)
      .catch((err: unknown) => setState({ status: 'error', url: null, message: err instanceof Error ? err.message : String(err) }));
  };
  useEffect(() => load(), [tabId]);
  // for the benchmark: when the complete summary is on screen, measured from opening
  useEffect(() => {
    if (state.status === 'ready') requestAnimationFrame(() => performance.mark('hashmark:summary-ready'));
  }, [state.status]);

  const reveal = (type: SpanType, ref: number) => {
    if (tabId !== null) void send('popup:reveal', { tabId, type, ref });
  };

  const citation = async () => {
    if (state.status !== 'ready') return '';
    return (await loadFormatter())(state.annotation.citation.csl, await formatStore.get());
  };
  // facts are cited on demand, by the background's one cite path: the reader's style, the page's sentence
  const citeFact = async (target: { type: SpanType; ref: number }, as: 'markdown' | 'json') => {
    if (tabId === null) return '';
    const text = await send('ui:cite-fact', { tabId, target, as });
    if (!text) throw new Error('this fact could not be located in the page');
    return text;
  };
  const exportFacts = (as: 'markdown' | 'csv') => (tabId === null ? Promise.resolve('') : send('ui:export-facts', { tabId, as }));

  const busy = state.status === 'loading' || state.status === 'working' || state.status === 'idle';
  return (
    <main class="popup" aria-busy={busy}>
      <header class="brand">
        <span class="logo" aria-hidden="true">#</span> Hashmark
      </header>
      {busy && (
        <section class="state skeleton" role="status">
          <p>Reading the article…</p>
          <div class="bar" />
          <div class="bar short" />
          <div class="bar" />
        </section>
      )}
      {state.status === 'not-article' && (
        <section class="state" role="status">
          <p>This page does not look like a news article, so nothing was highlighted.</p>
          <button type="button" onClick={() => load(true)}>Annotate anyway</button>
        </section>
      )}
      {state.status === 'error' && (
        <section class="state error" role="alert">
          <p>{state.message}</p>
          <button type="button" onClick={() => load(true)}>Try again</button>
        </section>
      )}
      {state.status === 'ready' && (
        <div class="ready" data-ready="true">
          <ArticleHeader article={state.annotation.article} highlights={state.highlights} />
          <HighlightControls settings={highlights} />
          <SiteToggle pageUrl={state.url} sites={sites} permissions={permissions} />
          <StorySummary annotation={state.annotation} onReveal={reveal} citeFact={citeFact} />
          <CitationMenu csl={state.annotation.citation.csl} store={formatStore} />
          <div class="exports">
            <CopyButton
              label="Copy summary (Markdown)"
              text={async () => summaryMarkdown(state.annotation, state.incidents, await citation())}
            />
            <CopyButton label="Copy annotation (JSON)" text={() => JSON.stringify(state.annotation, null, 2)} />
            <CopyButton label="Copy all facts (Markdown)" text={() => exportFacts('markdown')} />
            <CopyButton label="Copy all facts (CSV)" text={() => exportFacts('csv')} />
          </div>
          <EntityList entities={state.annotation.entities} onReveal={(i) => reveal(state.annotation.entities[i]!.type, i)} />
          <FigureList figures={state.annotation.figures} onReveal={(i) => reveal(state.annotation.figures[i]!.kind, i)} />
          <AddressList addresses={state.annotation.addresses} onReveal={(i) => reveal('address', i)} />
          <RelatedIncidents
            incident={state.annotation.incident}
            related={state.annotation.related}
            incidents={state.incidents}
            storyDate={state.annotation.article.publishedAt}
          />
        </div>
      )}
      <CaseFileNote tabId={tabId} send={send} status={state.status} />
    </main>
  );
}
