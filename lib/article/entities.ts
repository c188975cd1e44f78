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

/** The few names of markup characters, decoded only where the value is shown as text (a title). */
const MARKUP: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

function decode(s: string, markupToo: boolean): string {
  if (!s.includes('&')) return s;
  return s
    .replace(REFERENCE, (all, dec?: string, hex?: string, letter?: string, accent?: string, name?: string) => {
      if (letter && accent) return `${letter}${ACCENTS[accent]!}`;
      if (name) return NAMED[name] ?? (markupToo ? MARKUP[name.toLowerCase()] : undefined) ?? all;
      const code = dec ? Number(dec) : parseInt(hex!, 16);
      const char = code > 0 && code < 0x110000 ? String.fromCodePoint(code) : '';
      return char && (markupToo || /^[\p{L}\p{M}’]$/u.test(char)) ? char : all;
    })
    .normalize('NFC');
}

/** Letters only: for a name, which goes on to be matched and split. */
export function decodeEntities(s: string): string {
  return decode(s, false);
}

/**
 * Everything double encoding left in a declared title ("Olive &#038; Herb"): the parser decoded
 * one level already, and a title is only ever shown as text.
 */
export function decodeLeftoverEntities(s: string): string {
  return decode(s, true);
}
