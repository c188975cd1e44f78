/**
 * The article's authors: people (or a named newsroom when that is all the page credits),
 * from JSON-LD (resolving `@id` references into the page's graph), author meta tags, and
 * the visible byline, with labels ("By", "Von", "Veröffentlicht von", "Author:") removed even
 * when the markup glues them to the name, and organisations or "Staff" never taken for people.
 */
import { inChrome, mainHeading } from './chrome';
import { decodeEntities } from './entities';
import { isObject, typesOf, type Json, type JsonObject } from './json-ld';

export const LONG_LABELS = [
  'view all posts by', 'show all articles of', 'all posts by', 'more articles by', 'zeige alle beiträge von', 'alle beiträge von',
  'artikel von', 'eingestellt von', 'veröffentlicht von', 'erstellt von', 'gespeichert von', 'geschrieben von', 'verfasst von', 'ein beitrag von',
  'beitrag von', 'written by', 'posted by', 'published by', 'reported by', 'story by', 'words by', 'publié par', 'écrit par',
  'scritto da', 'escrito por', 'publicado por', 'authors?', 'autor(?:in|en)?', 'auteur', 'redaktion',
];
export const SHORT_LABELS = ['text', 'von', 'by', 'from', 'par', 'por', 'di', 'de', 'door'];
/** A credit's label; a long one may be glued to the name by the markup ("Veröffentlicht vonJonas Reiter"). */
const LABEL = new RegExp(
  `^\\s*(?:(?:${LONG_LABELS.join('|')})(?:[\\s:.\\-–—|]+|$|(?=\\p{L}))|(?:${SHORT_LABELS.join('|')})(?:[\\s:.\\-–—|]+|$))`,
  'iu',
);

/** Credits that are not a person's name. */
const NOT_A_NAME = /^(?:fotos?|photos?|bild|image|quelle|source|credit)\s*:|(?:^|\s)\d+(?:\s|$)|^(?:ph\.?d|m\.?d|dr|prof|mba|esq|jr|sr)\.?$|^(?:posted|published|veröffentlicht|erstellt)(?: (?:on|am|in))?$|\[at\]|\b[\w-]+\.(?:de|com|net|org|it|at|ch|fr|uk|io|eu|info)\b|\d{1,2}:\d{2}|^(?:staff|admin|administrator|editor|editors|redaktion|team|guest|unknown|anonymous|gast|webmaster|news desk|newsroom|home|profile|editorial|mehr|more|alle beiträge|all posts)$|\b(?:staff|team|desk|newsroom|editorial board)$|^(?:view|show|see) (?:all|my|full)|complete profile|profil complet|https?:|@/i;

/** Weekday names of the languages bylines come in, from the platform's locale data. */
const WEEKDAYS = ['en', 'de', 'fr', 'es', 'it', 'nl', 'pt'].flatMap((locale) => {
  const format = new Intl.DateTimeFormat(locale, { weekday: 'long', timeZone: 'UTC' });
  return [0, 1, 2, 3, 4, 5, 6].map((d) => format.format(new Date(Date.UTC(2021, 0, 3 + d))));
});
/** What the markup ran onto the end of a name: the next field's label ("Quelle:"), a date line, a weekday. */
const NEXT_FIELD = new RegExp(
  `\\s+(?:\\p{L}[\\p{L}-]*\\s?:\\s+\\S|(?:published|publiziert|posted|updated|aktualisiert|veröffentlicht|erschienen|publié|stand|${WEEKDAYS.join('|')})(?=$|[\\s\\d:,.]))[^]*$`,
  'iu',
);

/** A role written before the name as one word ("Gastautorin Ana Lima", "Reise-Experte Bo Chen"). */
const ROLE_BEFORE = /^(?:[\p{L}]+-)*(?:experte|expertin|gastautor(?:in)?|autor(?:in)?|redakteur(?:in)?|korrespondent(?:in)?|reporter(?:in)?|kolumnist(?:in)?|columnist|contributor)\s+(?=\p{Lu})/iu;

/** A degree after the name ("Ana Lima, PhD", "Bo Chen, MD, RD"). */
const DEGREE_AFTER = /(?:,\s*(?:ph\.?\s?d|m\.?d|mba|ms|msc|ma|bsc|rd|rn|cpt|mph|dr\. ?phil)\.?)+$/i;

/** A credit that names an organisation: a legal form, a kind of body, or a title with its article ("Die Zeitung"). */
export const ORGANISATION = /(?:^|\s)(?:e\.\s?V\.?|GmbH|AG|Inc\.?|Ltd\.?|LLC|Stiftung|Verband|Verein|Landesanstalt|Ministerium|Bundesamt|Institut|Gesellschaft|Agentur)(?=$|[\s,.])|^(?:Die|Der|Das|The)\s/u;

