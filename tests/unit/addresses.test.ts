import { describe, expect, it } from 'vitest';
import { eip55Valid, findAddresses } from '@/lib/extract/addresses';

/** Flips the case of one letter: a mistyped checksum. */
const flipCase = (s: string, at: number) => s.slice(0, at) + (s[at] === s[at]!.toUpperCase() ? s[at]!.toLowerCase() : s[at]!.toUpperCase()) + s.slice(at + 1);
/** Replaces one character: a mistyped address. */
const mistype = (s: string, at: number) => s.slice(0, at) + (s[at] === '2' ? '3' : '2') + s.slice(at + 1);

const REAL: [string, string, string][] = [
  ['ethereum', 'EIP-55 mixed case (Ronin exploiter)', '0x098B716B8Aaf21512996dC57EB0615e2383E2f96'],
  ['ethereum', 'lower case, no checksum', '0xeb31973e0febf3e3d7058234a5ebbae1ab4b8c23'],
  ['bitcoin', 'P2PKH', '1NRsEQRg5EjmJHbPUX7YADVPcPzCQBkyU7'],
  ['bitcoin', 'bech32 P2WPKH', 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq'],
  ['bitcoin', 'bech32m taproot', 'bc1p5d7rjq7g6rdk2yhzks9smlaqtedr4dekq08ge8ztwac72sfr9rusxg3297'],
  ['litecoin', 'base58check', 'LQtFoidy5TmLrPP77MZzgMRffqPsmRfMXE'],
  ['tron', 'base58check', 'TB3j1gUXaLXXq2bstiSMfjQ9R7Yh9DdDgK'],
  ['xrp', 'XRP base58check', 'r3mZvvHVLPtRWAujzBsAoXqH11jhwQZvzY'],
  ['monero', 'keccak checksum', '44AFFq5kSiGBoZ4NMDwYtN18obc8AemS33DBLWs3H7otXft3XjrpDtQGv7SqSsaBYBb98uNbr2VBBEt7f2wfn3RVGQBEP3A'],
  ['zcash', 'transparent t1', 't1g7wowvQ8gn2v8jrU1biyJ26sieNqNsBJy'],
  ['dash', 'base58check X', 'XnPFsRWTaSgiVauosEwQ6dEitGYXgwznz2'],
  ['bitcoin-cash', 'cashaddr without prefix', 'qpf2cphc5dkuclkqur7lhj2yuqq9pk3hmukle77vhq'],
  ['bitcoin-cash', 'cashaddr with prefix', 'bitcoincash:qqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqqfnhks603'],
  ['bitcoin-gold', 'base58check G', 'GPwg61XoHqQPNmAucFACuQ5H9sGCDv9TpS'],
];

const context: Record<string, string> = { xrp: 'XRP wallet', solana: 'Solana wallet', monero: 'Monero wallet' };

describe('addresses by chain', () => {
  it.each(REAL)('%s %s is found and valid', (chain, _label, address) => {
    const [found] = findAddresses(`The funds went to ${address} (${context[chain] ?? 'wallet'}).`);
    expect(found?.address).toEqual({ chain, text: address, valid: true });
  });

  it.each(REAL.filter(([chain]) => chain !== 'ethereum'))('%s %s with one character mistyped is not valid (or not an address)', (chain, _label, address) => {
    const bad = mistype(address, 12);
    const found = findAddresses(`Sent to ${bad} (${context[chain] ?? 'wallet'}).`);
    expect(found.every((a) => a.address.valid === false)).toBe(true);
  });

  it('a mixed-case Ethereum address with a wrong checksum is found but not valid', () => {
    const bad = flipCase('0x098B716B8Aaf21512996dC57EB0615e2383E2f96', 5);
    expect(eip55Valid(bad)).toBe(false);
    expect(findAddresses(`to ${bad}`)[0]?.address).toEqual({ chain: 'ethereum', text: bad, valid: false });
  });

  it('Solana addresses need their chain named nearby', () => {
    const mint = 'So11111111111111111111111111111111111111112';
    expect(findAddresses(`the Solana account ${mint} received it`)[0]?.address).toEqual({ chain: 'solana', text: mint, valid: true });
    expect(findAddresses(`reference ${mint} in the filing`)).toEqual([]);
  });

  it('capitalised 34-character identifiers and q-words that fail their checksum are not Dash, Bitcoin Gold, Zcash or cashaddr', () => {
    const prose = 'Ref XAccountNumber1234567890abcdefgh, GTrackingCode9876543210zyxwvutsrqp, AOrderRef55555555aaaaaaaabbbbbbbbcc, t1NotAnAddressButLooksLikeOne12345 and qpzry9x8gf2tvdw0s3jn54khce6mua7lqpzry9x8gf';
    expect(findAddresses(prose)).toEqual([]);
  });

  it('ignores words and numbers shaped like base58', () => {
    expect(findAddresses('Mississippi1234 and TransactionIdentifierLongWord and 1234567890123456789012345678')).toEqual([]);
  });
});
