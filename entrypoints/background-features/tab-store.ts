/**
 * Per-tab state, in one typed store: what the popup shows for each tab (TabState) and what its
 * highlights were made from (blocks, spans, the page's text) for citing facts. Wakes those waiting
 * for a tab to settle and tells subscribers (the badge) of every change.
 */
import type { TabState } from '@/lib/messages';
import type { FactSource } from '@/lib/citation/fact';
import type { Span } from '@/lib/schema';

const MAX_PAGE_TEXT = 4_000_000;

/** What a tab's highlights were made from. */
export interface PaintedSource {
  blocks: string[];
  spans: Span[];
}

export interface TabStore {
  get(tabId: number): TabState | undefined;
  set(tabId: number, state: TabState): void;
  setSource(tabId: number, source: PaintedSource): void;
  /** what the tab's highlights were last made from */
  source(tabId: number): PaintedSource | undefined;
  /**
   * The tab's annotation with what it was made from, when the tab is ready. The page's text is read
   * (by `readPageText`) on the first call for an annotation and kept with it.
   */
  factSource(tabId: number, readPageText: () => Promise<string>): Promise<FactSource | null>;
  /** resolves once the tab is not working any more, or after `timeoutMs` */
  settled(tabId: number, timeoutMs: number): Promise<void>;
  forget(tabId: number): void;
  onChange(listener: (tabId: number, state: TabState) => void): () => void;
}

export function createTabStore(): TabStore {
  const states = new Map<number, TabState>();
  const sources = new Map<number, PaintedSource & { pageText?: Promise<string> }>();
  const waiters = new Map<number, (() => void)[]>();
  const listeners = new Set<(tabId: number, state: TabState) => void>();

  const wake = (tabId: number) => {
    for (const w of waiters.get(tabId) ?? []) w();
    waiters.delete(tabId);
  };

  return {
    get: (tabId) => states.get(tabId),
    set(tabId, state) {
      states.set(tabId, state);
      if (state.status !== 'working') wake(tabId);
      for (const l of listeners) l(tabId, state);
    },
    setSource: (tabId, source) => void sources.set(tabId, source),
    source: (tabId) => sources.get(tabId),
    async factSource(tabId, readPageText) {
      const state = states.get(tabId);
      const source = sources.get(tabId);
      if (state?.status !== 'ready' || !source || !state.url) return null;
      source.pageText ??= readPageText().then((t) => String(t).slice(0, MAX_PAGE_TEXT), () => source.blocks.join('\n'));
      return { annotation: state.annotation, url: state.url, blocks: source.blocks, spans: source.spans, pageText: await source.pageText };
    },
    settled: (tabId, timeoutMs) =>
      new Promise<void>((resolve) => {
        const state = states.get(tabId);
        if (state && state.status !== 'working' && state.status !== 'idle') return resolve();
        const timer = setTimeout(resolve, timeoutMs);
        waiters.set(tabId, [...(waiters.get(tabId) ?? []), () => (clearTimeout(timer), resolve())]);
      }),
    forget(tabId) {
      wake(tabId);
      states.delete(tabId);
      sources.delete(tabId);
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}
