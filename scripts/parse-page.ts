/**
 * The CLI's DOM, built to match the browser's. parse5 is the HTML standard's parser (what jsdom
 * uses): it puts stray markup before <html>, between </head> and <body> or without any <body>
 * where a browser does, where linkedom's own parser leaves `document.body` empty on such pages.
 * Its canonical serialization is then parsed by linkedom, whose DOM is fast to query; attribute
 * names come out lower-cased, as HTML has them (linkedom alone keeps `dateTime` as written, so
 * `<time dateTime>` would never be read). jsdom and happy-dom match the browser too but parse 3-6x slower (issue 14).
 */
import { parseHTML } from 'linkedom';
import { parse, serialize } from 'parse5';

export function parsePage(html: string): Document {
  return parseHTML(serialize(parse(html))).document as unknown as Document;
}
