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
/** Names in the list that are not one coin's name in prose: versions, leveraged products, placeholders. */
const NOT_A_COIN_NAME = /\b(?:old|long|short|bull|bear|\d+x|token \d|v\d)\b|[()[\]$/]|^\d/i;

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
    if (name.length < 3 || NOT_A_COIN_NAME.test(name)) continue;
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
const COIN_CONTEXT_BEFORE = /(?:\b(?:the|a|its|native|new)\s+(?:token|coin|cryptocurrency|altcoin|stablecoin)\s+|\b(?:altcoins?|tokens?|coins?|cryptocurrencies)\s+(?:such as|like|including)\s+(?:[\w.]+,?\s+(?:and\s+)?){0,4}|[\d.,]+\s*(?:million|billion|thousand|[mbk])?\s+|\$)$/i;

/** "Populous (PPT)", "the Kind token": the plainest ways to say a word is a coin. */
const EXPLICIT_AFTER = /^(?:\s*\(\s*[A-Z0-9]{2,8}\s*\)|\s+(?:coins?|tokens?)\b)/;
const EXPLICIT_BEFORE = /\b(?:the|a|its|native)\s+(?:token|coin|cryptocurrency|altcoin|stablecoin)\s+$/i;
export function saysCoinPlainly(text: string, start: number, end: number): boolean {
  return EXPLICIT_AFTER.test(text.slice(end, end + 14)) || EXPLICIT_BEFORE.test(text.slice(Math.max(0, start - 30), start));
}

/** Whether the text around [start, end) says the name or ticker there is a coin. */
export function saysCoin(text: string, start: number, end: number): boolean {
  if (/\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?\s*)?$/i.test(text.slice(Math.max(0, start - 12), start))) return false; // "10:00 GMT"
  return COIN_CONTEXT_AFTER.test(text.slice(end, end + 40)) || COIN_CONTEXT_BEFORE.test(text.slice(Math.max(0, start - 60), start));
}
