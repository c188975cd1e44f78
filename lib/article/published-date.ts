/**
 * The day an article was published, by a chain of evidence from the most to the least
 * reliable: structured data (JSON-LD, meta, microdata, Blogger's abbr.published), the
 * visible dateline near the headline, the document title, a dated URL, a modified date,
 * and last the first day written after the headline. A UTC timestamp is moved to the
 * page's own offset, so a story published late in the evening keeps its local day.
 */
import { monthNumber, pad2 } from '../base/dates';
import { inChrome, mainHeading } from './chrome';
import { dayInText } from './date-text';
import { isObject, typesOf, type Json, type JsonObject } from './json-ld';
import { documentTitle } from './title';

const ARTICLE_TYPE = /(Article|BlogPosting|Report|ReportageNews|Posting|WebPage|CreativeWork)$/;
const STRONG_ARTICLE_TYPE = /(Article|BlogPosting|Report|ReportageNews|Posting)$/;

const PUBLISHED_META = [
  'article:published_time', 'og:article:published_time', 'og:published_time', 'article.published', 'datepublished',
  'citation_publication_date', 'citation_date', 'citation_online_date', 'pubdate', 'publishdate', 'publish-date',
  'publish_date', 'publication_date', 'dc.date.issued', 'dc.date.created', 'dcterms.issued', 'dcterms.created', 'sailthru.date', 'parsely-pub-date', 'article_date_original',
  'original-publish-date', 'cxenseparse:recs:publishtime', 'release_date', 'created',
];
/** A site's own meta namespace for the same ("photo_site:uploaded", "shop:published_at"). */
const NAMESPACED_PUBLISHED = /[:._](?:uploaded|upload_?date|published_?(?:at|time|date|on)?|date_?published|publication_?date)$/;
/** Keys that say only "a date": often when the page was generated or last edited, so a dateline under the headline outweighs them. */
const PLAIN_DATE_META = ['date', 'dc.date', 'dcterms.date', 'dc:date'];
const MODIFIED_META = ['article:modified_time', 'og:updated_time', 'dateModified', 'last-modified', 'dcterms.modified'];

/** A day as written, the instant behind it when the source gave a UTC time of day, and whether it gave a time of day at all. */
interface Found { day: string; utc: Date | null; offsetMinutes: number | null; clock: boolean }

const STAMP = /^\s*((?:19|20)\d\d)-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*(Z|GMT|UTC|[+-]\d{2}:?\d{2})?)?/i;

/** Reads one raw date string: a timestamp keeps its written day and, when in UTC, its instant. */
function readStamp(raw: string, monthFirst: boolean): Found | null {
  const m = STAMP.exec(raw);
  if (m) {
    const day = dayInText(`${m[1]}-${m[2]}-${m[3]}`);
    if (!day) return null;
    const zone = m[6]?.toUpperCase();
    const offsetMinutes = zone && /^[+-]/.test(zone) ? (zone[0] === '-' ? -1 : 1) * (+zone.slice(1, 3) * 60 + +zone.slice(-2)) : zone ? 0 : null;
    const utc = m[4] && offsetMinutes === 0 ? new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4], +m[5]!)) : null;
    return { day, utc, offsetMinutes, clock: !!m[4] };
  }
  const day = dayInText(raw, monthFirst);
  if (!day) return null;
  return { day, utc: null, offsetMinutes: null, clock: false }; // "Sun, 28 Jun 2020 21:16:15 GMT": the day as written
}

function stringOf(value: Json | undefined): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (Array.isArray(value)) return stringOf(value[0]);
  if (isObject(value)) return stringOf(value['@value']);
  return null;
}

function metaIndex(doc: Document): Map<string, string> {
  const index = new Map<string, string>();
  for (const el of doc.getElementsByTagName('meta')) {
    const content = el.getAttribute('content')?.trim();
    if (!content) continue;
    for (const attr of ['property', 'name', 'itemprop', 'http-equiv']) {
      const key = el.getAttribute(attr)?.toLowerCase();
      if (key && !index.has(key)) index.set(key, content);
    }
  }
  return index;
}

const UPDATED = /\b(?:updated?|aktualisiert|geändert|modifi|actualis|actualiz|atualiz|mis à jour|aggiornat|bijgewerkt|last edited)|änderung/i;
const DATE_MARKUP = /date|datum|time|publi|posted|created|fecha|data|dateline|stamp|zeit|stand|meta|byline|info|submitted|entry/i;
/** Class or id names made of one of `words`, as a whole part ("post-comments", "sidebar_left"). */
const classWords = (...words: string[]) => new RegExp(`(?:^|[\\s_-])(?:${words.join('|')})(?:$|[\\s_-])`, 'i');
const COMMENTS = classWords('comments?', 'commentlist', 'kommentare?', 'leserbrief\\w*');
/** Lists of other stories and comment threads, for an element in the story's own <article> (its meta column may be named "sidebar"). */
const LISTS = classWords('comments?', 'commentlist', 'related', 'teaser', 'recent', 'archive', 'calendar');
/** Sidebars, footers, comment threads and archives: their dates belong to other stories. */
const CHROME = classWords('comments?', 'commentlist', 'related', 'teaser', 'recent', 'archive', 'calendar', 'sidebar', 'profile');
const storyColumn = (el: Element, headline: Element | null) => !!headline && !!el.closest('article')?.contains(headline);

