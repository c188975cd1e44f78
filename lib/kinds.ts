/**
 * The registry of highlight kinds: every entity type, figure kind and the address kind declared once,
 * with its labels, default colours, how its value reads and its role in the story summary. Every other
 * module asks here; the `satisfies` clauses make the compiler name a kind that lacks an entry.
 */
import type { CrimeType, EntityType, Figure, FigureKind, SpanType } from './schema';
import { plural } from './base/text';

export interface Swatch { background: string; color: string }

/** Where a kind stands in the popup: the names, the figures or the addresses. */
export type KindGroup = 'names' | 'figures' | 'addresses';
/** The line of "the story at a glance" a kind feeds, if any. */
export type SummaryRole = 'who' | 'where' | 'how-much' | 'when' | null;

interface KindSpec {
  /** one thing of this kind, for cards: "Agency or court" */
  singular: string;
  /** many, for the legend, the options and section titles: "Agencies and courts" */
  plural: string;
  group: KindGroup;
  swatch: Swatch;
  summaryRole: SummaryRole;
}

interface EntityKindSpec extends KindSpec {
  /** the tag compromise's lexicon gives names of this type */
  nlpTag: string;
}

interface FigureKindSpec<F extends Figure> extends KindSpec {
  /** the unit a value is counted in: currency, asset, counted noun, time unit; null when the value says it all */
  unit: (figure: F) => string | null;
  /** how a normalized value reads: "1,500,000,000 USD", "6 years", "12%" */
  read: (value: F['value'], unit: string | null) => string;
}

type FigureSpecs = { [K in FigureKind]: FigureKindSpec<Extract<Figure, { kind: K }>> };

const number = (n: number) => n.toLocaleString('en-US', { maximumFractionDigits: 8 });
const amount = (value: number, unit: string | null) => `${number(value)} ${unit ?? ''}`.trim();
const counted = (value: number, unit: string | null) => `${number(value)} ${plural(value, unit ?? '')}`.trim();

export const ENTITY_KINDS = {
  person: { singular: 'Person', plural: 'People', group: 'names', summaryRole: 'who', nlpTag: 'Person', swatch: { background: '#ffe08a', color: '#1f1a00' } },
  organization: { singular: 'Organization', plural: 'Organizations', group: 'names', summaryRole: 'who', nlpTag: 'Organization', swatch: { background: '#cfe5ff', color: '#00224d' } },
  agency: { singular: 'Agency or court', plural: 'Agencies and courts', group: 'names', summaryRole: 'who', nlpTag: 'Agency', swatch: { background: '#e4d7ff', color: '#250a5c' } },
  location: { singular: 'Place', plural: 'Places', group: 'names', summaryRole: 'where', nlpTag: 'Place', swatch: { background: '#c8f0da', color: '#00331a' } },
  asset: { singular: 'Crypto asset', plural: 'Crypto assets', group: 'names', summaryRole: null, nlpTag: 'CryptoAsset', swatch: { background: '#ffd8b0', color: '#3d1c00' } },
  threat: { singular: 'Threat or group', plural: 'Threats and groups', group: 'names', summaryRole: 'who', nlpTag: 'Threat', swatch: { background: '#ffd0d6', color: '#4d0010' } },
} as const satisfies Record<EntityType, EntityKindSpec>;

export const FIGURE_KINDS_SPEC: FigureSpecs = {
  money: { singular: 'Money', plural: 'Money', group: 'figures', summaryRole: 'how-much', swatch: { background: '#fff3b0', color: '#2b2400' }, unit: (f) => f.currency, read: amount },
  crypto: { singular: 'Crypto amount', plural: 'Crypto amounts', group: 'figures', summaryRole: 'how-much', swatch: { background: '#fff3b0', color: '#2b2400' }, unit: (f) => f.asset, read: amount },
  count: { singular: 'Count', plural: 'Counts', group: 'figures', summaryRole: 'how-much', swatch: { background: '#f1f3b8', color: '#262800' }, unit: (f) => f.unit, read: counted },
  percent: { singular: 'Percentage', plural: 'Percentages', group: 'figures', summaryRole: null, swatch: { background: '#f1f3b8', color: '#262800' }, unit: () => null, read: (v) => `${number(v)}%` },
  date: { singular: 'Date', plural: 'Dates', group: 'figures', summaryRole: 'when', swatch: { background: '#e9eef3', color: '#17212b' }, unit: () => null, read: (v) => v },
  duration: { singular: 'Duration', plural: 'Durations', group: 'figures', summaryRole: null, swatch: { background: '#e9eef3', color: '#17212b' }, unit: (f) => f.unit, read: counted },
};

export const ADDRESS_KIND: KindSpec = {
  singular: 'Address', plural: 'Addresses', group: 'addresses', summaryRole: null, swatch: { background: '#c9f2f2', color: '#003333' },
};

/** Every highlight kind in the legend's order: names, then figures, then addresses. */
export const SPAN_TYPES = [...Object.keys(ENTITY_KINDS), ...Object.keys(FIGURE_KINDS_SPEC), 'address'] as SpanType[];

export function kindOf(type: SpanType): KindSpec {
  if (type === 'address') return ADDRESS_KIND;
  return type in ENTITY_KINDS ? ENTITY_KINDS[type as EntityType] : FIGURE_KINDS_SPEC[type as FigureKind];
}

export const isFigureKind = (type: string): type is FigureKind => type in FIGURE_KINDS_SPEC;
export const isSpanType = (type: unknown): type is SpanType => typeof type === 'string' && (SPAN_TYPES as string[]).includes(type);

type LooseFigureSpec = { unit: (f: Figure) => string | null; read: (value: number | string, unit: string | null) => string };
const figureSpec = (kind: FigureKind) => FIGURE_KINDS_SPEC[kind] as unknown as LooseFigureSpec;

/** The unit a figure's value is counted in (currency, asset, noun, time unit), or null. */
export const figureUnit = (f: Figure): string | null => figureSpec(f.kind).unit(f);

/** How a figure's normalized value reads to a person: "1,000,000,000 USD", "6 years", "2019-08-28". */
export function figureValue(f: Figure): string {
  return `${f.approximate ? 'at least ' : ''}${readValue(f.kind, f.value, figureUnit(f))}`;
}

/** The same reading from parts (a cited fact keeps kind, value and unit, not the figure). */
export function readValue(kind: FigureKind, value: number | string, unit: string | null): string {
  return figureSpec(kind).read(value, unit);
}

export const CRIME_TYPE_LABELS = {
  cryptojacking: 'cryptojacking', botnet: 'botnet', ransomware: 'ransomware', extortion: 'extortion', malware: 'malware',
  phishing: 'phishing', 'exchange-hack': 'exchange hack', 'defi-exploit': 'DeFi exploit', 'rug-pull': 'rug pull',
  ponzi: 'Ponzi scheme', 'investment-scam': 'investment scam', fraud: 'fraud', 'money-laundering': 'money laundering',
  'darknet-market': 'darknet market', sanctions: 'sanctions', 'data-theft': 'data theft', 'account-takeover': 'account takeover',
  'market-manipulation': 'market manipulation',
} as const satisfies Record<CrimeType, string>;
