/**
 * Blockchain addresses in text, with `valid` from each chain's real checksum:
 * base58check (Bitcoin, Litecoin, TRON, XRP, Dash, Bitcoin Gold, Zcash's two-byte
 * versions), bech32/bech32m (SegWit), cashaddr (Bitcoin Cash), EIP-55 (Ethereum and
 * EVM chains), Monero's keccak checksum. Hashing and encodings come from
 * @noble/hashes and @scure/base.
 */
import { base58, base58xmr, base58xrp, bech32, bech32m, createBase58check } from '@scure/base';
import { sha256 } from '@noble/hashes/sha2.js';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { FoundAddress as Address, Chain } from '../schema';
import { CASHADDR_PATTERN, cashaddrValid } from './cashaddr';

export interface AddressMention {
  start: number;
  end: number;
  address: Address;
}

const base58check = createBase58check(sha256);

/** The version of a base58check payload of `versionBytes` + 20 hash bytes, or null when it does not decode. */
function base58checkVersion(text: string, versionBytes = 1): number | null {
  try {
    const bytes = base58check.decode(text);
    if (bytes.length !== versionBytes + 20) return null;
    return versionBytes === 1 ? bytes[0]! : (bytes[0]! << 8) | bytes[1]!;
  } catch {
    return null;
  }
}

function segwitValid(text: string, hrp: string): boolean {
  const lower = text.toLowerCase();
  if (text !== lower && text !== text.toUpperCase()) return false;
  try {
    const isV0 = lower[hrp.length + 1] === 'q';
    const decoded = (isV0 ? bech32 : bech32m).decode(lower as `${string}1${string}`, 90);
    if (decoded.prefix !== hrp) return false;
    const program = (isV0 ? bech32 : bech32m).fromWords(decoded.words.slice(1));
    return isV0 ? program.length === 20 || program.length === 32 : program.length >= 2 && program.length <= 40;
  } catch {
    return false;
  }
}

/** EIP-55: an all-lower or all-upper address carries no checksum; a mixed-case one must match it. */
export function eip55Valid(address: string): boolean {
  const hex = address.slice(2);
  if (hex === hex.toLowerCase() || hex === hex.toUpperCase()) return true;
  const hash = bytesToHex(keccak_256(new TextEncoder().encode(hex.toLowerCase())));
  for (let i = 0; i < 40; i++) {
    const c = hex[i]!;
    if (/[a-f]/i.test(c) && (parseInt(hash[i]!, 16) >= 8) !== (c === c.toUpperCase())) return false;
  }
  return true;
}

function xrpValid(text: string): boolean {
  try {
    const bytes = base58xrp.decode(text);
    if (bytes.length !== 25 || bytes[0] !== 0) return false;
    const check = sha256(sha256(bytes.slice(0, 21)));
    return check.slice(0, 4).every((b, i) => b === bytes[21 + i]);
  } catch {
    return false;
  }
}

function moneroValid(text: string): boolean {
  try {
    const bytes = base58xmr.decode(text);
    if (bytes.length !== 69) return false;
    const check = keccak_256(bytes.slice(0, 65));
    return check.slice(0, 4).every((b, i) => b === bytes[65 + i]);
  } catch {
    return false;
  }
}

function solanaValid(text: string): boolean {
  try {
    return base58.decode(text).length === 32;
  } catch {
    return false;
  }
}

const hasVersion = (versions: number[], versionBytes = 1) => (t: string) => versions.includes(base58checkVersion(t, versionBytes) ?? -1);

interface Rule {
  chain: Chain;
  pattern: RegExp;
  valid: (text: string) => boolean;
  /** chains without a checksum need a word nearby to be believed */
  needsContext?: RegExp;
  /** shapes common enough in prose (a capital and 33 characters) that only a passing checksum makes an address */
  requireValid?: boolean;
}

