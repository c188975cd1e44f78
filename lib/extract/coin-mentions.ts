/**
 * Coins and tokens in the text: gazetteer names and the long tail of the coin list, taken only where the
 * text says they are coins (a ticker beside an amount, "the X token", a price move).
 */
import { acceptsSurface, gazetteer } from '../knowledge';
import { coinIndex, marketListing, namedAsCoin, saysCoin, saysCoinPlainly, tickerSaysCoin } from '../knowledge/coins';
import { capitalLines, type Token } from './tokens';
import { isCapitalized, nameKey } from '../base/text';
import { getNlp } from './nlp';
import { FUNCTION_WORDS, NOT_NAMES } from './name-rules';
import { collapseSpace } from '../base/text';
import type { EntityMention } from './entities';
/**
 * A word that is a coin's name or ticker in the gazetteer or the long-tail list; a long-tail name that is
 * also an ordinary word ("Fed", "Gas") does not vouch for its neighbours.
 */
function isCoinWord(words: string): boolean {
  const key = nameKey(words);
  return !!gazetteer().byForm.get(key)?.some((t) => t.type === 'asset') || (coinIndex().byName.has(key) && (key.includes(' ') || !isOrdinaryWord(words))) ||
    (/^[A-Z0-9]{2,8}$/.test(words) && gazetteer().tickers.has(words));
}

/** A known coin as people write it in lower case: "bitcoin", "ethereum". */
const isLowerCoin = (word: string) => !!gazetteer().byForm.get(word)?.some((t) => t.type === 'asset' && acceptsSurface(t, word));

const CAPITAL_NAME = '(?:\\p{Lu}[\\p{L}\\d.]*)(?:\\s\\p{Lu}[\\p{L}\\d.]*)?';
/** what may stand between two listed names: a comma or "and", after an optional "(up 4%)" */
const LIST_GAP = '(?:\\s*\\([^()\\n]{1,24}\\))?\\s*(?:,\\s*(?:and\\s+|or\\s+)?|\\s+(?:and|or)\\s+)';
const LISTED_BEFORE = new RegExp(`(?:^|[\\s(])(${CAPITAL_NAME})${LIST_GAP}$`, 'u');
const LISTED_AFTER = new RegExp(`^${LIST_GAP}(${CAPITAL_NAME})`, 'u');
/** lower-case words are listed with "and" or "or": after a comma they may end a phrase ("For a short time, bitcoin") */
const LOWER_LISTED_BEFORE = /(?:^|\s)(\p{Ll}+)\s+(?:and|or)\s+$/u;
const LOWER_LISTED_AFTER = /^\s+(?:and|or)\s+(\p{Ll}+)/u;

/** "Bitcoin, Ethereum, Ripple and NEO", "Zarbit (up 4%), Nano (up 2%)": a name listed beside a coin is one too. */
function nextToCoin(text: string, start: number, end: number): boolean {
  const before = LISTED_BEFORE.exec(text.slice(Math.max(0, start - 60), start));
  const after = LISTED_AFTER.exec(text.slice(end, end + 60));
  const coinish = (m: RegExpExecArray | null) => !!m && (isCoinWord(m[1]!) || isCoinWord(m[1]!.split(' ')[0]!) || isCoinWord(m[1]!.split(' ').pop()!));
  return coinish(before) || coinish(after);
}

/** "both ripple and ethereum": a known coin in lower case, listed beside another known coin in lower case. */
function nextToLowerCoin(text: string, start: number, end: number): boolean {
  const before = LOWER_LISTED_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  const after = LOWER_LISTED_AFTER.exec(text.slice(end, end + 40));
  return [before, after].some((m) => !!m && isLowerCoin(m[1]!));
}

/** "Maker (up 6%)", "Maker (MKR)": a listed coin's name where the text plainly says it is the coin. */
export const namesListedCoin = (text: string, start: number, end: number): boolean =>
  coinIndex().byName.has(nameKey(text.slice(start, end))) && saysCoinPlainly(text, start, end);

export const isCoinContext = (text: string, start: number, end: number) => saysCoin(text, start, end) || nextToCoin(text, start, end);

/**
 * "Quorricoins", "Zelcoin", "Pixel Token": a name whose last word says it is a coin. "Coin" as a word of its own
 * names shops and businesses as often as coins ("Harbor Coin and Stamp"), so it does not.
 */
