/**
 * Links that land on one sentence: URL text fragments (`#:~:text=`), WICG "URL Fragment Text Directives"
 * (wicg.github.io/scroll-to-text-fragment). Syntax: `text=[prefix-,]textStart[,textEnd][,-suffix]`.
 *
 * Written here rather than taken from npm: the one maintained generator, text-fragments-polyfill's
 * fragment-generation-utils (GoogleChromeLabs), works on a live DOM Selection/Range (it walks the
 * document with TreeWalker and getComputedStyle), whereas a fact is cited from the annotation's plain
 * text — in the background, the popup or Node — where there is no Range to give it. What a browser does
 * with the directive is simulated below on the page's visible text (its innerText) instead.
 *
 * How a browser matches (the spec's "find a range from a text directive", checked against Chromium 156):
 * - the first match in document order wins; each term is percent-decoded, then compared ignoring case
 *   and accents (UTS #10 primary level); Chromium also folds curly quotes to straight ones, ignores soft
 *   hyphens and takes a no-break space for a space;
 * - prefix, textStart and textEnd start on a word boundary, textStart/textEnd/suffix end on one (ICU word
 *   breaks: "850" does not match inside "850,000"; inside Chinese text dictionary words count);
 * - a term never spans a block boundary, and in Chromium not a `<br>` either; between prefix and textStart
 *   and between textEnd and suffix any whitespace is allowed, block boundaries included.
 * So terms here are whole words of one line of the page text (innerText puts a line break at every block
 * boundary and `<br>`), and a directive is accepted only when the simulation finds exactly one match and
 * it is the sentence (the first occurrence of it, if the very same sentence is on the page twice).
 *
 * Percent-encoding: `-`, `&` and `,` are syntax and always encoded; so is everything outside the spec's
 * TextDirectiveExplicitChar (`[a-zA-Z0-9] ! $ ' ( ) * + . / : ; = ? @ _ ~`), non-ASCII as UTF-8 bytes.
 * encodeURIComponent leaves only `A-Za-z0-9 - _ . ! ~ * ' ( )` bare, all explicit chars except `-`.
 */
import { find, foldForMatching, indexPage, matches, normalizePageText, skipSpace, type PageIndex } from './page-search';

export interface TextDirective {
  prefix?: string;
  start: string;
  end?: string;
  suffix?: string;
}

/** Sentences of up to this many words are quoted whole; longer ones as `start,end`. */
export const EXACT_MAX_WORDS = 10;
/** Words taken from each end of a long sentence, tried in this order while the match is ambiguous. */
const RANGE_WORDS = [3, 5, 8];
/** Context words tried before/after the sentence: [prefix, suffix]. */
const CONTEXT_STEPS: [number, number][] = [
  [0, 0], [1, 0], [0, 1], [1, 1], [2, 0], [0, 2], [2, 2], [3, 3], [4, 4], [5, 5],
];

/** One directive term, percent-encoded. */
export function encodeTerm(term: string): string {
  const wellFormed = term.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, '\uFFFD');
  return encodeURIComponent(wellFormed).replace(/-/g, '%2D');
}

/** `text=…` for a directive. */
export function formatTextDirective(d: TextDirective): string {
  return `text=${d.prefix ? `${encodeTerm(d.prefix)}-,` : ''}${encodeTerm(d.start)}${d.end ? `,${encodeTerm(d.end)}` : ''}${d.suffix ? `,-${encodeTerm(d.suffix)}` : ''}`;
}

export interface FragmentOptions {
  /**
   * The text before the sentence in its paragraph ('' when the sentence opens it): which occurrence is
   * meant when the sentence's words are on the page more than once. Without it, the first occurrence
   * that starts a sentence (else the first occurrence) is meant.
   */
  before?: string;
}

/**
 * The page URL without its fragment, plus a text directive selecting exactly `sentence` in `pageText`
 * (the page's visible text). A blank sentence gives the bare URL.
 */
