/** How an incident's amount reads, always with what it measures: "$600m stolen", "1,000 BTC seized". */
import { usdShort } from '../base/money';
import type { AmountKind, Incident } from './schema';

/** The words after a figure of each kind. */
export const AMOUNT_KIND_WORDS: Record<AmountKind, string> = {
  stolen: 'stolen',
  lost: 'lost',
  defrauded: 'taken by fraud',
  extorted: 'ransom paid',
  demanded: 'ransom demanded',
  seized: 'seized',
  forfeited: 'forfeited',
  laundered: 'laundered',
  processed: 'processed',
  penalty: 'in penalties',
  'market-loss': 'in market value wiped out',
};

/** "$600m stolen", or the crypto amount when no USD value is known ("1,000 BTC seized"); null without an amount. */
export function amountText(incident: Pick<Incident, 'amount'>): string | null {
  const a = incident.amount;
  if (!a) return null;
  const figure = a.usd !== null ? usdShort(a.usd) : a.crypto;
  return figure ? `${figure} ${AMOUNT_KIND_WORDS[a.kind]}` : null;
}

/** Totals per kind, never across kinds: "$1.2bn stolen, $30m seized"; null when no USD value is known. */
export function amountTotalsText(incidents: readonly Pick<Incident, 'amount'>[]): string | null {
  const totals = new Map<AmountKind, number>();
  for (const { amount } of incidents) if (amount?.usd) totals.set(amount.kind, (totals.get(amount.kind) ?? 0) + amount.usd);
  if (!totals.size) return null;
  return [...totals].sort((a, b) => b[1] - a[1]).map(([kind, usd]) => `${usdShort(usd)} ${AMOUNT_KIND_WORDS[kind]}`).join(', ');
}
