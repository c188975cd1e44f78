/**
 * Article metadata by a fallback chain: JSON-LD (NewsArticle and kin, also inside
 * `@graph` and arrays), Highwire `citation_*`, Open Graph / `article:` meta,
 * `meta[name=author]`, the visible byline and `<time>`, and last the document title.
 */
import type { ArticleMeta } from '../schema';
import { isoDate } from './iso-date';

type Json = string | number | boolean | null | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const ARTICLE_TYPE = /(Article|BlogPosting|Report|NewsArticle|ReportageNews|AnalysisNewsArticle)$/;
const TITLE_SEPARATORS = /\s+(?:\||–|—|-|·|::|»|\/)\s+/;

/** Every <meta> of the page by its property, name or itemprop, read once: huge pages make repeated queries costly. */
const metaIndex = new WeakMap<Document, Map<string, string[]>>();
function metas(doc: Document): Map<string, string[]> {
  let index = metaIndex.get(doc);
  if (!index) {
    index = new Map();
    for (const el of doc.getElementsByTagName('meta')) {
      const content = el.getAttribute('content')?.trim();
      if (!content) continue;
      for (const attr of ['property', 'name', 'itemprop']) {
        const key = el.getAttribute(attr);
        if (key) index.set(key, [...(index.get(key) ?? []), content]);
      }
    }
    metaIndex.set(doc, index);
  }
  return index;
}

function metaContent(doc: Document, ...keys: string[]): string | null {
  const index = metas(doc);
  for (const key of keys) {
    const value = index.get(key)?.[0];
    if (value) return value;
  }
  return null;
}

function metaContents(doc: Document, key: string): string[] {
  return metas(doc).get(key) ?? [];
}

function isObject(value: Json | undefined): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function typesOf(node: JsonObject): string[] {
  const t = node['@type'];
  return (Array.isArray(t) ? t : [t]).filter((x): x is string => typeof x === 'string');
}

/** Every JSON-LD object on the page, flattening arrays and `@graph`. */
function jsonLdNodes(doc: Document): JsonObject[] {
  const out: JsonObject[] = [];
  const visit = (value: Json | undefined): void => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (isObject(value)) {
      out.push(value);
      if (value['@graph']) visit(value['@graph']);
    }
  };
  for (const script of doc.querySelectorAll('script[type="application/ld+json"]')) {
    try {
      visit(JSON.parse(script.textContent ?? '') as Json);
    } catch {
      // A page's broken JSON-LD is its own problem; the other sources still count.
    }
  }
  return out;
}

function text(value: Json | undefined): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (isObject(value)) return text(value.name) ?? text(value['@id']);
  if (Array.isArray(value)) return text(value[0]);
  return null;
}

function names(value: Json | undefined): string[] {
  const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  return list.map((v) => (isObject(v) ? text(v.name) : text(v))).filter((v): v is string => !!v);
}

const isUrl = (s: string) => /^https?:\/\//i.test(s);

function cleanAuthor(raw: string): string | null {
  const s = raw.replace(/^\s*(by|from)\s+/i, '').replace(/\s+/g, ' ').trim();
  if (!s || isUrl(s) || s.length > 80 || /\d{3,}/.test(s)) return null;
  return s;
}

/** "A, B and C" or "A and B" → names. */
function splitAuthors(raw: string): string[] {
  return raw
    .split(/\s*(?:,|;|\band\b|&)\s*/)
    .map(cleanAuthor)
    .filter((s): s is string => !!s && /^\p{Lu}/u.test(s) && s.split(' ').length <= 5);
}

