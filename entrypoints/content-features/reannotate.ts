/** Late-loading articles and single-page-app navigations: annotate again once the text settles. */
import { watchForChanges } from '@/lib/highlight/settle';
import type { PageState } from './page';
import type { Runner } from './run';

/** A single-page app swaps its content a moment after the URL changes. */
const AFTER_NAVIGATION_MS = 600;

export function reannotate(page: PageState, runner: Runner): () => void {
  const { ctx } = page;
  const watcher = document.body ? watchForChanges(document.body, () => void (ctx.isValid && runner.run(false))) : null;
  const removeObserver = watcher ? page.addObserver(watcher) : () => undefined;
  ctx.addEventListener(window, 'wxt:locationchange', () => {
    runner.unforce();
    ctx.setTimeout(() => void runner.run(false), AFTER_NAVIGATION_MS);
  });
  return () => {
    removeObserver();
    watcher?.stop();
  };
}
