/** What the background asks of the page: annotate now, scroll to a highlight and focus it, or its visible text. */
import { MARK_TAG } from '@/lib/base/tags';
import { dispatcher } from '@/lib/messages';
import type { Runner } from './run';

function reveal(ref: string): boolean {
  const mark = document.querySelector<HTMLElement>(`${MARK_TAG}[data-ref="${CSS.escape(ref)}"]`);
  if (!mark) return false;
  mark.setAttribute('tabindex', '0');
  mark.scrollIntoView({ block: 'center', behavior: 'smooth' });
  mark.focus({ preventScroll: true });
  return true;
}

export function commands(runner: Runner): () => void {
  const listener = dispatcher({
    'bg:run': ({ force }) => runner.run(force),
    'bg:reveal': ({ type, ref }) => reveal(`${type}:${ref}`),
    'bg:page-text': () => document.body.innerText,
  });
  browser.runtime.onMessage.addListener(listener);
  return () => browser.runtime.onMessage.removeListener(listener);
}
