/**
 * Hover and focus cards: what a highlight means, from the background (asked once per highlight),
 * with "Cite this fact" answered by the background's one cite path.
 */
import { MARK_TAG } from '@/lib/base/tags';
import type { CardInfo, SpanType } from '@/lib/schema';
import type { PageState } from './page';

/** How long the pointer may travel from a highlight to its card before the card closes. */
const GRACE_MS = 350;

export function cards(page: PageState): () => void {
  const { ctx, send } = page;
  const infos = new Map<string, CardInfo | null>();
  const markOf = (target: EventTarget | null) => (target instanceof Element ? target.closest(MARK_TAG) : null);
  const ours = (target: EventTarget | null) => page.existingUi()?.contains(target) ?? false;
  let shownFor: Element | null = null;
  let paintedBy: unknown = null;

  const show = async (mark: Element) => {
    if (mark.hasAttribute('data-off')) return;
    if (shownFor === mark && page.existingUi()?.isShowing()) return; // already open: keep its buttons where the pointer is
    if (paintedBy !== page.painting) infos.clear(); // a new run: refs name other things now
    paintedBy = page.painting;
    const ref = mark.getAttribute('data-ref') ?? '';
    const [type, index] = ref.split(':') as [SpanType, string];
    const target = { type, ref: Number(index) };
    if (!infos.has(ref)) infos.set(ref, await send('cs:card', target).catch(() => null));
    const info = infos.get(ref);
    if (!info) return;
    shownFor = mark;
    page.ui().show(
      mark,
      info,
      (as) => send('ui:cite-fact', { target, as }),
      (search) => void send('ui:open-research', { search }),
    );
    mark.setAttribute('aria-describedby', 'hashmark-card');
  };

  let hideTimer: ReturnType<typeof setTimeout> | null = null;
  const cancelHide = () => {
    if (hideTimer) clearTimeout(hideTimer);
    hideTimer = null;
  };
  const hide = () => {
    cancelHide();
    page.existingUi()?.hide();
  };

  ctx.addEventListener(document, 'mouseover', (e) => {
    if (ctx.isInvalid) return;
    if (ours(e.target)) return cancelHide();
    const mark = markOf(e.target);
    if (mark) {
      cancelHide();
      void show(mark);
    }
  });
  ctx.addEventListener(document, 'mouseout', (e) => {
    const fromOurs = !!markOf(e.target) || ours(e.target);
    const toOurs = !!markOf(e.relatedTarget) || ours(e.relatedTarget);
    if (fromOurs && !toOurs) {
      cancelHide();
      hideTimer = setTimeout(hide, GRACE_MS);
    }
  });
  ctx.addEventListener(document, 'focusin', (e) => {
    if (ctx.isInvalid || ours(e.target)) return;
    const mark = markOf(e.target);
    if (mark) void show(mark);
    else hide();
  });
  ctx.addEventListener(document, 'keydown', (e) => {
    if (e.key === 'Escape' && page.existingUi()?.isShowing()) {
      hide();
      e.stopPropagation();
    }
  });
  // ctx.addEventListener removes these listeners when the script is invalidated
  return () => {
    hide();
    infos.clear();
  };
}
