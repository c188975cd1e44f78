/**
 * The background holds the engine (NLP, knowledge, incident index) once per browser,
 * answers content scripts with spans, keeps each tab's annotation for the popup, and
 * injects the content script when the reader asks (activeTab).
 */
import type { Browser } from 'wxt/browser';
import { annotateBlocks } from '@/lib/annotate';
import { rankerFromIndex } from '@/lib/incidents/rank';
import { loadIndex } from '@/lib/incidents/load';
import { dispatcher, messenger, type Envelope, type TabState } from '@/lib/messages';
import type { ArticleMeta } from '@/lib/schema';
import type { IncidentRanker } from '@/lib/incidents/ranker-types';

type Sender = Browser.runtime.MessageSender;

const CONTENT_SCRIPT = '/content-scripts/content.js';
const MARKS_CSS = '/hashmark-marks.css';
const MAX_BLOCKS = 20_000;
const MAX_CHARS = 4_000_000;
const WAIT_MS = 20_000;

export default defineBackground(() => {
  const states = new Map<number, TabState>();
  const waiters = new Map<number, (() => void)[]>();
  let ranker: IncidentRanker | null = null;

  const setState = (tabId: number, state: TabState) => {
    states.set(tabId, state);
    if (state.status !== 'working') {
      for (const wake of waiters.get(tabId) ?? []) wake();
      waiters.delete(tabId);
    }
  };

  const settled = (tabId: number) =>
    new Promise<void>((resolve) => {
      const state = states.get(tabId);
      if (state && state.status !== 'working' && state.status !== 'idle') return resolve();
      const timer = setTimeout(resolve, WAIT_MS);
      waiters.set(tabId, [...(waiters.get(tabId) ?? []), () => (clearTimeout(timer), resolve())]);
    });

  const toTab = (tabId: number) => messenger((m: Envelope) => browser.tabs.sendMessage(tabId, m));

  /** The page's text is untrusted: only strings, within limits, reach the engine. */
  const cleanBlocks = (blocks: unknown): string[] => {
    if (!Array.isArray(blocks)) throw new Error('blocks must be a list');
    let total = 0;
    const out: string[] = [];
    for (const b of blocks.slice(0, MAX_BLOCKS)) {
      if (typeof b !== 'string') continue;
      total += b.length;
      if (total > MAX_CHARS) break;
      out.push(b);
    }
    return out;
  };
  const cleanMeta = (m: ArticleMeta): ArticleMeta => {
    const str = (s: unknown) => (typeof s === 'string' ? s.slice(0, 1000) : null);
    return {
      title: str(m?.title),
      url: str(m?.url),
      publisher: str(m?.publisher),
      authors: Array.isArray(m?.authors) ? m.authors.filter((a): a is string => typeof a === 'string').slice(0, 20).map((a) => a.slice(0, 200)) : [],
      publishedAt: typeof m?.publishedAt === 'string' && /^\d{4}(-\d{2}){0,2}$/.test(m.publishedAt) ? m.publishedAt : null,
      language: str(m?.language),
    };
  };

  async function inject(tabId: number): Promise<void> {
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
  }

  browser.runtime.onMessage.addListener(
    dispatcher<Sender>({
      'cs:annotate': async ({ url, article, blocks }, sender) => {
        const tabId = sender.tab?.id;
        if (tabId === undefined) throw new Error('annotate comes from a tab');
        ranker ??= rankerFromIndex(loadIndex());
        const result = annotateBlocks(cleanBlocks(blocks), cleanMeta(article), { rank: ranker });
        const ids = new Set([result.annotation.incident?.id, ...result.annotation.related.map((r) => r.id)]);
        const incidents = loadIndex().filter((x) => ids.has(x.id));
        setState(tabId, { status: 'ready', url: typeof url === 'string' ? url : null, annotation: result.annotation, highlights: 0, incidents });
        await browser.scripting.insertCSS({ target: { tabId, frameIds: [sender.frameId ?? 0] }, files: [MARKS_CSS] }).catch(() => undefined);
        return result;
      },
      'cs:status': ({ url, status, highlights, message }, sender) => {
        const tabId = sender.tab?.id;
        if (tabId === undefined) return;
        const at = typeof url === 'string' ? url : null;
        const current = states.get(tabId);
        if (status === 'working') setState(tabId, { status: 'working', url: at });
        else if (status === 'not-article') setState(tabId, { status: 'not-article', url: at });
        else if (status === 'error') setState(tabId, { status: 'error', url: at, message: String(message ?? 'unknown error').slice(0, 300) });
        else if (status === 'painted' && current?.status === 'ready') setState(tabId, { ...current, highlights: Number(highlights) || 0 });
        else if (status === 'cleared' && current?.status === 'ready') setState(tabId, { ...current, highlights: 0 });
      },
      'popup:get-tab': async ({ tabId, annotate, force }) => {
        const current = states.get(tabId);
        if (force) {
          await inject(tabId).catch(() => undefined);
          // The content script reports its own progress through cs:status.
          await toTab(tabId)('bg:run', { force: true }).catch((err: unknown) => {
            setState(tabId, { status: 'error', url: null, message: err instanceof Error ? err.message : String(err) });
          });
        } else if (annotate && (!current || current.status === 'idle')) {
          try {
            await inject(tabId);
          } catch (err) {
            return { status: 'error', url: null, message: `Hashmark cannot read this page (${err instanceof Error ? err.message : String(err)})` };
          }
        }
        await settled(tabId);
        return states.get(tabId) ?? { status: 'idle' };
      },
      'popup:reveal': async ({ tabId, type, ref }) => {
        const ok = await toTab(tabId)('bg:reveal', { type, ref }).catch(() => false);
        if (ok) await browser.tabs.update(tabId, { active: true });
        return ok;
      },
    }),
  );

  browser.tabs.onRemoved.addListener((tabId) => {
    states.delete(tabId);
    waiters.delete(tabId);
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && states.get(tabId)?.status !== 'working') states.set(tabId, { status: 'idle' });
  });
});
