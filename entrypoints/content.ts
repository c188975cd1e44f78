/**
 * In the page: decide cheaply whether it is an article, collect its text blocks, ask the
 * background for spans, paint them; show a card for a highlight; follow the reader's
 * toggles; re-annotate once late or changed content settles. The NLP never loads here.
 */
import { looksLikeArticle, findArticleTextSteps } from '@/lib/article/detect';
import { buildBlocksSteps, type TextBlock } from '@/lib/article/blocks';
import { readMetadata } from '@/lib/article/metadata';
import { plainTextHead, plainTextNodeBlocks } from '@/lib/article/plain-text';
import { paintSteps, MARK_TAG, type Painting } from '@/lib/highlight/paint';
import { runSliced } from '@/lib/highlight/slices';
import { createInPageUi, type CardInfo, type InPageUi } from '@/lib/highlight/card';
import { removeOrphanedHighlights } from '@/lib/highlight/orphans';
import { watchForChanges, type ChangeWatcher } from '@/lib/highlight/settle';
import { dispatcher, messenger, type Envelope } from '@/lib/messages';
import type { SpanType } from '@/lib/schema';
import { hiddenTypes, highlightsVisible } from '@/utils/settings';

type RunResult = { status: 'not-article' | 'painted' | 'error'; highlights: number };

