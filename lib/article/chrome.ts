/**
 * Where on the page an element sits: in the story (the part that holds its headline) or in the
 * site's chrome around it (sidebars, navigation, comment threads, lists of other stories).
 */

/** The story's headline: the first h1 with text that is not the site's name (a logo's h1 often comes first). */
export function mainHeading(doc: Document): Element | null {
  let first: Element | null = null;
  for (const h1 of doc.querySelectorAll('h1')) {
    if (!/\S/.test(h1.textContent ?? '')) continue;
    if (!isMasthead(h1)) return h1;
    first ??= h1;
  }
  return first;
}

const HOME_LINK = /^(?:[a-z]+:)?(?:\/\/[^/?#]+)?\/?(?:index\.\w+)?$|\/\/[^/?#]+\/?$/i;
const STORY_PART = /entry|post|article|story|content|single|news|page-header/i;
/** Within a container named as the story's (a story's own <header> is not the site's banner). */
function inStoryPart(node: Element): boolean {
  for (let p: Element | null = node; p && p.tagName !== 'BODY'; p = p.parentElement) if (STORY_PART.test(p.getAttribute('class') ?? '')) return true;
  return false;
}
/** A heading that names the site: in the page's banner, named as its logo or brand, or linking to the home page. */
export function isMasthead(el: Element): boolean {
  if (el.getAttribute('itemprop') === 'headline' || /(?:entry|post|article|single)-?title|headline/i.test(el.getAttribute('class') ?? '')) return false;
  const banner = el.closest('header, [role="banner"]');
  if (banner && !banner.closest('article, main') && !inStoryPart(banner)) return true;
  if (/site-?title|site-?name|logo|brand/i.test(`${el.getAttribute('class') ?? ''} ${el.id}`)) return true;
  return [...el.querySelectorAll('a[href]')].some((a) => HOME_LINK.test(a.getAttribute('href')!.trim()));
}

/**
 * Whether `el` sits in chrome: a NAV or ASIDE, or a container whose class or id matches `names`.
 * A container that holds the story's headline is the story itself, whatever its class says
 * ("content-sidebar-wrap", "layout-one-sidebar"), so the walk stops there.
 */
export function inChrome(el: Element, names: RegExp, headline: Element | null): boolean {
  for (let p: Element | null = el; p && p.tagName !== 'BODY'; p = p.parentElement) {
    if (headline && p !== headline && p.contains(headline)) return false;
    if (p.tagName === 'ASIDE' || p.tagName === 'NAV') return true;
    if (names.test(`${p.getAttribute('class') ?? ''} ${p.getAttribute('id') ?? ''}`)) return true;
  }
  return false;
}