function uniq(list: string[]): string[] {
  const seen = new Set<string>();
  return list.filter((s) => {
    const key = s.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function visibleByline(doc: Document): string[] {
  const linked = [...doc.querySelectorAll('a[rel="author"], [itemprop="author"] [itemprop="name"], [itemprop="author"]')]
    .map((el) => cleanAuthor(el.textContent ?? ''))
    .filter((s): s is string => !!s);
  if (linked.length) return uniq(linked);
  const byline = doc.querySelector('.byline, [class*="byline"], [class*="author-name"], .author');
  if (!byline) return [];
  const firstPart = (byline.textContent ?? '').split(/\s+[·|•]\s+|\n/)[0] ?? '';
  return splitAuthors(firstPart);
}

/** The part of a document title that names the site, if any: "Story | Section | Site" → "Site". */
function titleParts(doc: Document): string[] {
  return (doc.title ?? '').split(TITLE_SEPARATORS).map((s) => s.trim()).filter(Boolean);
}

const words = (s: string) => new Set(s.toLowerCase().match(/[\p{L}\p{N}']+/gu) ?? []);

/** True when every word of `short` appears in `long`: a trimmed social title of the same headline. */
function isShortenedOf(short: string, long: string): boolean {
  const w = words(long);
  return [...words(short)].every((x) => w.has(x));
}

function pickTitle(doc: Document, ld: JsonObject | undefined): string | null {
  const fromLd = text(ld?.headline) ?? text(ld?.name);
  if (fromLd) return fromLd;
  const citation = metaContent(doc, 'citation_title');
  if (citation) return citation;
  const og = metaContent(doc, 'og:title', 'twitter:title');
  const parts = titleParts(doc);
  const h1 = doc.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim() || null;
  const docTitle = parts.length > 1 ? parts[0]! : parts[0] ?? null;
  const candidates = [og, docTitle].filter((s): s is string => !!s);
  if (h1 && candidates.some((c) => c === h1 || isShortenedOf(c, h1))) return h1;
  if (og && docTitle && isShortenedOf(og, docTitle)) return docTitle;
  return og ?? docTitle ?? h1;
}

function hostName(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname || null;
  } catch {
    return null;
  }
}

function pickPublisher(doc: Document, ld: JsonObject | undefined, title: string | null, url: string | null): string | null {
  const fromMeta = metaContent(doc, 'og:site_name', 'citation_journal_title', 'citation_publisher', 'application-name');
  if (fromMeta) return fromMeta;
  const fromLd = text(ld?.publisher) ?? text(ld?.sourceOrganization);
  if (fromLd && !isUrl(fromLd)) return fromLd;
  const parts = titleParts(doc);
  const last = parts[parts.length - 1];
  if (parts.length > 1 && last && title && !title.includes(last) && last.length <= 60) return last;
  return hostName(url);
}

/** A short dateline near the headline: "Fri 21 Jul 2017 06.30 BST". Looks only near the h1, so it stays cheap on huge pages. */
function visibleDateline(doc: Document): string | null {
  const near: Element[] = [];
  const dated = doc.querySelector('[class*="date"], [class*="dateline"], [class*="published"], [class*="time"]');
  if (dated) near.push(dated);
  const h1 = doc.querySelector('h1');
  for (let el = h1?.nextElementSibling, i = 0; el && i < 8; el = el.nextElementSibling, i++) near.push(el);
  for (let el = h1?.parentElement?.nextElementSibling, i = 0; el && i < 4; el = el.nextElementSibling, i++) near.push(el, ...el.children);
  for (const el of near) {
    const s = el.textContent?.replace(/\s+/g, ' ').trim() ?? '';
    if (s.length > 0 && s.length <= 80) {
      const iso = isoDate(s);
      if (iso) return iso;
    }
  }
  return null;
}

const MONTH_SLUGS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/** Dated URL paths: /2017/07/21/ or /2017/jul/21/. */
function dateFromUrl(url: string | null): string | null {
  const m = url ? /\/((?:19|20)\d\d)\/(\d{2}|[a-z]{3})\/(\d{2})(?:\/|$)/i.exec(url) : null;
  if (!m) return null;
  const month = /^\d+$/.test(m[2]!) ? Number(m[2]) : MONTH_SLUGS.indexOf(m[2]!.toLowerCase()) + 1;
  return month ? isoDate(`${m[1]}-${String(month).padStart(2, '0')}-${m[3]}`) : null;
}

function pickDate(doc: Document, ld: JsonObject | undefined, url: string | null): string | null {
  const candidates = [
    text(ld?.datePublished),
    text(ld?.dateCreated),
    metaContent(doc, 'citation_publication_date', 'citation_date', 'citation_online_date'),
    metaContent(doc, 'article:published_time', 'og:published_time', 'datePublished', 'pubdate', 'date', 'dc.date', 'DC.date.issued', 'sailthru.date', 'parsely-pub-date'),
    doc.querySelector('time[datetime]')?.getAttribute('datetime') ?? null,
    doc.querySelector('time')?.textContent ?? null,
    visibleDateline(doc),
    dateFromUrl(url),
    text(ld?.dateModified),
    metaContent(doc, 'article:modified_time'),
  ];
  for (const c of candidates) {
    const iso = c ? isoDate(c) : null;
    if (iso) return iso;
  }
  return null;
}

function pickUrl(doc: Document, ld: JsonObject | undefined, pageUrl: string | null): string | null {
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href')?.trim();
  const candidates = [canonical, metaContent(doc, 'og:url'), text(ld?.url), text(ld?.mainEntityOfPage), pageUrl];
  for (const c of candidates) {
    if (!c) continue;
    try {
      const url = new URL(c.trim(), pageUrl ?? undefined);
      // a page may declare anything as its URL; only web addresses may reach a citation
      if (url.protocol === 'https:' || url.protocol === 'http:') return url.href;
    } catch {
      // relative URL without a base, or garbage: try the next source
    }
  }
  return null;
}

function pickAuthors(doc: Document, ld: JsonObject | undefined): string[] {
  const fromLd = names(ld?.author).map(cleanAuthor).filter((s): s is string => !!s);
  if (fromLd.length) return uniq(fromLd);
  const citation = metaContents(doc, 'citation_author').map(cleanAuthor).filter((s): s is string => !!s);
  if (citation.length) return uniq(citation);
  const articleAuthor = metaContents(doc, 'article:author').filter((s) => !isUrl(s));
  if (articleAuthor.length) return uniq(articleAuthor.flatMap(splitAuthors));
  const metaAuthor = metaContent(doc, 'author', 'parsely-author', 'sailthru.author', 'dc.creator');
  if (metaAuthor && !isUrl(metaAuthor)) return uniq(splitAuthors(metaAuthor));
  return visibleByline(doc);
}

export function readMetadata(doc: Document, pageUrl: string | null = null): ArticleMeta {
  metaIndex.delete(doc); // the page may have changed its head since the last read (single-page apps)
  const ld = jsonLdNodes(doc).find((node) => typesOf(node).some((t) => ARTICLE_TYPE.test(t)));
  const title = pickTitle(doc, ld);
  const url = pickUrl(doc, ld, pageUrl);
  const language =
    doc.documentElement?.getAttribute('lang')?.trim() ||
    metaContent(doc, 'og:locale', 'citation_language', 'dc.language')?.replace('_', '-') ||
    text(ld?.inLanguage);
  return {
    title,
    url,
    publisher: pickPublisher(doc, ld, title, url),
    authors: pickAuthors(doc, ld),
    publishedAt: pickDate(doc, ld, url),
    language: language ? language.split(/[-_]/)[0]!.toLowerCase() : null,
  };
}
