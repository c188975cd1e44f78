import { useEffect, useRef, useState } from 'preact/hooks';
import type { MessageName, Request, Response, TabState } from '@/lib/messages';
import { summaryMarkdown } from '@/lib/summary';
import { ArticleHeader } from './ArticleHeader';
import { StorySummary } from './StorySummary';
import { SanctionsNotice } from './SanctionsNotice';
import { EntityList } from './EntityList';
import { FigureList } from './FigureList';
import { AddressList } from './AddressList';
import { RelatedIncidents } from './RelatedIncidents';
import { CitationMenu, loadFormatter, type FormatStore } from './CitationMenu';
import { CopyButton } from './CopyButton';
import { Disclosure } from './Disclosure';
import type { FactHandlers, FactTarget } from './FactMenu';
import { HighlightLegend, HighlightSwitch, type HighlightSettings } from './HighlightControls';
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
  /** the ids of the sections the reader left open; without it they are remembered for this popup only */
  openSections?: Setting<string[]>;
  /** the tab's state, already asked for while the popup's page was loading */
  firstAnswer?: Promise<TabState>;
}

type View = TabState | { status: 'loading' };

/** A setting kept in memory only, for a popup rendered without storage. */
function memorySetting<T>(initial: T): Setting<T> {
  let value = initial;
  const listeners = new Set<(v: T) => void>();
  return {
    getValue: async () => value,
    setValue: async (v) => {
      value = v;
      listeners.forEach((l) => l(v));
    },
    watch: (l) => {
      listeners.add(l);
      return () => listeners.delete(l);
    },
  };
}

/**
 * The popup: the active tab's annotation, or a clear state saying why there is none. The first screen
 * answers the reader's question (the glance and the citation); everything else is one click away.
 */
export function Popup({ tabId, send, formatStore, highlights, sites, permissions, openSections: remembered, firstAnswer }: Props) {
  const [state, setState] = useState<View>({ status: 'loading' });
  const [openSections] = useState(() => remembered ?? memorySetting<string[]>([]));
  const asked = useRef(false);

  const load = (force = false) => {
    if (tabId === null) {
      setState({ status: 'error', url: null, message: 'There is no tab to read.' });
      return;
    }
    setState({ status: 'loading' });
    const answer = !force && firstAnswer && !asked.current ? firstAnswer : send('popup:get-tab', { tabId, annotate: true, force });
    asked.current = true;
    answer
      .then(setState)
      .catch((err: unknown) => setState({ status: 'error', url: null, message: err instanceof Error ? err.message : String(err) }));
  };
  useEffect(() => load(), [tabId]);
  // for the benchmark: when the complete summary is on screen, measured from opening
  useEffect(() => {
    if (state.status === 'ready') requestAnimationFrame(() => performance.mark('hashmark:summary-ready'));
  }, [state.status]);

  // facts are cited on demand, by the background's one cite path: the reader's style, the page's sentence
  const handlers: FactHandlers = {
    reveal: ({ type, ref }: FactTarget) => {
      if (tabId !== null) void send('popup:reveal', { tabId, type, ref });
    },
    cite: async (target, as) => {
      if (tabId === null) throw new Error('there is no tab');
      const text = await send('ui:cite-fact', { tabId, target, as });
      if (!text) throw new Error('this fact could not be located in the page');
      return text;
    },
  };
  const citation = async () => {
    if (state.status !== 'ready') return '';
    return (await loadFormatter())(state.annotation.citation.csl, await formatStore.get());
  };
  const exportFacts = (as: 'markdown' | 'csv') => (tabId === null ? Promise.resolve('') : send('ui:export-facts', { tabId, as }));

  const busy = state.status === 'loading' || state.status === 'working' || state.status === 'idle';
  return (
    <main class="popup" aria-busy={busy}>
      <header class="brand">
        <span><span class="logo" aria-hidden="true">#</span> Hashmark</span>
        {state.status === 'ready' && <HighlightSwitch settings={highlights} />}
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
          <SanctionsNotice annotation={state.annotation} handlers={handlers} />
          <ArticleHeader article={state.annotation.article} highlights={state.highlights} />
          <StorySummary annotation={state.annotation} incidents={state.incidents} handlers={handlers} />
          <CitationMenu csl={state.annotation.citation.csl} store={formatStore} />
          <div class="sections">
            <Disclosure id="names" title="Names" count={state.annotation.entities.length} remembered={openSections}>
              <EntityList entities={state.annotation.entities} handlers={handlers} />
            </Disclosure>
            <Disclosure id="figures" title="Figures" count={state.annotation.figures.length} remembered={openSections}>
              <FigureList figures={state.annotation.figures} handlers={handlers} />
            </Disclosure>
            {state.annotation.addresses.length > 0 && (
              <Disclosure id="addresses" title="Addresses" count={state.annotation.addresses.length} remembered={openSections}>
                <AddressList addresses={state.annotation.addresses} handlers={handlers} />
              </Disclosure>
            )}
            <Disclosure id="related" title="Related incidents and timeline" count={state.annotation.related.length} remembered={openSections}>
              <RelatedIncidents
                incident={state.annotation.incident}
                related={state.annotation.related}
                incidents={state.incidents}
                storyDate={state.annotation.article.publishedAt}
              />
            </Disclosure>
            <Disclosure id="export" title="Export" remembered={openSections}>
              <div class="exports">
                <CopyButton
                  label="Copy summary (Markdown)"
                  text={async () => summaryMarkdown(state.annotation, state.incidents, await citation())}
                />
                <CopyButton label="Copy annotation (JSON)" text={() => JSON.stringify(state.annotation, null, 2)} />
                <CopyButton label="Copy all facts (Markdown)" text={() => exportFacts('markdown')} />
                <CopyButton label="Copy all facts (CSV)" text={() => exportFacts('csv')} />
              </div>
            </Disclosure>
            <Disclosure id="highlights" title="Highlights and this site" remembered={openSections}>
              <HighlightLegend settings={highlights} />
              <SiteToggle pageUrl={state.url} sites={sites} permissions={permissions} />
            </Disclosure>
          </div>
        </div>
      )}
      <CaseFileNote tabId={tabId} send={send} status={state.status} />
    </main>
  );
}
