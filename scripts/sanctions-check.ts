/**
 * Validates the sanctions data (lib/sanctions/data/): the schema (dates, official https sources),
 * every address's own chain checksum, every address group's entry, the date order. The unit test
 * tests/unit/sanctions-data.test.ts runs the same check; `npx tsx scripts/sanctions-check.ts` prints it.
 */
import * as v from 'valibot';
import { checksumValid } from '../lib/extract/addresses';
import { addressGroups, sanctionedAddresses, sanctionedEntities, SANCTIONS_AS_OF } from '../lib/sanctions/data';
import { AddressesFileSchema, EntitiesFileSchema } from '../lib/sanctions/schema';
import entitiesFile from '../lib/sanctions/data/entities.json';
import addressesFile from '../lib/sanctions/data/addresses.json';

const issues = (where: string, r: v.SafeParseResult<v.GenericSchema>) =>
  r.success ? [] : r.issues.map((x) => `${where} ${v.getDotPath(x) ?? ''}: ${x.message}`);

/** Every problem found, as a readable line; empty when the data is sound. */
export function sanctionsDataProblems(): string[] {
  const entities = sanctionedEntities();
  const names = entities.map((e) => e.name);
  const rows = sanctionedAddresses();
  const seen = new Set<string>();
  return [
    ...issues('entities.json', v.safeParse(EntitiesFileSchema, entitiesFile)),
    ...issues('addresses.json', v.safeParse(AddressesFileSchema, addressesFile)),
    ...(addressesFile.asOf === SANCTIONS_AS_OF ? [] : ['the two files disagree on asOf']),
    ...names.filter((n, i) => names.indexOf(n) !== i).map((n) => `entity listed twice: ${n}`),
    ...entities.filter((e) => e.removedOn !== null && e.removedOn < e.listedOn).map((e) => `${e.name}: removed before listed`),
    ...addressGroups().filter((g) => !names.includes(g.entry)).map((g) => `addresses of an unknown entry: ${g.entry}`),
    ...rows.filter((r) => !checksumValid(r.chain, r.address)).map((r) => `${r.entry.name}: ${r.asset} ${r.address} fails the ${r.chain} checksum`),
    ...rows.flatMap((r) => {
      const key = `${r.entry.name}|${r.asset}|${r.address}`;
      if (seen.has(key)) return [`listed twice: ${key}`];
      seen.add(key);
      return [];
    }),
  ];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const problems = sanctionsDataProblems();
  const assets = new Set(sanctionedAddresses().map((r) => r.asset));
  console.log(`${sanctionedAddresses().length} addresses, ${assets.size} assets, ${sanctionedEntities().length} entries, as of ${SANCTIONS_AS_OF}`);
  console.log(problems.length ? problems.join('\n') : 'no problems');
  process.exitCode = problems.length ? 1 : 0;
}
