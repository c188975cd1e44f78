/**
 * In the page: decide cheaply whether it is an article, collect its text blocks, ask
 * the background for spans, paint them. Owns nothing else; the NLP never loads here.
 */
import { looksLikeArticle, findArticleText } from '@/lib/article/detect';
import { buildBlocks, type TextBlock } from '@/lib/article/blocks';
import { readMetadata } from '@/lib/article/metadata';
import { plainTextHead, plainTextNodeBlocks } from '@/lib/article/plain-text';
import { paint, MARK_TAG, type Painting } from '@/lib/highlight/paint';
import { dispatcher, messenger, type Envelope } from '@/lib/messages';

export default defineContentScript({
  registration: 'runtime',
  matches: [],
  main(ctx) {
    // Injected again (toolbar click after an automatic run, or an extension update)? WXT
    // invalidates the older instance, which removes its highlights and stops listening.
    const send = messenger((m: Envelope) => browser.runtime.sendMessage(m));
    let painting: Painting | null = null;
    let blocks: TextBlock[] = [];

    const clear = () => {
      painting?.remove();
      painting = null;
      document.documentElement.removeAttribute('data-hashmark');
    };

    const run = async (force: boolean): Promise<{ status: 'not-article' | 'painted' | 'error'; highlights: number }> => {
      const url = location.href;
      try {
        clear();
        const plain = document.contentType === 'text/plain' ? document.querySelector('pre')?.firstChild : null;
        if (!plain && !force && !looksLikeArticle(document)) {
          await send('cs:status', { url, status: 'not-article' });
          return { status: 'not-article', highlights: 0 };
        }
        await send('cs:status', { url, status: 'working' });
        if (plain?.nodeType === Node.TEXT_NODE) blocks = plainTextNodeBlocks(plain as Text);
        else {
          const found = findArticleText(document);
          blocks = found ? buildBlocks(found.nodes, found.root) : [];
        }
        if (!blocks.length) {
          await send('cs:status', { url, status: 'not-article' });
          return { status: 'not-article', highlights: 0 };
        }
        const article = plain ? { ...readMetadata(document, url), ...plainTextHead((plain as Text).data).meta } : readMetadata(document, url);
        const reply = await send('cs:annotate', { url, article, blocks: blocks.map((b) => b.text) });
        if (ctx.isInvalid || location.href !== url) return { status: 'error', highlights: 0 };
        painting = paint(document, blocks, reply.spans);
        document.documentElement.setAttribute('data-hashmark', String(painting.count));
        await send('cs:status', { url, status: 'painted', highlights: painting.count });
        return { status: 'painted', highlights: painting.count };
      } catch (err) {
        const message = err instanceof Error ? err.message : String(err);
        if (!ctx.isInvalid) await send('cs:status', { url, status: 'error', message }).catch(() => undefined);
        return { status: 'error', highlights: 0 };
      }
    };

    const reveal = (ref: string): boolean => {
      const mark = document.querySelector<HTMLElement>(`${MARK_TAG}[data-ref="${CSS.escape(ref)}"]`);
      if (!mark) return false;
      mark.setAttribute('tabindex', '-1');
      mark.scrollIntoView({ block: 'center', behavior: 'smooth' });
      mark.focus({ preventScroll: true });
      return true;
    };

    const listener = dispatcher({
      'bg:run': ({ force }) => run(force),
      'bg:reveal': ({ type, ref }) => reveal(`${type}:${ref}`),
      'bg:clear': () => clear(),
    });
    browser.runtime.onMessage.addListener(listener);
    ctx.onInvalidated(() => {
      browser.runtime.onMessage.removeListener(listener);
      clear();
    });
    void run(false);
  },
});
