/**
 * Figures: money, crypto amounts, counts, percentages, dates and durations, each
 * normalized as docs/annotation-schema.md says, with the character span it came from.
 */
import type { Figure } from '../schema';
import { acceptsSurface, gazetteer, type KnownThing } from '../knowledge';
import { findDates } from './dates';
import { getNlp } from './nlp';
import { memoized } from '../base/memo';
import { NUM, SCALE, VAGUE, WORD_NUM, clean, parseNumber, scaleOf, vagueValue } from './numbers';

export interface FigureMention {
  start: number;
  end: number;
  figure: Figure;
}

const CURRENCY_SYMBOLS: [RegExp, string][] = [
  [/^(?:US|U\.S\.)\s?\$$/i, 'USD'], [/^(?:C|CA|CAD)\s?\$$/i, 'CAD'], [/^(?:A|AU|AUD)\s?\$$/i, 'AUD'],
  [/^HK\s?\$$/i, 'HKD'], [/^S\s?\$$/i, 'SGD'], [/^NZ\s?\$$/i, 'NZD'], [/^R\$$/, 'BRL'], [/^\$$/, 'USD'],
  [/^€$/, 'EUR'], [/^£$/, 'GBP'], [/^(?:¥|JP¥)$/, 'JPY'], [/^(?:CN¥|RMB)$/i, 'CNY'], [/^₩$/, 'KRW'], [/^₹$/, 'INR'],
  [/^₺$/, 'TRY'], [/^₽$/, 'RUB'], [/^R$/, 'ZAR'], [/^₦$/, 'NGN'],
];
const CURRENCY_CODES = ['USD', 'EUR', 'GBP', 'JPY', 'CNY', 'KRW', 'INR', 'TRY', 'CHF', 'AUD', 'CAD', 'HKD', 'SGD', 'RUB', 'ZAR', 'BRL', 'NGN', 'AED', 'NZD', 'SEK', 'NOK', 'DKK', 'PLN', 'THB', 'VND', 'PHP', 'IDR', 'MYR', 'UAH'];
const CURRENCY_WORDS: Record<string, string> = {
  dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP', sterling: 'GBP', yen: 'JPY',
  yuan: 'CNY', renminbi: 'CNY', won: 'KRW', rupee: 'INR', rupees: 'INR', lira: 'TRY', liras: 'TRY', francs: 'CHF',
  'swiss francs': 'CHF', rubles: 'RUB', roubles: 'RUB', rand: 'ZAR', naira: 'NGN', dirhams: 'AED', baht: 'THB', hryvnias: 'UAH',
  'australian dollars': 'AUD', 'canadian dollars': 'CAD', 'hong kong dollars': 'HKD', 'singapore dollars': 'SGD',
};

const SYMBOL = String.raw`(?:US\s?\$|U\.S\.\s?\$|C\s?\$|CA\$|A\s?\$|AU\$|HK\s?\$|S\$|NZ\s?\$|R\$|CN¥|JP¥|\$|€|£|¥|₩|₹|₺|₽|₦|R(?=\s?\d))`;
const CODE = `(?:${CURRENCY_CODES.join('|')})`;
const WORD_CURRENCY = `(?:${Object.keys(CURRENCY_WORDS).sort((a, b) => b.length - a.length).join('|')})`;

function currencyOfSymbol(sym: string): string {
  const s = sym.replace(/\s+/g, '');
  for (const [re, code] of CURRENCY_SYMBOLS) if (re.test(s)) return code;
  return 'USD';
}

const TIME_UNITS: Record<string, 'year' | 'month' | 'week' | 'day'> = {
  year: 'year', years: 'year', month: 'month', months: 'month', week: 'week', weeks: 'week', day: 'day', days: 'day',
};

