/** Calendar helpers every layer shares: month names, zero padding, ISO dates from parts. */

/** Three-letter English month abbreviations, January first. */
export const MONTH_ABBREVIATIONS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'] as const;

/** English month names, January first. */
export const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** Two digits: 7 → "07". */
export const pad2 = (n: number): string => String(n).padStart(2, '0');

/** 1–12 for an English month name or its abbreviation ("Sept", "march"), else 0. */
export function monthNumber(name: string): number {
  const key = name.toLowerCase().slice(0, 3);
  return MONTH_ABBREVIATIONS.indexOf(key as (typeof MONTH_ABBREVIATIONS)[number]) + 1;
}

/** Whether the day exists in the proleptic Gregorian calendar. */
export function isRealDay(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** "YYYY", "YYYY-MM" or "YYYY-MM-DD" from one to three date parts. */
export const isoFromParts = (parts: readonly number[]): string => parts.map((n, i) => (i ? pad2(n) : String(n))).join('-');
