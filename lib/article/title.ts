/**
 * The article's headline. The visible heading wins when it agrees with what the page
 * declares (og:title, JSON-LD headline, <title>): it has no site name, no kicker glued
 * on and no social-media rewording. Declared titles are cleaned of the site's name.
 */

const SEPARATORS = /\s+(?:\||–|—|-|·|::|:|»|«|\/|•|›)\s+|\s*\|\s*/;

/**
 * Entities left in a declared title by double encoding ("Olive &#038; Herb"). The parser has
 * decoded one level already, so numeric references and the few XML names are all that remain.
 */
export function decodeLeftoverEntities(s: string): string {
  const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };
  return s.replace(/&(?:#(\d{1,7})|#x([\da-f]{1,6})|(amp|lt|gt|quot|apos|nbsp));/gi, (all, dec: string, hex: string, name: string) => {
    const code = dec ? Number(dec) : hex ? parseInt(hex, 16) : -1;
    if (name) return named[name.toLowerCase()] ?? all;
    return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : all;
  });
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
  const isSite = (p: string) => !!site && agreement(p, site) >= 0.6;
  const kept = parts.filter((p) => !isSite(p));
  if (!kept.length) return title;
  if (kept.length < parts.length && kept.length === 1) return kept[0]!;
  // "Story | Section | Site" or "Site: Story": the story is the longest part
  const longest = kept.reduce((a, b) => (wordsOf(b).length > wordsOf(a).length ? b : a));
  return wordsOf(longest).length >= 2 || kept.length === parts.length - 1 ? longest : title;
}

const HEADING_SELECTOR = 'h1, h2, h3, [itemprop="headline"], [class*="title"], [class*="headline"]';

/** Visible headings, each with its parts when a kicker and a headline sit in separate elements. */
function headingTexts(doc: Document): string[] {
  const out: string[] = [];
  const root = doc.body;
  if (!root) return out;
  let count = 0;
  for (const el of root.querySelectorAll(HEADING_SELECTOR)) {
    if (++count > 200) break;
    if (el.closest('nav, aside, footer, [role="navigation"]')) continue;
    const full = visible(el.textContent);
    if (!full || full.length > 300) continue;
    // a kicker ("Dachzeile"), a date or a label in its own element before the headline proper
    const parts = [...el.children].map((c) => visible(c.textContent)).filter((t): t is string => !!t);
    const longest = parts.length >= 2 ? parts.reduce((a, b) => (wordsOf(b).length > wordsOf(a).length ? b : a)) : null;
    out.push(longest && wordsOf(longest).length * 2 >= wordsOf(full).length ? longest : full);
  }
  return out;
}

export interface DeclaredTitles {
  headline: string | null;
  og: string | null;
  citation: string | null;
  site: string | null;
}

export function pickTitle(doc: Document, declared: DeclaredTitles): string | null {
  const docTitle = clean(doc.title);
  const site = clean(declared.site);
  const sources = [declared.citation, declared.headline, declared.og, docTitle].map(clean).filter((s): s is string => !!s);
  const cleaned = sources.map((s) => withoutSiteName(s, site));
  let best: string | null = null;
  let bestScore = 0;
  for (const heading of headingTexts(doc)) {
    const score = Math.max(...cleaned.map((s) => agreement(heading, s)), ...sources.map((s) => agreement(heading, s)));
    if (score > bestScore + 0.001) {
      best = heading;
      bestScore = score;
    }
  }
  if (best && bestScore >= 0.6) {
    // the declared string itself when it is the heading's text: its characters exactly, as the page wrote them
    const fold = (x: string) => x.replace(/\s+/g, ' ').trim();
    const same = [declared.headline, declared.og, declared.citation].find((d) => d && fold(d) === best);
    return same ? same.trim() : best;
  }
  // JSON-LD's headline keeps its characters exactly (a script's text is never entity-decoded);
  // attribute values lose the entities that double encoding left in them
  const declaredFirst = declared.citation?.trim() || declared.headline?.trim() || clean(declared.og);
  if (declaredFirst) return withoutSiteName(declaredFirst, site);
  // no declared headline and a <title> that names the site, not the story: the page's one h1 does
  const h1s = doc.querySelectorAll('h1');
  const h1 = h1s.length === 1 ? visible(h1s[0]!.textContent) : null;
  if (h1 && h1.length <= 200) return h1;
  return docTitle ? withoutSiteName(docTitle, site) : null;
}