const ORG_TYPES = /^(?:Organization|NewsMediaOrganization|Corporation|WebSite|Brand)$/;

/** A credit string → a name, or null when it is not one. */
export function cleanName(raw: string): string | null {
  const s = stripCredit(raw);
  if (!s || s.length > 60 || /\d{3,}|[<>{}=]/.test(s) || NOT_A_NAME.test(s) || !s.replace(LABEL, '').trim()) return null;
  if (s.split(' ').length > 5) return null;
  return s;
}

/** A credit string without its label, the role before it and what the markup ran onto its end. */
function stripCredit(raw: string): string {
  let s = decodeEntities(raw).replace(/\s+/g, ' ').trim();
  // (a label is kept when nothing follows it: "Redaktion" alone is the credit, not its label)
  for (let i = 0; i < 2; i++) s = s.replace(/^[-–—|·•,:\s]+/, '').replace(LABEL, (label: string) => (s.slice(label.length).trim() ? '' : label)).trim();
  return s.replace(ROLE_BEFORE, '').replace(DEGREE_AFTER, '').replace(NEXT_FIELD, '').replace(/\s+(?:am|on|le|il|el|um|at)\s+\d.*$/i, '').replace(/\s*[|·•→]\s*$|\s+[-–—,:]\s*$|[,:]$/, '').replace(/^[-–—|·•,:]\s*/, '').trim();
}

/** A newsroom credited as a whole: "Redaktion", "auto-welt.de Redaktion", "Hafen-Team", "Redacción Ejemplo". */
const NEWSROOM = /^(?:[\p{L}\d][\p{L}\d.&-]*\s+){0,3}(?:redaktion|redaction|rédaction|redacción|redazione|redactie)$|^(?:redaktion|rédaction|redacción|redazione|redactie)(?:\s+[\p{L}\d][\p{L}\d.&-]*){1,3}$|^[\p{L}\d.]+-(?:team|redaktion)$/iu;

/** The newsroom a credit names, or none: the writer of last resort, never beside a person. */
export function newsroomCredit(raw: string): string[] {
  const s = stripCredit(raw);
  return NEWSROOM.test(s) ? [s] : [];
}

/** "A, B and C", "A und B", "A & B" → names. */
export function splitNames(raw: string): string[] {
  const head = decodeEntities(raw).split(/\s+[·|•]\s+|\n/)[0] ?? '';
  return head
    .split(/\s*(?:,|;|&|\band\b|\bund\b|\bet\b|\by\b)\s*/i)
    .map(cleanName)
    .filter((s): s is string => !!s);
}

