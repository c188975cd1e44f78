/** Public block explorers per chain; the popup links to them and never fetches them. */
import type { Chain } from './schema';

const EXPLORERS: Partial<Record<Chain, (address: string) => string>> = {
  bitcoin: (a) => `https://mempool.space/address/${a}`,
  ethereum: (a) => `https://etherscan.io/address/${a}`,
  tron: (a) => `https://tronscan.org/#/address/${a}`,
  litecoin: (a) => `https://litecoinspace.org/address/${a}`,
  xrp: (a) => `https://xrpscan.com/account/${a}`,
  solana: (a) => `https://solscan.io/account/${a}`,
  zcash: (a) => `https://blockchair.com/zcash/address/${a}`,
  dash: (a) => `https://blockchair.com/dash/address/${a}`,
  'bitcoin-cash': (a) => `https://blockchair.com/bitcoin-cash/address/${a}`,
  'bitcoin-sv': (a) => `https://whatsonchain.com/address/${a}`,
  // Monero addresses reveal nothing on a public explorer: no link.
};

export function explorerUrl(chain: Chain, address: string): string | null {
  const make = EXPLORERS[chain];
  return make ? make(encodeURIComponent(address)) : null;
}
