/**
 * The CLI's DOM: linkedom, made to read a page the way a browser's DOM does. linkedom keeps
 * attribute names as written (`<time dateTime>` is not found by `getAttribute('datetime')`,
 * `<div Class>` by no class selector); HTML lower-cases them, so we do once after parsing.
 * (jsdom and happy-dom match the browser here but parse 3–6× slower; see issue 14's CLI target.)
 */
import { parseHTML } from 'linkedom';

export function parsePage(html: string): Document {
  const doc = parseHTML(html).document as unknown as Document;
  for (const el of doc.querySelectorAll('*')) {
    if (el.namespaceURI === 'http://www.w3.org/2000/svg') continue; // SVG keeps viewBox and kin
    for (const name of el.getAttributeNames()) {
      const lower = name.toLowerCase();
      if (lower === name) continue;
      const value = el.getAttribute(name) ?? '';
      el.removeAttribute(name);
      if (!el.hasAttribute(lower)) el.setAttribute(lower, value);
    }
  }
  return doc;
}
