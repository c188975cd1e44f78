/**
 * Is this page an article, and which of its text is the article's prose?
 * Mozilla Readability decides both; we run it on a clone and map the prose it
 * keeps back to the live page's text nodes, so highlights land in the real DOM.
 */
import { Readability, isProbablyReaderable } from '@mozilla/readability';
import { runAll } from '../base/slices';
import { NON_PROSE_TAGS, UNTOUCHABLE_SELECTOR, isChrome } from './regions';

const ARTICLE_LD = /"@type"\s*:\s*(?:\[[^\]]*)?"(?:News|Blog|Scholarly|Report|Analysis)?(?:Article|BlogPosting|ReportageNews)"/;

/** Cheap signals only: meant to run on every page where Hashmark is enabled. */
export function looksLikeArticle(doc: Document): boolean {
  const ogType = doc.querySelector('meta[property="og:type"]')?.getAttribute('content');
  if (ogType && /article/i.test(ogType)) return true;
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    if (ARTICLE_LD.test(script.textContent ?? '')) return true;
  }
  return isProbablyReaderable(doc, { minContentLength: 140, minScore: 20 });
}

/** Text nodes of `root`'s subtree, in document order, with their ordinal. */
function collectTextNodes(root: Node): Text[] {
  const out: Text[] = [];
  const stack: Node[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.nodeType === 3) {
      out.push(node as Text);
      continue;
    }
    const children = node.childNodes;
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return out;
}

/** Pairs every text node of a fresh clone with its original, by walking both trees together. */
function pairClone(original: Document): { clone: Document; originalOf: Map<Node, Text> } {
  const clone = original.cloneNode(true) as Document;
  const originalOf = new Map<Node, Text>();
  const stack: [Node, Node][] = [[original, clone]];
  while (stack.length) {
    const [a, b] = stack.pop()!;
    if (a.nodeType === 3) {
      originalOf.set(b, a as Text);
      continue;
    }
    const ac = a.childNodes;
    const bc = b.childNodes;
    const n = Math.min(ac.length, bc.length);
    for (let i = 0; i < n; i++) stack.push([ac[i]!, bc[i]!]);
  }
  return { clone, originalOf };
}

/** Whether a text node sits where Hashmark must not read (editors, opt-outs, scripts, chrome). */
function isReadable(node: Text, stopAt: Node | null): boolean {
  let el = node.parentElement;
  if (!el) return false;
  if (el.closest(UNTOUCHABLE_SELECTOR)) return false;
  for (; el && el !== stopAt; el = el.parentElement) {
    if (NON_PROSE_TAGS.has(el.tagName.toUpperCase())) return false;
    if (el.tagName === 'HASHMARK-MARK') return false;
  }
  return true;
}

function isChromeText(node: Text, root: Node | null): boolean {
  for (let el = node.parentElement; el && el !== root; el = el.parentElement) {
    if (el.tagName === 'BODY' || el.tagName === 'HTML') break;
    if (isChrome(el)) return true;
  }
  return false;
}

export interface ArticleText {
  /** the nearest element containing all of the article's prose */
  root: Element;
  /** the prose's text nodes in document order */
  nodes: Text[];
  /** true when Readability found the article; false when we fell back to the page's main region */
  readability: boolean;
}

function commonAncestor(nodes: readonly Node[], fallback: Element): Element {
  if (!nodes.length) return fallback;
  let anc: Element | null = nodes[0]!.parentElement;
  for (const n of nodes) {
    while (anc && !anc.contains(n)) anc = anc.parentElement;
  }
  return anc ?? fallback;
}

const hasText = (n: Text) => /\S/.test(n.data);

/** The fallback when Readability declines: the main region minus chrome. */
function mainRegionText(doc: Document): ArticleText | null {
  return runAll(mainRegionSteps(doc));
}

/** Pages this large skip Readability (one long, unsliceable task) for the sliced main-region walk. */
const LARGE_PAGE_ELEMENTS = 4000;

/** The main region's prose in small steps: the walk and the filters yield every few hundred nodes. */
function* mainRegionSteps(doc: Document): Generator<void, ArticleText | null> {
  const root =
    doc.querySelector('[itemprop="articleBody"]') ??
    doc.querySelector('article') ??
    doc.querySelector('main, [role="main"]') ??
    doc.body;
  if (!root) return null;
  const nodes: Text[] = [];
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let seen = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    const t = n as Text;
    if (hasText(t) && isReadable(t, root) && !isChromeText(t, root)) nodes.push(t);
    if (++seen % 400 === 0) yield;
  }
  return nodes.length ? { root, nodes, readability: false } : null;
}

/** findArticleText in small steps: large pages take the sliced path, others run Readability at once. */
export function* findArticleTextSteps(doc: Document): Generator<void, ArticleText | null> {
  if (doc.getElementsByTagName('*').length > LARGE_PAGE_ELEMENTS) return yield* mainRegionSteps(doc);
  return findArticleText(doc);
}

export function findArticleText(doc: Document): ArticleText | null {
  const body = doc.body;
  if (!body) return null;
  const { clone, originalOf } = pairClone(doc);
  let parsed: { content: unknown } | null;
  try {
    parsed = new Readability(clone, { serializer: (el: Node) => el, charThreshold: 300 }).parse() as { content: unknown } | null;
  } catch {
    parsed = null;
  }
  const content = parsed?.content as Node | undefined;
  if (!content) return mainRegionText(doc);
  const kept = new Set<Text>();
  for (const t of collectTextNodes(content)) {
    const original = originalOf.get(t);
    if (original && hasText(original)) kept.add(original);
  }
  // Readability's output order is the page's order; re-walk the live page to be sure.
  const nodes = collectTextNodes(body).filter((n) => kept.has(n) && isReadable(n, null));
  if (!nodes.length) return mainRegionText(doc);
  const root = commonAncestor(nodes, body);
  const filtered = nodes.filter((n) => !isChromeText(n, root));
  return { root, nodes: filtered.length ? filtered : nodes, readability: true };
}

