/** Word tokens with character offsets, and sentence starts: the grid every extractor shares. */

export interface Token {
  text: string;
  start: number;
  end: number;
  /** first word of a sentence (or of a block) */
  sentenceStart: boolean;
}

const WORD = /[\p{L}\p{N}$€£¥][\p{L}\p{N}\p{M}'’.&-]*[\p{L}\p{N}\p{M}]|[\p{L}\p{N}]/gu;

const ABBREVIATION = /^(?:\p{L}|\p{L}\.\p{L}(?:\.\p{L})*|Mt|Mr|Mrs|Ms|Dr|St|Jr|Sr|Inc|Ltd|Co|Corp|No|vs|Gen|Gov|Sen|Rep|Lt|Col|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/u;

const ADJECTIVAL_COMPOUND = /^(.+?)-(?:based|linked|backed|led|born|owned|run|made|speaking|controlled|registered|headquartered|affiliated|sponsored|style|like|era|wide|focused|related|bound|mining|themed|denominated|powered|enabled|stealing|backed|friendly)$/i;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  let prevEnd = 0;
  for (const m of text.matchAll(WORD)) {
    let word = m[0];
    // possessives belong to the name before them: "KuCoin's" → "KuCoin"
    if (/['’]s$/i.test(word) && word.length > 3) word = word.slice(0, -2);
    // "Singapore-based", "Russian-speaking": the name is the first part
    const compound = ADJECTIVAL_COMPOUND.exec(word);
    if (compound) word = compound[1]!;
    const start = m.index;
    const gap = text.slice(prevEnd, start);
    const prev = out[out.length - 1];
    const afterAbbreviation = !!prev && /^\.\s/.test(gap) && ABBREVIATION.test(prev.text);
    const sentenceStart =
      !prev || /\n/.test(gap) || (!afterAbbreviation && /[.!?]["'”’)\]]*\s/.test(gap)) || /[:;]\s*["“‘']/.test(gap);
    out.push({ text: word, start, end: start + word.length, sentenceStart });
    prevEnd = m.index + m[0].length;
  }
  return out;
}


/**
 * Offsets covered by lines written entirely in capitals ("HOW IT HAPPENED", "CRIME", "WHO USED THE MIXER"):
 * subheadings and section labels, where an unknown capitalized word is not a name.
 */
export function capitalLines(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(/[^\n]+/g)) {
    const line = m[0];
    if (/\p{Ll}/u.test(line) || !/\p{Lu}{2}/u.test(line)) continue;
    out.push([m.index, m.index + line.length]);
  }
  return out;
}
