/**
 * What Hashmark holds in one page, shared by the content script's features: the current painting,
 * the in-page UI (made on first use), the reader's visibility choices, and the observers that must
 * look away while Hashmark itself changes the DOM.
 */
import type { ContentScriptContext } from 'wxt/utils/content-script-context';
import { createInPageUi, type InPageUi } from '@/lib/highlight/card';
import type { Painting } from '@/lib/highlight/paint';
import { messenger, type Envelope } from '@/lib/messages';
import type { SpanType } from '@/lib/schema';

export type Send = ReturnType<typeof messenger>;

export interface Observer { pause(): void; resume(): void }

export interface PageState {
  ctx: ContentScriptContext;
  send: Send;
  painting: Painting | null;
  visible: boolean;
  hidden: Set<SpanType>;
  /** the card and live region, created on first use */
  ui(): InPageUi;
  /** the UI if it exists, without creating it */
  existingUi(): InPageUi | null;
  /** runs a DOM change of Hashmark's own (or one made over several tasks) with every registered observer paused */
  quietly<T>(change: () => T): T;
  addObserver(observer: Observer): () => void;
  /** marks off (or on) each highlight by the reader's visibility choices */
  applyVisibility(): void;
}

export function createPageState(ctx: ContentScriptContext): PageState {
  // An orphaned script (extension reloaded or removed) must fail quietly: checking ctx.isInvalid lets
  // WXT run our cleanup instead of letting the browser throw "Extension context invalidated".
  const send = messenger(async (m: Envelope) => {
    if (ctx.isInvalid) throw new Error('Hashmark was reloaded or removed');
    return browser.runtime.sendMessage(m);
  });
  let ui: InPageUi | null = null;
  const observers = new Set<Observer>();
  const page: PageState = {
    ctx,
    send,
    painting: null,
    visible: true,
    hidden: new Set(),
    ui: () => (ui ??= createInPageUi(document)),
    existingUi: () => ui,
    quietly(change) {
      const each = (m: 'pause' | 'resume') => observers.forEach((o) => o[m]());
      each('pause');
      let result;
      try {
        result = change();
      } finally {
        if (result instanceof Promise) void result.finally(() => each('resume'));
        else each('resume');
      }
      return result;
    },
    addObserver(observer) {
      observers.add(observer);
      return () => observers.delete(observer);
    },
    applyVisibility() {
      for (const mark of page.painting?.marks ?? []) {
        const off = !page.visible || page.hidden.has(mark.getAttribute('data-type') as SpanType);
        if (off) mark.setAttribute('data-off', '');
        else mark.removeAttribute('data-off');
        if (mark.hasAttribute('data-first')) mark.setAttribute('tabindex', off ? '-1' : '0');
      }
    },
  };
  return page;
}
