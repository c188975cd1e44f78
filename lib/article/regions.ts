/** Which parts of a page Hashmark reads and paints, and which it must never touch. */
import { UI_TAG } from '../base/tags';

const UNTOUCHABLE_TAGS = ['input', 'textarea', 'select', 'button', 'option', UI_TAG];
const EDITOR_CLASSES = ['CodeMirror', 'cm-editor', 'monaco-editor', 'ace_editor'];

/** Never read or painted: editors, form fields, code editors, opt-outs, our own UI. */
export const UNTOUCHABLE_SELECTOR = [
  ...UNTOUCHABLE_TAGS,
  '[contenteditable]:not([contenteditable="false"])',
  ...EDITOR_CLASSES.map((c) => `.${c}`),
  '[role="textbox"]',
  '[data-hashmark-ignore]',
].join(',');

/** `el.matches(UNTOUCHABLE_SELECTOR)` for one element, without compiling a selector (a page-wide walk asks it often). */
export function isUntouchableElement(el: Element): boolean {
  if (UNTOUCHABLE_TAGS.includes(el.tagName.toLowerCase())) return true;
  const editable = el.getAttribute('contenteditable');
  if (editable !== null && editable !== 'false') return true;
  if (el.getAttribute('role') === 'textbox' || el.hasAttribute('data-hashmark-ignore')) return true;
  const cls = el.getAttribute('class');
  return !!cls && cls.split(/\s+/).some((c) => EDITOR_CLASSES.includes(c));
}

/** Elements whose text is never prose. */
export const NON_PROSE_TAGS = new Set([
  'SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE', 'SVG', 'CANVAS', 'IFRAME', 'OBJECT', 'EMBED',
  'VIDEO', 'AUDIO', 'MATH', 'HEAD', 'TITLE',
]);

/** Page chrome around an article: navigation, footers, comments, forms, asides. */
const CHROME_TAGS = new Set(['NAV', 'FOOTER', 'ASIDE', 'FORM', 'MENU', 'DIALOG']);

const CHROME_WORDS = [
  'nav', 'navbar', 'menu', 'footer', 'sidebar', 'side', 'related', 'recommended', 'recirc', 'promo', 'advert',
  'advertisement', 'ad', 'ads', 'sponsor', 'sponsored', 'share', 'sharing', 'social', 'comment', 'comments',
  'cookie', 'cookies', 'consent', 'gdpr', 'newsletter', 'subscribe', 'signup', 'paywall', 'breadcrumb',
  'breadcrumbs', 'byline', 'author', 'dateline', 'tags', 'popular', 'trending', 'most-read', 'more', 'read-more',
  'outbrain', 'taboola', 'box', 'widget', 'toolbar', 'masthead', 'credit', 'credits', 'caption', 'disclaimer',
  'meta', 'copyright', 'legal', 'colophon', 'pagination', 'pager', 'signature', 'bio', 'about-author', 'postmeta', 'entry-meta',
];
const CHROME_CLASS = new RegExp(`(?:^|[\\s_-])(?:${CHROME_WORDS.join('|')})(?:$|[\\s_-])`, 'i');
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'complementary', 'search', 'dialog', 'alertdialog', 'menu']);

/** Page chrome by its markup: tags, ARIA roles, and class or id words. */
export function isChrome(el: Element): boolean {
  if (CHROME_TAGS.has(el.tagName)) return true;
  const role = el.getAttribute('role');
  if (role && CHROME_ROLES.has(role)) return true;
  const names = `${el.getAttribute('class') ?? ''} ${el.getAttribute('id') ?? ''}`;
  return names.trim() !== '' && CHROME_CLASS.test(names);
}

export const BLOCK_TAGS = new Set([
  'P', 'DIV', 'SECTION', 'ARTICLE', 'MAIN', 'LI', 'UL', 'OL', 'DL', 'DT', 'DD', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6',
  'BLOCKQUOTE', 'PRE', 'TABLE', 'THEAD', 'TBODY', 'TFOOT', 'TR', 'TD', 'TH', 'CAPTION', 'FIGURE', 'FIGCAPTION',
  'HEADER', 'FOOTER', 'ADDRESS', 'HR', 'BODY', 'CENTER', 'DETAILS', 'SUMMARY', 'FIELDSET', 'LEGEND',
]);

/** Whether a node sits in preformatted text (<pre>): code, logs, command lines. Never painted. */
export function insidePre(node: Node): boolean {
  for (let el = node.parentElement; el; el = el.parentElement) if (el.tagName === 'PRE') return true;
  return false;
}

/**
 * Whether preformatted text reads as prose (a plain-text letter, a poem) rather than code or a log:
 * mostly words, sentence punctuation, and few of the symbols code and command lines are made of.
 */
export function isProseText(text: string): boolean {
  const s = text.trim();
  if (s.length < 40) return false;
  const letters = s.match(/[\p{L}\s]/gu)?.length ?? 0;
  const symbols = s.match(/[{}[\]<>=;$#\\|_/`~^*@%&()]/g)?.length ?? 0;
  const sentences = s.match(/\p{Ll}[.!?](?:\s|$)/gu)?.length ?? 0;
  return letters / s.length > 0.85 && symbols / s.length < 0.02 && sentences >= 1;
}
