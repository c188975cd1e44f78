/**
 * The article's headline. The visible heading wins when it agrees with what the page
 * declares (og:title, JSON-LD headline, <title>): it has no site name, no kicker glued
 * on and no social-media rewording. Declared titles are cleaned of the site's name.
 */

import { isMasthead } from './chrome';
import { decodeLeftoverEntities } from './entities';

const SEPARATORS = /\s+(?:\||–|—|-|·|::|:|»|«|\/|•|›)\s+|\s*\|\s*/;

/**
 * The page's title as a browser gives it: the first <title> in the document, also where stray
 * text before it in the head moved it into the body (a DOM other than the browser's may only look in the head).
 */
export function documentTitle(doc: Document): string {
  if (doc.title) return doc.title;
  const first = [...doc.getElementsByTagName('title')].find((t) => !t.closest('svg'));
  return first?.textContent ?? '';
}

/** Visible text: the parser decoded it already; only its whitespace is folded. */
const visible = (s: string | null | undefined) => (s ? s.replace(/\s+/g, ' ').trim() || null : null);
const clean = (s: string | null | undefined) => (s ? decodeLeftoverEntities(s).replace(/\s+/g, ' ').trim() || null : null);

const wordsOf = (s: string) => (s.toLowerCase().normalize('NFKC').match(/[\p{L}\p{N}]+/gu) ?? []);

/** Share of words two titles have in common (Dice on word sets). */
function agreement(a: string, b: string): number {
  const wa = new Set(wordsOf(a));
  const wb = new Set(wordsOf(b));
  if (!wa.size || !wb.size) return 0;
  let common = 0;
  for (const w of wa) if (wb.has(w)) common++;
  return (2 * common) / (wa.size + wb.size);
}

/** `title` without the site's or section's name: the longest part between separators that is not the site. */
function withoutSiteName(title: string, site: string | null): string {
  const parts = title.split(SEPARATORS).map((s) => s.trim()).filter(Boolean);
  if (parts.length < 2) return title;
  // a part spelled as a domain name ("example.de") is the site's name too
  const isSite = (p: string) => (!!site && agreement(p, site) >= 0.6) || /^(?:www\.)?[\p{L}\d-]+\.(?:[\p{L}\d-]+\.)*[a-z]{2,12}$/iu.test(p);
  const kept = parts.filter((p) => !isSite(p));
  if (!kept.length) return title;
  if (kept.length < parts.length && kept.length === 1) return kept[0]!;
  // "Story | Section | Site" or "Site: Story": the story is the longest part
  // (words with letters: a part that is a date and time, "06.11.2023, 11.41 Uhr", is never the story)
  const letterWords = (p: string) => wordsOf(p).filter((w) => /\p{L}/u.test(w)).length;
  const longest = kept.reduce((a, b) => (letterWords(b) > letterWords(a) ? b : a));
  return wordsOf(longest).length >= 2 || kept.length === parts.length - 1 ? longest : title;
}

/** `part` is the story in "Story | Site": the longest of the title's parts (a page may copy its title into the site name's field). */
function isStoryPart(part: string, title: string): boolean {
  const parts = title.split(SEPARATORS).map((p) => p.trim()).filter(Boolean);
  if (parts.length < 2) return false;
  const longest = parts.reduce((a, b) => (wordsOf(b).length > wordsOf(a).length ? b : a));
  return sameWords(part, longest) && parts.every((p) => p === longest || wordsOf(p).length < wordsOf(longest).length);
}

const HEADING_SELECTOR = 'h1, h2, h3, [itemprop="headline"], [class*="title"], [class*="headline"]';
/** Text for screen readers only ("Headline:", "| Site name"): no reader sees it in the heading. */
const HIDDEN = /(?:^|[\s_-])(?:sr-only|screen-reader-text|visually-?hidden|element-invisible|element-hidden|hidden|offscreen)(?:$|\s)/i;
const isHidden = (el: Element) => el.hasAttribute('hidden') || HIDDEN.test(el.getAttribute('class') ?? '');

