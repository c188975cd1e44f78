/**
 * Calendar days written by people, in many languages: "21. April 2020", "28 août 2019",
 * "Sonntag, 16. Dezember 2012", "22/11/2020 - 04:30", "2020年7月3日", "July 05, 2020".
 * Month names come from the platform's own locale data (Intl), not a hand-kept list.
 */
import { isRealDay, pad2 } from '../base/dates';

const LOCALES = [
  'en', 'de', 'fr', 'es', 'it', 'pt', 'nl', 'sv', 'da', 'nb', 'fi', 'pl', 'cs', 'sk', 'hu', 'ro', 'hr', 'sl',
  'tr', 'ru', 'uk', 'bg', 'el', 'et', 'lv', 'lt', 'ca', 'id', 'ar',
];

/** Lower case, accents dropped, trailing dot dropped: "Août" → "aout", "Dez." → "dez". */
const fold = (s: string) => s.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/\.$/, '');

let monthIndex: Map<string, number> | null = null;

/** Every month name and abbreviation of LOCALES (standalone and in-date forms) → month number. */
function months(): Map<string, number> {
  if (monthIndex) return monthIndex;
  const index = new Map<string, number>();
  const add = (name: string, month: number) => {
    const key = fold(name.trim());
    if (key.length >= 3 && !/\d/.test(key) && !index.has(key)) index.set(key, month);
  };
  for (const locale of LOCALES) {
    for (const width of ['long', 'short'] as const) {
      const standalone = new Intl.DateTimeFormat(locale, { month: width, timeZone: 'UTC' });
      const inDate = new Intl.DateTimeFormat(locale, { month: width, day: 'numeric', timeZone: 'UTC' });
      for (let m = 1; m <= 12; m++) {
        const day = new Date(Date.UTC(2021, m - 1, 15));
        add(standalone.format(day), m);
        for (const part of inDate.formatToParts(day)) if (part.type === 'month') add(part.value, m);
      }
    }
  }
  // English three- and four-letter forms that newsrooms use beside the locale data's ("Sept.", "Febr.")
  for (const [name, m] of [['sept', 9], ['febr', 2], ['janv', 1], ['fevr', 2], ['juil', 7]] as const) add(name, m);
  monthIndex = index;
  return index;
}


/** A real day in the years a news page can be dated. */
export function validDay(y: number, m: number, d: number): boolean {
  return y >= 1990 && y <= 2100 && isRealDay(y, m, d);
}

const day = (y: number, m: number, d: number) => (validDay(y, m, d) ? `${y}-${pad2(m)}-${pad2(d)}` : null);

function monthOf(word: string): number {
  return months().get(fold(word)) ?? 0;
}

/** Numeric days: ISO-like first, then day-first (or month-first for US English) with dots, slashes or dashes. */
function numericDay(s: string, monthFirst: boolean): string | null {
  let m = /(?<![\d.])((?:19|20)\d\d)[-/.](\d{1,2})[-/.](\d{1,2})(?![\d])/.exec(s);
  if (m) return day(+m[1]!, +m[2]!, +m[3]!);
  m = /((?:19|20)\d\d)\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})\s*[日일]?/.exec(s);
  if (m) return day(+m[1]!, +m[2]!, +m[3]!);
  m = /(?<![\d.])(\d{1,2})\.\s?(\d{1,2})\.\s?((?:19|20)\d\d)(?!\d)/.exec(s);
  if (m) return day(+m[3]!, +m[2]!, +m[1]!);
  m = /(?<![\d/.-])(\d{1,2})([/-])(\d{1,2})\2((?:19|20)\d\d)(?!\d)/.exec(s);
  if (m) {
    const a = +m[1]!, b = +m[3]!, y = +m[4]!;
    if (a > 12) return day(y, b, a);
    if (b > 12) return day(y, a, b);
    return monthFirst ? day(y, a, b) : day(y, b, a);
  }
  return null;
}

const WORD = '(\\p{L}{3,12})\\.?';

const DAY_FIRST = new RegExp(`(?<![\\d\\p{L}])(\\d{1,2})(?:st|nd|rd|th|er|\\.)?(?:\\s+de)?\\s+${WORD},?(?:\\s+de)?\\s+((?:19|20)\\d\\d)(?!\\d)`, 'gu');
const MONTH_FIRST = new RegExp(`(?<![\\p{L}])${WORD}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+((?:19|20)\\d\\d)(?!\\d)`, 'gu');

/** Days with a month name: "21. April 2020", "April 21st, 2020", "Dezember 16th, 2012", "07 أكتوبر 2020". */
function namedDay(s: string): string | null {
  // (matchAll copies the pattern, so the shared ones keep no state between calls)
  for (const m of s.matchAll(DAY_FIRST)) {
    const month = monthOf(m[2]!);
    const iso = month ? day(+m[3]!, month, +m[1]!) : null;
    if (iso) return iso;
  }
  for (const m of s.matchAll(MONTH_FIRST)) {
    const month = monthOf(m[1]!);
    const iso = month ? day(+m[3]!, month, +m[2]!) : null;
    if (iso) return iso;
  }
  return null;
}

/**
 * The first calendar day written in `s`, as YYYY-MM-DD. `monthFirst` reads an ambiguous
 * "04/05/2020" as April 5 (US English pages); otherwise day first.
 */
export function dayInText(s: string, monthFirst = false): string | null {
  // every form read here has a four-digit year: most text has none, and is passed over at once
  if (!/(?:19|20)\d\d/.test(s)) return null;
  const numeric = numericDay(s, monthFirst);
  const named = namedDay(s);
  if (numeric && named) return s.indexOf(numeric.slice(0, 4)) <= s.indexOf(named.slice(0, 4)) ? numeric : named;
  return numeric ?? named;
}
