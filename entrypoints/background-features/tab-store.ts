/**
 * Per-tab state, in one typed store: what the popup shows for each tab (TabState) and what its
 * highlights were made from (annotation, blocks, spans) for cards and cited facts. Wakes those
 * waiting for a tab to settle and tells subscribers (the badge) of every change.
 *
 * Both are kept in storage.session too (utils/tab-memory.ts): Chrome stops an idle service worker and
 * Firefox unloads an idle event page after about 30 seconds, and a background that started again
 * with empty maps would know no tab. `restore()` reads them back before any message is answered.
 */
import type { TabState } from '@/lib/messages';
import type { FactSource } from '@/lib/citation/fact';
import type { Annotation, Span } from '@/lib/schema';
import { TabMemory } from '@/utils/tab-memory';

const MAX_PAGE_TEXT = 4_000_000;

/** What a tab's highlights were made from. */
export interface PaintedSource {
  url: string | null;
  /** whether the tab is in a private window */
  incognito: boolean;
  annotation: Annotation;
  blocks: string[];
  spans: Span[];
}

export interface TabStore {
  /** reads back what an earlier run of the background kept; answer no message before it resolves */
  restore(): Promise<void>;
  get(tabId: number): TabState | undefined;
  set(tabId: number, state: TabState): void;
  setSource(tabId: number, source: PaintedSource): void;
  /** the annotation the tab's highlights were painted from, even before its incidents are ranked */
  source(tabId: number): PaintedSource | undefined;
  /**
   * The tab's annotation with what it was made from. The page's text is read (by `readPageText`)
   * on the first call for an annotation and kept with it.
   */
  factSource(tabId: number, readPageText: () => Promise<string>): Promise<FactSource | null>;
  /** resolves once the tab is not working any more, or after `timeoutMs` */
  settled(tabId: number, timeoutMs: number): Promise<void>;
  forget(tabId: number): void;
  onChange(listener: (tabId: number, state: TabState) => void): () => void;
  /** an annotation complete with its incidents (whether or not its tab is still open) */
  ranked(tabId: number, source: PaintedSource): void;
  onRanked(listener: (tabId: number, source: PaintedSource) => void): () => void;
}

export function createTabStore(): TabStore {
  const states = new TabMemory<TabState>('tab-state');
  const sources = new TabMemory<PaintedSource>('tab-source');
  const pageTexts = new Map<number, { of: PaintedSource; text: Promise<string> }>();
  const waiters = new Map<number, (() => void)[]>();
  const listeners = new Set<(tabId: number, state: TabState) => void>();
  const rankedListeners = new Set<(tabId: number, source: PaintedSource) => void>();

  const wake = (tabId: number) => {
    for (const w of waiters.get(tabId) ?? []) w();
    waiters.delete(tabId);
  };

  return {
    restore: async () => void (await Promise.all([states.restore(), sources.restore()])),
    get: (tabId) => states.get(tabId),
    set(tabId, state) {
      states.set(tabId, state);
      if (state.status !== 'working') wake(tabId);
      for (const l of listeners) l(tabId, state);
    },
    setSource: (tabId, source) => void sources.set(tabId, source),
    source: (tabId) => sources.get(tabId),
    async factSource(tabId, readPageText) {
      const source = sources.get(tabId);
      if (!source?.url) return null;
      let page = pageTexts.get(tabId);
      if (page?.of !== source) {
        page = { of: source, text: readPageText().then((t) => String(t).slice(0, MAX_PAGE_TEXT), () => source.blocks.join('\n')) };
        pageTexts.set(tabId, page);
      }
      return { annotation: source.annotation, url: source.url, blocks: source.blocks, spans: source.spans, pageText: await page.text };
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
      pageTexts.delete(tabId);
    },
    onChange(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    ranked(tabId, source) {
      for (const l of rankedListeners) l(tabId, source);
    },
    onRanked(listener) {
      rankedListeners.add(listener);
      return () => rankedListeners.delete(listener);
    },
  };
}