export default defineContentScript({
  registration: 'runtime',
  matches: [],
  main(ctx) {
    // Injected again (toolbar click after an automatic run, or an extension update)? WXT
    // invalidates the older instance, which removes its highlights and stops listening.
    // An orphaned script (extension reloaded or removed) must fail quietly: checking ctx.isInvalid
    // lets WXT run our cleanup instead of letting the browser throw "Extension context invalidated".
    const send = messenger(async (m: Envelope) => {
      if (ctx.isInvalid) throw new Error('Hashmark was reloaded or removed');
      return browser.runtime.sendMessage(m);
    });
    let painting: Painting | null = null;
    let ui: InPageUi | null = null;
    let watcher: ChangeWatcher | null = null;
    let forced = false;
    let running: Promise<RunResult> | null = null;
    let visible = true;
    let hidden = new Set<SpanType>();
    const cards = new Map<string, CardInfo | null>();

    const applyVisibility = () => {
      for (const mark of painting?.marks ?? []) {
        const off = !visible || hidden.has(mark.getAttribute('data-type') as SpanType);
        if (off) mark.setAttribute('data-off', '');
        else mark.removeAttribute('data-off');
        if (mark.hasAttribute('data-first')) mark.setAttribute('tabindex', off ? '-1' : '0');
      }
    };

    const clear = () => {
      watcher?.pause();
      painting?.remove();
      painting = null;
      ui?.hide();
      cards.clear();
      // a newer instance may already have painted: its marker stays
      if (!document.querySelector(MARK_TAG)) document.documentElement.removeAttribute('data-hashmark');
      watcher?.resume();
    };

    // Firefox: an add-on reloaded, updated or removed leaves the old instance's highlights behind (lib/highlight/orphans.ts)
    const clearWithOrphans = () => {
      clear();
      watcher?.pause();
      removeOrphanedHighlights(document, (host) => !!ui?.contains(host));
      watcher?.resume();
    };

    const annotate = async (force: boolean): Promise<RunResult> => {
      const url = location.href;
      performance.mark('hashmark:run');
      try {
        clearWithOrphans();
        const plain = document.contentType === 'text/plain' ? document.querySelector('pre')?.firstChild : null;
        if (!plain && !force && !looksLikeArticle(document)) {
          await send('cs:status', { url, status: 'not-article' });
          return { status: 'not-article', highlights: 0 };
        }
        void send('cs:status', { url, status: 'working' }).catch(() => undefined);
        let blocks: TextBlock[];
        if (plain?.nodeType === Node.TEXT_NODE) blocks = plainTextNodeBlocks(plain as Text);
        else {
          // in slices, so that a very large page never sees a long task from Hashmark
          const found = await runSliced(findArticleTextSteps(document));
          blocks = found ? await runSliced(buildBlocksSteps(found.nodes, found.root)) : [];
        }
        if (!blocks.length) {
          await send('cs:status', { url, status: 'not-article' });
          return { status: 'not-article', highlights: 0 };
        }
        const article = plain ? { ...readMetadata(document, url), ...plainTextHead((plain as Text).data).meta } : readMetadata(document, url);
        const reply = await send('cs:annotate', { url, article, blocks: blocks.map((b) => b.text) });
        if (ctx.isInvalid || location.href !== url) return { status: 'error', highlights: 0 };
        watcher?.pause();
        painting = await runSliced(paintSteps(document, blocks, reply.spans));
        if (ctx.isInvalid || location.href !== url) {
          painting.remove();
          painting = null;
          watcher?.resume();
          return { status: 'error', highlights: 0 };
        }
        if (!visible || hidden.size) applyVisibility();
        document.documentElement.setAttribute('data-hashmark', String(painting.count));
        watcher?.resume();
        // for the benchmark: text ready (the run began) → highlights painted
        performance.measure('hashmark:text-to-paint', 'hashmark:run');
        await send('cs:status', { url, status: 'painted', highlights: painting.count });
        return { status: 'painted', highlights: painting.count };
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        if (!ctx.isInvalid) await send('cs:status', { url, status: 'error', message }).catch(() => undefined);
        return { status: 'error', highlights: 0 };
      }
    };

    /** One run at a time: a run asked for during another waits for it, then runs once. */
    const run = (force: boolean): Promise<RunResult> => {
      forced ||= force;
      const next = (running ?? Promise.resolve(null)).then(() => annotate(forced));
      running = next.finally(() => {
        if (running === next) running = null;
      }) as Promise<RunResult>;
      return next;
    };

    const markOf = (target: EventTarget | null) => (target instanceof Element ? target.closest(MARK_TAG) : null);
    let shownFor: Element | null = null;
    const showCard = async (mark: Element) => {
      if (mark.hasAttribute('data-off')) return;
      if (shownFor === mark && ui?.isShowing()) return; // already open: keep its buttons where the pointer is
      const ref = mark.getAttribute('data-ref')!;
      const [type, index] = ref.split(':');
      if (!cards.has(ref)) {
        cards.set(ref, await send('cs:card', { type: type as SpanType, ref: Number(index) }).catch(() => null));
      }
      const info = cards.get(ref);
      if (!info) return;
      ui ??= createInPageUi(document);
      shownFor = mark;
      ui.show(mark, info, async (as) => {
        const cited = await send('cs:cite-fact', { type: type as SpanType, ref: Number(index), pageText: document.body.innerText });
        return cited ? cited[as] : null;
      });
      mark.setAttribute('aria-describedby', 'hashmark-card');
    };
    let hideTimer: ReturnType<typeof setTimeout> | null = null;
    const cancelHide = () => {
      if (hideTimer) clearTimeout(hideTimer);
      hideTimer = null;
    };
    const hideCard = () => {
      cancelHide();
      ui?.hide();
    };
    // a short grace period lets the pointer travel from the highlight to its card
    const hideSoon = () => {
      cancelHide();
      hideTimer = setTimeout(hideCard, 350);
    };

    ctx.addEventListener(document, 'mouseover', (e) => {
      if (ctx.isInvalid) return;
      if (ui?.contains(e.target)) return cancelHide();
      const mark = markOf(e.target);
      if (mark) {
        cancelHide();
        void showCard(mark);
      }
    });
    ctx.addEventListener(document, 'mouseout', (e) => {
      const fromOurs = !!markOf(e.target) || !!ui?.contains(e.target);
      const toOurs = !!markOf(e.relatedTarget) || !!ui?.contains(e.relatedTarget);
      if (fromOurs && !toOurs) hideSoon();
    });
    ctx.addEventListener(document, 'focusin', (e) => {
      if (ctx.isInvalid || ui?.contains(e.target)) return;
      const mark = markOf(e.target);
      if (mark) void showCard(mark);
      else hideCard();
    });
    ctx.addEventListener(document, 'keydown', (e) => {
      if (e.key === 'Escape' && ui?.isShowing()) {
        hideCard();
        e.stopPropagation();
      }
    });

    const reveal = (ref: string): boolean => {
      const mark = document.querySelector<HTMLElement>(`${MARK_TAG}[data-ref="${CSS.escape(ref)}"]`);
      if (!mark) return false;
      mark.setAttribute('tabindex', '0');
      mark.scrollIntoView({ block: 'center', behavior: 'smooth' });
      mark.focus({ preventScroll: true });
      return true;
    };

    const listener = dispatcher({
      'bg:run': ({ force }) => run(force),
      'bg:reveal': ({ type, ref }) => reveal(`${type}:${ref}`),
      'bg:page-text': () => document.body.innerText,
    });
    browser.runtime.onMessage.addListener(listener);

    void Promise.all([highlightsVisible.getValue(), hiddenTypes.getValue()]).then(([v, h]) => {
      visible = v;
      hidden = new Set(h);
      applyVisibility();
    });
    const unwatchVisible = highlightsVisible.watch((v) => {
      visible = v;
      applyVisibility();
      if (!v) hideCard();
      ui ??= createInPageUi(document);
      ui.announce(v ? 'Hashmark highlights shown' : 'Hashmark highlights hidden');
    });
    const unwatchHidden = hiddenTypes.watch((h) => {
      hidden = new Set(h);
      applyVisibility();
    });

    // Late-loading articles and single-page-app navigations: annotate again once the text settles.
    if (document.body) watcher = watchForChanges(document.body, () => void (ctx.isValid && run(false)));
    ctx.addEventListener(window, 'wxt:locationchange', () => {
      forced = false;
      setTimeout(() => void run(false), 600);
    });

    ctx.onInvalidated(() => {
      watcher?.stop();
      clear();
      ui?.destroy();
      // With the extension gone, the browser throws on touching its APIs; there is nothing left to detach.
      for (const detach of [() => browser.runtime.onMessage.removeListener(listener), unwatchVisible, unwatchHidden]) {
        try {
          detach();
        } catch {
          /* extension context already invalidated */
        }
      }
    });
    void run(false);
  },
});
