/**
 * Article metadata by a fallback chain: JSON-LD (NewsArticle and kin, also inside
 * `@graph` and arrays), Highwire `citation_*`, Open Graph / `article:` meta,
 * `meta[name=author]`, the visible byline and `<time>`, and last the document title.
 */
import type { ArticleMeta } from '../schema';
import { isObject, jsonLdNodes, typesOf, type Json, type JsonObject } from './json-ld';
import { publishedDay } from './published-date';
import { documentTitle, pickTitle } from './title';
import { cleanName, coCredited, creditLine, fullerName, ldNames, ORGANISATION, PERSON, splitNames, uniqNames, visibleByline } from './authors';


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
        const key = el.getAttribute(attr)?.toLowerCase();
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
    const value = index.get(key.toLowerCase())?.[0];
    if (value) return value;
  }
  return null;
}

function metaContents(doc: Document, key: string): string[] {
  return metas(doc).get(key.toLowerCase()) ?? [];
}

function text(value: Json | undefined): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (isObject(value)) return text(value.name) ?? text(value['@id']);
  if (Array.isArray(value)) return text(value[0]);
  return null;
}

const isUrl = (s: string) => /^https?:\/\//i.test(s);

/** The part of a document title that names the site, if any: "Story | Section | Site" → "Site". */
function titleParts(doc: Document): string[] {
  return documentTitle(doc).split(TITLE_SEPARATORS).map((s) => s.trim()).filter(Boolean);
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

function pickAuthors(doc: Document, ld: JsonObject | undefined, ldNodes: JsonObject[], site: string | null): string[] {
  const byId = new Map<string, JsonObject>();
  for (const node of ldNodes) if (typeof node['@id'] === 'string') byId.set(node['@id'], node);
  const isSite = (n: string) => !!site && n.toLowerCase() === site.toLowerCase();
  const notSite = (names: string[]) => uniqNames(names).filter((n) => !isSite(n));
  // declared names only: a byline written with a first name is how the page credits its writer
  // a newsroom or agency credited beside people is not one of the writers
  const withoutBodies = (names: string[]) => (names.some((n) => PERSON.test(n) && !ORGANISATION.test(n)) ? names.filter((n) => !ORGANISATION.test(n)) : names);
  const visible = () => {
    const byline = notSite(visibleByline(doc));
    return withoutBodies(byline.length ? byline : notSite(creditLine(doc, isSite)));
  };
  const completed = (names: string[]) => {
    // an organisation declared as the author ("Example Verein e.V.", "Die Zeitung") while the story credits a person
    if (names.some((n) => ORGANISATION.test(n))) {
      const people = visible().filter((n) => PERSON.test(n));
      if (people.length) return people.slice(0, 1);
    }
    return coCredited(doc, uniqNames(names.map((n) => fullerName(doc, n))));
  };
  const fromLd = notSite([...ldNames(ld?.author, byId), ...(ld?.author ? [] : ldNames(ld?.creator, byId))]);
  if (fromLd.length) return completed(fromLd);
  const citation = notSite(metaContents(doc, 'citation_author').map(cleanName).filter((s): s is string => !!s));
  if (citation.length) return citation;
  const twitterCredit = /written by|author|autor/i.test(metaContent(doc, 'twitter:label1') ?? '') ? metaContent(doc, 'twitter:data1') : null;
  const declared = [
    ...metaContents(doc, 'article:author'), ...metaContents(doc, 'og:article:author'), ...metaContents(doc, 'author'),
    ...metaContents(doc, 'byl'), ...metaContents(doc, 'parsely-author'), ...metaContents(doc, 'sailthru.author'),
    ...metaContents(doc, 'dc.creator'), ...metaContents(doc, 'dcterms.creator'), ...metaContents(doc, 'vr:author'),
    ...(twitterCredit ? [twitterCredit] : []),
  ].filter((s) => !isUrl(s));
  const fromMeta = notSite(declared.flatMap(splitNames));
  if (fromMeta.length) return completed(fromMeta);
  return visible();
}

export function readMetadata(doc: Document, pageUrl: string | null = null): ArticleMeta {
  metaIndex.delete(doc); // the page may have changed its head since the last read (single-page apps)
  const ldNodes = jsonLdNodes(doc);
  const ld = ldNodes.find((node) => typesOf(node).some((t) => ARTICLE_TYPE.test(t)));
  const title = pickTitle(doc, {
    headline: text(ld?.headline) ?? text(ld?.name),
    og: metaContent(doc, 'og:title', 'twitter:title'),
    citation: metaContent(doc, 'citation_title'),
    site: metaContent(doc, 'og:site_name', 'application-name') ?? text(ld?.publisher),
  });
  const url = pickUrl(doc, ld, pageUrl);
  const language =
    doc.documentElement?.getAttribute('lang')?.trim() ||
    metaContent(doc, 'og:locale', 'citation_language', 'dc.language')?.replace('_', '-') ||
    text(ld?.inLanguage);
  const publishedAt = publishedDay(doc, { ld: ldNodes, url, language: language || null });
  return {
    title,
    url,
    publisher: pickPublisher(doc, ld, title, url),
    authors: pickAuthors(doc, ld, ldNodes, metaContent(doc, 'og:site_name') ?? text(ld?.publisher)),
    publishedAt,
    language: language ? language.split(/[-_]/)[0]!.toLowerCase() : null,
  };
}
