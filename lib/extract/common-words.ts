/**
 * Common words: words written in lower case somewhere in the article ("Police said…" opens a sentence
 * with a word the article also writes as "police", so it is not a name).
 */

/** a word as written in lower case: a maximal run of lower-case letters, apostrophes and hyphens */
const LOWER_RUN = /(?<![\p{L}\p{N}])[\p{Ll}][\p{Ll}'’-]*/gu;
const IN_RUN = /^[\p{Ll}'’-]$/u;

/** The width in code units of the character that ends at `at` (a surrogate pair is one character). */
function charBefore(text: string, at: number): number {
  if (at <= 0) return 0;
  const low = text.charCodeAt(at - 1);
  return at >= 2 && low >= 0xdc00 && low <= 0xdfff && text.charCodeAt(at - 2) >= 0xd800 && text.charCodeAt(at - 2) <= 0xdbff ? 2 : 1;
}

/**
 * The article's common words, asked of one word at a time. Only the few words that open a sentence or
 * stand alone are asked about, so rather than collect every lower-case word of a long article, each
 * answer looks only where the word occurs, and is kept.
 */
export class CommonWords {
  private readonly known = new Map<string, boolean>();
  private readonly runs = new RegExp(LOWER_RUN.source, LOWER_RUN.flags);

  constructor(private readonly text: string) {}

  /** Whether `word` is one of the article's lower-case runs (as a scan of the whole text would list them). */
  has(word: string): boolean {
    let answer = this.known.get(word);
    if (answer === undefined) {
      answer = this.find(word);
      this.known.set(word, answer);
    }
    return answer;
  }

  private find(word: string): boolean {
    if (!word) return false;
    const { text, runs } = this;
    for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
      // a run never continues across a character outside its class, so a scan from the start of this
      // stretch of run characters finds the same runs here as a scan of the whole text
      let from = at;
      for (let width = charBefore(text, from); width && IN_RUN.test(text.slice(from - width, from)); width = charBefore(text, from)) from -= width;
      runs.lastIndex = from;
      for (let m = runs.exec(text); m && m.index <= at; m = runs.exec(text)) {
        if (m.index === at && m[0] === word) return true;
      }
    }
    return false;
  }
}
