/**
 * A page's bytes as text, in a browser's order: a byte-order mark, then the charset the page
 * declares in its first 1,024 bytes (`<meta charset>` or `http-equiv="Content-Type"`), else
 * windows-1252. One deliberate difference: bytes that are valid UTF-8 with non-ASCII characters
 * are read as UTF-8 whatever the page declares, because such a page was re-saved as UTF-8 after
 * it declared its charset (a real Latin-1 page is almost never valid UTF-8 by chance).
 */

const BOMS: [number[], string][] = [
  [[0xef, 0xbb, 0xbf], 'utf-8'],
  [[0xff, 0xfe], 'utf-16le'],
  [[0xfe, 0xff], 'utf-16be'],
];

/**
 * windows-1252's bytes 0x80–0x9F (typographic quotes, dashes, €). Node 20's TextDecoder decodes
 * them as Latin-1 control characters, unlike browsers, so they are mapped here after decoding.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

function decode(decoder: TextDecoder, bytes: Uint8Array): string {
  const text = decoder.decode(bytes);
  return decoder.encoding === 'windows-1252' ? text.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]!) : text;
}

/** The charset label a page declares in its first 1,024 bytes, as the HTML prescan finds it. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = new TextDecoder('windows-1252').decode(bytes.subarray(0, 1024));
  for (const tag of head.match(/<meta\b[^>]*>/gi) ?? []) {
    const direct = /\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(tag);
    if (direct) return direct[1]!.toLowerCase();
  }
  return null;
}

function decoderFor(label: string): TextDecoder | null {
  try {
    const d = new TextDecoder(label);
    // the HTML standard reads a declared UTF-16 as UTF-8 (the declaration itself was ASCII) and x-user-defined as windows-1252
    if (d.encoding.startsWith('utf-16')) return new TextDecoder('utf-8');
    return d;
  } catch {
    return null; // a label no browser knows
  }
}

export function decodeHtmlBytes(bytes: Uint8Array): string {
  for (const [bom, label] of BOMS) {
    if (bom.every((b, i) => bytes[i] === b)) return new TextDecoder(label).decode(bytes.subarray(bom.length));
  }
  if (bytes.some((b) => b > 0x7f)) {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      // not UTF-8: the declaration decides
    }
  }
  const declared = declaredCharset(bytes);
  return decode((declared && decoderFor(declared)) || new TextDecoder('windows-1252'), bytes);
}

/** Plain text files: a BOM, else UTF-8 when valid, else windows-1252. */
export function decodeTextBytes(bytes: Uint8Array): string {
  for (const [bom, label] of BOMS) {
    if (bom.every((b, i) => bytes[i] === b)) return new TextDecoder(label).decode(bytes.subarray(bom.length));
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return decode(new TextDecoder('windows-1252'), bytes);
  }
}
