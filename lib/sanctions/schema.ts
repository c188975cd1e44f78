/**
 * The sanctions data files (lib/sanctions/data/) and the schema that keeps them honest: every entry
 * has a list, a date and an official https source; every address belongs to an entry.
 */
import * as v from 'valibot';
import { CHAINS } from '../schema';
import { ASSET_CHAIN } from './data';

/** Hosts of the publications a row may cite: Treasury, OFAC, FinCEN, the UK government. */
export const OFFICIAL_HOSTS = [
  'home.treasury.gov', 'ofac.treasury.gov', 'treasury.gov', 'www.treasury.gov', 'sanctionssearch.ofac.treas.gov',
  'www.fincen.gov', 'fincen.gov', 'www.gov.uk', 'gov.uk',
] as const;

const isoDay = v.pipe(v.string(), v.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/, 'dates are YYYY-MM-DD'));
const name = v.pipe(v.string(), v.trim(), v.minLength(1));
const officialUrl = v.pipe(
  v.string(),
  v.url(),
  v.startsWith('https://'),
  v.check((u) => (OFFICIAL_HOSTS as readonly string[]).includes(new URL(u).hostname), 'sources must be official publications'),
);

export const ENTITY_KINDS = ['service', 'group', 'person', 'company'] as const;

export const SanctionedEntitySchema = v.strictObject({
  /** as the list writes it: "GARANTEX EUROPE OU", "SEMENOV, Roman" */
  name,
  aliases: v.array(name),
  kind: v.picklist(ENTITY_KINDS),
  list: v.picklist(['OFAC SDN', 'FinCEN 9714', 'UK']),
  /** the list's program tags, comma-separated (CYBER2, DPRK3, RUSSIA-EO14024); null when not confirmed */
  program: v.nullable(name),
  /** the date of the action that listed the entry */
  listedOn: isoDay,
  removedOn: v.nullable(isoDay),
  source: officialUrl,
});
export type SanctionedEntity = v.InferOutput<typeof SanctionedEntitySchema>;

/** OFAC's currency codes ("Digital Currency Address - XBT") as they appear on the list. */
const asset = v.pipe(v.string(), v.regex(/^[A-Z]{2,5}$/, 'assets are OFAC codes (XBT, ETH, USDT)'));
const chain = v.picklist(CHAINS);

/** Addresses grouped by the entry that lists them, then by "ASSET/chain": a compact form of one row per address. */
export const AddressGroupSchema = v.strictObject({
  entry: name,
  addresses: v.record(
    v.pipe(v.string(), v.regex(ASSET_CHAIN), v.check((k) => v.is(asset, k.split('/')[0]) && v.is(chain, k.split('/')[1]), 'unknown asset or chain')),
    v.pipe(v.array(v.pipe(v.string(), v.regex(/^\S+$/))), v.minLength(1)),
  ),
});
export type AddressGroup = v.InferOutput<typeof AddressGroupSchema>;

/** YYYY-MM: the month the data was last checked against the lists. */
const month = v.pipe(v.string(), v.regex(/^\d{4}-(0[1-9]|1[0-2])$/));
export const EntitiesFileSchema = v.strictObject({ asOf: month, coverage: name, entities: v.array(SanctionedEntitySchema) });
export const AddressesFileSchema = v.strictObject({ asOf: month, groups: v.array(AddressGroupSchema) });
