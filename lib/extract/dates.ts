/**
 * Dates as ISO prefixes: absolute ("28th Aug. 2019"), partial ("August 2021", "2016")
 * and relative ("Thursday", "last year"), resolved against the publication date.
 */
import { isRealDay, monthNumber, pad2 } from '../base/dates';
export interface DateMatch {
  start: number;
  end: number;
  value: string;
}

const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

const monthIndex = (word: string): number => monthNumber(word.replace(/\.$/, ''));

interface Day { y: number; m: number; d: number }

function parseIso(iso: string | null): Day | null {
  const m = iso ? /^(\d{4})-(\d{2})-(\d{2})/.exec(iso) : null;
  return m ? { y: +m[1]!, m: +m[2]!, d: +m[3]! } : null;
}

function shift(day: Day, days: number): Day {
  const t = new Date(Date.UTC(day.y, day.m - 1, day.d + days));
  return { y: t.getUTCFullYear(), m: t.getUTCMonth() + 1, d: t.getUTCDate() };
}
const iso = (d: Day) => `${d.y}-${pad2(d.m)}-${pad2(d.d)}`;
const validDay = isRealDay;

/** The year a month (and day) without a year most likely belongs to. */
const FUTURE = /\b(?:will|shall|(?:is|are|was|were) (?:scheduled|set|due|expected) (?:to|for)|(?:set|scheduled)\b[\w ]{0,24}\bfor|plans? to|upcoming)\b|\b(?:can|may|must)\b[^.]*\buntil\b/i;
/** "January and June 2019", "May to July 2021": a year that closes a list or range of months. */
const RANGE_YEAR = /^\s*(?:-|–|and|to|through|until|till|or)\s+\p{Lu}\p{Ll}+\.?(?:\s+\d{1,2}(?:st|nd|rd|th)?)?,?\s+(\d{4})\b/u;
const YEAR = /\b(19[89]\d|20[0-4]\d)\b/g;

/** The year a month (and day) written without one most likely belongs to. */
function yearFor(month: number, day: number, text: string, start: number, end: number, published: Day | null, pubYear: number | null): number | null {
  // An explicit year later in the same sentence wins ("between January and June 2019")...
  const sentenceEnd = text.slice(end).search(/[.!?](?:\s|$)|\n/);
  const after = text.slice(end, sentenceEnd < 0 ? end + 80 : end + sentenceEnd);
  const ahead = RANGE_YEAR.exec(after);
  if (ahead) return +ahead[1]!;
  // ...then the last year written in this sentence or the one before it, within the same paragraph: a year
  // from a background paragraph ("registration began in April 2017") does not date the next paragraph's "Feb. 13".
  const paragraphStart = text.lastIndexOf('\n\n', start) + 1;
  const previous = text.slice(text.lastIndexOf('\n\n', paragraphStart - 3) + 1, paragraphStart).trim();
  const heading = previous.length < 80 && !/[.!?:]$/.test(previous) ? previous : '';
  const sentences = text.slice(Math.max(paragraphStart, start - 300), start).split(/(?<=[.!?])\s+(?=\p{Lu})|\n+/u);
  const before = [heading, ...sentences.slice(-2)].join(' ');
  const years = [...before.matchAll(YEAR)];
  if (years.length) return +years[years.length - 1]![1]!;
  if (!published) return pubYear;
  // A date later than publication is last year's, unless the sentence speaks of the future.
  const sentenceStart = Math.max(text.lastIndexOf('.', start - 2), text.lastIndexOf('\n', start)) + 1;
  const sentence = text.slice(sentenceStart, sentenceEnd < 0 ? end + 80 : end + sentenceEnd);
  const later = month > published.m || (month === published.m && day > published.d + 1);
  // "submit a report by Feb. 13": a deadline is ahead of the article, not behind it
  const deadline = /\b(?:by|until|before|due|deadline of)\s+$/i.test(text.slice(Math.max(0, start - 16), start));
  return later && !FUTURE.test(sentence) && !deadline ? published.y - 1 : published.y;
}

