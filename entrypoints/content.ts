/**
 * In the page: annotate, paint and register the in-page features (cards, visibility switches,
 * re-annotation, the background's commands), each a file in ./content-features with its own cleanup.
 * The NLP never loads here: the background answers with the spans to paint.
 */
import { createPageState } from './content-features/page';
import { createRunner } from './content-features/run';
import { cards } from './content-features/cards';
import { visibility } from './content-features/visibility';
import { reannotate } from './content-features/reannotate';
import { commands } from './content-features/commands';

export default defineContentScript({
  registration: 'runtime',
  matches: [],
  main(ctx) {
    // Injected again (toolbar click after an automatic run, or an extension update)? WXT invalidates
    // the older instance, which runs the cleanups below: its highlights go and it stops listening.
    const page = createPageState(ctx);
    const runner = createRunner(page);
    const cleanups = [commands(runner), cards(page), visibility(page), reannotate(page, runner)];

    ctx.onInvalidated(() => {
      // With the extension gone, the browser throws on touching its APIs; there is nothing left to detach.
      for (const cleanup of cleanups) {
        try {
          cleanup();
        } catch {
          /* extension context already invalidated */
        }
      }
      runner.clear();
      page.existingUi()?.destroy();
    });
    void runner.run(false);
  },
});
