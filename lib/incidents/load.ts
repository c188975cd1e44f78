/**
 * The incident index as the engine uses it. The data files are bundled (as minified
 * JSON) into the background and popup only; the content script never imports this.
 */
import type { Incident } from './schema';
import exchangeHack from './data/exchange-hack.json';
import defiExploit from './data/defi-exploit.json';
import ransomware from './data/ransomware.json';
import cryptojacking from './data/cryptojacking.json';
import darknetMarket from './data/darknet-market.json';
import scam from './data/scam.json';
import phishing from './data/phishing.json';
import laundering from './data/laundering.json';
import enforcement from './data/enforcement.json';

export const INCIDENT_FILES: Record<string, unknown[]> = {
  'exchange-hack': exchangeHack,
  'defi-exploit': defiExploit,
  ransomware,
  cryptojacking,
  'darknet-market': darknetMarket,
  scam,
  phishing,
  laundering,
  enforcement,
};

let cached: Incident[] | null = null;

/** Every incident, newest first. Validation is the tests' job (tests/unit/incidents.test.ts). */
export function loadIndex(): Incident[] {
  cached ??= Object.values(INCIDENT_FILES)
    .flat()
    .map((r) => r as Incident)
    .sort((a, b) => b.date.localeCompare(a.date));
  return cached;
}
