/** One incident of the index, and the schema that keeps the data files honest. */
import * as v from 'valibot';
import { CRIME_TYPES } from '../schema';

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

export const IncidentSchema = v.strictObject({
  id: v.pipe(v.string(), v.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'id must be kebab-case')),
  name,
  aliases: v.array(name),
  date: isoDay,
  category: v.picklist(CATEGORIES),
  crimeTypes: v.pipe(v.array(v.picklist(CRIME_TYPES)), v.minLength(1)),
  amountUsd: v.nullable(v.pipe(v.number(), v.minValue(0))),
  cryptoAmount: v.nullable(name),
  actors: v.array(name),
  victims: v.array(name),
  countries: v.array(name),
  assets: v.array(v.pipe(v.string(), v.regex(/^(?=.*[A-Z])[A-Za-z0-9.$-]{1,12}$/, 'assets are tickers (stETH, USDT)'))),
  summary: v.pipe(v.string(), v.minLength(20), v.maxLength(240)),
  sources: v.pipe(v.array(v.pipe(v.string(), v.url(), v.startsWith('https://'))), v.minLength(1)),
  note: v.nullable(v.string()),
});

export type Incident = v.InferOutput<typeof IncidentSchema>;