const COIN_NAME_SHAPE = /^\p{Lu}[\p{L}\d]*(?:coins?|tokens?)$/u;
const COIN_WORD = /^Tokens?$/;
/** "exchanges including Zarcoin", "CEO of Zarcoin": where a name shaped like a coin's is a business's */
const BUSINESS_BEFORE = /\b(?:exchanges?|platforms?|CEO|founder|operator|company|firm|startup)\b[^.!?]{0,60}$/i;

function shapedLikeCoin(words: string[], text: string, start: number, end: number): boolean {
  const last = words[words.length - 1]!;
  const shaped = words.length <= 3 && ((COIN_NAME_SHAPE.test(last) && last.length > 4) || (words.length > 1 && COIN_WORD.test(last)));
  if (!shaped || BUSINESS_BEFORE.test(text.slice(Math.max(0, start - 80), start))) return false;
  // listed beside a known business ("Bittrex, Zarcoin and Kraken") it is one of those
  const neighbours = [LISTED_BEFORE.exec(text.slice(Math.max(0, start - 60), start)), LISTED_AFTER.exec(text.slice(end, end + 60))];
  return !neighbours.some((m) => m && gazetteer().byForm.get(nameKey(m[1]!))?.some((t) => t.type === 'organization'));
}

/**
 * Whether an unknown capitalized name is a coin by itself: shaped like one ("Quorricoins", "Pixel Token"), or
 * listed as one in a market report ("Zarbit (up 4.2%)", "Zarbit (ZBT) traded 3% lower"), or set beside the word
 * for a coin ("Zarbit, a cryptocurrency that…", "the digital currency, the Zarbit"). A single word
 * opening a sentence ("Cryptocoin mining uses…") or an ordinary word needs the report.
 */
export function unknownNameIsCoin(words: string[], text: string, start: number, end: number, sentenceStart: boolean): boolean {
  if (words.length === 1 && isCommonWord(words[0]!.toLowerCase())) return false;
  return marketListing(text, start, end) || namedAsCoin(text, start, end) || (!(sentenceStart && words.length === 1) && shapedLikeCoin(words, text, start, end));
}

/** A word compromise's lexicon knows as an ordinary word or a first name. */
function isOrdinaryWord(word: string): boolean {
  const lexicon = (getNlp().model() as { one: { lexicon: Record<string, string | undefined> } }).one.lexicon;
  return lexicon[word.toLowerCase()] !== undefined;
}

