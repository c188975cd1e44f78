/** Text helpers every layer shares: name keys, whitespace, letter case, plurals. */

import { memoized } from './memo';

/** names recur across an article and across articles: short ones' keys are kept */
const shortNameKey = memoized(normalizedName, 50_000);

/** Lower-cased, dot-free key for comparing names: "U.S." and "US" both become "us". */
export function nameKey(s: string): string {
  return s.length > 80 ? normalizedName(s) : shortNameKey(s);
}

function normalizedName(s: string): string {
  return s
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[’‘]/g, "'")
    .replace(/\./g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Runs of whitespace made one space, ends trimmed. */
export const collapseSpace = (s: string): string => s.replace(/\s+/g, ' ').trim();

export const isCapitalized = (w: string): boolean => /^[\p{Lu}\p{N}]/u.test(w) && /\p{L}/u.test(w);
export const isAllCaps = (w: string): boolean => /\p{L}/u.test(w) && w === w.toUpperCase();

/** An English noun for n things: "1 victim", "2 victims", "3 companies", "2 addresses". */
export function plural(n: number, unit: string): string {
  if (n === 1 || !unit) return unit;
  if (unit.endsWith('y') && !/[aeiou]y$/.test(unit)) return `${unit.slice(0, -1)}ies`;
  return /(s|x|ch|sh)$/.test(unit) ? `${unit}es` : `${unit}s`;
}