export function textFragmentUrl(pageUrl: string, sentence: string, pageText: string, options: FragmentOptions = {}): string {
  const base = pageUrl.replace(/#[\s\S]*$/, '');
  return /\S/.test(sentence) ? `${base}#:~:${formatTextDirective(textDirectiveFor(sentence, pageText, options))}` : base;
}

// ---------------------------------------------------------------------------------------------------------
// Choosing the terms

interface Word {
  start: number;
  end: number;
}
/**
 * Words: runs between spaces, also cut after full-width punctuation (。，、！？；：), always an ICU
 * word boundary, so a Chinese paragraph gives context a clause at a time rather than all at once.
 */
const wordsIn = (text: string, offset = 0): Word[] =>
  [...text.matchAll(/[^\s。，、！？；：]+[。，、！？；：]*|[。，、！？；：]+/g)].map((m) => ({ start: offset + m.index, end: offset + m.index + m[0].length }));

/**
 * The terms for `sentence`, as plain text (encode with formatTextDirective). Exported for tests and for
 * callers that want the parts.
 */
export function textDirectiveFor(sentence: string, pageText: string, options: FragmentOptions = {}): TextDirective {
  const page = indexPage(pageText);
  const flatten = (s: string) => foldForMatching(s.replace(/\u00AD/g, '').replace(/\s+/g, ' ').trim());
  const wanted = flatten(sentence);
  const at = locate(page, wanted, options.before === undefined ? undefined : flatten(options.before));
  if (at < 0) return standalone(normalizePageText(sentence).replace(/\n/g, ' '));

  const target: [number, number] = [at, at + wanted.length];
  const text = page.text;
  const lines = text.slice(...target).split('\n');
  const firstLine = wordsIn(lines[0]!, target[0]);
  const lastLine = wordsIn(lines[lines.length - 1]!, target[1] - lines[lines.length - 1]!.length);
  const allWords = wordsIn(text.slice(...target), target[0]);

  // Context: whole words of the line just before / after the sentence (that line may be the previous or
  // next block: the spec allows a block boundary between a context term and the match).
  const before = text.slice(0, target[0]).trimEnd();
  const lineBefore = before.slice(before.lastIndexOf('\n') + 1);
  const prefixWords = wordsIn(lineBefore, before.length - lineBefore.length);
  const afterStart = skipSpace(text, target[1]);
  const lineAfterEnd = text.indexOf('\n', afterStart);
  const suffixWords = wordsIn(text.slice(afterStart, lineAfterEnd < 0 ? text.length : lineAfterEnd), afterStart);
  const span = (words: Word[]) => [words[0]!.start, words[words.length - 1]!.end] as const;

  const shapes: { start: readonly [number, number]; end?: readonly [number, number] }[] = [];
  for (const k of RANGE_WORDS) {
    if (lines.length === 1 && allWords.length <= Math.max(EXACT_MAX_WORDS, 2 * k)) break;
    shapes.push({ start: span(firstLine.slice(0, k)), end: span(lastLine.slice(-k)) });
  }
  if (lines.length === 1) shapes.push({ start: target });

  const candidates: { d: TextDirective; folded: TextDirective }[] = [];
  for (const shape of shapes) {
    for (const [p, s] of CONTEXT_STEPS) {
      if (p > prefixWords.length || s > suffixWords.length) continue;
      const parts: { [K in keyof TextDirective]: readonly [number, number] } = { start: shape.start };
      if (shape.end) parts.end = shape.end;
      if (p) parts.prefix = span(prefixWords.slice(-p));
      if (s) parts.suffix = span(suffixWords.slice(0, s));
      const d = {} as TextDirective;
      const f = {} as TextDirective;
      for (const [key, range] of Object.entries(parts) as [keyof TextDirective, readonly [number, number]][]) {
        d[key] = text.slice(...range);
        f[key] = page.folded.slice(...range);
      }
      candidates.push({ d, folded: f });
    }
  }
  const isTarget = (m: [number, number] | undefined) => !!m && m[0] === target[0] && m[1] === target[1];
  const unique = candidates.find((c) => {
    const found = matches(page.folded, c.folded, 2);
    return found.length === 1 && isTarget(found[0]);
  });
  const first = unique ?? candidates.find((c) => isTarget(matches(page.folded, c.folded, 1)[0]));
  return (first ?? candidates[0]!).d;
}

/** Where the sentence is in the page: the occurrence `before` leads up to, else one opening a sentence. */
function locate(page: PageIndex, wanted: string, before: string | undefined): number {
  if (!wanted) return -1;
  const found: number[] = [];
  for (let i = find(page.flat, wanted, 0, true, true); i >= 0 && found.length < 50; i = find(page.flat, wanted, i + 1, true, true)) found.push(i);
  if (!found.length) return page.flat.indexOf(wanted);
  const lead = (i: number) => page.flat.slice(Math.max(0, i - 200), i).trimEnd();
  const opensLine = (i: number) => i === 0 || page.folded[i - 1] === '\n';
  if (before !== undefined) {
    const tail = before.split(' ').slice(-5).join(' ');
    const hit = found.find((i) => (tail ? lead(i).endsWith(tail) : opensLine(i)));
    if (hit !== undefined) return hit;
  }
  return found.find((i) => opensLine(i) || /[.!?…。！？"'»)\]:;]$/u.test(lead(i))) ?? found[0]!;
}

/** A sentence that is not on the page as given: quoted whole, or by its ends if long, without context. */
function standalone(sentence: string): TextDirective {
  const words = sentence.split(' ');
  const k = RANGE_WORDS[0]!;
  if (words.length <= Math.max(EXACT_MAX_WORDS, 2 * k)) return { start: sentence };
  return { start: words.slice(0, k).join(' '), end: words.slice(-k).join(' ') };
}
