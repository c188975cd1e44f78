/**
 * Time slicing: runs a generator's steps on the page's main thread in slices of a few
 * milliseconds, giving the page its turn between slices, so long work never becomes a long task.
 * Each turn given back is marked (`hashmark:yield`), so tests can tell Hashmark's own slicing from
 * whatever else the page or the machine is doing.
 */
export const YIELD_MARK = 'hashmark:yield';
const yieldToPage = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export async function runSliced<T>(steps: Generator<unknown, T>, budgetMs = 8): Promise<T> {
  let sliceStart = performance.now();
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    if (performance.now() - sliceStart > budgetMs) {
      performance.mark(YIELD_MARK);
      await yieldToPage();
      sliceStart = performance.now();
    }
  }
}

/** Runs a generator to its end at once (small pages, tests, the CLI). */
export function runAll<T>(steps: Generator<unknown, T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}
