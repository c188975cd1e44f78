import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { MessageName, Request, Response, TabState, WrittenCitation } from '@/lib/messages';
import type { CitationFormat } from '@/lib/citation/format-names';
import { summaryMarkdown } from '@/lib/summary';
import { ArticleHeader } from './ArticleHeader';
import { StorySummary } from './StorySummary';
import { SanctionsNotice } from './SanctionsNotice';
import { EntityList } from './EntityList';
import { FigureList } from './FigureList';
import { AddressList } from './AddressList';
import { RelatedIncidents } from './RelatedIncidents';
import { CitationMenu } from './CitationMenu';
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
  /** the citation format the reader last chose */
  citationFormat: Setting<CitationFormat>;
  highlights: HighlightSettings;
  sites: Setting<string[]>;
  permissions: Permissions;
  /** the ids of the sections the reader left open; without it they are remembered for this popup only */
  openSections?: Setting<string[]>;
  /** the tab's state, already asked for while the popup's page was loading */
  firstAnswer?: Promise<TabState>;
  /** its article's citation in the reader's format, asked for at the same time */
  firstCitation?: Promise<WrittenCitation | null>;
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
export function Popup({ tabId, send, citationFormat, highlights, sites, permissions, openSections: remembered, firstAnswer, firstCitation }: Props) {
  const [state, setState] = useState<View>({ status: 'loading' });
  const [citation, setCitation] = useState<WrittenCitation | null>(null);
  const [openSections] = useState(() => remembered ?? memorySetting<string[]>([]));
  const asked = useRef(false);
  // a later load (Annotate anyway, Try again) makes the answers of an earlier one stale
  const loads = useRef(0);

  /** the article's citation, written by the background in the format given, else in the reader's */
  const cite = (format?: CitationFormat) =>
    tabId === null ? Promise.resolve(null) : send('popup:citation', format ? { tabId, format } : { tabId });

  const load = (force = false) => {
    if (tabId === null) {
      setState({ status: 'error', url: null, message: 'There is no tab to read.' });
      return;
    }
    const current = ++loads.current;
    setState({ status: 'loading' });
    setCitation(null);
    const first = !force && firstAnswer && !asked.current;
    asked.current = true;
    const answer = first ? firstAnswer : send('popup:get-tab', { tabId, annotate: true, force });
    const cited = first && firstCitation ? firstCitation : Promise.resolve(null);
    answer
      .then((s) => {
        if (current !== loads.current) return;
        setState(s);
        // asked with the state when the popup opened; asked again if the tab was not annotated yet then
        if (s.status !== 'ready') return;
        void cited
          .catch(() => null)
          .then((c) => c ?? cite())
          .then((c) => current === loads.current && setCitation(c), () => undefined);
      })
      .catch((err: unknown) => setState({ status: 'error', url: null, message: err instanceof Error ? err.message : String(err) }));
  };
  // a layout effect: the answer, often here before the first frame, is taken without waiting for one
  useLayoutEffect(() => load(), [tabId]);
  // for the benchmark: once the complete summary, its citation written, has been painted (an effect runs after the frame)
  const complete = state.status === 'ready' && citation !== null;
  useEffect(() => {
    if (complete) performance.mark('hashmark:summary-ready');
  }, [complete]);

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
          <CitationMenu first={citation} write={cite} remembered={citationFormat} />
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
                  text={async () => summaryMarkdown(state.annotation, state.incidents, (await cite())?.text ?? '')}
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
