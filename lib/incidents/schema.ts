/** One incident of the index, and the schema that keeps the data files honest. */
import * as v from 'valibot';
import { CRIME_TYPES } from '../schema';
import { SOURCE_KINDS } from './source-hosts';

export const CATEGORIES = [
  'exchange-hack', 'defi-exploit', 'ransomware', 'cryptojacking', 'darknet-market',
  'scam', 'phishing', 'laundering', 'enforcement',
] as const;
export type Category = (typeof CATEGORIES)[number];

export const CATEGORY_LABELS: Record<Category, string> = {
  'exchange-hack': 'Exchange and custody hacks',
  'defi-exploit': 'DeFi and bridge exploits',
  ransomware: 'Ransomware',
  cryptojacking: 'Cryptojacking and mining botnets',
  'darknet-market': 'Darknet markets',
  scam: 'Ponzi schemes, exit scams and fraud',
  phishing: 'Phishing, social engineering and account takeover',
  laundering: 'Money laundering, mixers and sanctions',
  enforcement: 'Law-enforcement actions',
};

const isoDay = v.pipe(
  v.string(),
  v.regex(/^\d{4}-(0[1-9]|1[0-2])(-(0[1-9]|[12]\d|3[01]))?$/, 'date must be YYYY-MM-DD or YYYY-MM'),
  v.check((s) => s >= '2011-01' && s <= '2026-12', 'date must fall between 2011 and 2026'),
);
const name = v.pipe(v.string(), v.trim(), v.minLength(1));

/**
 * What an amount measures. Figures of different kinds are never compared or added:
 * a mixer's processed volume is not a theft, a ransom demand is not a payment.
 */
export const AMOUNT_KINDS = [
  'stolen', 'lost', 'defrauded', 'extorted', 'demanded', 'seized', 'forfeited', 'laundered', 'processed', 'penalty', 'market-loss',
] as const;
export type AmountKind = (typeof AMOUNT_KINDS)[number];

const AmountSchema = v.pipe(
  v.strictObject({
    kind: v.picklist(AMOUNT_KINDS),
    /** USD value at the time of the incident, as the sources give it */
    usd: v.nullable(v.pipe(v.number(), v.minValue(0))),
    /** the crypto amount as reported: "3,600 ETH" */
    crypto: v.nullable(name),
    /** where sources disagree, or what the figure covers */
    note: v.nullable(name),
  }),
  v.check((a) => a.usd !== null || a.crypto !== null, 'an amount needs a USD value or a crypto amount'),
);

const SourceSchema = v.strictObject({
  url: v.pipe(v.string(), v.url(), v.startsWith('https://')),
  kind: v.picklist(SOURCE_KINDS),
});

export const IncidentSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id must be kebab-case')),
  name,
  aliases: v.array(name),
  date: isoDay,
  category: v.picklist(CATEGORIES),
  crimeTypes: v.pipe(v.array(v.picklist(CRIME_TYPES)), v.minLength(1)),
  amount: v.nullable(AmountSchema),
  actors: v.array(name),
  victims: v.array(name),
  countries: v.array(name),
  assets: v.array(v.pipe(v.string(), v.regex(/^(?=.*[A-Z])[A-Za-z0-9.$-]{1,12}$/, 'assets are tickers (stETH, USDT)'))),
  summary: v.pipe(v.string(), v.minLength(20), v.maxLength(240)),
  sources: v.pipe(v.array(SourceSchema), v.minLength(1)),
  note: v.nullable(v.string()),
});

export type Incident = v.InferOutput<typeof IncidentSchema>;
export type IncidentAmount = NonNullable<Incident['amount']>;
export type IncidentSource = Incident['sources'][number];