/** The visible datelines, and the first that is not an "updated" line and sits beside the headline (not a masthead's date of today). */
interface Datelines { all: Found[]; nearHeadline: Found | null }

/** Whether `el` and the headline share a close container (the story's header), not in the page's own header. */
function besideHeadline(el: Element, headline: Element | null): boolean {
  if (!headline) return true;
  let p: Element | null = el;
  for (let up = 0; p && up < 5; up++, p = p.parentElement) {
    if (p.contains(headline)) return true;
    if (p.tagName === 'HEADER' || p.getAttribute('role') === 'banner') return false;
  }
  return false;
}

const PUBLISHED_LABEL = /\b(?:published|posted|erschienen|veröffentlicht|publié|publicado|pubblicato|gepubliceerd)(?:\s+(?:on|am|le|el|il|op))?\s*:?\s*/i;
/** "Last changed: 31.10.2023 – Published: 01.11.2023": the part from the publication's label on, when a dateline states both. */
function afterPublishedLabel(text: string): string {
  const m = PUBLISHED_LABEL.exec(text);
  return m && /\d/.test(text.slice(m.index)) ? text.slice(m.index + m[0].length) : text;
}

/** "31.10.23" alone in a dateline: a day with a two-digit year, read only where the markup says it is a date. */
function shortYearDay(text: string): Found | null {
  const m = /^(?:\D{0,12}\s)?(\d{1,2})\.(\d{1,2})\.(\d{2})(?:\s*[,|/-]?\s*\d{1,2}[:.]\d{2}(?:\s*Uhr)?)?$/.exec(text);
  const day = m ? dayInText(`20${m[3]}-${pad2(Number(m[2]))}-${pad2(Number(m[1]))}`) : null;
  return day ? { day, utc: null, offsetMinutes: null, clock: false } : null;
}

const BARE_DATE = /^\s*\d{1,2}[./]\d{1,2}[./](?:\d{2}|\d{4})\s*$/;

