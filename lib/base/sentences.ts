/** Where sentences begin and end in a block of text: for cited facts and for weighing where a cue stands. */

/** Words whose full stop does not end a sentence (compared lower-case, without the stop). */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'st', 'mt', 'ft', 'jr', 'sr', 'gen', 'gov', 'sen', 'rep', 'col', 'lt',
  'sgt', 'capt', 'cmdr', 'adm', 'hon', 'rev', 'no', 'nos', 'vs', 'fig', 'approx', 'est', 'dept', 'ave', 'vol',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
/** Sentence-final punctuation with any closing quotes/brackets after it, then what separates sentences. */
const ENDING = /[.!?…]+["'”’»)\]]*(?=\s)|[。！？]+["'”’」』）)\]]*/gu;
/** What may open a sentence after Latin-script punctuation and a space. */
const OPENER = /[\p{Lu}\p{Lt}\p{Lo}\p{N}"'“‘«([¿¡]/u;

function isAbbreviation(text: string, dot: number): boolean {
  const word = /\S*$/.exec(text.slice(0, dot))![0].replace(/^[("'“‘[«]+/, '');
  return /^\p{Lu}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word) || ABBREVIATIONS.has(word.toLowerCase());
}

/** Where sentences end in a block: [end of the sentence, start of the next]. */
function sentenceBreaks(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(ENDING)) {
    const end = m.index + m[0].length;
    const next = end + /^\s*/.exec(text.slice(end))![0].length;
    if (next >= text.length) continue;
    if (!/^[。！？]/.test(m[0])) {
      if (!OPENER.test(text[next]!)) continue;
      if (m[0].startsWith('.') && !m[0].startsWith('..') && isAbbreviation(text, m.index)) continue;
    }
    out.push([end, next]);
  }
  return out;
}

/**
 * The sentence of `blockText` that holds [start, end), whitespace collapsed. Sentences end at `.`, `!`,
 * `?` or `…` (with any closing quotes or brackets) followed by a space and a capital, a digit, an opening
 * quote or bracket, or a letter of a caseless script; and at `。！？`. A full stop does not end one after
 * an abbreviation (Mt., Jan., Dr., No.), letters with stops (U.S., e.g.) or a single initial (J.), nor
 * inside a number (3.1). A span that crosses a break keeps both sentences.
 */
export function sentenceAt(blockText: string, start: number, end: number): string {
  const [from, to] = sentenceRange(blockText, start, end);
  return blockText.slice(from, to).replace(/\s+/g, ' ').trim();
}

/** Offsets [from, to) of that sentence in blockText, untrimmed. */
export function sentenceRange(blockText: string, start: number, end: number): [number, number] {
  let from = 0;
  let to = blockText.length;
  for (const [stop, next] of sentenceBreaks(blockText)) {
    if (next <= start) from = next;
    else if (stop >= end) {
      to = stop;
      break;
    }
  }
  return [from, to];
}
