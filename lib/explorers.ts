/** Public block explorers per chain; the popup links to them and never fetches them. */
import type { Chain } from './schema';

const EXPLORERS: Partial<Record<Chain, (address: string) => string>> = {
  bitcoin: (a) => `https://mempool.space/address/${a}`,
  ethereum: (a) => `https://etherscan.io/address/${a}`,
  tron: (a) => `https://tronscan.org/#/address/${a}`,
  litecoin: (a) => `https://litecoinspace.org/address/${a}`,
  xrp: (a) => `https://xrpscan.com/account/${a}`,
  solana: (a) => `https://solscan.io/account/${a}`,
  // Monero addresses reveal nothing on a public explorer: no link.
};

export function explorerUrl(chain: Chain, address: string): string | null {
  const make = EXPLORERS[chain];
  return make ? make(encodeURIComponent(address)) : null;
}
