/**
 * One annotation run: decide cheaply whether the page is an article, collect its text blocks (in time
 * slices), ask the background for spans, paint them (in time slices). One run at a time.
 */
import { looksLikeArticle, findArticleTextSteps } from '@/lib/article/detect';
import { buildBlocksSteps, type TextBlock } from '@/lib/article/blocks';
import { readMetadata } from '@/lib/article/metadata';
import { plainTextHead, plainTextNodeBlocks } from '@/lib/article/plain-text';
import { paintSteps } from '@/lib/highlight/paint';
import { MARK_TAG } from '@/lib/base/tags';
import { runSliced } from '@/lib/base/slices';
import { removeOrphanedHighlights } from '@/lib/highlight/orphans';
import type { PageState } from './page';

export type RunResult = { status: 'not-article' | 'painted' | 'error'; highlights: number };

export interface Runner {
  /** annotates now, or once the run under way has ended; force: even if it does not look like an article */
  run(force: boolean): Promise<RunResult>;
  /** removes every highlight and the card, leaving the DOM as it was */
  clear(): void;
  /** forgets an earlier forced run (a new page in a single-page app) */
  unforce(): void;
}

export function createRunner(page: PageState): Runner {
  const { ctx, send } = page;
  let forced = false;
  let running: Promise<RunResult> | null = null;

  const clear = () =>
    page.quietly(() => {
      page.painting?.remove();
      page.painting = null;
      page.existingUi()?.hide();
      // a newer instance may already have painted: its marker stays
      if (!document.querySelector(MARK_TAG)) document.documentElement.removeAttribute('data-hashmark');
    });
  // Firefox destroys a reloaded, updated or removed add-on's script without running it: what it painted
  // is still in the page when this instance starts (lib/highlight/orphans.ts)
  const clearWithOrphans = () => {
    clear();
    page.quietly(() => removeOrphanedHighlights(document, (host) => !!page.existingUi()?.contains(host)));
  };

  const collectBlocks = async (plain: Text | null): Promise<TextBlock[]> => {
    if (plain) return plainTextNodeBlocks(plain);
    // in slices, so that a very large page never sees a long task from Hashmark
    const found = await runSliced(findArticleTextSteps(document));
    return found ? runSliced(buildBlocksSteps(found.nodes, found.root)) : [];
  };

  const annotate = async (force: boolean): Promise<RunResult> => {
    const url = location.href;
    const stale = () => ctx.isInvalid || location.href !== url;
    performance.mark('hashmark:run');
    try {
      const first = document.contentType === 'text/plain' ? document.querySelector('pre')?.firstChild : null;
      const plain = first?.nodeType === Node.TEXT_NODE ? (first as Text) : null;
      clearWithOrphans();
      if (!plain && !force && !looksLikeArticle(document)) {
        await send('cs:status', { url, status: 'not-article' });
        return { status: 'not-article', highlights: 0 };
      }
      void send('cs:status', { url, status: 'working' }).catch(() => undefined);
      const blocks = await collectBlocks(plain);
      performance.mark('hashmark:blocks');
      if (!blocks.length) {
        await send('cs:status', { url, status: 'not-article' });
        return { status: 'not-article', highlights: 0 };
      }
      const article = plain ? { ...readMetadata(document, url), ...plainTextHead(plain.data).meta } : readMetadata(document, url);
      performance.mark('hashmark:asked');
      const reply = await send('cs:annotate', { url, article, blocks: blocks.map((b) => b.text) });
      performance.mark('hashmark:answered');
      if (stale()) return { status: 'error', highlights: 0 };
      const painting = await page.quietly(() => runSliced(paintSteps(document, blocks, reply.spans)));
      if (stale()) {
        page.quietly(() => painting.remove());
        return { status: 'error', highlights: 0 };
      }
      page.painting = painting;
      page.quietly(() => {
        if (!page.visible || page.hidden.size) page.applyVisibility();
        document.documentElement.setAttribute('data-hashmark', String(painting.count));
      });
      // for the benchmark: text ready (the run began) → highlights painted, and its phases
      performance.measure('hashmark:text-to-paint', 'hashmark:run');
      await send('cs:status', { url, status: 'painted', highlights: painting.count });
      return { status: 'painted', highlights: painting.count };
    } catch (err) {
      const message = err instanceof Error ? err.message : String(err);
      if (!ctx.isInvalid) await send('cs:status', { url, status: 'error', message }).catch(() => undefined);
      return { status: 'error', highlights: 0 };
    }
  };

  return {
    run(force) {
      forced ||= force;
      const next = (running ?? Promise.resolve(null)).then(() => annotate(forced));
      running = next.finally(() => {
        if (running === next) running = null;
      }) as Promise<RunResult>;
      return next;
    },
    clear,
    unforce: () => void (forced = false),
  };
}
