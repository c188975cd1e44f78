/**
 * The article as sentences with their place in it: which block, and where in the joined text.
 * Lead facts and crime types weigh a cue by where it stands (headline, lede, background).
 */
import { sentenceRange } from '../base/sentences';

export interface Sentence {
  /** index of the block (paragraph) it belongs to */
  block: number;
  /** offsets into the joined text */
  start: number;
  end: number;
  text: string;
}

/** Sentences of blocks joined by `separator`, in order; offsets are into the joined text. */
export function splitSentences(blocks: readonly string[], separator: string): Sentence[] {
  const out: Sentence[] = [];
  let base = 0;
  blocks.forEach((block, b) => {
    let at = 0;
    while (at < block.length) {
      while (at < block.length && /\s/.test(block[at]!)) at++;
      if (at >= block.length) break;
      const [, to] = sentenceRange(block, at, at + 1);
      const end = Math.max(to, at + 1);
      out.push({ block: b, start: base + at, end: base + end, text: block.slice(at, end) });
      at = end;
    }
    base += block.length + separator.length;
  });
  return out;
}

/** The sentence holding offset `at` (binary search over sentences in order). */
export function sentenceIndexAt(sentences: readonly Sentence[], at: number): number {
  let lo = 0;
  let hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid]!.start <= at) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
