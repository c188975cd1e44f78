/**
 * The long tail of coins and tokens: the `cryptocurrencies` package's list of symbols and names (MIT), read
 * with care. Its twelve thousand entries include names that are ordinary words ("Gas", "Maker", "Populous")
 * and tickers that are too ("ONE", "GMT"), so a name or ticker from it counts only where the text says it
 * is a coin: a ticker in brackets after the name, an amount before it, "the X token", a price move.
 */
import list from 'cryptocurrencies/cryptocurrencies.json';
import { nameKey } from '../base/text';

export interface Coin {
  name: string;
  ticker: string;
}

interface CoinIndex {
  /** name key → coin */
  byName: Map<string, Coin>;
  /** upper-case ticker → coin */
  byTicker: Map<string, Coin>;
  /** first word of a name key → most words in a name starting with it */
  firstWords: Map<string, number>;
}

let cached: CoinIndex | null = null;

const TICKER = /^[A-Z][A-Z0-9]{1,7}$/;
/** Names in the list that are not one coin's name in prose: versions, leveraged products, placeholders, numbers ("0x" is a name), the word for a coin itself. */
const NOT_A_COIN_NAME = /\b(?:old|long|short|bull|bear|[1-9]\d*x|token \d|v\d)\b|[()[\]$/]|^\d+(?:[\s.,]|$)|^(?:coins?|tokens?|crypto(?:currency)?)$/i;

export function coinIndex(): CoinIndex {
  if (cached) return cached;
  const byName = new Map<string, Coin>();
  const byTicker = new Map<string, Coin>();
  const firstWords = new Map<string, number>();
  for (const [ticker, rawName] of Object.entries(list as Record<string, string>)) {
    if (!TICKER.test(ticker) || typeof rawName !== 'string') continue;
    const name = rawName.trim();
    const coin = { name, ticker };
    if (!byTicker.has(ticker)) byTicker.set(ticker, coin);
    // two letters are a word ("Yo"), not a coin's name, unless a digit makes them one ("0x")
    if ((name.length < 3 && !/^(?:\d\p{L}|\p{L}\d)$/u.test(name)) || NOT_A_COIN_NAME.test(name)) continue;
    const key = nameKey(name);
    if (!byName.has(key)) byName.set(key, coin);
    const words = key.split(' ');
    firstWords.set(words[0]!, Math.max(firstWords.get(words[0]!) ?? 0, words.length));
  }
  cached = { byName, byTicker, firstWords };
  return cached;
}

