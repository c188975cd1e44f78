/**
 * Coins and tokens in the text: gazetteer names and the long tail of the coin list, taken only where the
 * text says they are coins (a ticker beside an amount, "the X token", a price move).
 */
import { gazetteer } from '../knowledge';
import { coinIndex, saysCoin, saysCoinPlainly } from '../knowledge/coins';
import { capitalLines, type Token } from './tokens';
import { isCapitalized, nameKey } from '../base/text';
import { getNlp } from './nlp';
import { FUNCTION_WORDS, NOT_NAMES } from './name-rules';
import { collapseSpace } from '../base/text';
import type { EntityMention } from './entities';
/** A word that is a coin's name or ticker in the gazetteer or the long-tail list. */
function isCoinWord(words: string): boolean {
  const key = nameKey(words);
  return !!gazetteer().byForm.get(key)?.some((t) => t.type === 'asset') || coinIndex().byName.has(key) || (/^[A-Z0-9]{2,8}$/.test(words) && gazetteer().tickers.has(words));
}

/** "Bitcoin, Ethereum, Ripple and NEO": a name listed beside a coin is one too. */
function nextToCoin(text: string, start: number, end: number): boolean {
  const before = /(?:^|[\s(])((?:\p{Lu}[\p{L}\d.]*)(?:\s\p{Lu}[\p{L}\d.]*)?)\s*(?:,|\band|\bor)\s+$/u.exec(text.slice(Math.max(0, start - 40), start));
  const after = /^\s*(?:,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)((?:\p{Lu}[\p{L}\d.]*)(?:\s\p{Lu}[\p{L}\d.]*)?)/u.exec(text.slice(end, end + 40));
  const coinish = (m: RegExpExecArray | null) => !!m && (isCoinWord(m[1]!) || isCoinWord(m[1]!.split(' ')[0]!) || isCoinWord(m[1]!.split(' ').pop()!));
  return coinish(before) || coinish(after);
}

export const isCoinContext = (text: string, start: number, end: number) => saysCoin(text, start, end) || nextToCoin(text, start, end);

/** A word compromise's lexicon knows as an ordinary word or a first name. */
function isOrdinaryWord(word: string): boolean {
  const lexicon = (getNlp().model() as { one: { lexicon: Record<string, string | undefined> } }).one.lexicon;
  return lexicon[word.toLowerCase()] !== undefined;
}

/**
 * A long-tail ticker needs more than a ticker from the hand list: an amount right before it ("5,000 PPT"),
 * a trading pair ("NEO/BTC"), a cashtag ("$PPT") or a coin word after it ("the PPT token").
 */
function tickerContext(text: string, start: number, end: number): boolean {
  if (/\d{1,2}[:.]\d{2}\s*$/.test(text.slice(Math.max(0, start - 8), start))) return false;
  const before = text.slice(Math.max(0, start - 16), start);
  if (/\b(?:19|20)\d\d\s+$/.test(before)) return false; // "February 19, 2018 DAX Index": a year, not an amount
  return /(?:^|[^\w.,])\d[\d,.]*\s+$|\$$/.test(before) ||
    /^(?:\/(?:USD|USDT|BTC|ETH)\b|\s+(?:coins?|tokens?)\b)/.test(text.slice(end, end + 10));
}

/** Names in the list that say by themselves that they are coins: "Litecoin Cash", "NavCoin", "Pong Token". */
const COIN_SHAPED = /(?:coin|token|cash|classic)$/i;

/**
 * Coins the gazetteer does not know, from the long-tail list: a name that is shaped like a coin's, or any
 * listed name or ticker where the words around it say it is a coin (ambiguous tickers like ONE or GMT
 * need "5,000 ONE" or "the ONE token"). Claims the tokens it takes.
 */
export function findCoinMentions(text: string, tokens: Token[], claimed: boolean[], minWords = 1): EntityMention[] {
  const coins = coinIndex();
  const headings = capitalLines(text);
  const out: EntityMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (claimed[i] || !isCapitalized(tokens[i]!.text)) continue;
    const longest = coins.firstWords.get(nameKey(tokens[i]!.text)) ?? 0;
    let taken = 0;
    for (let n = Math.min(longest, tokens.length - i); n >= minWords && !taken; n--) {
      const span = tokens.slice(i, i + n);
      if (span.some((t, k) => claimed[i + k] || (k > 0 && t.sentenceStart) || !isCapitalized(t.text))) continue;
      const start = span[0]!.start;
      const end = span[n - 1]!.end;
      if (!/^[\p{L}\d.]+(?: [\p{L}\d.]+)*$/u.test(text.slice(start, end))) continue;
      const coin = coins.byName.get(nameKey(text.slice(start, end)));
      if (!coin) continue;
      // a name the gazetteer knows as something else (the mixer Tornado Cash) stays that
      if (gazetteer().byForm.get(nameKey(text.slice(start, end)))?.some((t) => t.type !== 'asset')) continue;
      const shaped = COIN_SHAPED.test(coin.name) && coin.name.length > 5 && !NOT_NAMES.has(nameKey(coin.name));
      // an ordinary word or first name ("Maker", "Nothing", "Joe") is a coin only where the text says so plainly
      // …and so is a single word opening a sentence or inside a longer capitalized name ("Themis Trading", "Story Continues")
      const inRun = n === 1 && ((i > 0 && !span[0]!.sentenceStart && isCapitalized(tokens[i - 1]!.text) && /^\s+$/.test(text.slice(tokens[i - 1]!.end, start))) ||
        (i + 1 < tokens.length && !tokens[i + 1]!.sentenceStart && isCapitalized(tokens[i + 1]!.text) && /^\s+$/.test(text.slice(end, tokens[i + 1]!.start))));
      const ordinary = n === 1 && (span[0]!.sentenceStart || inRun || isOrdinaryWord(span[0]!.text) || NOT_NAMES.has(nameKey(span[0]!.text)) || FUNCTION_WORDS.has(nameKey(span[0]!.text)));
      if (ordinary ? !saysCoinPlainly(text, start, end) : !shaped && !isCoinContext(text, start, end)) continue;
      out.push({ start, end, surface: collapseSpace(text.slice(start, end)), type: 'asset', known: null, alsoKnownAs: coin.ticker });
      taken = n;
    }
    if (!taken && minWords === 1) {
      const t = tokens[i]!;
      const inHeading = headings.some(([a, b]) => t.start >= a && t.end <= b);
      const coin = /^[A-Z][A-Z0-9]{1,7}$/.test(t.text) && !inHeading && !NOT_NAMES.has(t.text.toLowerCase()) && !FUNCTION_WORDS.has(t.text.toLowerCase()) ? coins.byTicker.get(t.text) : undefined;
      // a ticker in brackets after a coin's name ("Populous (PPT)") joins that name when names are resolved
      const inBrackets = /\(\s*$/.test(text.slice(Math.max(0, t.start - 3), t.start)) && out.some((m) => /^\s*\(\s*$/.test(text.slice(m.end, t.start)));
      if (coin && (inBrackets || tickerContext(text, t.start, t.end))) {
        out.push({ start: t.start, end: t.end, surface: t.text, type: 'asset', known: null });
        taken = 1;
      }
    }
    for (let k = 0; k < taken; k++) claimed[i + k] = true;
    if (taken) i += taken - 1;
  }
  return out;
}
