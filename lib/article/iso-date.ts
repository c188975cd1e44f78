import { monthNumber, pad2 as pad } from '../base/dates';
import { validDay as valid } from './date-text';

/**
 * A publication date as an ISO prefix. Keeps the calendar date as written
 * (the publisher's local day), so "2023-09-08T07:45:00+03:00" stays 2023-09-08.
 */
export function isoDate(raw: string): string | null {
  const s = raw.trim();
  let m = /^(\d{4})-(\d{2})-(\d{2})/.exec(s);
  if (m) return valid(+m[1]!, +m[2]!, +m[3]!) ? `${m[1]}-${m[2]}-${m[3]}` : null;
  m = /^(\d{4})\/(\d{1,2})\/(\d{1,2})/.exec(s);
  if (m) return valid(+m[1]!, +m[2]!, +m[3]!) ? `${m[1]}-${pad(+m[2]!)}-${pad(+m[3]!)}` : null;
  m = /^(\d{4})-(\d{2})$/.exec(s);
  if (m) return +m[2]! >= 1 && +m[2]! <= 12 ? s : null;
  if (/^\d{4}$/.test(s)) return s;
  // "May 8, 2019", "18 Feb 2021", "February 26, 2022 9:14 AM UTC"
  m = /\b(\d{1,2})(?:st|nd|rd|th)?\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})\b/.exec(s);
  if (m) {
    const month = monthNumber(m[2]!);
    if (month && valid(+m[3]!, month, +m[1]!)) return `${m[3]}-${pad(month)}-${pad(+m[1]!)}`;
  }
  m = /\b([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b/.exec(s);
  if (m) {
    const month = monthNumber(m[1]!);
    if (month && valid(+m[3]!, month, +m[2]!)) return `${m[3]}-${pad(month)}-${pad(+m[2]!)}`;
  }
  return null;
}
