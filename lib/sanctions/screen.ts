/**
 * Offline sanctions screening: which official lists name an address or a name. Lookup maps are built
 * once, on first use. A flag says a list names it, nothing more; no flag is not clearance.
 */
import type { Flag } from '../schema';
import { csvField } from '../base/csv';
import { SANCTIONS_AS_OF, sanctionedAddresses, sanctionedEntities, addressGroups } from './data';
import type { AddressGroup, SanctionedEntity } from './schema';
import { addressKey, nameKey, personNameVariants } from './match-keys';
import { listedToday } from './describe';

export interface Screener {
  flagsForAddress(address: string): Flag[];
  flagsForName(name: string, aliases?: readonly string[]): Flag[];
}

const toFlag = (e: SanctionedEntity): Flag => ({ list: e.list, name: e.name, listedOn: e.listedOn, removedOn: e.removedOn, source: e.source });

/** Adds `value` under `key` once: one flag per entry, however many ways it matches. */
function addOnce<K>(map: Map<K, SanctionedEntity[]>, key: K, value: SanctionedEntity): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}

/** A screener over the given data (the bundled lists by default; tests pass their own). */
export function createScreener(entities: readonly SanctionedEntity[], groups: readonly AddressGroup[]): Screener {
  let byAddress: Map<string, SanctionedEntity[]> | null = null;
  let byName: Map<string, SanctionedEntity[]> | null = null;

  const addressIndex = () => {
    if (!byAddress) {
      byAddress = new Map();
      for (const row of sanctionedAddresses(entities, groups)) addOnce(byAddress, addressKey(row.address), row.entry);
    }
    return byAddress;
  };
  const nameIndex = () => {
    if (!byName) {
      byName = new Map();
      for (const e of entities) {
        const names = [e.name, ...e.aliases, ...(e.kind === 'person' ? personNameVariants(e.name) : [])];
        for (const n of names) {
          const key = nameKey(n);
          if (key) addOnce(byName, key, e);
        }
      }
    }
    return byName;
  };

  return {
    flagsForAddress(address) {
      return (addressIndex().get(addressKey(address)) ?? []).map(toFlag);
    },
    flagsForName(name, aliases = []) {
      const found: SanctionedEntity[] = [];
      for (const n of [name, ...aliases]) {
        const key = nameKey(n);
        for (const e of (key && nameIndex().get(key)) || []) if (!found.includes(e)) found.push(e);
      }
      return found.map(toFlag);
    },
  };
}

let bundled: Screener | null = null;
const screener = () => (bundled ??= createScreener(sanctionedEntities(), addressGroups()));

/** The lists naming this address, compared by its chain's rules (see addressKey); never by prefix. */
export function flagsForAddress(address: string): Flag[] {
  return screener().flagsForAddress(address);
}

/** The lists naming this entity through any of its names, compared whole after normalisation (see nameKey). */
export function flagsForName(name: string, aliases: readonly string[] = []): Flag[] {
  return screener().flagsForName(name, aliases);
}

// ---------------------------------------------------------------------------------------------------------
// The lookup page: one address or name per line.


export type Verdict = 'listed' | 'formerly-listed' | 'not-listed';

export interface ScreenedLine {
  /** the line as pasted, trimmed */
  input: string;
  kind: 'address' | 'name';
  verdict: Verdict;
  flags: Flag[];
}

/** One word of 25+ letters and digits (a colon allowed, for `bitcoincash:`) is screened as an address. */
const ADDRESS_SHAPE = /^[A-Za-z0-9:]{25,}$/;

/** Listed while any flag is current; formerly listed when every flag has a removal date. */
export function verdictOf(flags: readonly Flag[]): Verdict {
  if (listedToday(flags)) return 'listed';
  return flags.length ? 'formerly-listed' : 'not-listed';
}

export function screenLines(text: string, using: Screener = screener()): ScreenedLine[] {
  return text
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter(Boolean)
    .map((input) => {
      const kind = ADDRESS_SHAPE.test(input) ? 'address' : 'name';
      const flags = kind === 'address' ? using.flagsForAddress(input) : using.flagsForName(input);
      return { input, kind, verdict: verdictOf(flags), flags };
    });
}

export const SCREENING_CSV_COLUMNS = ['input', 'kind', 'verdict', 'list', 'entry', 'listed_on', 'removed_on', 'source', 'data_as_of'] as const;

/**
 * RFC 4180 CSV of screened lines, formula-safe (the same csvField as the facts CSV): one row per flag,
 * or one row with empty list columns for a line no list names. Every row carries the data's month.
 */
export function screeningCsv(lines: readonly ScreenedLine[], asOf: string = SANCTIONS_AS_OF): string {
  const rows = lines.flatMap((l) =>
    l.flags.length
      ? l.flags.map((f) => [l.input, l.kind, l.verdict, f.list, f.name, f.listedOn, f.removedOn, f.source, asOf])
      : [[l.input, l.kind, l.verdict, null, null, null, null, null, asOf]],
  );
  return [[...SCREENING_CSV_COLUMNS], ...rows].map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}
