/** The shape of each knowledge file's rows, checked by tests/unit/knowledge.test.ts. */
import * as v from 'valibot';

const name = v.pipe(v.string(), v.minLength(1), v.check((s) => s === s.trim() && !/\s{2}/.test(s), 'no stray spaces'));
const base = { name, aliases: v.array(name), ambiguous: v.optional(v.boolean()) };

export const KNOWLEDGE_SCHEMAS = {
  agencies: v.strictObject({ ...base, country: name }),
  organizations: v.strictObject({ ...base, kind: v.picklist(['exchange', 'custodian', 'defi', 'bridge', 'wallet', 'mixer', 'analytics', 'security', 'tech', 'media', 'payments', 'darknet-market', 'mining', 'other']) }),
  threats: v.strictObject({ ...base, kind: v.picklist(['malware', 'ransomware', 'botnet', 'miner', 'drainer', 'group', 'state-group', 'campaign']) }),
  assets: v.strictObject({ ...base, ticker: v.pipe(v.string(), v.regex(/^(?=.*[A-Z])[A-Za-z0-9.$-]{1,12}$/)), tickerIsWord: v.optional(v.boolean()) }),
  places: v.strictObject({ ...base, demonyms: v.array(name), kind: v.picklist(['country', 'region', 'state', 'city']) }),
  people: v.strictObject(base),
};
