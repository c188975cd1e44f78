/**
 * Article metadata by a fallback chain: JSON-LD (NewsArticle and kin, also inside
 * `@graph` and arrays), Highwire `citation_*`, Open Graph / `article:` meta,
 * `meta[name=author]`, the visible byline and `<time>`, and last the document title.
 */
import type { ArticleMeta } from '../schema';
import { isObject, jsonLdNodes, typesOf, type Json, type JsonObject } from './json-ld';
import { publishedDay } from './published-date';
import { agencyDateline } from './agency-dateline';
import { siteOwner } from './owner';
import { documentTitle, pickTitle } from './title';
import { cleanName, creditLine, ldNames, newsroomCredit, ORGANISATION, PERSON, splitNames, uniqNames, visibleByline } from './authors';
import { coCredited, fullerName } from './name-completion';


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

function pickAuthors(doc: Document, ld: JsonObject | undefined, ldNodes: JsonObject[], site: string | null, url: string | null): string[] {
  const byId = new Map<string, JsonObject>();
  for (const node of ldNodes) if (typeof node['@id'] === 'string') byId.set(node['@id'], node);
  const isSite = (n: string) => !!site && n.toLowerCase() === site.toLowerCase();
  const notSite = (names: string[]) => uniqNames(names).filter((n) => !isSite(n));
  // declared names only: a byline written with a first name is how the page credits its writer
  // a newsroom or agency credited beside people is not one of the writers
  const withoutBodies = (names: string[]) => (names.some((n) => PERSON.test(n) && !ORGANISATION.test(n)) ? names.filter((n) => !ORGANISATION.test(n)) : names);
  const visible = () => {
    const byline = notSite(visibleByline(doc));
    // an account name in the byline ("human") gives way to a person the story's credit line names
    const accounts = byline.length > 0 && byline.every((n) => !/\p{Lu}/u.test(n));
    if (byline.length && !accounts) return withoutBodies(byline);
    const line = notSite(creditLine(doc, isSite));
    return withoutBodies(accounts && !line.some((n) => PERSON.test(n)) ? byline : line);
  };
  const completed = (names: string[]) => {
    // an organisation declared as the author ("Example Verein e.V.", "Die Zeitung") while the story credits a person
    if (names.some((n) => ORGANISATION.test(n))) {
      const people = visible().filter((n) => PERSON.test(n));
      if (people.length) return people.slice(0, 1);
    }
    return coCredited(doc, uniqNames(names.map((n) => fullerName(doc, n))));
  };
  // a recipe, a review or a podcast episode declares its author as an article does
  const work = ld ?? ldNodes.find((n) => n.author !== undefined && !typesOf(n).some((t) => /^(?:WebPage|WebSite|Organization)$/.test(t)));
  const fromLd = notSite([...ldNames(work?.author, byId), ...(work?.author ? [] : ldNames(work?.creator, byId))]);
  if (fromLd.length) return completed(fromLd);
  const citation = notSite(metaContents(doc, 'citation_author').map(cleanName).filter((s): s is string => !!s));
  if (citation.length) return citation;
  const twitterCredit = /written by|author|autor|verfasst von|geschrieben von|écrit par|escrito por|scritto da/i.test(metaContent(doc, 'twitter:label1') ?? '') ? metaContent(doc, 'twitter:data1') : null;
  const declared = [
    ...metaContents(doc, 'article:author'), ...metaContents(doc, 'og:article:author'), ...metaContents(doc, 'author'),
    ...metaContents(doc, 'byl'), ...metaContents(doc, 'parsely-author'), ...metaContents(doc, 'sailthru.author'),
    ...metaContents(doc, 'dc.creator'), ...metaContents(doc, 'dcterms.creator'), ...metaContents(doc, 'vr:author'),
    ...metaContents(doc, 'shareaholic:article_author_name'),
    ...(twitterCredit ? [twitterCredit] : []),
  ].filter((s) => !isUrl(s));
  // the site's name split at its "&" ("Oak & Ash") is not two writers
  const fromMeta = notSite(declared.filter((s) => !isSite(s.trim())).flatMap(splitNames));
  if (fromMeta.length) return completed(fromMeta);
  const credited = visible();
  if (credited.length) return credited;
  const owner = siteOwner(doc, [...ldNames(ld?.author, byId), ...declared.flatMap(splitNames)], url);
  if (owner.length) return owner;
  // the page credits only its newsroom ("Redaktion"): that is its writer, as the page says
  const ldCredits = (Array.isArray(ld?.author) ? ld.author : [ld?.author]).map((a) =>
    isObject(a) && typeof a['@id'] === 'string' && !a.name ? text(byId.get(a['@id'])?.name) : text(a));
  const newsroom = [...ldCredits, ...declared].flatMap((s) => (s ? newsroomCredit(s) : []));
  const credit = newsroom.length ? newsroom : visibleByline(doc, newsroomCredit);
  if (credit.length) return credit.slice(0, 1);
  // last, the news agency the story's opening dateline credits ("Hamburg (dpa/lno) – …")
  const agency = agencyDateline(doc);
  return agency ? [agency] : [];
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
    authors: pickAuthors(doc, ld, ldNodes, metaContent(doc, 'og:site_name') ?? text(ld?.publisher), url),
    publishedAt,
    language: language ? language.split(/[-_]/)[0]!.toLowerCase() : null,
  };
}
