/** The annotation of one article: the contract in docs/annotation-schema.md. */

export const SCHEMA_VERSION = 'hashmark/annotation@1';

export const ENTITY_TYPES = ['person', 'organization', 'agency', 'location', 'asset', 'threat'] as const;
export type EntityType = (typeof ENTITY_TYPES)[number];

export const FIGURE_KINDS = ['money', 'crypto', 'count', 'percent', 'date', 'duration'] as const;
export type FigureKind = (typeof FIGURE_KINDS)[number];

export const CRIME_TYPES = [
  'cryptojacking', 'botnet', 'ransomware', 'extortion', 'malware', 'phishing',
  'exchange-hack', 'defi-exploit', 'rug-pull', 'ponzi', 'investment-scam',
  'fraud', 'money-laundering', 'darknet-market', 'sanctions', 'data-theft',
  'account-takeover', 'market-manipulation',
] as const;
export type CrimeType = (typeof CRIME_TYPES)[number];

export const CHAINS = ['bitcoin', 'ethereum', 'tron', 'solana', 'monero', 'litecoin', 'xrp'] as const;
export type Chain = (typeof CHAINS)[number];

export interface ArticleMeta {
  title: string | null;
  url: string | null;
  publisher: string | null;
  authors: string[];
  /** YYYY-MM-DD, YYYY-MM or YYYY */
  publishedAt: string | null;
  language: string | null;
}

export interface Entity {
  type: EntityType;
  name: string;
  aliases: string[];
  mentions: number;
}

interface FigureBase {
  text: string;
  approximate?: boolean;
}
export interface MoneyFigure extends FigureBase { kind: 'money'; value: number; currency: string }
export interface CryptoFigure extends FigureBase { kind: 'crypto'; value: number; asset: string }
export interface CountFigure extends FigureBase { kind: 'count'; value: number; unit: string }
export interface PercentFigure extends FigureBase { kind: 'percent'; value: number }
export interface DateFigure extends FigureBase { kind: 'date'; value: string }
export interface DurationFigure extends FigureBase { kind: 'duration'; value: number; unit: 'year' | 'month' | 'week' | 'day' }
export type Figure = MoneyFigure | CryptoFigure | CountFigure | PercentFigure | DateFigure | DurationFigure;

export interface Address {
  chain: Chain;
  text: string;
  valid: boolean;
}

export interface IncidentRef {
  id: string;
  name: string;
}

export interface RelatedIncident extends IncidentRef {
  date: string;
  score: number;
  why: string[];
}

/** The story at a glance: see docs/annotation-schema.md, `summary`. */
export interface Summary {
  /** the headline sum stolen, lost, defrauded, extorted, seized or laundered */
  amount: MoneyFigure | CryptoFigure | null;
  /** when the incident happened (ISO prefix), not the publication date */
  date: string | null;
  /** entity names, as in `entities` */
  victims: string[];
  actors: string[];
  agencies: string[];
}

/** Why a crime type was given: the sentence of the article that says it most plainly. */
export interface CrimeEvidence {
  type: CrimeType;
  sentence: string;
}

export interface CslName {
  family?: string;
  given?: string;
  literal?: string;
  'non-dropping-particle'?: string;
}
export interface CslDate {
  'date-parts': [number, number?, number?][];
}
export interface CslItem {
  type: 'article-newspaper';
  title?: string;
  author?: CslName[];
  'container-title'?: string;
  publisher?: string;
  issued?: CslDate;
  accessed?: CslDate;
  URL?: string;
  language?: string;
}

export interface Annotation {
  schema: typeof SCHEMA_VERSION;
  article: ArticleMeta;
  entities: Entity[];
  figures: Figure[];
  addresses: Address[];
  crimeTypes: CrimeType[];
  /** one row per crime type, in the same order */
  crimeEvidence: CrimeEvidence[];
  incident: IncidentRef | null;
  related: RelatedIncident[];
  summary: Summary;
  citation: { csl: CslItem };
}

/** What the page highlights: one mention, as character offsets into one text block. */
export type SpanType = EntityType | FigureKind | 'address';
export interface Span {
  block: number;
  start: number;
  end: number;
  type: SpanType;
  /** index into annotation.entities / figures / addresses, for cards and "jump to" */
  ref: number;
}
