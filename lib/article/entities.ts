/**
 * Character references a page left encoded in a value the parser never decodes: JSON-LD strings
 * and attributes written twice-escaped ("Redacci&oacute;n", "Bauer &amp; Sohn", "&#233;").
 * Accented letters are decoded by their entity's pattern (letter + accent name, as the HTML
 * standard names them) rather than a table, so the content script stays small.
 */

const ACCENTS: Record<string, string> = {
  acute: '\u0301', grave: '\u0300', circ: '\u0302', tilde: '\u0303', uml: '\u0308', ring: '\u030A', cedil: '\u0327', caron: '\u030C',
};
const NAMED: Record<string, string> = {
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ', szlig: 'ß', oslash: 'ø', Oslash: 'Ø', aelig: 'æ', AElig: 'Æ',
  ndash: '–', mdash: '—', rsquo: '’', lsquo: '‘', hellip: '…', middot: '·',
};
const REFERENCE = new RegExp(`&(?:#(\\d{1,7})|#[xX]([\\da-fA-F]{1,6})|([a-zA-Z])(${Object.keys(ACCENTS).join('|')})|([a-zA-Z]{2,6}));`, 'g');

export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s
    .replace(REFERENCE, (all, dec?: string, hex?: string, letter?: string, accent?: string, name?: string) => {
      if (letter && accent) return `${letter}${ACCENTS[accent]!}`;
      if (name) return NAMED[name] ?? all;
      const code = dec ? Number(dec) : parseInt(hex!, 16);
      return code > 0 && code < 0x110000 ? String.fromCodePoint(code) : all;
    })
    .normalize('NFC');
}
