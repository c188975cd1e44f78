/**
 * Time slicing without a clock: runSliced gives the page its turn exactly when a slice has used its
 * budget (a fake clock decides, never the machine), and every sliced walk of a large page (finding
 * the article, building blocks, painting) is made of small steps, so no step can become a long task.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { runSliced, YIELD_MARK } from '@/lib/base/slices';
import { findArticleTextSteps } from '@/lib/article/detect';
import { buildBlocksSteps } from '@/lib/article/blocks';
import { paintSteps } from '@/lib/highlight/paint';
import { largeArticleHtml } from '../fixtures/large-article';
import { Window } from 'happy-dom';

function* work(steps: number): Generator<void, number> {
  for (let i = 0; i < steps; i++) yield;
  return steps;
}

/** How many times a generator yields before it returns, and what it returns. */
function drain<T>(steps: Generator<unknown, T>): { steps: number; value: T } {
  let n = 0;
  for (;;) {
    const step = steps.next();
    if (step.done) return { steps: n, value: step.value };
    n++;
  }
}

describe('runSliced', () => {
  afterEach(() => vi.restoreAllMocks());

  it('yields to the page once a slice has used its budget, and only then', async () => {
    let now = 0;
    vi.spyOn(performance, 'now').mockImplementation(() => (now += 3)); // every step "takes" 3 ms
    const marks = vi.spyOn(performance, 'mark');
    await expect(runSliced(work(30), 8)).resolves.toBe(30);
    const yields = marks.mock.calls.filter(([name]) => name === YIELD_MARK).length;
    expect(yields).toBeGreaterThanOrEqual(8);
    expect(yields).toBeLessThanOrEqual(15);
  });

  it('never yields while within its budget', async () => {
    vi.spyOn(performance, 'now').mockReturnValue(0);
    const marks = vi.spyOn(performance, 'mark');
    await expect(runSliced(work(1000), 8)).resolves.toBe(1000);
    expect(marks.mock.calls.filter(([name]) => name === YIELD_MARK)).toEqual([]);
  });
});

describe('the sliced walks of a large page', () => {
  const { html } = largeArticleHtml();
  // happy-dom, not linkedom: the walks must see the page's element count as a browser does
  const window = new Window();
  const doc = new window.DOMParser().parseFromString(html, 'text/html') as unknown as Document;
  const elements = doc.querySelectorAll('*').length;

  it('find the article, build its blocks and paint it in small steps', () => {
    const found = drain(findArticleTextSteps(doc));
    expect(found.value?.nodes.length).toBeGreaterThan(1000);
    // at most a few hundred nodes between two steps
    expect(found.steps).toBeGreaterThan(elements / 1000);

    const blocks = drain(buildBlocksSteps(found.value!.nodes, found.value!.root));
    expect(blocks.value.length).toBeGreaterThan(100);
    expect(blocks.steps).toBeGreaterThanOrEqual(Math.floor(blocks.value.length / 64));

    const spans = blocks.value.map((_, block) => ({ block, start: 0, end: 3, type: 'person' as const, ref: 0 }));
    const painting = drain(paintSteps(doc, blocks.value, spans));
    expect(painting.value.count).toBe(spans.length);
    expect(painting.steps).toBeGreaterThanOrEqual(Math.floor(spans.length / 64));
    painting.value.remove();
  });
});