/** A heading as readers see it, and its text without each of its parts: a kicker, a date or a label in an element of its own. */
interface Heading {
  text: string;
  /** its full text, then the text without each of its parts; worked out only when asked (every page reads its title) */
  variants(): string[];
  h1: boolean;
  /** in the page's masthead, or only a link to the site's home page: the site's name, not a story's (worked out when asked) */
  masthead(): boolean;
  /** styled as a kicker or strapline */
  kicker: boolean;
}

/** A kicker or strapline styled as the page's h1, above the headline proper. */
const KICKER = /strap|kicker|overline|dachzeile|eyebrow|topline|supertitle/i;

/** The heading's visible text, leaving out the element `without` (with a space at element boundaries). */
function headingText(el: Element, without: Element | null): string {
  const parts: string[] = [];
  const walk = (n: Node) => {
    if (n.nodeType === 3) parts.push((n as Text).data);
    else if (n.nodeType === 1 && n !== without && !isHidden(n as Element)) {
      const tag = (n as Element).tagName;
      if (tag === 'SCRIPT' || tag === 'STYLE' || tag === 'RT' || tag === 'RP') return; // a ruby's readings are not the heading's words
      const inline = /^(?:A|B|I|EM|STRONG|SPAN|SMALL|MARK|Q|ABBR|SUB|SUP|U|S|RUBY|RB|TIME|CITE|DFN|CODE|KBD|FONT|BDI|BDO|DEL|INS|WBR)$/.test(tag);
      if (!inline) parts.push(' ');
      n.childNodes.forEach(walk);
      if (!inline) parts.push(' ');
    }
  };
  walk(el);
  return parts.join('').replace(/\s+/g, ' ').trim();
}

/** Visible headings, each with its parts when a kicker and a headline sit in separate elements. */
function headings(doc: Document): Heading[] {
  const out: Heading[] = [];
  const root = doc.body;
  if (!root) return out;
  let count = 0;
  for (const el of root.querySelectorAll(HEADING_SELECTOR)) {
    if (++count > 200) break;
    if (el.closest('nav, aside, footer, [role="navigation"]') || isHidden(el)) continue;
    const full = headingText(el, null);
    if (!full || full.length > 300) continue;
    let variants: string[] | null = null;
    const variantsOf = () =>
      (variants ??= [full, ...[...el.querySelectorAll('*')].slice(0, 12).map((part) => headingText(el, part)).filter((t) => t && t !== full)]);
    // a kicker ("Dachzeile"), a date or a label in its own element before the headline proper
    const parts = el.querySelector('ruby') ? [] : [...el.children].map((c) => visible(headingText(c, null))).filter((t): t is string => !!t);
    const longest = parts.length >= 2 ? parts.reduce((a, b) => (wordsOf(b).length > wordsOf(a).length ? b : a)) : null;
    const text = longest && wordsOf(longest).length * 2 >= wordsOf(full).length ? longest : full;
    let masthead: boolean | null = null;
    out.push({ text, variants: variantsOf, h1: el.tagName === 'H1', masthead: () => (masthead ??= isMasthead(el)), kicker: KICKER.test(el.getAttribute('class') ?? '') });
  }
  return out;
}

/** Same words in the same order: "Sorge – Finanzdaten" is "Sorge - Finanzdaten". */
const sameWords = (a: string, b: string) => wordsOf(a).join(' ') === wordsOf(b).join(' ');
/** Same text but for case, spacing, and the kind of dash or quotation mark. */
const looseText = (s: string) => s.toLowerCase().normalize('NFKC').replace(/[‐‑‒–—―]/g, '-').replace(/[„“”«»]/g, '"').replace(/[‘’‚]/g, "'").replace(/\s+/g, ' ').trim();
const sameText = (a: string, b: string) => looseText(a) === looseText(b);

export interface DeclaredTitles {
  headline: string | null;
  og: string | null;
  citation: string | null;
  site: string | null;
}

