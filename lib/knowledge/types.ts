/** Rows of the knowledge files in this folder (reviewable data, validated by tests/unit/knowledge.test.ts). */
export interface NamedRow {
  name: string;
  aliases: string[];
  /** the name or an alias is also an ordinary word that may begin a sentence */
  ambiguous?: boolean;
}
export interface AgencyRow extends NamedRow { country: string }
export interface OrganizationRow extends NamedRow { kind: string }
export interface ThreatRow extends NamedRow { kind: string }
export interface AssetRow extends NamedRow { ticker: string; tickerIsWord?: boolean }
export interface PlaceRow extends NamedRow { demonyms: string[]; kind: 'country' | 'region' | 'state' | 'city' }
export type PersonRow = NamedRow;
