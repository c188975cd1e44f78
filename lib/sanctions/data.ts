/**
 * The bundled sanctions data as rows: one per listed address, each joined to its entry. Validation
 * is the tests' job (tests/unit/sanctions-data.test.ts, scripts/sanctions-check.ts).
 */
import type { Chain } from '../schema';
import type { AddressGroup, SanctionedEntity } from './schema';
import entitiesFile from './data/entities.json';
import addressesFile from './data/addresses.json';

/** "XBT/bitcoin": the code OFAC gives the address, then the Hashmark chain whose format it has. */
export const ASSET_CHAIN = /^([A-Z]{2,5})\/([a-z-]+)$/;

export interface SanctionedAddress {
  address: string;
  /** OFAC's currency code for it: XBT, ETH, USDT… */
  asset: string;
  chain: Chain;
  entry: SanctionedEntity;
}

export const SANCTIONS_AS_OF: string = entitiesFile.asOf;
export const SANCTIONS_COVERAGE: string = entitiesFile.coverage;

export const sanctionedEntities = (): readonly SanctionedEntity[] => entitiesFile.entities as unknown as SanctionedEntity[];
export const addressGroups = (): readonly AddressGroup[] => addressesFile.groups as unknown as AddressGroup[];

/** Every listed address with its entry; an address whose entry is missing is skipped (the data test fails on it). */
export function sanctionedAddresses(
  entities: readonly SanctionedEntity[] = sanctionedEntities(),
  groups: readonly AddressGroup[] = addressGroups(),
): SanctionedAddress[] {
  const byName = new Map(entities.map((e) => [e.name, e]));
  return groups.flatMap((g) => {
    const entry = byName.get(g.entry);
    if (!entry) return [];
    return Object.entries(g.addresses).flatMap(([key, list]) => {
      const [, asset, chain] = ASSET_CHAIN.exec(key) ?? [];
      return asset && chain ? list.map((address) => ({ address, asset, chain: chain as Chain, entry })) : [];
    });
  });
}
