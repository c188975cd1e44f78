/**
 * How a flag reads to a person, the same in the card, the popup, the summary and the fact citations.
 * No data here: views and citations import it without the lists.
 */
import type { Flag } from '../schema';

/** Whether any of the flags is a listing in force (a removed entry is formerly listed, never listed). */
export const listedToday = (flags: readonly Flag[]): boolean => flags.some((f) => f.removedOn === null);

/** "Listed on OFAC SDN as LAZARUS GROUP since 2019-09-13" or "Formerly listed on OFAC SDN as TORNADO CASH (2022-08-08 to 2025-03-21)". */
export function describeFlag(flag: Flag): string {
  if (flag.removedOn) return `Formerly listed on ${flag.list} as ${flag.name} (${flag.listedOn ?? 'date unknown'} to ${flag.removedOn})`;
  return `Listed on ${flag.list} as ${flag.name}${flag.listedOn ? ` since ${flag.listedOn}` : ''}`;
}

/** What a reader must not take from a screening: said wherever a verdict is shown. */
export const SCREENING_LIMITS = 'Screened offline against the lists shipped with Hashmark; absence from them is not clearance.';

/** The short verdict for a list of flags: "sanctioned", "formerly sanctioned" or null. */
export function flagVerdict(flags: readonly Flag[]): 'sanctioned' | 'formerly sanctioned' | null {
  if (!flags.length) return null;
  return listedToday(flags) ? 'sanctioned' : 'formerly sanctioned';
}
