/** What the case file stores: the records and the inputs that make them. */
import type { Address, Annotation, CrimeType, CslItem, EntityType, Figure, Flag, Span } from '../schema';

/** One name as an article gave it. */
export interface CaseName {
  type: EntityType;
  name: string;
  aliases: string[];
  mentions: number;
  /** the sanctions lists that named it when the article was read ([] when none) */
  sanctions: Flag[];
}

/** One address as an article gave it, with what is known about it. */
export interface CaseAddress {
  chain: Address['chain'];
  text: string;
  /** what the address itself shows: "invalid-checksum" */
  flags: string[];
  /** the sanctions lists that named it when the article was read ([] when none) */
  sanctions: Flag[];
}

/** A figure with the sentence it stands in, kept so a cited fact survives later edits of the page. */
export interface CaseFact {
  figure: Figure;
  sentence: string;
}

export interface CaseIncident {
  id: string;
  name: string;
  /** the incident's date in the shipped index (YYYY-MM-DD, YYYY-MM or YYYY), when known */
  date: string | null;
}

/** The article's largest amount: what the table's "amount" column shows and incidents compare. */
export interface HeadlineAmount {
  /** "$625m", "173,600 ETH" */
  label: string;
  kind: 'money' | 'crypto';
  value: number;
  unit: string;
}

/** One article of the case file; the URL is its key. Its text is stored apart (see CaseText). */
export interface CaseArticle {
  url: string;
  title: string | null;
  publisher: string | null;
  authors: string[];
  /** YYYY-MM-DD, YYYY-MM or YYYY */
  publishedAt: string | null;
  /** when the reader (last) read it, ISO 8601 */
  readAt: string;
  /** when this record last changed, ms since the epoch: the search index catches up from it */
  updatedAt: number;
  names: CaseName[];
  facts: CaseFact[];
  addresses: CaseAddress[];
  crimeTypes: CrimeType[];
  incident: CaseIncident | null;
  /** one line: "exchange hack · Lazarus Group, FBI · $625m" */
  summary: string;
  headline: HeadlineAmount | null;
  csl: CslItem;
  /** SHA-256 of the article's text (blocks joined by a blank line), hex */
  textHash: string;
  /** whether the text was kept (see CaseText) */
  hasText: boolean;
  tags: string[];
  note: string;
  /** index keys, derived: lower-cased names and aliases, normalized addresses, the incident id */
  nameKeys: string[];
  addressKeys: string[];
  incidentId?: string;
}

export interface CaseText {
  url: string;
  text: string;
}

export interface CaseQuote {
  id?: number;
  url: string;
  text: string;
  /** the page URL with a text directive selecting the quote */
  fragmentUrl: string;
  /** ISO 8601 */
  createdAt: string;
}

/** What the background hands recordArticle after annotating a page. */
export interface ArticleInput {
  url: string;
  annotation: Annotation;
  spans: readonly Span[];
  blocks: readonly string[];
  /** incident date from the shipped index, when the article matched one */
  incidentDate?: string | null;
  /** the reader's "keep text" setting */
  keepText: boolean;
  /** defaults to now */
  readAt?: Date;
}

export type SortKey = 'readAt' | 'publishedAt' | 'title' | 'publisher' | 'incident' | 'amount';

export interface ArticleFilter {
  crimeType?: CrimeType;
  incidentId?: string;
  publisher?: string;
  tag?: string;
  /** inclusive, compared with publishedAt (YYYY[-MM[-DD]]) */
  from?: string;
  to?: string;
  /** full-text search over titles, names and text */
  search?: string;
}

export interface ListOptions extends ArticleFilter {
  sort?: SortKey;
  descending?: boolean;
  offset?: number;
  /** 50 unless given; Infinity for every match */
  limit?: number;
}

export interface ArticlePage {
  rows: CaseArticle[];
  /** how many articles match the filter, before offset/limit */
  total: number;
}

export interface Undo {
  /** how many articles were deleted */
  count: number;
  undo(): Promise<void>;
}

export const EXPORT_FORMAT = 'hashmark/casefile@1';
/** Fields of a stored article that are derived or internal, left out of exports and recomputed on import. */
export type DerivedField = 'updatedAt' | 'nameKeys' | 'addressKeys' | 'incidentId' | 'hasText';
export type ExportedArticle = Omit<CaseArticle, DerivedField> & { text?: string };
export interface CaseFileExport {
  format: typeof EXPORT_FORMAT;
  exportedAt: string;
  articles: ExportedArticle[];
  quotes: Omit<CaseQuote, 'id'>[];
}
