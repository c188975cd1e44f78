/**
 * The keys screening compares, per format: an address by its chain's rules, a name after
 * normalisation. Both compare whole keys, never a prefix or a word of one.
 */
import { cashaddrPayload } from '../extract/cashaddr';

const EVM = /^0x[0-9a-f]{40}$/i;
const BECH32 = /^(?:bc|ltc|tb)1[02-9ac-hj-np-z]{6,87}$/i;
const CASHADDR = /^(?:bitcoincash:)?[qp][02-9ac-hj-np-z]{41}$/i;

/**
 * EVM addresses case-insensitively (EIP-55 mixed case only adds a checksum); bech32 and cashaddr in
 * lower case (cashaddr with or without `bitcoincash:`); every other format exactly, since base58 is
 * case-sensitive.
 */
export function addressKey(text: string): string {
  const t = text.trim();
  if (EVM.test(t) || BECH32.test(t)) return t.toLowerCase();
  if (CASHADDR.test(t)) return cashaddrPayload(t);
  return t;
}

/** Legal forms dropped from the end of a name, compared after dots are removed ("S.R.O." → "sro"). */
const LEGAL_FORMS = new Set([
  'ltd', 'limited', 'llc', 'inc', 'incorporated', 'corp', 'corporation', 'co', 'plc', 'llp', 'lp', 'gmbh', 'ag',
  'sa', 'sas', 'sasu', 'sarl', 'srl', 'sro', 'sia', 'ou', 'oy', 'ab', 'as', 'bv', 'nv', 'jsc', 'ojsc', 'pjsc', 'ooo',
  'pte', 'pty', 'fze', 'fzco', 'fzc', 'dmcc', 'kft', 'spa', 'sl',
]);

function tokens(name: string): string[] {
  return name
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/&/g, ' and ')
    .replace(/\./g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * Case, accents, punctuation and word order ("SEMENOV, Roman" = "Roman Semenov") do not matter;
 * a trailing legal form ("Ltd", "LLC", "OU", "S.R.O.") is dropped only while two or more words remain,
 * because a one-word name without its legal form is too often another company (the exchange Gemini
 * is not "GEMINI S.A.S.U."). Null when nothing is left to compare.
 */
export function nameKey(name: string): string | null {
  const t = tokens(name);
  while (t.length > 2 && LEGAL_FORMS.has(t[t.length - 1]!)) t.pop();
  return t.length ? [...t].sort().join(' ') : null;
}

/**
 * The names a listed person goes by in the news: OFAC writes "SURNAME, Given Middle"; reporters
 * write "Given Surname" without the patronymic ("Artem Lifshits" for "LIFSHITS, Artem Mikhaylovich").
 */
export function personNameVariants(listed: string): string[] {
  const [surname, given] = listed.split(',').map((s) => s.trim());
  if (!surname || !given) return [];
  const first = given.split(/\s+/)[0]!;
  return first === given ? [] : [`${first} ${surname}`];
}