const NOT_COUNT_UNITS = new Set([
  'years', 'months', 'weeks', 'days', 'hours', 'minutes', 'seconds', 'times', 'percent', 'cents', 'dollars', 'euros',
  'pounds', 'points', 'basis', 'others', 'ones', 'thousands', 'millions', 'billions', 'hundreds', 'dozens', 'tens',
  'decades', 'centuries', 'is', 'was', 'has', 'its', 'this', 'as', 'us', 'yes', 'less', 'always', 'whereas',
]);
const COUNT_MODIFIER_STOP = new Set([
  'of', 'in', 'on', 'to', 'from', 'and', 'or', 'the', 'a', 'an', 'for', 'with', 'by', 'were', 'was', 'are', 'is', 'have',
  'has', 'had', 'that', 'who', 'which', 'more', 'than', 'across', 'at', 'per', 'each', 'into', 'over', 'about', 'as',
  'it', 'they', 'he', 'she', 'we', 'be', 'been', 'will', 'would', 'could', 'said', 'says', 'all', 'its', 'their',
]);
const IRREGULAR_PLURALS: Record<string, string> = { people: 'person', children: 'child', men: 'man', women: 'woman', staff: 'staff', police: 'police' };

/** compromise's singular of a plural noun, or null when it reads the word as no noun */
const nlpSingular = memoized((w: string): string | null => {
  const doc = getNlp()(w);
  if (doc.has('#Adverb') || doc.has('#Adjective') || doc.has('#Pronoun')) return null;
  const singular = doc.has('#Noun') ? (doc.nouns().toSingular().text() as string).toLowerCase() : '';
  return singular && singular !== w ? singular : /ies$/.test(w) ? w.replace(/ies$/, 'y') : /(?:ches|shes|sses|xes)$/.test(w) ? w.slice(0, -2) : w.slice(0, -1);
});

/** "computers" → "computer"; null when the word is not a plural noun. */
function singularNoun(word: string): string | null {
  const w = word.toLowerCase();
  if (IRREGULAR_PLURALS[w]) return IRREGULAR_PLURALS[w]!;
  if (NOT_COUNT_UNITS.has(w) || !/^[a-z][a-z-]*s$/.test(w) || /(?:ss|us|is)$/.test(w)) return null;
  return nlpSingular(w);
}

/** compromise knows the word as a singular noun and as nothing else */
const nlpSingleNoun = memoized((w: string): boolean => {
  const doc = getNlp()(w);
  return doc.has('#Singular') && !doc.has('#Pronoun') && !doc.has('#Adjective') && !doc.has('#Verb');
});

/** "one transaction": a singular count noun, which compromise knows as a noun and not as anything else. */
function singleNoun(word: string): string | null {
  const w = word.toLowerCase();
  return !TIME_UNITS[w] && nlpSingleNoun(w) ? w : null;
}

let assets: { assetWords: Map<string, KnownThing>; assetAlternation: string } | null = null;

/** One-word names and tickers of crypto assets, built once from the knowledge files. */
function assetVocabulary() {
  if (assets) return assets;
  const assetWords = new Map<string, KnownThing>();
  for (const [form, things] of gazetteer().byForm) {
    const asset = things.find((t) => t.type === 'asset' && t.ticker);
    if (asset && /^[\p{L}\d-]+$/u.test(form)) assetWords.set(form, asset);
  }
  const assetAlternation = [...assetWords.keys()].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
  assets = { assetWords, assetAlternation };
  return assets;
}

/** Blanks out URLs, CVE ids, phone numbers and the like, keeping offsets. */
function maskNonFigures(text: string): string {
  const blank = (m: string) => ' '.repeat(m.length);
  return text
    .replace(/\bhttps?:\/\/\S+|\bwww\.\S+|\b[\w.-]+\.(?:com|org|net|io|gov|example)\/\S*/gi, blank)
    .replace(/\bCVE-\d{4}-\d{4,}\b/gi, blank)
    .replace(/\b(?:ports?|tcp|udp)\s+\d{1,5}\b/gi, blank)
    .replace(/(?:\+\d{1,3}[\s.-]?)?\(?\d{3}\)?[\s.-]\d{3}[\s.-]\d{4}\b/g, blank)
    .replace(/^\s*\d{1,2}[.)]\s/gm, blank)
    .replace(/\b(?:0x[0-9a-fA-F]{16,}|[13][a-km-zA-HJ-NP-Z1-9]{25,34}|bc1[a-z0-9]{20,})\b/g, blank);
}