/** Short elements whose class, id or itemprop says "date": the visible dateline, in document order. */
function visibleDates(doc: Document, monthFirst: boolean, headline: Element | null): Datelines {
  const out: Found[] = [];
  const updated: Found[] = [];
  let nearHeadline: Found | null = null;
  const root = doc.body;
  if (!root) return { all: out, nearHeadline };
  for (const el of root.querySelectorAll('*')) {
    const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''} ${el.getAttribute('itemprop') ?? ''}`;
    // a bare date alone in an element beside the headline is a dateline too, whatever its markup
    const bare = !DATE_MARKUP.test(names) && el.tagName !== 'TIME';
    if (bare && (el.childElementCount > 0 || !headline || !BARE_DATE.test(el.textContent ?? '') || !besideHeadline(el, headline))) continue;
    const textOf = (el.textContent ?? '').replace(/\s+/g, ' ').trim();
    const title = el.getAttribute('title') ?? '';
    if (textOf.length > 160 && !title) continue;
    // beside the headline, a dateline may carry any class ("teaser-meta", "profile-info"); elsewhere, chrome's dates are other stories'
    const beside = besideHeadline(el, headline);
    if (!(headline && beside) && inChrome(el, CHROME, headline)) continue;
    const found = (textOf.length <= 160 ? readStamp(afterPublishedLabel(textOf), monthFirst) : null) ?? (title ? readStamp(title, monthFirst) : null) ?? shortYearDay(textOf);
    if (!found) continue;
    const isUpdate = UPDATED.test(textOf) && !/publi|veröffentlicht|erschienen/i.test(textOf);
    (isUpdate ? updated : out).push(found);
    if (!isUpdate && !nearHeadline && beside) nearHeadline = found;
    if (out.length >= 3 && nearHeadline) break;
  }
  return { all: [...out, ...updated], nearHeadline };
}

const DATED_PATH = /\/((?:19|20)\d\d)[/-]?(\d{2}|[a-z]{3})[/-]?(\d{2})(?:[/_.-]|$)/i;
/** /2017/7/12/: month and day without their leading zeros, only between slashes. */
const UNPADDED_PATH = /\/((?:19|20)\d\d)\/(\d{1,2})\/(\d{1,2})(?:\/|$)/;
/** /news/29-10-2021: a day written day first. */
const DAY_FIRST_PATH = /[/_-](\d{1,2})-(\d{1,2})-((?:19|20)\d\d)(?:[/_.-]|$)/;
/** An archived copy's address (web.archive.org/web/20130307194448/http://…): the day it was archived is not the page's. */
const ARCHIVED = /^\/web\/\d{4,14}[a-z_]*\/(.+)$/;

/** Dated URL paths: /2017/07/21/, /2017/jul/21/, /2017-07-21-slug, /20170721/, /2017/7/21/, /21-07-2017. */
export function dayFromUrl(url: string | null): string | null {
  if (!url) return null;
  let path: string;
  try {
    path = new URL(url).pathname;
  } catch {
    path = url;
  }
  const archived = ARCHIVED.exec(path);
  if (archived) return dayFromUrl(archived[1]!.replace(/^(https?:)\/(?!\/)/, '$1//'));
  const m = DATED_PATH.exec(path) ?? /[-_/]((?:19|20)\d\d)(\d{2})(\d{2})(?:\d{4,6})?(?:[/_.-]|$)/.exec(path) ?? UNPADDED_PATH.exec(path);
  if (m) {
    const month = /^\d+$/.test(m[2]!) ? Number(m[2]) : monthNumber(m[2]!);
    return month ? dayInText(`${m[1]}-${pad2(month)}-${pad2(Number(m[3]))}`) : null;
  }
  const dayFirst = DAY_FIRST_PATH.exec(path);
  return dayFirst ? dayInText(`${dayFirst[3]}-${pad2(Number(dayFirst[2]))}-${pad2(Number(dayFirst[1]))}`) : null;
}

/** The first day written in the page's text after its headline (from the top when there is none, or it has no text). */
function firstDayInText(doc: Document, monthFirst: boolean, chrome: RegExp, h1: Element | null): Found | null {
  const body = doc.body;
  if (!body) return null;
  const scan = (fromHeadline: boolean): Found | null => {
    const walker = doc.createTreeWalker(body, 4 /* NodeFilter.SHOW_TEXT */);
    let after = !fromHeadline;
    let budget = 4000;
    for (let n = walker.nextNode(); n && budget > 0; n = walker.nextNode(), budget--) {
      if (!after) {
        // (not compareDocumentPosition: linkedom gets its direction wrong)
        if (h1!.contains(n)) after = true;
        continue;
      }
      const parent = n.parentElement;
      if (!parent || /^(?:SCRIPT|STYLE|NOSCRIPT|TEMPLATE)$/.test(parent.tagName) || inChrome(parent, chrome, h1)) continue;
      const data = (n as Text).data;
      if (!/\d/.test(data) || (UPDATED.test(data) && !PUBLISHED_LABEL.test(data))) continue;
      // a long text is read only at its opening: the dateline a story's first paragraph starts with ("Karlsruhe, 12.11.2021. …")
      const found = readStamp(data.length > 300 ? data.trimStart().slice(0, 48).replace(/\s\S*$/, '') : data, monthFirst);
      if (found) return found;
    }
    return null;
  };
  return (h1 ? scan(true) : null) ?? scan(false);
}

const SCRIPT_PUBLISHED = /["']?(?:date_?published|publish_?date|published_?at|publication_?date|first_publish(?:ed)?_date|pub_?date)["']?\s*[:=]\s*["']((?:19|20)\d\d-\d\d-\d\d[^"']{0,30})["']/i;

/** A publication date the page's own scripts carry (a shop's product data, a data layer): the first one. */
function dayInScripts(doc: Document): Found | null {
  let budget = 400_000;
  for (const script of doc.getElementsByTagName('script')) {
    if (/ld\+json/i.test(script.getAttribute('type') ?? '')) continue;
    const code = script.textContent ?? '';
    if ((budget -= code.length) < 0) break;
    const m = SCRIPT_PUBLISHED.exec(code);
    if (m) return readStamp(m[1]!, false);
  }
  return null;
}

/** Moves a UTC instant into the page's own offset: the publisher's local day. */
function localDay(found: Found, offsetMinutes: number | null): string {
  if (!found.utc || offsetMinutes === null || offsetMinutes === 0) return found.day;
  return new Date(found.utc.getTime() + offsetMinutes * 60_000).toISOString().slice(0, 10);
}

export interface DateContext {
  ld: JsonObject[];
  url: string | null;
  language: string | null;
}

/** The publication day (YYYY-MM-DD) or null. */
export function publishedDay(doc: Document, { ld, url, language }: DateContext): string | null {
  const monthFirst = !language || /^en(?:-us)?$/i.test(language);
  const metas = metaIndex(doc);
  const headline = mainHeading(doc);
  const article = ld.find((n) => typesOf(n).some((t) => STRONG_ARTICLE_TYPE.test(t)));
  const anyDated = ld.filter((n) => typesOf(n).some((t) => ARTICLE_TYPE.test(t)) || !n['@type']);
  const attr = (sel: string, name: string) => doc.querySelector(sel)?.getAttribute(name) ?? null;
  const itemprop = doc.querySelector('[itemprop="datePublished"]');
  // the first <time> of the story itself, not of a comment or a sidebar's list: marked "pubdate", it is structured data
  const storyTime = [...doc.querySelectorAll('time[datetime]')].find((t) => (!!headline && besideHeadline(t, headline)) || !inChrome(t, storyColumn(t, headline) ? LISTS : CHROME, headline));
  const structured: (string | null)[] = [
    stringOf(article?.datePublished),
    ...PUBLISHED_META.map((k) => metas.get(k) ?? null),
    stringOf(article?.dateCreated),
    itemprop ? (itemprop.getAttribute('content') ?? itemprop.getAttribute('datetime') ?? itemprop.getAttribute('title') ?? itemprop.textContent) : null,
    storyTime?.hasAttribute('pubdate') ? storyTime.getAttribute('datetime') : null,
    attr('abbr.published', 'title'),
    attr('.published[title]', 'title'),
    ...anyDated.map((n) => stringOf(n.datePublished) ?? stringOf(n.uploadDate)),
  ];
  // a site's own namespace for the same ("five_hundred_pixels:uploaded", "shop:published_at")
  const namespaced = [...metas].find(([key]) => NAMESPACED_PUBLISHED.test(key))?.[1] ?? null;
  structured.push(namespaced);
  const read = (raws: (string | null)[]) => raws.map((raw) => (raw ? readStamp(raw, monthFirst) : null)).filter((f): f is Found => !!f);
  const found = read(structured);
  const plain = read(PLAIN_DATE_META.map((k) => metas.get(k) ?? null));
  const { all: visible, nearHeadline } = visibleDates(doc, monthFirst, headline);
  const modified = read([stringOf(article?.dateModified), ...MODIFIED_META.map((k) => metas.get(k.toLowerCase()) ?? null)]);
  const time = storyTime?.getAttribute('datetime');
  const fromTime = time ? readStamp(time, monthFirst) : null;
  // the page's own offset, from any timestamp on it that states one
  const offset = [...found, ...plain, ...visible, ...modified, ...(fromTime ? [fromTime] : [])].find((f) => f.offsetMinutes !== null && f.offsetMinutes !== 0)?.offsetMinutes ?? null;
  const first = found[0];
  if (first) {
    // a UTC stamp a day away from the dateline under the headline: the dateline has the publisher's day
    const local = localDay(first, offset);
    // or a stamp the page wrote in its own time, with no zone (JSON-LD, the story's <time datetime>)
    const dayAway = (day: string | null | undefined) => !!day && Math.abs(Date.parse(day) - Date.parse(first.day)) === 86_400_000;
    const ownTime = [...found.slice(1), fromTime].find((f) => f?.clock && f.offsetMinutes === null && dayAway(f.day));
    // a page that shows its last revision's day as its dateline: the day its readers see
    if (nearHeadline && nearHeadline.day !== first.day && modified.some((f) => f.day === nearHeadline.day)) return nearHeadline.day;
    if (first.utc && offset === null && dayAway(nearHeadline?.day)) return nearHeadline!.day;
    // a dated address, written by the publisher's system in its own time
    const urlDay = dayFromUrl(url);
    if (first.utc && offset === null && dayAway(urlDay)) return urlDay!;
    if (first.utc && offset === null && ownTime) return ownTime.day;
    return local;
  }
  if (plain[0]) {
    const seen = nearHeadline ?? fromTime;
    return seen && seen.day !== plain[0].day ? seen.day : localDay(plain[0], offset);
  }
  if (fromTime) return localDay(fromTime, offset);
  // a dateline beside the story's headline; one elsewhere (a masthead's date of today, a sidebar's) only after the address's date
  if (nearHeadline && headline) return nearHeadline.day;
  const titled = readStamp(documentTitle(doc), monthFirst);
  if (titled) return titled.day;
  const fromUrl = dayFromUrl(url);
  if (fromUrl) return fromUrl;
  if (visible[0]) return visible[0].day;
  const scripted = dayInScripts(doc);
  if (scripted) return localDay(scripted, offset);
  if (modified[0]) return localDay(modified[0], offset);
  // last, a day in a part named like chrome (a "teaser" or "profile" box may be the story's own): better than none; never a comment's
  return (firstDayInText(doc, monthFirst, CHROME, headline) ?? firstDayInText(doc, monthFirst, COMMENTS, headline))?.day ?? null;
}
