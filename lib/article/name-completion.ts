/**
 * A declared writer's name completed from the page: a first name's surname where the story
 * writes it in full, and the writers the visible byline credits beside the declared ones.
 */
import { inChrome, mainHeading } from './chrome';
import { cleanName, ELSEWHERE, LONG_LABELS, PERSON, SHORT_LABELS, spacedText, splitNames, uniqNames } from './authors';

const COMMENTS = /(?:^|[\s_-])(?:comments?|commentlist|comment-\w+|reviews?)(?:$|[\s_-])/i;
const CREDIT_END = new RegExp(`(?:^|\\s)(?:${[...SHORT_LABELS, ...LONG_LABELS].join('|')})[\\s:]*$`, 'iu');

/**
 * A credit of one word ("Nils") completed from the page, where the story names its writer in
 * full in a short line of its own ("Eine Kolumne von Lena Hartwig"): the first such name outside
 * comment threads (an author box in a sidebar counts), or the word itself.
 */
export function fullerName(doc: Document, name: string): string {
  const root = doc.body;
  if (!root || /\s/.test(name) || !/^\p{Lu}/u.test(name)) return name;
  const headline = mainHeading(doc);
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let budget = 6000;
  for (let n = walker.nextNode(); n && budget > 0; n = walker.nextNode(), budget--) {
    const data = (n as Text).data;
    if (!data.includes(name)) continue;
    const parent = n.parentElement;
    if (!parent || /^(?:SCRIPT|STYLE|TITLE)$/.test(parent.tagName) || inChrome(parent, COMMENTS, headline)) continue;
    const line = data.trim();
    // an author box's biography that opens with the full name ("Lena Hartwig – editor, climber, …")
    const bio = new RegExp(`^(${escaped}(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,2})\\s*[-–—,]\\s`, 'u').exec(line);
    if (bio && parent.closest('[class*="author"]')) return cleanName(bio[1]!) ?? name;
    if (data.length > 80) continue;
    const m = new RegExp(`(?:^|\\s)(${escaped}(?:\\s+\\p{Lu}[\\p{L}'’-]+){1,2})$`, 'u').exec(line);
    const full = m ? cleanName(m[1]!) : null;
    // the whole line, or the end of a credit ("Eine Kolumne von Lena Hartwig")
    if (full?.startsWith(`${name} `) && (m!.index === 0 || CREDIT_END.test(line.slice(0, m!.index + 1)))) return full;
  }
  return name;
}

/**
 * The declared writers with those the visible byline credits beside them ("Ana Lima, Bo Chen"
 * where the head declares only Ana Lima): the shortest element around the first declared name
 * that names everyone declared, when all it names are people.
 */
export function coCredited(doc: Document, names: string[]): string[] {
  const root = doc.body;
  const first = names[0];
  if (!root || !first || names.length > 3) return names;
  const headline = mainHeading(doc);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let budget = 6000;
  for (let n = walker.nextNode(); n && budget > 0; n = walker.nextNode(), budget--) {
    if (!(n as Text).data.includes(first)) continue;
    let el = n.parentElement;
    if (!el || /^(?:SCRIPT|STYLE|TITLE)$/.test(el.tagName) || inChrome(el, ELSEWHERE, headline)) continue;
    for (let up = 0; el && up < 3; up++, el = el.parentElement) {
      const text = spacedText(el);
      if (text.length > 120) break;
      const credited = uniqNames(splitNames(text));
      const has = (x: string) => credited.some((c) => c.toLowerCase() === x.toLowerCase());
      if (credited.length > names.length && names.every(has)) return credited.length <= 5 && credited.every((c) => PERSON.test(c)) ? credited : names;
    }
    return names;
  }
  return names;
}
