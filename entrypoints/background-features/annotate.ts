/**
 * Annotation: content scripts send their blocks and status; the popup asks for a tab's state,
 * injecting the reader first when the tab has none. The highlight styles follow each annotation.
 */
import { browser } from 'wxt/browser';
import { DEFAULT_PALETTE, marksCss } from '@/lib/highlight/palette';
import { paletteOverrides } from '@/utils/settings';
import { loadIndex } from '@/lib/incidents/load';
import { annotateOnRequest, inject } from './inject';
import { SETTLE_MS, type BackgroundContext, type Feature } from './feature';

async function insertStyles(tabId: number, frameId: number) {
  const css = marksCss({ ...DEFAULT_PALETTE, ...(await paletteOverrides.getValue()) });
  await browser.scripting.insertCSS({ target: { tabId, frameIds: [frameId] }, css }).catch(() => undefined);
}

export function annotation({ tabs, engine }: BackgroundContext): Feature {
  /**
   * An annotation is ready for the popup once its page is painted and the annotation finished (its
   * summary, its incidents): the engine answers with spans first and finishes after, and a popup that
   * injected the reader (Firefox: executeScript resolves only after the reply) must not see the tab
   * before it is painted.
   */
  const pending = new Map<number, { finished: boolean; highlights: number | null }>();
  const readyIfDone = (tabId: number) => {
    const p = pending.get(tabId);
    const source = tabs.source(tabId);
    if (!p?.finished || p.highlights === null || !source) return;
    pending.delete(tabId);
    const ids = new Set([source.annotation.incident?.id, ...source.annotation.related.map((r) => r.id)]);
    const incidents = loadIndex().filter((x) => ids.has(x.id));
    tabs.set(tabId, { status: 'ready', url: source.url, annotation: source.annotation, highlights: p.highlights, incidents });
  };

  return {
    handlers: {
      'cs:annotate': ({ url, article, blocks }, sender) => {
        const tabId = sender.tab?.id;
        if (tabId === undefined) throw new Error('annotate comes from a tab');
        const result = engine.annotate(blocks, article);
        const source = { url: typeof url === 'string' ? url : null, incognito: sender.tab?.incognito ?? true, annotation: result.annotation, blocks: result.blocks, spans: result.spans };
        tabs.setSource(tabId, source);
        pending.set(tabId, { finished: false, highlights: null });
        setTimeout(() => {
          engine.finish(result);
          tabs.ranked(tabId, source);
          const p = pending.get(tabId);
          if (p && tabs.source(tabId) === source) {
            p.finished = true;
            tabs.setSource(tabId, source); // kept again, with its incidents
            readyIfDone(tabId);
          }
        }, 0);
        return { spans: result.spans };
      },
      'cs:status': ({ url, status, highlights, message }, sender) => {
        const tabId = sender.tab?.id;
        if (tabId === undefined) return;
        const at = typeof url === 'string' ? url : null;
        const current = tabs.get(tabId);
        const count = Number(highlights) || 0;
        if (status !== 'painted') pending.delete(tabId);
        if (status === 'working') {
          tabs.set(tabId, { status: 'working', url: at });
          // Inserted while the page gathers its text and the engine reads it, not with the answer: the page
          // then restyles before its highlights come, not as they come. (Invisible until then, never wrong.)
          void insertStyles(tabId, sender.frameId ?? 0);
        } else if (status === 'not-article') tabs.set(tabId, { status: 'not-article', url: at });
        else if (status === 'error') tabs.set(tabId, { status: 'error', url: at, message: String(message ?? 'unknown error').slice(0, 300) });
        else if (pending.has(tabId)) {
          pending.get(tabId)!.highlights = count;
          readyIfDone(tabId);
        } else if (current?.status === 'ready') tabs.set(tabId, { ...current, highlights: count });
      },
      'popup:get-tab': async ({ tabId, annotate, force }) => {
        const current = tabs.get(tabId);
        if (force) {
          await annotateOnRequest(tabId).catch((err: unknown) => {
            tabs.set(tabId, { status: 'error', url: null, message: err instanceof Error ? err.message : String(err) });
          });
        } else if (annotate && (!current || current.status === 'idle')) {
          try {
            await inject(tabId);
          } catch (err) {
            return { status: 'error', url: null, message: `Hashmark cannot read this page (${err instanceof Error ? err.message : String(err)})` };
          }
        }
        await tabs.settled(tabId, SETTLE_MS);
        return tabs.get(tabId) ?? { status: 'idle' };
      },
    },
    cleanup: () => undefined,
  };
}
