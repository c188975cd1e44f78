/**
 * Where on the page an element sits: in the story (the part that holds its headline) or in the
 * site's chrome around it (sidebars, navigation, comment threads, lists of other stories).
 */

/** The story's headline: the first h1 with text (a logo's empty h1 often comes first). */
export function mainHeading(doc: Document): Element | null {
  for (const h1 of doc.querySelectorAll('h1')) if (/\S/.test(h1.textContent ?? '')) return h1;
  return null;
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
