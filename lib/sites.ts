/** Sites the reader lets Hashmark annotate automatically, as host match patterns. */

/** Crypto and security news sites offered on the options page. */
export const SUGGESTED_SITES: { name: string; pattern: string }[] = [
  { name: 'CoinDesk', pattern: 'https://www.coindesk.com/*' },
  { name: 'The Block', pattern: 'https://www.theblock.co/*' },
  { name: 'Decrypt', pattern: 'https://decrypt.co/*' },
  { name: 'Cointelegraph', pattern: 'https://cointelegraph.com/*' },
  { name: 'The Record', pattern: 'https://therecord.media/*' },
  { name: 'BleepingComputer', pattern: 'https://www.bleepingcomputer.com/*' },
  { name: 'Krebs on Security', pattern: 'https://krebsonsecurity.com/*' },
  { name: 'The Hacker News', pattern: 'https://thehackernews.com/*' },
  { name: 'rekt.news', pattern: 'https://rekt.news/*' },
  { name: 'Chainalysis blog', pattern: 'https://www.chainalysis.com/*' },
  { name: 'Elliptic blog', pattern: 'https://www.elliptic.co/*' },
  { name: 'U.S. Department of Justice', pattern: 'https://www.justice.gov/*' },
  { name: 'Europol', pattern: 'https://www.europol.europa.eu/*' },
  { name: 'Reuters', pattern: 'https://www.reuters.com/*' },
  { name: 'BBC News', pattern: 'https://www.bbc.com/*' },
];

/** "https://news.example.com/a/b" → "https://news.example.com/*"; null for pages that are not http(s). */
export function sitePattern(url: string): string | null {
  try {
    const u = new URL(url);
    return u.protocol === 'http:' || u.protocol === 'https:' ? `${u.protocol}//${u.hostname}/*` : null;
  } catch {
    return null;
  }
}
