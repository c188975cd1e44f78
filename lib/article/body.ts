/**
 * The article's body by a scored decision, the same on every page size and sliceable:
 * one walk over the page's text gives every element its text length, link text and
 * paragraphs; paragraphs score their ancestors (length, commas, few links); an element's
 * markup (schema.org articleBody, "article"/"content" words, page-chrome words) weighs
 * on its score as evidence, never as a verdict. Inside the winner, chrome is dropped
 * only when it is a small part of it, so an article wrapped in `class="paywall"` stays.
 */
import { BLOCK_TAGS, NON_PROSE_TAGS, isChrome, isProseText, isUntouchableElement } from './regions';

interface Stats {
  chars: number;
  linkChars: number;
  /** text in paragraphs of 25+ characters with few links */
  prose: number;
  score: number;
}

export interface BodyChoice {
  root: Element;
  nodes: Text[];
}

const POSITIVE = /(?:^|[\s_-])(?:article|articlebody|article-body|body|content|entry|entry-content|main|post|post-content|post-body|story|story-body|text|blog|richtext|rich-text|prose)(?:$|[\s_-])/i;
const LINK_HEAVY = 0.5;

function classWeight(el: Element): number {
  if (el.getAttribute('itemprop') === 'articleBody') return 60;
  let w = 0;
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  if (POSITIVE.test(names)) w += 25;
  if (isChrome(el)) w -= 25;
  if (el.tagName === 'ARTICLE' || el.tagName === 'MAIN') w += 10;
  return w;
}

/** Preformatted blocks are read only when they are prose; code, logs and command lines are not. */
function readableElement(el: Element): boolean {
  if (NON_PROSE_TAGS.has(el.tagName.toUpperCase()) || el.tagName === 'HASHMARK-MARK' || isUntouchableElement(el)) return false;
  return el.tagName !== 'PRE' || isProseText(el.textContent ?? '');
}

/** Whether text under `el` may be read: `el` and all its ancestors readable, memoised per element for the page-wide walk. */
function readableUnder(el: Element | null, memo: Map<Element, boolean>): boolean {
  if (!el) return true;
  let v = memo.get(el);
  if (v === undefined) {
    v = readableElement(el) && readableUnder(el.parentElement, memo);
    memo.set(el, v);
  }
  return v;
}

const statsOf = (map: Map<Element, Stats>, el: Element): Stats => {
  let s = map.get(el);
  if (!s) {
    s = { chars: 0, linkChars: 0, prose: 0, score: 0 };
    map.set(el, s);
  }
  return s;
};

/** Words in a string, roughly: for the 150-word floor. */
const wordCount = (s: string) => s.split(/\s+/).filter(Boolean).length;

