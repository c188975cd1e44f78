/**
 * Bitcoin Cash cashaddr ("bitcoincash:q…" or the bare payload): base32 with the bech32
 * alphabet but its own 40-bit BCH checksum over the prefix, so @scure/base's bech32 cannot
 * check it. The spec's PolyMod is small enough to keep here (see the commit message for why
 * not cashaddrjs).
 */
import { bech32 } from '@scure/base';

const PREFIX = 'bitcoincash';
const CHARSET = 'qpzry9x8gf2tvdw0s3jn54khce6mua7l';
const GENERATORS = [0x98f2bc8e61n, 0x79b76d99e2n, 0xf33e5fb3c4n, 0xae2eabe2a8n, 0x1e4f43e470n];

/** With or without the prefix; the payload is 42 characters for a 160-bit hash. */
export const CASHADDR_PATTERN = /\b(?:bitcoincash:)?[qp][02-9ac-hj-np-z]{41}\b/gi;

function polymod(values: number[]): bigint {
  let c = 1n;
  for (const d of values) {
    const c0 = Number(c >> 35n);
    c = ((c & 0x07ffffffffn) << 5n) ^ BigInt(d);
    GENERATORS.forEach((g, i) => {
      if ((c0 >> i) & 1) c ^= g;
    });
  }
  return c ^ 1n;
}

const expandedPrefix = () => [...PREFIX].map((c) => c.charCodeAt(0) & 0x1f);

/** `bitcoincash:` + payload for a version byte (0 = P2PKH, 8 = P2SH) and a 20-byte hash. */
export function encodeCashaddr(version: number, hash: Uint8Array): string {
  const words = bech32.toWords(Uint8Array.of(version, ...hash));
  const mod = polymod([...expandedPrefix(), 0, ...words, 0, 0, 0, 0, 0, 0, 0, 0]);
  const checksum = Array.from({ length: 8 }, (_, i) => Number((mod >> BigInt(5 * (7 - i))) & 31n));
  return `${PREFIX}:${[...words, ...checksum].map((w) => CHARSET[w]).join('')}`;
}

/** The payload alone, lower case (`bitcoincash:` dropped): the form screening compares. */
export function cashaddrPayload(text: string): string {
  const lower = text.toLowerCase();
  return lower.startsWith(`${PREFIX}:`) ? lower.slice(PREFIX.length + 1) : lower;
}

/** A P2PKH or P2SH cashaddr whose checksum holds (one case throughout, as the spec requires). */
export function cashaddrValid(text: string): boolean {
  if (text !== text.toLowerCase() && text !== text.toUpperCase()) return false;
  const payload = cashaddrPayload(text);
  const values = [...payload].map((c) => CHARSET.indexOf(c));
  if (values.length !== 42 || values.some((v) => v < 0)) return false;
  if (polymod([...expandedPrefix(), 0, ...values]) !== 0n) return false;
  try {
    const bytes = bech32.fromWords(values.slice(0, -8));
    const version = bytes[0]!;
    return bytes.length === 21 && (version & 0x07) === 0 && version >> 3 <= 1;
  } catch {
    return false;
  }
}