/** The figure patterns, compiled once per process rather than at every article (their lastIndex is reset before each scan). */
const compiled = memoized((key: string) => {
  const slash = key.indexOf('/');
  return new RegExp(key.slice(slash + 1), key.slice(0, slash));
});

export function findFigures(text: string, publishedAt: string | null): FigureMention[] {
  const masked = maskNonFigures(text);
  const out: FigureMention[] = [];
  const overlaps = (s: number, e: number) => out.some((f) => s < f.end && e > f.start);
  const add = (start: number, end: number, figure: Figure) => {
    if (!overlaps(start, end)) out.push({ start, end, figure });
  };
  const each = (pattern: string, fn: (m: RegExpExecArray) => void, flags = 'giu') => {
    const re = compiled(`${flags}/${pattern}`);
    re.lastIndex = 0;
    for (let m = re.exec(masked); m; m = re.exec(masked)) fn(m);
  };
  const number = (digits: string, scale?: string) => {
    const n = parseNumber(digits);
    return n === null ? null : clean(n * scaleOf(scale));
  };

  // money: "$1.5bn", "US$20 million", "€2.7 million", "$169-million", "$10-$20 million"
  each(String.raw`(?<![\p{L}\d])(${SYMBOL})\s?(${NUM})(?:\s?(?:-|–|to)\s?(?:${SYMBOL})?\s?(?:${NUM}))?(?:[\s-]?(${SCALE}))?(?![\p{L}\d])`, (m) => {
    const value = number(m[2]!, m[3]);
    if (value !== null) add(m.index, m.index + m[0].length, { kind: 'money', text: text.slice(m.index, m.index + m[0].length), value, currency: currencyOfSymbol(m[1]!) });
  }, 'gu'); // currency symbols are case-sensitive: "a $5" is not "A$5"

  // money: "20 million dollars", "5,000 euros", "USD 3 million", "1.2 billion yuan"
  each(String.raw`\b(${CODE})\s?(${NUM})(?:\s?(${SCALE}))?\b`, (m) => {
    const value = number(m[2]!, m[3]);
    if (value !== null) add(m.index, m.index + m[0].length, { kind: 'money', text: m[0], value, currency: m[1]!.toUpperCase() });
  });
  each(String.raw`\b(${NUM}|${WORD_NUM})(?:[\s-](${SCALE}))?\s+(${CODE}|${WORD_CURRENCY})\b`, (m) => {
    const value = number(m[1]!, m[2]);
    const cur = m[3]!;
    if (cur.toLowerCase() === 'won' && !m[2] && !/\d/.test(m[1]!)) return;
    const currency = CURRENCY_CODES.includes(cur.toUpperCase()) && cur === cur.toUpperCase() ? cur.toUpperCase() : CURRENCY_WORDS[cur.toLowerCase()];
    if (value !== null && currency) add(m.index, m.index + m[0].length, { kind: 'money', text: m[0], value, currency });
  });
  // vague money: "millions of euros", "hundreds of millions of dollars"
  each(String.raw`\b(${VAGUE})\s+of\s+(${WORD_CURRENCY})\b`, (m) => {
    const value = vagueValue(m[1]!);
    const currency = CURRENCY_WORDS[m[2]!.toLowerCase()];
    if (value && currency) add(m.index, m.index + m[0].length, { kind: 'money', text: m[0], value, currency, approximate: true });
  });

  // crypto: "173,600 ETH", "94,000 bitcoin", "1.2 million bitcoin"
  const { assetWords, assetAlternation } = assetVocabulary();
  if (assetAlternation) {
    each(String.raw`(?<![\p{L}\d$€£.])(${NUM}|${WORD_NUM})(?:[\s-](${SCALE}))?\s?(${assetAlternation})s?(?![\p{L}\d])`, (m) => {
      const word = m[3]!;
      const asset = assetWords.get(word.toLowerCase());
      // as written: "7,000 BTC" and "94,000 bitcoin", not "100 people" for a PEOPLE token
      if (!asset || !(acceptsSurface(asset, word) || acceptsSurface(asset, word.replace(/s$/, '')))) return;
      const value = number(m[1]!, m[2]);
      if (value !== null) add(m.index, m.index + m[0].length, { kind: 'crypto', text: m[0], value, asset: asset.ticker! });
    });
  }

  // percentages
  each(String.raw`(?<![\p{L}\d.])(${NUM}|${WORD_NUM})\s?(%|per\s?cent\b|percent\b)`, (m) => {
    const value = number(m[1]!);
    if (value !== null) add(m.index, m.index + m[0].length, { kind: 'percent', text: m[0], value });
  });

  // durations: "six years", "13 consecutive months", "a 20-year sentence"
  each(String.raw`(?<![\p{L}\d,.])(${NUM}|${WORD_NUM})(?:\s+(?:consecutive|more|additional|straight|full|further|long))?[\s-](years?|months?|weeks?|days?)\b(?![-\s]+old\b)(?!\s+ago\b)`, (m) => {
    const value = number(m[1]!);
    const unit = TIME_UNITS[m[2]!.toLowerCase()]!;
    if (value === null || value <= 0) return;
    if (/^\d{4}$/.test(m[1]!) && value >= 1900 && value <= 2100) return;
    add(m.index, m.index + m[0].length, { kind: 'duration', text: m[0], value, unit });
  });

  // counts: "850,000 computers", "52.7 million cryptojacking hits", "two administrators",
  // and vague ones: "hundreds of thousands of Windows-based computers"
  const countAfter = (start: number, numberEnd: number, words: string, value: number, approximate: boolean) => {
    let offset = numberEnd;
    const list = [...words.matchAll(/\s+([\p{L}][\p{L}'-]*)/gu)];
    for (const w of list) {
      const word = w[1]!;
      const end = offset + w[0].length;
      // "on 9 January officers detained…": a day of a month, not nine officers
      if (COUNT_MODIFIER_STOP.has(word.toLowerCase()) || MONTH_WORD.test(word)) return;
      const unit = !/^\p{Ll}/u.test(word) ? null : value === 1 ? singleNoun(word) : singularNoun(word);
      if (unit) {
        add(start, end, { kind: 'count', text: text.slice(start, end), value, unit, ...(approximate ? { approximate: true } : {}) });
        return;
      }
      offset = end;
    }
  };
  const MONTH_WORD = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)$/;
  const WORDS_AFTER = /^((?:\s+[\p{L}][\p{L}'-]*){1,3})/u;
  each(String.raw`\b(${VAGUE})\s+of(?=\s)`, (m) => {
    const value = vagueValue(m[1]!);
    const words = WORDS_AFTER.exec(masked.slice(m.index + m[0].length))?.[1];
    if (value && words) countAfter(m.index, m.index + m[0].length, words, value, true);
  });
  // Only the number is consumed, so "62 people in eight cities" yields both counts.
  each(String.raw`(?<![\p{L}\d$€£¥.,-])(${NUM}|${WORD_NUM})(?:\s(${SCALE}))?(?=\s)`, (m) => {
    if (/^\d{4}$/.test(m[1]!) && !m[2] && +m[1]! >= 1900 && +m[1]! <= 2100) return;
    const value = number(m[1]!, m[2]);
    const words = WORDS_AFTER.exec(masked.slice(m.index + m[0].length))?.[1];
    if (value !== null && words) countAfter(m.index, m.index + m[0].length, words, value, false);
  });

  for (const d of findDates(text, publishedAt, masked)) {
    add(d.start, d.end, { kind: 'date', text: text.slice(d.start, d.end), value: d.value });
  }
  return out.sort((a, b) => a.start - b.start);
}
