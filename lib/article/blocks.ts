/**
 * Text blocks: the article's prose as plain strings, one per block-level element,
 * with a map from every character offset back to the text node it came from.
 * Offsets are the interface between the NLP (plain text) and the DOM (paint).
 */
import { BLOCK_TAGS } from './regions';
import { runAll } from '../base/slices';

export interface BlockSegment {
  node: Text;
  /** offset of node's first character in the block text */
  start: number;
}

export interface TextBlock {
  text: string;
  segments: BlockSegment[];
}

function blockAncestor(node: Node, root: Node): Node {
  let el = node.parentNode;
  while (el && el !== root) {
    if (el.nodeType === 1 && BLOCK_TAGS.has((el as Element).tagName)) return el;
    el = el.parentNode;
  }
  return root;
}

function separatedByBreak(prev: Text, next: Text): boolean {
  // A <br> (or another element without text) between two text nodes of one block separates words.
  let n: Node | null = prev;
  while (n && !n.nextSibling) n = n.parentNode;
  let sib: Node | null = n?.nextSibling ?? null;
  while (sib && sib !== next) {
    if (sib.nodeType === 1) {
      const tag = (sib as Element).tagName;
      if (tag === 'BR' || tag === 'IMG' || tag === 'HR') return true;
      if (sib.contains(next)) return false;
    }
    sib = sib.nextSibling;
  }
  return false;
}

/** Groups text nodes (in document order) into blocks by their nearest block-level ancestor. */
export function buildBlocks(textNodes: readonly Text[], root: Node): TextBlock[] {
  return runAll(buildBlocksSteps(textNodes, root));
}

/** buildBlocks in small steps, for time slicing on large pages. */
export function* buildBlocksSteps(textNodes: readonly Text[], root: Node): Generator<void, TextBlock[]> {
  const blocks: TextBlock[] = [];
  let current: TextBlock | null = null;
  let currentOwner: Node | null = null;
  let last: Text | null = null;
  for (const node of textNodes) {
    const owner = blockAncestor(node, root);
    if (!current || owner !== currentOwner) {
      current = { text: '', segments: [] };
      blocks.push(current);
      currentOwner = owner;
    } else if (last && separatedByBreak(last, node)) {
      current.text += '\n';
    }
    current.segments.push({ node, start: current.text.length });
    current.text += node.data;
    last = node;
    if (blocks.length % 64 === 63) yield;
  }
  return blocks.filter((b) => /\S/.test(b.text) && !BOILERPLATE_BLOCK.test(b.text));
}

/** Lines that belong to the page, not the story, even when they sit inside the article body. */
const BOILERPLATE_BLOCK = /^\s*(?:©|\(c\)\s|copyright\b|all rights reserved|disclosure:|advertisement\s*$|related:|read more:|sign up\b|subscribe\b)/i;
