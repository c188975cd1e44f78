/**
 * Page text as a browser searches it for a text directive: whitespace as rendered, folded for
 * case, accents and curly quotes, word boundaries as ICU draws them, and the spec's matching of
 * prefix, start, end and suffix. The rules are set out in ./fragment.ts.
 */
import type { TextDirective } from './fragment';

/**
 * Visible text with whitespace as rendered: runs holding a line break become one "\n" (a block boundary
 * or `<br>`), other runs (tabs, no-break and other Unicode spaces) one " "; soft hyphens go.
 */
export function normalizePageText(text: string): string {
  return text
    .replace(/\u00AD/g, '')
    .replace(/\s*[\n\r\u2028\u2029]\s*/g, '\n')
    .replace(/[^\S\n]+/g, ' ')
    .trim();
}

const QUOTES: Record<string, string> = {
  '\u2018': "'", '\u2019': "'", '\u201A': "'", '\u201B': "'", '\u2032': "'", '\u02BC': "'",
  '\u201C': '"', '\u201D': '"', '\u201E': '"', '\u201F': '"', '\u2033': '"',
};
const foldedCharCache = new Map<string, string>();

/** Case, accents and curly quotes folded away, one code point at a time so offsets stay the same. */
export function foldForMatching(text: string): string {
  let out = '';
  for (const ch of text) {
    let f = foldedCharCache.get(ch);
    if (f === undefined) {
      f = QUOTES[ch] ?? ch.normalize('NFD').replace(/\p{M}+/gu, '').toLowerCase();
      if (f.length !== ch.length) f = ch.toLowerCase().length === ch.length ? ch.toLowerCase() : ch;
      foldedCharCache.set(ch, f);
    }
    out += f;
  }
  return out;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}_]/u;
/** Scripts written without spaces: ICU finds word boundaries inside them with a dictionary. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

function codePointBefore(s: string, i: number): string {
  const low = s.charCodeAt(i - 1);
  return low >= 0xdc00 && low <= 0xdfff && i >= 2 ? s.slice(i - 2, i) : s.slice(i - 1, i);
}

/**
 * Whether offset i may be a word boundary. Errs towards "yes" (between punctuation and a digit, inside
 * unspaced scripts), which only ever makes a term look less unique than it is and adds context.
 */
function isBoundary(s: string, i: number): boolean {
  if (i <= 0 || i >= s.length) return true;
  const a = codePointBefore(s, i);
  const b = String.fromCodePoint(s.codePointAt(i)!);
  if (!WORD_CHAR.test(a) || !WORD_CHAR.test(b)) return true;
  return UNSPACED.test(a) || UNSPACED.test(b);
}

export function find(s: string, term: string, from: number, startBounded: boolean, endBounded: boolean): number {
  for (let i = s.indexOf(term, from); i >= 0; i = s.indexOf(term, i + 1)) {
    if ((!startBounded || isBoundary(s, i)) && (!endBounded || isBoundary(s, i + term.length))) return i;
  }
  return -1;
}

export const skipSpace = (s: string, i: number) => {
  while (s[i] === ' ' || s[i] === '\n') i++;
  return i;
};
const suffixAt = (s: string, suffix: string, at: number) => {
  const i = skipSpace(s, at);
  return s.startsWith(suffix, i) && isBoundary(s, i + suffix.length);
};

/**
 * The spec's search over folded page text (terms folded too), continued past the first match:
 * one [start, end] per occurrence of prefix+textStart that completes, at most `limit`.
 */
export function matches(page: string, d: TextDirective, limit: number): [number, number][] {
  const out: [number, number][] = [];
  const startMustEndOnWord = d.end !== undefined || d.suffix === undefined;
  let pos = 0;
  while (pos < page.length && out.length < limit) {
    let s: number;
    if (d.prefix !== undefined) {
      const p = find(page, d.prefix, pos, true, false);
      if (p < 0) break;
      pos = p + 1;
      s = skipSpace(page, p + d.prefix.length);
      if (s >= page.length) break;
      if (!page.startsWith(d.start, s) || (startMustEndOnWord && !isBoundary(page, s + d.start.length))) continue;
    } else {
      s = find(page, d.start, pos, true, startMustEndOnWord);
      if (s < 0) break;
      pos = s + 1;
    }
    const afterStart = s + d.start.length;
    if (d.end === undefined) {
      if (d.suffix === undefined || suffixAt(page, d.suffix, afterStart)) out.push([s, afterStart]);
      continue;
    }
    let from = afterStart;
    let end = -1;
    for (;;) {
      const t = find(page, d.end, from, true, d.suffix === undefined);
      if (t < 0) break;
      from = t + d.end.length;
      if (d.suffix === undefined || suffixAt(page, d.suffix, from)) {
        end = from;
        break;
      }
    }
    if (end < 0) break; // no textEnd (with its suffix) anywhere after: the spec gives up
    out.push([s, end]);
  }
  return out;
}

export interface PageIndex {
  /** normalized page text */
  text: string;
  /** the same, folded */
  folded: string;
  /** folded, with line breaks as spaces: where a sentence is looked up */
  flat: string;
}
let lastPage: { raw: string; index: PageIndex } | null = null;

export function indexPage(pageText: string): PageIndex {
  if (lastPage?.raw === pageText) return lastPage.index;
  const text = normalizePageText(pageText);
  const folded = foldForMatching(text);
  const index = { text, folded, flat: folded.replace(/\n/g, ' ') };
  lastPage = { raw: pageText, index };
  return index;
}
