/** Reading numbers as written in news: "850,000", "52.7 million", "$1.5bn", "six", "hundreds of thousands". */
import { getNlp } from './nlp';
import { memoized } from '../base/memo';

export const NUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
export const WORD_NUM = String.raw`(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|a\s+dozen|a\s+hundred|a\s+thousand`;
export const SCALE = String.raw`thousand|million|billion|trillion|mln|mn|bn|tn|[kmb](?![a-z])`;

const SCALES: Record<string, number> = {
  thousand: 1e3, k: 1e3, million: 1e6, mln: 1e6, mn: 1e6, m: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12,
};

export function scaleOf(word: string | undefined): number {
  return word ? (SCALES[word.toLowerCase()] ?? 1) : 1;
}


const UNIT_WORDS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const TEEN_WORDS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS_WORDS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const SIMPLE_WORD_NUM = new RegExp(`^(?:(${[...UNIT_WORDS, ...TEEN_WORDS].join('|')})|(${TENS_WORDS.join('|')})(?:[- ](${UNIT_WORDS.join('|')}))?)$`);

/**
 * "seven", "fifteen", "forty-two", "ninety one": the number words whose value is plain arithmetic, read
 * without a compromise parse. compromise reads every one of them so (checked over the whole set); other
 * pairs ("two-three", "eleven one") it reads its own way, and they are left to it.
 */
function simpleWordNumber(s: string): number | null {
  const m = SIMPLE_WORD_NUM.exec(s);
  if (!m) return null;
  if (m[1]) return UNIT_WORDS.includes(m[1]) ? UNIT_WORDS.indexOf(m[1]) + 1 : TEEN_WORDS.indexOf(m[1]) + 10;
  return (TENS_WORDS.indexOf(m[2]!) + 2) * 10 + (m[3] ? UNIT_WORDS.indexOf(m[3]) + 1 : 0);
}

/** "six" → 6, "twenty-five" → 25, "a dozen" → 12; digits pass through. */
export function parseNumber(raw: string): number | null {
  const s = raw.trim().toLowerCase();
  if (/^[\d,.]+$/.test(s)) {
    const n = Number(s.replace(/,/g, ''));
    return Number.isFinite(n) ? n : null;
  }
  return wordNumber(s);
}

const SPECIAL_NUMBERS: Record<string, number> = { 'a dozen': 12, 'a hundred': 100, 'a thousand': 1000 };
const wordNumber = memoized((s: string): number | null => {
  const value = SPECIAL_NUMBERS[s.replace(/\s+/g, ' ')] ?? simpleWordNumber(s);
  if (value !== null) return value;
  const found = getNlp()(s).numbers().get() as unknown[];
  return typeof found[0] === 'number' ? found[0] : null;
});

/** "hundreds of thousands" → 100000: the lower bound of a vague quantity. */
export function vagueValue(phrase: string): number | null {
  const words = phrase.toLowerCase().split(/\s+of\s+/);
  let value = 1;
  for (const w of words) {
    const m = /^(tens|hundreds|thousands|millions|billions|dozens)$/.exec(w.trim());
    if (!m) return null;
    value *= { tens: 10, hundreds: 100, thousands: 1e3, millions: 1e6, billions: 1e9, dozens: 12 }[m[1] as 'tens'];
  }
  return value;
}

export const VAGUE = String.raw`(?:(?:tens|hundreds|dozens)\s+of\s+)?(?:thousands|millions|billions|hundreds|dozens)`;

/** Rounds away floating-point noise: 52.7 * 1e6 = 52700000.000000004. */
export const clean = (n: number) => Number(n.toPrecision(12));
