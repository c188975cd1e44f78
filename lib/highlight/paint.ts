/**
 * Painting: wraps each span's text in <hashmark-mark data-type>, without changing
 * a character of the page's text, and keeps a revert log so that removing the
 * highlights leaves the DOM exactly as it was (split text nodes are joined again).
 */
import type { TextBlock } from '../article/blocks';
import type { Span } from '../schema';
import { runAll } from '../base/slices';
import { MARK_TAG } from '../base/tags';
import { insidePre } from '../article/regions';


interface Wrap {
  mark: Element;
  /** the original node, when the mark starts inside it (it keeps the text before) */
  left: Text | null;
  mid: Text;
  right: Text | null;
}

export interface Painting {
  /** the number of highlights (spans painted) */
  count: number;
  marks: Element[];
  /** unwraps everything this painting did, newest first */
  remove(): void;
}

interface Piece {
  node: Text;
  start: number;
  end: number;
  span: Span;
  spanIndex: number;
  /** the span's first piece: the one that takes keyboard focus */
  first: boolean;
}

/*
 * Fix (found by tests/unit/fuzz.test.ts; see its 'regressions'): the engine's spans can end or start
 * inside a grapheme cluster ("$8.7bn" read out of "$8.7bǹ" with a combining U+0300, "$1.461" out of
 * "$1.46" + keycap "1️⃣"), and the mark's edge then detached a combining mark, variation selector,
 * skin tone or ZWJ continuation from its base character (or cut a surrogate pair). Span edges are
 * snapped outward to the cluster's edges: an approximation of UAX #29 that covers these cases and
 * needs no Intl.Segmenter (Firefox before 125 lacks it).
 */
const CLUSTER_EXTEND = /^(?:\p{M}|\p{Emoji_Modifier}|\u200d)/u;
const isLowSurrogate = (c: number) => c >= 0xdc00 && c <= 0xdfff;

function clusterStart(text: string, i: number): number {
  while (i > 0 && i < text.length) {
    if (isLowSurrogate(text.charCodeAt(i)) || CLUSTER_EXTEND.test(text.slice(i, i + 2)) || text.charCodeAt(i - 1) === 0x200d) i--;
    else break;
  }
  return i;
}

function clusterEnd(text: string, i: number): number {
  while (i > 0 && i < text.length) {
    if (isLowSurrogate(text.charCodeAt(i)) || CLUSTER_EXTEND.test(text.slice(i, i + 2)) || text.charCodeAt(i - 1) === 0x200d) i++;
    else break;
  }
  return i;
}

function piecesOf(block: TextBlock, span: Span, spanIndex: number): Piece[] {
  const out: Piece[] = [];
  const start = clusterStart(block.text, span.start);
  const end = clusterEnd(block.text, span.end);
  for (const seg of block.segments) {
    const segEnd = seg.start + seg.node.data.length;
    const s = Math.max(start, seg.start);
    const e = Math.min(end, segEnd);
    if (s < e && /\S/.test(seg.node.data.slice(s - seg.start, e - seg.start))) {
      out.push({ node: seg.node, start: s - seg.start, end: e - seg.start, span, spanIndex, first: out.length === 0 });
    }
  }
  return out;
}

function wrap(doc: Document, p: Piece): Wrap {
  const left = p.start > 0 ? p.node : null;
  const mid = p.start > 0 ? p.node.splitText(p.start) : p.node;
  const right = p.end - p.start < mid.data.length ? mid.splitText(p.end - p.start) : null;
  const mark = doc.createElement(MARK_TAG);
  mark.setAttribute('data-type', p.span.type);
  mark.setAttribute('data-ref', `${p.span.type}:${p.span.ref}`);
  mark.setAttribute('data-span', String(p.spanIndex));
  if (p.span.flag) mark.setAttribute('data-flag', p.span.flag);
  if (p.first) {
    mark.setAttribute('data-first', '');
    mark.setAttribute('tabindex', '0');
  }
  mid.parentNode!.insertBefore(mark, mid);
  mark.appendChild(mid);
  return { mark, left, mid, right };
}

function unwrap(w: Wrap): void {
  const parent = w.mark.parentNode;
  if (!parent) return; // the page removed it already
  parent.insertBefore(w.mid, w.mark);
  parent.removeChild(w.mark);
  let target = w.mid;
  // Fix (found by tests/unit/fuzz.test.ts, two paintings stacked and the older removed first): join only
  // with a neighbour that is still adjacent. The other painting may have split `left` or `right` and
  // put its own mark between them and `mid`; joining across that mark moved text out of order
  // ("AAA BBB CCC" became "AAA CCCBBB "). Not joining leaves split text nodes, but the text intact.
  if (w.left && w.left.parentNode === parent && w.left.nextSibling === w.mid) {
    w.left.appendData(w.mid.data);
    parent.removeChild(w.mid);
    target = w.left;
  }
  if (w.right && w.right.parentNode === parent && target.nextSibling === w.right) {
    target.appendData(w.right.data);
    parent.removeChild(w.right);
  }
}

/** The painting as small steps (one text node each), for time slicing on large pages. */
export function* paintSteps(doc: Document, blocks: readonly TextBlock[], spans: readonly Span[]): Generator<void, Painting> {
  const byNode = new Map<Text, Piece[]>();
  const painted = new Set<number>();
  const plainTextPage = doc.contentType === 'text/plain';
  for (let i = 0; i < spans.length; i++) {
    const span = spans[i]!;
    const block = blocks[span.block];
    if (!block) continue;
    for (const piece of piecesOf(block, span, i)) {
      // code and logs are never painted, even when read as prose (a text/plain page is all one <pre>: it is the article)
      if (!plainTextPage && insidePre(piece.node)) continue;
      const list = byNode.get(piece.node) ?? [];
      // overlapping spans: the first one wins
      if (list.some((x) => piece.start < x.end && piece.end > x.start)) continue;
      list.push(piece);
      byNode.set(piece.node, list);
    }
    if (i % 64 === 63) yield;
  }
  const log: Wrap[] = [];
  for (const [, pieces] of byNode) {
    // right to left, so the offsets still to do stay valid in the original node
    pieces.sort((a, b) => b.start - a.start);
    for (const p of pieces) {
      if (!p.node.parentNode || p.end > p.node.data.length) continue;
      log.push(wrap(doc, p));
      painted.add(p.spanIndex);
    }
    yield;
  }
  return {
    count: painted.size,
    marks: log.map((w) => w.mark),
    remove() {
      for (let i = log.length - 1; i >= 0; i--) unwrap(log[i]!);
      log.length = 0;
    },
  };
}

export function paint(doc: Document, blocks: readonly TextBlock[], spans: readonly Span[]): Painting {
  return runAll(paintSteps(doc, blocks, spans));
}