export function pickTitle(doc: Document, declared: DeclaredTitles): string | null {
  const docTitle = clean(documentTitle(doc));
  // a "site name" that is itself a page title (some pages copy their title into application-name) names no site
  const sources = [declared.citation, declared.headline, declared.og, docTitle].map(clean).filter((s): s is string => !!s);
  const declaredSite = clean(declared.site);
  const site = declaredSite && !SEPARATORS.test(declaredSite) && !sources.some((t) => isStoryPart(declaredSite, t)) ? declaredSite : null;
  const cleaned = sources.map((s) => withoutSiteName(s, site));
  const found = headings(doc);
  // the declared string itself when it is the heading's text: its characters exactly, as the page wrote them
  const fold = (x: string) => x.replace(/\s+/g, ' ').trim();
  const asDeclared = (h: string) => [declared.headline, declared.og, declared.citation].find((d) => d && fold(d) === h)?.trim() ?? h;
  // "Kicker: Story" (no space before the colon, no other separator) may have its story as the visible heading
  const afterKicker = sources.filter((s) => !SEPARATORS.test(s)).map((s) => s.split(/(?<=\S):\s+/)).filter((parts) => parts.length > 1)
    .map((parts) => parts.pop()!).filter((s) => wordsOf(s).length >= 3);
  // "Story | Site", "Story - Section - Site": the first part, for a heading to equal exactly ("Site » Archive » Story" is a breadcrumb)
  const firstParts = sources.map((s) => /^(.+?)\s+[|–—·-]\s+/.exec(s)?.[1]?.trim()).filter((p): p is string => !!p && wordsOf(p).length >= 2 && !SEPARATORS.test(p) && !(site && agreement(p, site) >= 0.6));
  const targets = [...sources, ...cleaned, ...afterKicker];
  // without a declared site name, the part kept as the story may be the site's own name, as a blog's h1 often is
  const storyCleaned = [...cleaned.filter((c, i) => site || sources[i]!.startsWith(c)), ...afterKicker];
  const storyParts = [...sources, ...storyCleaned, ...firstParts];
  const choose = (group: Heading[], story: boolean): string | null => {
    // a heading that is a declared title once a kicker or a label of its own is left out: the
    // same characters before the same words
    const wanted = story ? storyParts : [...targets, ...firstParts];
    for (const same of [sameText, sameWords]) {
      for (const h of group) {
        const exact = h.variants().find((v) => wanted.some((t) => same(v, t)));
        if (exact) return asDeclared(exact);
      }
    }
    // the heading that agrees best with what the page declares; the story's h1 only with a
    // declared title rid of its site name, which a blog's h1 may be
    const against = story ? storyCleaned : targets;
    let best: Heading | null = null;
    let bestScore = 0;
    for (const h of group) {
      const score = Math.max(...against.map((s) => agreement(h.text, s)));
      if (score > bestScore + 0.001) {
        best = h;
        bestScore = score;
      }
    }
    return best && bestScore >= 0.6 ? asDeclared(best.text) : null;
  };
  // the story's h1 before any other heading (a list of latest stories may repeat the title exactly)
  const fromH1 = choose(found.filter((h) => h.h1 && !h.masthead()), true);
  if (fromH1) return fromH1;
  // the page's one h1 is the headline its readers see, even where the declared title is a
  // rewording of it for search engines or social media; not when it is the site's own name
  // (a heading that is the declared headline word for word still wins over it)
  const declaredHeadlines = [declared.citation, declared.headline, declared.og].map(clean).filter((t): t is string => !!t).map((t) => withoutSiteName(t, site));
  const declaredHeading = found.find((h) => !h.h1 && !h.masthead() && declaredHeadlines.some((t) => sameText(h.text, t)));
  if (declaredHeading) return asDeclared(declaredHeading.text);
  const storyH1s = new Set(found.filter((h) => h.h1 && !h.masthead() && !h.kicker && h.text.length <= 200 && /\p{L}/u.test(h.text) && !(site && agreement(h.text, site) >= 0.6)).map((h) => h.text));
  if (storyH1s.size === 1) return asDeclared([...storyH1s][0]!);
  const fromHeading = choose(found.filter((h) => !h.h1 && !h.masthead()), false);
  if (fromHeading) return fromHeading;
  // JSON-LD's headline keeps its characters exactly (a script's text is never entity-decoded);
  // attribute values lose the entities that double encoding left in them
  const declaredFirst = declared.citation?.trim() || declared.headline?.trim() || clean(declared.og);
  if (declaredFirst) return withoutSiteName(declaredFirst, site);
  return docTitle ? withoutSiteName(docTitle, site) : null;
}
