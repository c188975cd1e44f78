import { useEffect, useState } from 'preact/hooks';
import type { MessageName, Request, Response, TabState } from '@/lib/messages';
import { ArticleHeader } from './ArticleHeader';
import { EntityList } from './EntityList';
import { FigureList } from './FigureList';

export type Send = <K extends MessageName>(name: K, data: Request<K>) => Promise<Response<K>>;

interface Props {
  tabId: number | null;
  send: Send;
}

/** The popup: the active tab's annotation, or a clear state saying why there is none. */
export function Popup({ tabId, send }: Props) {
  const [state, setState] = useState<TabState | { status: 'loading' }>({ status: 'loading' });

  const load = (force = false) => {
    if (tabId === null) {
      setState({ status: 'error', url: null, message: 'No tab to read.' });
      return;
    }
    setState({ status: 'loading' });
    send('popup:get-tab', { tabId, annotate: true, force })
      .then(setState)
      .catch((err: unknown) => setState({ status: 'error', url: null, message: err instanceof Error ? err.message : String(err) }));
  };
  useEffect(() => load(), [tabId]);

  const reveal = (type: Request<'popup:reveal'>['type'], ref: number) => {
    if (tabId !== null) void send('popup:reveal', { tabId, type, ref });
  };

  return (
    <main class="popup" aria-busy={state.status === 'loading' || state.status === 'working'}>
      <header class="brand">
        <span class="logo" aria-hidden="true">#</span> Hashmark
      </header>
      {(state.status === 'loading' || state.status === 'working' || state.status === 'idle') && (
        <p class="state" role="status">Reading the article…</p>
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
        <>
          <ArticleHeader article={state.annotation.article} highlights={state.highlights} />
          <EntityList entities={state.annotation.entities} onReveal={(i) => reveal(state.annotation.entities[i]!.type, i)} />
          <FigureList figures={state.annotation.figures} onReveal={(i) => reveal(state.annotation.figures[i]!.kind, i)} />
        </>
      )}
    </main>
  );
}
