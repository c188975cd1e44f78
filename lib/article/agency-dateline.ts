/**
 * "Hamburg (dpa/lno) – …": a story that opens with a news agency's dateline credits that agency,
 * which is the credit a citation gives when nothing else on the page names a writer.
 */

/** An agency's code as datelines write it: lower case (dpa, epd, lno), short capitals (AFP, APA) or Reuters. */
const AGENCY_CODE = /^(?:[a-zäöü]{2,6}|[A-ZÄÖÜ]{2,5}|Reuters)$/;
const DATELINE = /^\s*\p{Lu}[\p{L}.' /-]{1,40}?\s*\(([^()]{2,24})\)\s*[-–—:]/u;

/** The agency credited by the dateline of the story's first paragraphs, or null. */
export function agencyDateline(doc: Document): string | null {
  let seen = 0;
  for (const p of doc.body?.getElementsByTagName('p') ?? []) {
    if (++seen > 40) break;
    const m = DATELINE.exec(p.textContent ?? '');
    if (!m) continue;
    const codes = m[1]!.split('/').map((c) => c.trim());
    return codes.length <= 3 && codes.every((c) => AGENCY_CODE.test(c)) ? codes.join('/') : null;
  }
  return null;
}
