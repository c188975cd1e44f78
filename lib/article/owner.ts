/**
 * The writer of last resort, where nothing on the page credits one: the person who owns the
 * site. A personal site names its owner as its author, as its host ("janawoelk.net" declaring
 * "Jana Wölk"), or in the copyright line at its foot ("© 2019 Jana Wölk").
 */
import { cleanName, ORGANISATION, PERSON } from './authors';

const letters = (s: string) => s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^a-z]/g, '');

/** The page's host without its "www." and top-level part: "blog.jana-woelk.de" → "blogjanawoelk". */
function hostLetters(url: string | null): string {
  if (!url) return '';
  try {
    return letters(new URL(url).hostname.replace(/^www\./, '').replace(/\.[a-z]+$/i, ''));
  } catch {
    return '';
  }
}

/** "© 2012–2019 Jana Wölk", "(c) Jana Wölk • Impressum", "Copyright 2019 by Jana Wölk. All rights reserved." */
const COPYRIGHT = /(?:©|\(c\)|copyright)(?:\s*(?:©|\(c\)))?[\s\d,–—-]*(?:by\s+|von\s+)?(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})/iu;

/** Words of a publisher's name ("Harbour Post Media", "Südtirol Online"), never a person's. */
const PUBLISHING = /(?:^|\s)(?:online|magazine?|news|media|medien|verlag|zeitung|press|presse|group|gruppe|blog|network|digital|tv|radio|studio|verein|redaktion)(?=$|\s)/iu;

function copyrightHolder(doc: Document): string | null {
  const foot = [...doc.querySelectorAll('footer, [id*="footer"], [class*="footer"], [class*="copyright"]')];
  for (const el of foot.reverse()) {
    const text = (el.textContent ?? '').replace(/\s+/g, ' ');
    const m = text.length <= 600 ? COPYRIGHT.exec(text) : null;
    // a sentence ends the name ("Jana Wölk. All rights reserved"); an initial's period does not
    if (m) return cleanName(m[1]!.replace(/(\p{L}{2,})\.(?:\s.*)?$/u, '$1'));
  }
  return null;
}

/**
 * The owner of a personal site: a declared name that is its host's, else the
 * person a copyright line names whose name is the host ("© 2019 Jana Wölk" on janawoelk.net).
 */
export function siteOwner(doc: Document, declared: string[], url: string | null): string[] {
  const host = hostLetters(url);
  const isPerson = (n: string) => PERSON.test(n) && !ORGANISATION.test(n);
  // (the site's own name declared as its author is as often an organisation's: only the host tells them apart)
  const own = declared.find((n) => isPerson(n) && host.length > 3 && host.includes(letters(n)));
  if (own) return [own];
  const holder = copyrightHolder(doc);
  if (!holder || !isPerson(holder) || PUBLISHING.test(holder)) return [];
  // the owner's name is the site's host: photo credits and publishers' notices share the footer
  return host.includes(letters(holder)) ? [holder] : [];
}
