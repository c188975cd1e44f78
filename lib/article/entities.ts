/**
 * Letters a page left as character references in a value the parser never decodes: JSON-LD
 * strings and attributes written twice-escaped ("Redacci&oacute;n", "Andr&#233;"). Only letters
 * are decoded: a reference to markup ("&lt;", "&amp;", a tab) stays as the page showed it, since
 * decoding it a second time could turn shown text into markup. Accented letters are decoded by
 * their entity's pattern (letter + accent name, as the HTML standard names them) rather than a
 * table, so the content script stays small.
 */

const ACCENTS: Record<string, string> = {
  acute: '\u0301', grave: '\u0300', circ: '\u0302', tilde: '\u0303', uml: '\u0308', ring: '\u030A', cedil: '\u0327', caron: '\u030C',
};
const NAMED: Record<string, string> = { szlig: 'ß', oslash: 'ø', Oslash: 'Ø', aelig: 'æ', AElig: 'Æ', rsquo: '’', lsquo: '‘' };
const REFERENCE = new RegExp(`&(?:#(\\d{1,7})|#[xX]([\\da-fA-F]{1,6})|([a-zA-Z])(${Object.keys(ACCENTS).join('|')})|([a-zA-Z]{2,6}));`, 'g');

export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s
    .replace(REFERENCE, (all, dec?: string, hex?: string, letter?: string, accent?: string, name?: string) => {
      if (letter && accent) return `${letter}${ACCENTS[accent]!}`;
      if (name) return NAMED[name] ?? all;
      const code = dec ? Number(dec) : parseInt(hex!, 16);
      const char = code > 0 && code < 0x110000 ? String.fromCodePoint(code) : '';
      return /^[\p{L}\p{M}’]$/u.test(char) ? char : all;
    })
    .normalize('NFC');
}