const B58 = '[1-9A-HJ-NP-Za-km-z]';
const RULES: Rule[] = [
  { chain: 'ethereum', pattern: /0x[0-9a-fA-F]{40}(?![0-9a-fA-F])/g, valid: eip55Valid },
  { chain: 'bitcoin', pattern: /\b(?:bc1|BC1)[02-9ac-hj-np-zAC-HJ-NP-Z]{6,87}\b/g, valid: (t) => segwitValid(t, 'bc') },
  { chain: 'bitcoin', pattern: new RegExp(`\\b[13]${B58}{25,34}\\b`, 'g'), valid: (t) => [0x00, 0x05].includes(base58checkVersion(t) ?? -1) },
  { chain: 'litecoin', pattern: /\bltc1[02-9ac-hj-np-z]{6,87}\b/g, valid: (t) => segwitValid(t, 'ltc') },
  { chain: 'litecoin', pattern: new RegExp(`\\b[LM]${B58}{26,33}\\b`, 'g'), valid: (t) => [0x30, 0x32, 0x05].includes(base58checkVersion(t) ?? -1) },
  { chain: 'tron', pattern: new RegExp(`\\bT${B58}{33}\\b`, 'g'), valid: (t) => base58checkVersion(t) === 0x41 },
  { chain: 'xrp', pattern: /\br[1-9A-HJ-NP-Za-km-z]{24,34}\b/g, valid: xrpValid, needsContext: /\b(?:xrp|ripple)\b/i },
  { chain: 'monero', pattern: new RegExp(`\\b[48]${B58}{94}\\b`, 'g'), valid: moneroValid },
  // Zcash transparent addresses: t1 (P2PKH, version 0x1cb8) and t3 (P2SH, 0x1cbd).
  { chain: 'zcash', pattern: new RegExp(`\\bt[13]${B58}{33}\\b`, 'g'), valid: hasVersion([0x1cb8, 0x1cbd], 2), requireValid: true },
  { chain: 'dash', pattern: new RegExp(`\\b[X7]${B58}{33}\\b`, 'g'), valid: hasVersion([76, 16]), requireValid: true },
  { chain: 'bitcoin-gold', pattern: new RegExp(`\\b[GA]${B58}{33}\\b`, 'g'), valid: hasVersion([38, 23]), requireValid: true },
  { chain: 'bitcoin-cash', pattern: CASHADDR_PATTERN, valid: cashaddrValid, requireValid: true },
  { chain: 'solana', pattern: new RegExp(`\\b${B58}{32,44}\\b`, 'g'), valid: solanaValid, needsContext: /\b(?:solana|sol)\b/i },
];

/** An address-shaped word must look random: mixed digits and letters, not an English word. */
const looksRandom = (s: string) => /\d/.test(s) && /[a-zA-Z]/.test(s);

export function findAddresses(text: string): AddressMention[] {
  const out: AddressMention[] = [];
  for (const rule of RULES) {
    rule.pattern.lastIndex = 0;
    for (const m of text.matchAll(rule.pattern)) {
      const start = m.index;
      const end = start + m[0].length;
      if (out.some((a) => start < a.end && end > a.start)) continue;
      if (!looksRandom(m[0])) continue;
      const valid = rule.valid(m[0]);
      if (rule.requireValid && !valid) continue;
      if (rule.needsContext) {
        // Without a checksum of its own, only a valid-shaped string near its chain's name counts.
        const around = text.slice(Math.max(0, start - 200), end + 200);
        if (!valid || !rule.needsContext.test(around)) continue;
      }
      // A base58 string that decodes for no chain is most likely not an address at all.
      if (!valid && rule.chain !== 'ethereum' && !/^(?:bc1|ltc1)/i.test(m[0]) && m[0].length < 30) continue;
      out.push({ start, end, address: { chain: rule.chain, text: m[0], valid } });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

const isLegacyBitcoin = hasVersion([0x00, 0x05]);

/** Each chain's own checksum, for an address already known to be of that chain (the sanctions data test uses it). */
const CHECKSUMS: Record<Chain, (text: string) => boolean> = {
  bitcoin: (t) => (/^bc1/i.test(t) ? segwitValid(t, 'bc') : isLegacyBitcoin(t)),
  ethereum: (t) => /^0x[0-9a-fA-F]{40}$/.test(t) && eip55Valid(t),
  tron: hasVersion([0x41]),
  solana: solanaValid,
  monero: moneroValid,
  litecoin: (t) => (/^ltc1/i.test(t) ? segwitValid(t, 'ltc') : hasVersion([0x30, 0x32, 0x05])(t)),
  xrp: xrpValid,
  zcash: hasVersion([0x1cb8, 0x1cbd], 2),
  dash: hasVersion([76, 16]),
  'bitcoin-gold': hasVersion([38, 23]),
  // Bitcoin Cash and Bitcoin SV kept Bitcoin's legacy format; Bitcoin Cash added cashaddr.
  'bitcoin-cash': (t) => cashaddrValid(t) || isLegacyBitcoin(t),
  'bitcoin-sv': isLegacyBitcoin,
};

export function checksumValid(chain: Chain, text: string): boolean {
  return CHECKSUMS[chain](text);
}
