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

/** `ethereum` stands for every EVM chain (Ethereum Classic, BSC, Arbitrum…): one 0x address format. */
export const CHAINS = [
  'bitcoin', 'ethereum', 'tron', 'solana', 'monero', 'litecoin', 'xrp',
  'zcash', 'dash', 'bitcoin-cash', 'bitcoin-sv', 'bitcoin-gold',
] as const;
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
  /** the official lists that name it (sanctions screening); [] when none */
  flags: Flag[];
}
/** An entity as the extractors find it, before screening. */
export type FoundEntity = Omit<Entity, 'flags'>;

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
  /** the official lists that name it (sanctions screening); [] when none */
  flags: Flag[];
}
/** An address as the extractor finds it, before screening. */
export type FoundAddress = Omit<Address, 'flags'>;

/**
 * An official list that names an address or an entity (docs/annotation-schema.md, "Flags").
 * `removedOn` set means formerly listed, never listed.
 */
export interface Flag {
  /** e.g. "OFAC SDN", "FinCEN 9714" */
  list: string;
  /** the list entry's own name */
  name: string;
  /** YYYY-MM-DD of the action that listed the entry, null when not known */
  listedOn: string | null;
  /** YYYY-MM-DD of its removal, null while listed */
  removedOn: string | null;
  /** https URL of the official publication */
  source: string;
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
  /** set when an official list names it today: the page marks it for the reader */
  flag?: 'sanctioned';
}

/** What a highlight's card says: its kind, the text, what it means and what the incident index knows. */
export interface CardInfo {
  kind: string;
  text: string;
  meaning: string;
  /** what the incident index knows, one line each */
  lines: string[];
  /** whether "Cite this fact" is offered */
  citable?: boolean;
  /** the sanctions lists that name it, each with its official source (a link opened only on click) */
  listings?: { text: string; source: string; current: boolean }[];
  /** "in 2 other articles you read", and the search that opens the case file on them */
  caseFile?: { line: string; search: string };
}
