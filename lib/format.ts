/** How normalized values read to a person: "1,000,000,000 USD", "6 years", "2019-08-28". */
import type { Figure, EntityType, FigureKind } from './schema';

const number = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 8 });
const plural = (n: number, unit: string) => (n === 1 ? unit : unit.endsWith('y') && !/[aeiou]y$/.test(unit) ? `${unit.slice(0, -1)}ies` : /(s|x|ch|sh)$/.test(unit) ? `${unit}es` : `${unit}s`);

export function figureValue(f: Figure): string {
  const approx = f.approximate ? 'at least ' : '';
  switch (f.kind) {
    case 'money':
      return `${approx}${number(f.value)} ${f.currency}`;
    case 'crypto':
      return `${approx}${number(f.value)} ${f.asset}`;
    case 'count':
      return `${approx}${number(f.value)} ${plural(f.value, f.unit)}`;
    case 'percent':
      return `${number(f.value)}%`;
    case 'date':
      return f.value;
    case 'duration':
      return `${number(f.value)} ${plural(f.value, f.unit)}`;
  }
}

export const ENTITY_LABELS: Record<EntityType, string> = {
  person: 'People',
  organization: 'Organizations',
  agency: 'Agencies and courts',
  location: 'Places',
  asset: 'Crypto assets',
  threat: 'Threats and groups',
};

/** One thing of each type, for cards: "Agency or court". */
export const ENTITY_KIND_LABELS: Record<EntityType, string> = {
  person: 'Person',
  organization: 'Organization',
  agency: 'Agency or court',
  location: 'Place',
  asset: 'Crypto asset',
  threat: 'Threat or group',
};

export const FIGURE_LABELS: Record<FigureKind, string> = {
  money: 'Money',
  crypto: 'Crypto amount',
  count: 'Count',
  percent: 'Percentage',
  date: 'Date',
  duration: 'Duration',
};

/** A dollar amount in a few characters: "$281m", "$1.75bn", "$5,665". */
export function usdShort(n: number): string {
  return `$${n >= 1e9 ? `${+(n / 1e9).toFixed(2)}bn` : n >= 1e6 ? `${+(n / 1e6).toFixed(1)}m` : n.toLocaleString('en-US')}`;
}