export function findDates(text: string, publishedAt: string | null, masked: string): DateMatch[] {
  const out: DateMatch[] = [];
  const published = parseIso(publishedAt);
  const pubYear = publishedAt ? +publishedAt.slice(0, 4) : null;
  const taken = (s: number, e: number) => out.some((d) => s < d.end && e > d.start);
  const push = (start: number, end: number, value: string | null) => {
    if (value && !taken(start, end)) out.push({ start, end, value });
  };
  const scan = (re: RegExp, fn: (m: RegExpExecArray) => string | null) => {
    re.lastIndex = 0;
    for (let m = re.exec(masked); m; m = re.exec(masked)) {
      if (!taken(m.index, m.index + m[0].length)) push(m.index, m.index + m[0].length, fn(m));
    }
  };
  // 28th Aug. 2019 / 5 July / 20 June 2017
  scan(new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?\s+(${MONTH})\b\.?(?:,?\s+(\d{4})\b)?`, 'g'), (m) => {
    const month = monthIndex(m[2]!);
    const day = +m[1]!;
    const year = m[3] ? +m[3] : yearFor(month, day, text, m.index, m.index + m[0].length, published, pubYear);
    return year && validDay(year, month, day) ? `${year}-${pad2(month)}-${pad2(day)}` : null;
  });
  // Sept. 1, 2021 / September 26, 2020 / Feb. 8
  scan(new RegExp(String.raw`\b(${MONTH})\b\.?\s+(\d{1,2})(?:st|nd|rd|th)?\b(?!\s*(?:%|,\d|\d))(?:,?\s+(\d{4})\b)?`, 'g'), (m) => {
    const month = monthIndex(m[1]!);
    const day = +m[2]!;
    if (m[1] === 'May' && !m[3] && /\b(?:you|we|it|they|he|she|this|that)\s*$/i.test(text.slice(Math.max(0, m.index - 8), m.index))) return null;
    const year = m[3] ? +m[3] : yearFor(month, day, text, m.index, m.index + m[0].length, published, pubYear);
    return year && validDay(year, month, day) ? `${year}-${pad2(month)}-${pad2(day)}` : null;
  });
  // September 2020 / early 2018 / mid-2021
  scan(new RegExp(String.raw`\b(${MONTH})\b\.?,?\s+(\d{4})\b`, 'g'), (m) => `${m[2]}-${pad2(monthIndex(m[1]!))}`);
  scan(/\b(?:early|mid|late|end of|start of|beginning of|spring|summer|autumn|fall|winter)[- ](\d{4})\b/gi, (m) => m[1]!);
  // last year, this month, yesterday, Thursday
  if (published) {
    scan(/\b(last|this|next|earlier this|later this)\s+(year|month|week)\b/gi, (m) => {
      const which = m[1]!.toLowerCase();
      const unit = m[2]!.toLowerCase();
      const delta = which === 'last' ? -1 : which === 'next' ? 1 : 0;
      if (unit === 'year') return String(published.y + delta);
      if (unit === 'month') {
        const t = new Date(Date.UTC(published.y, published.m - 1 + delta, 1));
        return `${t.getUTCFullYear()}-${pad2(t.getUTCMonth() + 1)}`;
      }
      return null;
    });
    scan(/\b(yesterday|today)\b/gi, (m) => iso(shift(published, m[1]!.toLowerCase() === 'yesterday' ? -1 : 0)));
    scan(/\b(?:(last|next|this)\s+)?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b/g, (m) => {
      const target = WEEKDAYS.indexOf(m[2]!.toLowerCase());
      const today = new Date(Date.UTC(published.y, published.m - 1, published.d)).getUTCDay();
      if (m[1]?.toLowerCase() === 'next') return iso(shift(published, ((target - today + 7) % 7) || 7));
      let back = (today - target + 7) % 7;
      if (m[1]?.toLowerCase() === 'last' && back === 0) back = 7;
      return iso(shift(published, -back));
    });
  }
  // A month alone: "between January and June 2019", "in March"
  scan(new RegExp(String.raw`(?<=\b(?:in|since|from|between|until|till|by|during|of|and|to|through|last|early|late|mid|this|next)\s+)(January|February|March|April|June|July|August|September|October|November|December)\b(?!\s+\d)`, 'g'), (m) => {
    const month = monthIndex(m[1]!);
    const year = yearFor(month, 1, text, m.index, m.index + m[0].length, published, pubYear);
    return year ? `${year}-${pad2(month)}` : null;
  });
  // A year alone: "since 2016", "in 2018", not inside names, amounts or identifiers
  scan(/(?<![\w$€£¥#/.:-])(19[89]\d|20[0-4]\d)(?![\w%/:-]|\.\d|,\d)/g, (m) => {
    const before = masked.slice(Math.max(0, m.index - 30), m.index);
    const after = masked.slice(m.index + 4, m.index + 30);
    if (/\p{Lu}[\p{L}\d]*\s+$/u.test(before) && !/\b(?:In|Since|From|By|Until|During|Through|Early|Late|Mid)\s+$/.test(before)) return null;
    if (/^\s+\p{Lu}\p{Ll}/u.test(after) && !/^\s*[,.;:]/.test(after)) return null;
    if (/^\s*(?:-|–|to)\s*\d/.test(after)) return null;
    return m[1]!;
  });
  return out.sort((a, b) => a.start - b.start);
}