/** Words near a coin's name or ticker that say it is one. */
const COIN_CONTEXT_AFTER = /^(?:\s*\(\s*[A-Z0-9]{2,8}\s*\)|\s+(?:coins?|tokens?|cryptocurrenc(?:y|ies)|price|prices|rose|fell|gained|lost|dropped|jumped|surged|slid|climbed|rallied|tumbled|plunged|soared|traded|trading|holders|market cap(?:italization)?|network)\b|\s+(?:was|is)\s+(?:up|down)\b|\s*(?:\/|-)(?:USD|USDT|BTC|ETH)\b|['’]s\s+(?:price|value|market)|\s+(?:up|down)\s+[\d.]+\s?%)/;
const COIN_CONTEXT_BEFORE = /(?:\b(?:the|a|its|native|new)\s+(?:token|coin|cryptocurrency|altcoin|stablecoin)\s+|\b(?:altcoins?|tokens?|coins?|cryptocurrencies)\s+(?:such as|like|including)\s+(?:[\w.]+,?\s+(?:and\s+)?){0,4}|\d[\d.,]*\s*(?:million|billion|thousand|[mbk])?\s+|\$)$/i;

/** "Populous (PPT)", "the Kind token": the plainest ways to say a word is a coin. */
const EXPLICIT_AFTER = /^(?:\s*\(\s*[A-Z0-9]{2,8}\s*\)|\s+(?:coins?|tokens?)\b)/;
const EXPLICIT_BEFORE = /\b(?:the|a|its|native)\s+(?:token|coin|cryptocurrency|altcoin|stablecoin)\s+$/i;
export function saysCoinPlainly(text: string, start: number, end: number): boolean {
  return EXPLICIT_AFTER.test(text.slice(end, end + 14)) || EXPLICIT_BEFORE.test(text.slice(Math.max(0, start - 30), start)) ||
    marketListing(text, start, end);
}

/** "Zarbit (up 4.2%)", "(down -1.1%)": a day's move in a table of prices, written in brackets after the name. */
const MOVE_IN_BRACKETS = /^\s*\(\s*(?:up|down)\s+[-+−]?\s?[\d.,]+\s?%/i;
/** "Zarbit (CURRENCY:ZBT)": a market-data label that names a coin by its ticker. */
const CURRENCY_LABEL = /^\s*\(\s*CURRENCY\s*:\s*[A-Z0-9]{2,10}\s*\)/;
/** "Zarbit (ZBT) traded 3% lower", "Zarbit (ZBT) is a coin": a bracketed ticker, then what coins do. */
const TICKER_THEN_MOVE = /^\s*\(\s*[A-Z0-9]{2,8}\s*\)\s+(?:traded|rose|fell|gained|lost|dropped|jumped|surged|slid|climbed|rallied|tumbled|plunged|soared|is\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:coin|token|cryptocurrency))\b/;
const CRYPTO_WORD = /cryptocurrenc|altcoin|\bcoins?\b|\btokens?\b|\bcrypto/i;

/**
 * A name in a market report that says by itself it is a coin: "Zarbit (CURRENCY:ZBT)", "Zarbit (ZBT) traded
 * 3% lower", or "Zarbit (up 4.2%)" where the paragraph is about coins (shares move in brackets too).
 */
/** the words for a coin; "currency" alone is as often money or a market */
const COIN_NOUN = '(?:crypto-?currency|(?:digital|virtual|native|crypto)\\s+currency|coin|token|stablecoin|altcoin)';
/** …ending the phrase, so not "a cryptocurrency exchange", "a cryptocurrency lawyer", "a token sale" */
const NOT_A_COIN_AFTER = '(?=\\s*(?:[,.;:)]|$)|\\s+(?:that|which|whose|of|for|on|in|from|by|with|launched|created|built|designed|pegged|backed|issued|based|called|named|dubbed|and|to)\\b)';
/** "Zarbit, a cryptocurrency that…", "Zarbit, the native token of…" */
const APPOSITIVE_AFTER = new RegExp(`^,\\s+(?:a|an|the)\\s+(?:[\\w-]+\\s+){0,2}?${COIN_NOUN}\\b${NOT_A_COIN_AFTER}`, 'i');
/** "the country's first digital currency, the Zarbit," */
const APPOSITIVE_BEFORE = new RegExp(`\\b${COIN_NOUN}s?,\\s+the\\s+["“]?$`, 'i');

/** A name set beside the word for a coin, between commas: "Zarbit, a cryptocurrency that…", "its token, the Zarbit". */
export const namedAsCoin = (text: string, start: number, end: number): boolean =>
  APPOSITIVE_AFTER.test(text.slice(end, end + 60)) ||
  (APPOSITIVE_BEFORE.test(text.slice(Math.max(0, start - 40), start)) && /^["”]?\s*(?:[,.;:)]|$)/.test(text.slice(end, end + 4))); // the name ends the phrase: not "…tokens, the Zarbit team"

export function marketListing(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 70);
  if (CURRENCY_LABEL.test(after) || TICKER_THEN_MOVE.test(after)) return true;
  if (!MOVE_IN_BRACKETS.test(after)) return false;
  const paragraph = text.slice(Math.max(0, start - 400, text.lastIndexOf('\n', start) + 1), start);
  return CRYPTO_WORD.test(paragraph);
}

/** A clock time just before: "10:00 GMT", "3:15 PM (GMT)" name a time zone, not a coin. */
export const afterClockTime = (text: string, start: number): boolean =>
  /\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?\(?\s*$/i.test(text.slice(Math.max(0, start - 16), start));

/** "ETH, BNT, GNT and REP tokens": tickers listed before the word for them */
const TICKERS_LISTED_AS_COINS = /^(?:\s*,\s*[A-Z][A-Z0-9]{1,7})*\s*,?\s+(?:and|or)\s+[A-Z][A-Z0-9]{1,7}\s+(?:coins|tokens)\b/;

/**
 * What an all-capitals ticker needs to be a coin: an amount before it ("5,000 PPT", "$PPT") or a coin's
 * word after it ("PPT/BTC", "the PPT token", "the PPT price", "PPT has a market cap").
 */
export function tickerSaysCoin(text: string, start: number, end: number): boolean {
  const before = text.slice(Math.max(0, start - 16), start);
  if (afterClockTime(text, start) || /\b(?:19|20)\d\d\s+$/.test(before)) return false; // "February 19, 2018 DAX Index": a year, not an amount
  return /(?:^|[^\w.,])\d[\d,.]*\s+$|\$$|\(\s*CURRENCY\s*:\s*$/.test(before) ||
    /^(?:\/(?:USD|USDT|BTC|ETH)\b|\s+(?:coins?|tokens?|price|prices)\b|\s+(?:currently\s+)?(?:has|had)\s+a\s+market\s+cap)/.test(text.slice(end, end + 30)) ||
    TICKERS_LISTED_AS_COINS.test(text.slice(end, end + 80));
}

/** Whether the text around [start, end) says the name or ticker there is a coin. */
export function saysCoin(text: string, start: number, end: number): boolean {
  if (afterClockTime(text, start)) return false; // "10:00 GMT"
  return COIN_CONTEXT_AFTER.test(text.slice(end, end + 40)) || COIN_CONTEXT_BEFORE.test(text.slice(Math.max(0, start - 60), start)) ||
    marketListing(text, start, end) || namedAsCoin(text, start, end);
}
