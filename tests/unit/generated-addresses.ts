/**
 * Deterministic random addresses with valid checksums, for every chain the sanctions data uses: a seeded
 * generator, so a test over them sees the same 5,000 addresses on every run.
 */
import { mulberry32 } from './fuzz-docs';
import { base58xmr, base58xrp, bech32, createBase58check } from '@scure/base';
import { sha256 } from '@noble/hashes/sha2.js';
import { keccak_256 } from '@noble/hashes/sha3.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { encodeCashaddr } from '@/lib/extract/cashaddr';
import type { Chain } from '@/lib/schema';

const prng = mulberry32;

const base58check = createBase58check(sha256);
const withVersion = (version: number[], hash: Uint8Array) => base58check.encode(Uint8Array.of(...version, ...hash));

function eip55(hex: string): string {
  const hash = bytesToHex(keccak_256(new TextEncoder().encode(hex)));
  return `0x${[...hex].map((c, i) => (parseInt(hash[i]!, 16) >= 8 ? c.toUpperCase() : c)).join('')}`;
}

function xrp(hash: Uint8Array): string {
  const payload = Uint8Array.of(0, ...hash);
  return base58xrp.encode(Uint8Array.of(...payload, ...sha256(sha256(payload)).slice(0, 4)));
}

function monero(bytes: Uint8Array): string {
  const payload = Uint8Array.of(0x12, ...bytes.slice(0, 64));
  return base58xmr.encode(Uint8Array.of(...payload, ...keccak_256(payload).slice(0, 4)));
}

type Maker = (random: (n: number) => Uint8Array) => string;

const MAKERS: [Chain, Maker][] = [
  ['bitcoin', (r) => withVersion([0x00], r(20))],
  ['bitcoin', (r) => withVersion([0x05], r(20))],
  ['bitcoin', (r) => bech32.encode('bc', [0, ...bech32.toWords(r(20))])],
  ['ethereum', (r) => `0x${bytesToHex(r(20))}`],
  ['ethereum', (r) => eip55(bytesToHex(r(20)))],
  ['tron', (r) => withVersion([0x41], r(20))],
  ['litecoin', (r) => withVersion([0x30], r(20))],
  ['litecoin', (r) => bech32.encode('ltc', [0, ...bech32.toWords(r(20))])],
  ['zcash', (r) => withVersion([0x1c, 0xb8], r(20))],
  ['zcash', (r) => withVersion([0x1c, 0xbd], r(20))],
  ['dash', (r) => withVersion([76], r(20))],
  ['dash', (r) => withVersion([16], r(20))],
  ['bitcoin-cash', (r) => encodeCashaddr(0, r(20))],
  ['bitcoin-cash', (r) => encodeCashaddr(8, r(20))],
  ['bitcoin-gold', (r) => withVersion([38], r(20))],
  ['bitcoin-sv', (r) => withVersion([0x00], r(20))],
  ['xrp', (r) => xrp(r(20))],
  ['monero', (r) => monero(r(64))],
];

/** `count` addresses spread over every chain above, the same ones for the same seed. */
export function generatedAddresses(count: number, seed = 16): { chain: Chain; text: string }[] {
  const next = prng(seed);
  const random = (n: number) => Uint8Array.from({ length: n }, () => Math.floor(next() * 256));
  return Array.from({ length: count }, (_, i) => {
    const [chain, make] = MAKERS[i % MAKERS.length]!;
    return { chain, text: make(random) };
  });
}