/** "a national cryptocurrency, the petro", "a coin called verge", "known as quorricoin". */
const NAMED_AS_COIN_BEFORE = /(?:cryptocurrenc(?:y|ies)|coins?|tokens?|currency)(?:,\s+the|,?\s+(?:called|named|dubbed|known\s+as)(?:\s+the)?)\s+["“‘']?$/i;
/** "the \"petro\"": a name in quotes, where coins are spoken of */
const QUOTED = (text: string, t: Token) => /["“‘']$/.test(text.slice(t.start - 1, t.start)) && /^["”’']/.test(text.slice(t.end, t.end + 1)) &&
  /cryptocurrenc|\bcoins?\b|\btokens?\b/i.test(text.slice(Math.max(0, t.start - 80), t.end + 80));
/** "each petro token", "Venezuela's petro coin", "the "petro" cryptocurrency": one coin, named before its kind */
const ONE_COIN_BEFORE = /(?:\b(?:the|a|an|each|every|one|its|their)|['’]s)\s+["“‘']?$/i;
const COIN_WORD_AFTER = /^["”’']?\s+(?:token|coin|cryptocurrency)\b/;
/** words that say what kind of coin it is, not which ("a crypto coin", "the utility token") */
const KIND_OF_COIN = new Set(['crypto', 'digital', 'virtual', 'native', 'utility', 'governance', 'security', 'reward', 'game', 'gaming', 'meme', 'privacy', 'platform', 'stable']);
/** A word of the lexicon that is not a name: "gas", "status" (but not "petro", known to it as a first name, nor a known coin). */
function isCommonWord(word: string): boolean {
  const tag = (getNlp().model() as { one: { lexicon: Record<string, string | undefined> } }).one.lexicon[word];
  return tag !== undefined && !/Name|Person|Place|Crypto|Organization|Agency|Threat/.test(tag);
}

/**
 * A coin's name written in lower case ("the petro", "a million petros", "both ripple and ethereum"): only
 * where the words around it name it as a coin, as lower case is how ordinary words are written.
 */
function lowerCaseCoin(text: string, t: Token): EntityMention | null {
  // most words name no coin: two map lookups rule them out
  const names = coinIndex().byName, forms = gazetteer().byForm;
  const singular = t.text.endsWith('s') ? t.text.slice(0, -1) : null;
  const listed = names.has(t.text) || forms.has(t.text) || (singular !== null && (names.has(singular) || forms.has(singular)));
  if (!listed || !/^\p{Ll}{3,}$/u.test(t.text)) return null;
  for (const form of singular ? [t.text, singular] : [t.text]) {
    const known = gazetteer().byForm.get(form);
    // (a company is not written in lower case: "ripple" is not Ripple Labs)
    if (known?.some((k) => acceptsSurface(k, t.text)) || KIND_OF_COIN.has(form)) return null;
    // a known coin by its name, not by its ticker ("TIME" is a ticker; "time" is not that coin)
    const thing = known?.find((k) => k.type === 'asset' && k.forms.some((f) => f !== k.ticker && nameKey(f) === form)) ?? null;
    const coin = coinIndex().byName.get(form);
    if (!thing && !coin) continue;
    const named = NAMED_AS_COIN_BEFORE.test(text.slice(Math.max(0, t.start - 50), t.start)) || (!isCommonWord(form) && QUOTED(text, t)) ||
      (!isCommonWord(form) && COIN_WORD_AFTER.test(text.slice(t.end, t.end + 20)) && ONE_COIN_BEFORE.test(text.slice(Math.max(0, t.start - 12), t.start))) ||
      (!!thing && nextToLowerCoin(text, t.start, t.end));
    if (!named) return null;
    return { start: t.start, end: t.end, surface: t.text, type: 'asset', known: thing, alsoKnownAs: thing ? undefined : coin!.name };
  }
  return null;
}

/**
 * "litecoin cash", "bitcoin gold": a listed coin of two or more words written in lower case, whose first
 * word is a known coin people write in lower case; it says it is a coin by its shape or by a price move.
 */
function lowerCaseCoinName(text: string, span: Token[]): boolean {
  if (!span.every((t) => /^\p{Ll}+$/u.test(t.text)) || !isLowerCoin(span[0]!.text)) return false;
  const start = span[0]!.start, end = span[span.length - 1]!.end;
  // ("the ethereum classic chain" may be read either way, so "classic" needs the words around it)
  return /^(?:cash|gold)$/.test(span[span.length - 1]!.text) || saysCoin(text, start, end);
}

/** The coin list's name for a ticker, when the article also writes that name ("QRX" and "QuiverX"). */
let lowered: [string, string] = ['', ''];
function namedInText(text: string, name: string): boolean {
  if (lowered[0] !== text) lowered = [text, text.toLowerCase()];
  return name.length > 2 && lowered[1].includes(name.toLowerCase());
}

/** Names in the list that say by themselves that they are coins: "Litecoin Cash", "NavCoin", "Pong Token". */
const COIN_SHAPED = /(?:coin|token|cash|classic)$/i;

/**
 * Coins the gazetteer does not know, from the long-tail list: a name that is shaped like a coin's, or any
 * listed name or ticker where the words around it say it is a coin (ambiguous tickers like ONE or GMT
 * need "5,000 ONE" or "the ONE token"). Claims the tokens it takes. `earlier` are the mentions found
 * before, whose coins a bracketed ticker may follow ("Zelbit (ZBT)").
 */
export function findCoinMentions(text: string, tokens: Token[], claimed: boolean[], minWords = 1, earlier: EntityMention[] = []): EntityMention[] {
  const coins = coinIndex();
  const headings = capitalLines(text);
  const out: EntityMention[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (claimed[i]) continue;
    const capitalized = isCapitalized(tokens[i]!.text);
    if (!capitalized && minWords === 1) {
      const found = lowerCaseCoin(text, tokens[i]!);
      if (found) {
        out.push(found);
        claimed[i] = true;
      }
      continue;
    }
    // a name in lower case starts with a known coin people write so ("litecoin cash")
    if (!capitalized && !isLowerCoin(tokens[i]!.text)) continue;
    const longest = coins.firstWords.get(nameKey(tokens[i]!.text)) ?? 0;
    let taken = 0;
    if (!capitalized) {
      for (let n = Math.min(longest, tokens.length - i); n >= 2 && !taken; n--) {
        const span = tokens.slice(i, i + n);
        if (span.some((t, k) => claimed[i + k] || (k > 0 && t.sentenceStart))) continue;
        const key = nameKey(text.slice(span[0]!.start, span[n - 1]!.end));
        const known = gazetteer().byForm.get(key)?.find((t) => t.type === 'asset') ?? null;
        const coin = coins.byName.get(key);
        if ((!known && !coin) || !lowerCaseCoinName(text, span)) continue;
        const start = span[0]!.start, end = span[n - 1]!.end;
        out.push({ start, end, surface: collapseSpace(text.slice(start, end)), type: 'asset', known, alsoKnownAs: known ? undefined : coin!.ticker });
        taken = n;
      }
    }
    for (let n = Math.min(longest, tokens.length - i); n >= minWords && !taken && capitalized; n--) {
      const span = tokens.slice(i, i + n);
      if (span.some((t, k) => claimed[i + k] || (k > 0 && t.sentenceStart) || !isCapitalized(t.text))) continue;
      const start = span[0]!.start;
      const end = span[n - 1]!.end;
      if (!/^[\p{L}\d.]+(?: [\p{L}\d.]+)*$/u.test(text.slice(start, end))) continue;
      const coin = coins.byName.get(nameKey(text.slice(start, end)));
      if (!coin) continue;
      // a name the gazetteer knows as something else (the mixer Tornado Cash) stays that, unless plainly listed as a coin
      if (gazetteer().byForm.get(nameKey(text.slice(start, end)))?.some((t) => t.type !== 'asset') && !namesListedCoin(text, start, end)) continue;
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
    if (!taken && minWords === 1 && capitalized) taken = tickerAt(text, tokens, i, claimed, headings, [earlier, out], out);
    for (let k = 0; k < taken; k++) claimed[i + k] = true;
    if (taken) i += taken - 1;
  }
  return out;
}

/**
 * A listed ticker at token i, where the text says it is a coin; "XVG Coin" takes the word "Coin" with it.
 * The mention is the known coin of that ticker, or carries the list's name for it when the article writes
 * that name too. Returns the number of tokens taken.
 */
function tickerAt(text: string, tokens: Token[], i: number, claimed: boolean[], headings: [number, number][], before: EntityMention[][], out: EntityMention[]): number {
  const t = tokens[i]!;
  const inHeading = headings.some(([a, b]) => t.start >= a && t.end <= b);
  const coin = /^[A-Z][A-Z0-9]{1,7}$/.test(t.text) && !inHeading && !NOT_NAMES.has(t.text.toLowerCase()) && !FUNCTION_WORDS.has(t.text.toLowerCase()) ? coinIndex().byTicker.get(t.text) : undefined;
  if (!coin) return 0;
  // a ticker in brackets after a coin's name ("Populous (PPT)") joins that name when names are resolved
  const inBrackets = /\(\s*$/.test(text.slice(Math.max(0, t.start - 3), t.start)) && before.some((list) => list.some((m) => m.type === 'asset' && m.end < t.start && /^\s*\(\s*$/.test(text.slice(m.end, t.start))));
  const next = tokens[i + 1];
  const withWord = !!next && !claimed[i + 1] && /^(?:Coin|Token)$/.test(next.text) && text.slice(t.end, next.start) === ' ';
  if (!inBrackets && !withWord && !tickerSaysCoin(text, t.start, t.end)) return 0;
  const end = withWord ? next.end : t.end;
  const known = gazetteer().tickers.get(t.text) ?? null;
  out.push({ start: t.start, end, surface: text.slice(t.start, end), type: 'asset', known, alsoKnownAs: known ? undefined : withWord ? t.text : namedInText(text, coin.name) ? coin.name : undefined });
  return withWord ? 2 : 1;
}