export function uniqNames(list: string[]): string[] {
  const seen = new Set<string>();
  return list.filter((s) => {
    const key = s.toLowerCase();
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** Names of a JSON-LD `author`/`creator` value, following `@id` references; organisations are skipped. */
export function ldNames(value: Json | undefined, byId: Map<string, JsonObject>): string[] {
  const list = Array.isArray(value) ? value : value === undefined || value === null ? [] : [value];
  const out: string[] = [];
  for (const v of list) {
    if (typeof v === 'string') out.push(...splitNames(v));
    else if (isObject(v)) {
      const node = typeof v['@id'] === 'string' && !v.name ? (byId.get(v['@id']) ?? v) : v;
      if (typesOf(node).some((t) => ORG_TYPES.test(t)) && !typesOf(node).includes('Person')) continue;
      const name = node.name;
      if (typeof name === 'string') {
        const n = cleanName(name);
        if (n) out.push(n);
      }
    }
  }
  return out;
}

/** Text of an element with a space at every element boundary, so "<span>Von</span><a>Ana</a>" reads "Von Ana". */
export function spacedText(el: Element): string {
  const parts: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === 3) parts.push((n as Text).data);
    else if (n.nodeType === 1) {
      const tag = (n as Element).tagName;
      if (tag === 'SCRIPT' || tag === 'STYLE') return;
      // a date between two fields ends the first: "von Ana Lima <time>…</time> Seite teilen" is not "Ana Lima Seite"
      if (tag === 'TIME') {
        parts.push(' | ');
        return;
      }
      parts.push(' ');
      n.childNodes.forEach(walk);
      parts.push(' ');
    }
  };
  walk(el);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

const BYLINE_SELECTOR = [
  '[itemprop="author"] [itemprop="name"]', '[itemprop="author"]', 'a[rel="author"]', '[rel="author"]', '.author.vcard .fn',
  '.vcard .fn', '.author-name', '.byline__name', '.byline', '[class*="byline"]', '[class*="author-name"]', '[class*="authorName"]',
  '.author', '[class*="author"]', '.username', '[class*="autor"]',
].join(', ');

/** Sidebars, related stories and comment threads credit other people. */
export const ELSEWHERE = /(?:^|[\s_-])(?:comments?|commentlist|comment-\w+|related|recirc|teaser|sidebar|widget|recommend\w*|more-\w+|popular|reviews?)(?:$|[\s_-])/i;

/** A post's own container, as blog platforms and article markup mark it. */
const ENTRY = 'article, .hentry, .h-entry, [itemtype*="Article"], [itemtype*="BlogPosting"]';

/**
 * A credit in one item of a list of other stories: each item holds more than its credit (a
 * headline, a kind: "Pressemitteilung von Ana Lima") and several items carry one. A list of the
 * story's own writers holds only the credits.
 */
function inTeaserList(el: Element): boolean {
  const item = el.closest('li');
  const list = item?.parentElement;
  if (!item || !list || spacedText(item).length <= spacedText(el).length + 20) return false;
  return [...list.children].filter((c) => c.querySelector(BYLINE_SELECTOR)).length >= 2;
}

/**
 * Whether a credit sits outside the story. A blog platform may put its posts in a "widget" with
 * the page's h1 the blog's name, and a post may keep its byline in its own <aside>: inside the
 * longest post that has a heading, only the class names between the credit and the post count.
 */
function storyChrome(doc: Document): (el: Element) => boolean {
  const headline = mainHeading(doc);
  let entry: Element | null | undefined;
  return (el) => {
    if (inTeaserList(el)) return true;
    if (!inChrome(el, ELSEWHERE, headline)) return false;
    // the story's own post is the longest: teasers of other posts are entries too
    entry ??= [...doc.querySelectorAll(ENTRY)]
      .filter((e) => e.querySelector('h1, h2, h3, .entry-title, .post-title'))
      .reduce<Element | null>((best, e) => ((e.textContent ?? '').length > (best?.textContent ?? '').length ? e : best), null);
    if (!entry?.contains(el)) return true;
    for (let p: Element | null = el; p && p !== entry; p = p.parentElement) {
      if (ELSEWHERE.test(`${p.getAttribute('class') ?? ''} ${p.getAttribute('id') ?? ''}`)) return true;
    }
    return false;
  };
}

/** The visible byline: the first credited element outside sidebars and comments, and those beside it (names as `read` finds them). */
export function visibleByline(doc: Document, read: (raw: string) => string[] = splitNames): string[] {
  const root = doc.body;
  if (!root) return [];
  let first: Element | null = null;
  const out: string[] = [];
  const elsewhere = storyChrome(doc);
  for (const el of root.querySelectorAll(BYLINE_SELECTOR)) {
    if (first && !first.parentElement?.parentElement?.contains(el)) break;
    if (first?.contains(el) || elsewhere(el)) continue;
    const raw = spacedText(el);
    if (!raw || raw.length > 120) continue;
    const names = read(raw).filter((n) => /\p{L}/u.test(n));
    if (!names.length) continue;
    first ??= el;
    out.push(...names);
  }
  return uniqNames(out);
}

// (a word before a colon is the next field's label: "Autor: Ana Lima Quelle: …")
const NAME = "\\p{Lu}[\\p{L}'’.-]+(?:\\s+(?:(?:von|van|de|der|den|di|da|del|la|le)\\s+){0,2}\\p{Lu}[\\p{L}'’.-]+(?!\\s?:)){0,3}";
/** "Von Ana Lima", "By Ana Lima | 3 May", "Erstellt von Ana am …", "Redaktion: Ana Lima" in a short line of text. */
/** A label matching either case of its first letter, so that NAME's capitals stay case-sensitive. */
const capital = (label: string) => `[${label[0]!.toUpperCase()}${label[0]}]${label.slice(1)}`;
const NAME_END = '(?=$|[\\s,|)·•;:]|\\s+(?:am|on|le|il|um|at|\\d))';
const CREDIT_LINE = new RegExp(
  // a short label ("von", "by") only where the line begins, or after its date and time ("06.11.2023 13:30 von Ana"):
  // in running text it is a preposition
  `^\\s*(?:\\d[\\d./:-]*\\s+(?:[Uu]hr\\s+)?){0,2}(?:${SHORT_LABELS.map(capital).join('|')})[\\s:]+(${NAME})${NAME_END}|(?:^|[\\s|(·•,])(?:${LONG_LABELS.map(capital).join('|')})[\\s:]+(${NAME})${NAME_END}`,
  'u',
);

const MORE_NAMES = new RegExp(`^\\s*(?:,|&|and|und|et|y)\\s+(${NAME})${NAME_END}`, 'u');
/** The writers a credit line names after its first: "Von Ana Lima und Bo Chen", "By Ana Lima, Bo Chen & Cy Dunn". */
function moreNames(rest: string): string[] {
  const out: string[] = [];
  for (let m = MORE_NAMES.exec(rest); m && out.length < 4; m = MORE_NAMES.exec(rest)) {
    const name = cleanName(m[1]!);
    if (!name || !PERSON.test(name)) break;
    out.push(name);
    rest = rest.slice(m[0].length);
  }
  return out;
}

const LABEL_ONLY = /^(?:authors?|autor(?:in|en)?|auteur|text|von|by|written by|redaktion)\s*:?$/i;

const CREDIT_TAGS = 'h1, p, div, span, small, address, li, em, strong, h4, h5, h6, td, time';

/** The names a short line credits, or null when it credits none. */
function creditIn(el: Element, skip: (name: string) => boolean): string[] | null {
  const text = spacedText(el);
  // a label in its own element ("<h4>Autor</h4><p>Ana Lima</p>"): the credit is the next element
  if (LABEL_ONLY.test(text) && el.nextElementSibling) {
    const next = splitNames(spacedText(el.nextElementSibling)).filter((n) => !skip(n));
    if (next.length && spacedText(el.nextElementSibling).length <= 80) return next;
  }
  const m = CREDIT_LINE.exec(text);
  const name = m ? cleanName(m[1] ?? m[2]!) : null;
  return name && !skip(name) ? [name, ...moreNames(text.slice(m!.index + m![0].length))] : null;
}

/**
 * A credit written as text in a short line after the headline, where no markup names the author,
 * else in one of the few lines just above it in the headline's own block ("12.03.2021 – Text: Ana Lima").
 */
export function creditLine(doc: Document, skip: (name: string) => boolean = () => false): string[] {
  const h1 = mainHeading(doc);
  const root = doc.body;
  if (!root) return [];
  const short = (el: Element) => {
    if (el.children.length > 6 || inChrome(el, ELSEWHERE, h1)) return false;
    const length = spacedText(el).length;
    return length > 0 && length <= 120;
  };
  let after = !h1;
  let looked = 0;
  for (const el of root.querySelectorAll(CREDIT_TAGS)) {
    if (!after) {
      if (el === h1) after = true;
      continue;
    }
    if (!short(el)) continue;
    if (++looked > 80) break;
    const names = creditIn(el, skip);
    if (names) return names;
  }
  const block = h1?.parentElement?.parentElement;
  if (!h1 || !block) return [];
  // (not navigation: "By Topic" above a headline is a menu's or a breadcrumb's link, all its words in links)
  const linkWords = (el: Element) => [...el.querySelectorAll('a')].map(spacedText).join(' ').length;
  const menu = (el: Element) => !!el.closest('li, ul, ol, nav, a') || linkWords(el) >= spacedText(el).replace(/[^\p{L}\d]+/gu, ' ').trim().length;
  const inBlock = [...block.querySelectorAll(CREDIT_TAGS)];
  const above = inBlock.slice(0, inBlock.indexOf(h1)).filter((el) => !el.contains(h1) && !menu(el));
  for (const el of above.slice(-6).reverse()) {
    const names = short(el) ? creditIn(el, skip) : null;
    if (names) return names;
  }
  return [];
}

/** A person's name as bylines write it: two to four words, each capitalised. */
const PERSON_SHAPE = /^\p{Lu}[\p{L}'’.-]*(?:\s+(?:(?:von|van|de|der|den|di|da|del|la|le)\s+){0,2}\p{Lu}[\p{L}'’.-]*){1,3}$/u;
/** A job title after a writer's name ("Ana Lima, Staff Writer") has the shape of a name but is not one. */
const JOB_TITLE = /\b(?:writer|reporter|editor|correspondent|researcher|analyst|contributor|columnist|producer|director|officer|manager|chief|principal|senior|head|lead|fellow|professor|intern|desk|team|staff|redakteur(?:in)?|journalist(?:in)?|autor(?:in)?|mitarbeiter(?:in)?|rédact(?:eur|rice))\b/i;
export const PERSON = { test: (name: string): boolean => PERSON_SHAPE.test(name) && !JOB_TITLE.test(name) };