export function* articleBodySteps(doc: Document): Generator<void, BodyChoice | null> {
  const body = doc.body;
  if (!body) return null;
  const stats = new Map<Element, Stats>();
  const blocks: Element[] = [];
  const blockCommas = new Map<Element, number>();
  const texts: Text[] = [];
  const blockOf = new Map<Text, Element>();
  const readable = new Map<Element, boolean>();
  const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
  let seen = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    if (++seen % 300 === 0) yield;
    const t = n as Text;
    const len = t.data.trim().length;
    if (!len) continue;
    const parent = t.parentElement;
    if (!parent || !readableUnder(parent, readable)) continue;
    texts.push(t);
    let inLink = false;
    let block: Element | null = null;
    for (let el: Element | null = parent; el && el !== body.parentElement; el = el.parentElement) {
      if (el.tagName === 'A') inLink = true;
      if (!block && BLOCK_TAGS.has(el.tagName)) block = el;
    }
    for (let el: Element | null = parent; el && el !== body.parentElement; el = el.parentElement) {
      const s = statsOf(stats, el);
      s.chars += len;
      if (inLink) s.linkChars += len;
    }
    block ??= body;
    blockOf.set(t, block);
    if (!blockCommas.has(block)) {
      blockCommas.set(block, 0);
      blocks.push(block);
    }
    blockCommas.set(block, blockCommas.get(block)! + (t.data.match(/[,，、]/g)?.length ?? 0));
  }
  // paragraphs score their ancestors
  let k = 0;
  for (const block of blocks) {
    if (++k % 200 === 0) yield;
    const s = stats.get(block)!;
    const own = s.chars;
    if (own < 25) continue;
    const density = s.linkChars / s.chars;
    if (density > LINK_HEAVY) continue;
    const score = (1 + blockCommas.get(block)! + Math.min(Math.floor(own / 100), 3)) * (1 - density);
    let level = 0;
    for (let el: Element | null = block; el && level < 5; el = el.parentElement, level++) {
      const a = statsOf(stats, el);
      a.prose += own * (1 - density);
      if (level === 0 && block.tagName !== 'P' && block.tagName !== 'BLOCKQUOTE' && block.tagName !== 'PRE') continue;
      a.score += level <= 1 ? score : score / (level * 1.5);
    }
    // a paragraph's text counts for every container of it, however deep
    for (let el = block.parentElement, depth = 0; el && depth >= 0; el = el.parentElement, depth++) {
      if (depth >= 4) statsOf(stats, el).prose += own * (1 - density);
    }
  }
  let top: Element | null = null;
  let topScore = 0;
  for (const [el, s] of stats) {
    if (s.score <= 0) continue;
    const final = (s.score + classWeight(el)) * (1 - s.linkChars / Math.max(1, s.chars));
    if (final > topScore) {
      top = el;
      topScore = final;
    }
  }
  let root = top ?? body;
  // widen to the parent when it holds clearly more prose (an article split over sibling containers)
  for (let i = 0; i < 3 && root !== body; i++) {
    const parent = root.parentElement;
    if (!parent) break;
    const ps = stats.get(parent)!;
    const rs = stats.get(root)!;
    if (ps.prose > rs.prose * 1.25 && ps.linkChars / ps.chars < 0.35 && !isChrome(parent)) root = parent;
    else break;
  }
  const rootStats = stats.get(root)!;
  // inside the root: drop chrome and link lists that are a small part of it
  const dropped = (el: Element): boolean => {
    const s = stats.get(el);
    if (!s) return false;
    if (s.chars > rootStats.chars * 0.5) return false;
    if (isChrome(el)) return true;
    return s.chars >= 40 && s.linkChars / s.chars > 0.6 && s.prose === 0;
  };
  const cache = new Map<Element, boolean>();
  const excluded = (el: Element | null): boolean => {
    if (!el || el === root) return false;
    const hit = cache.get(el);
    if (hit !== undefined) return hit;
    const v = dropped(el) || excluded(el.parentElement);
    cache.set(el, v);
    return v;
  };
  const nodes: Text[] = [];
  let j = 0;
  for (const t of texts) {
    if (++j % 300 === 0) yield;
    if (root.contains(t) && !excluded(t.parentElement)) nodes.push(t);
  }
  const words = wordCount(nodes.map((n) => n.data).join(' '));
  if (words < 150 && root !== body) {
    // too little for an article: every prose paragraph of the page outside its chrome, rather than a caption
    const bodyChars = stats.get(body)!.chars;
    const prose = (t: Text) => {
      const block = blockOf.get(t);
      const s = block && stats.get(block);
      if (!s || s.chars < 25 || s.linkChars / s.chars > LINK_HEAVY) return false;
      for (const a of ancestorsUpTo(t, body)) if (isChrome(a) && stats.get(a)!.chars < bodyChars * 0.5) return false;
      return true;
    };
    const all = texts.filter(prose);
    if (wordCount(all.map((n) => n.data).join(' ')) > words * 2) return { root: body, nodes: all };
  }
  return nodes.length ? { root, nodes } : null;
}

function* ancestorsUpTo(node: Node, stop: Element): Generator<Element> {
  for (let el = node.parentElement; el && el !== stop; el = el.parentElement) yield el;
}
