/**
 * The domain knowledge: names, aliases and tickers of the things crypto-crime news is
 * about, as one gazetteer keyed by lower-cased surface form.
 */
import type { EntityType } from '../schema';
import { collapseSpace, isAllCaps, nameKey } from '../base/text';
import agencies from './agencies.json';
import organizations from './organizations.json';
import threats from './threats.json';
import assets from './assets.json';
import places from './places.json';
import people from './people.json';
import type { AgencyRow, AssetRow, NamedRow, OrganizationRow, PersonRow, PlaceRow, ThreatRow } from './types';

export interface KnownThing {
  type: EntityType;
  /** canonical name */
  name: string;
  /** every surface form, as written in the data */
  forms: string[];
  ambiguous: boolean;
  ticker?: string;
  tickerIsWord?: boolean;
}

export interface Gazetteer {
  /** name key (lower case, no full stops) → things it may name (usually one) */
  byForm: Map<string, KnownThing[]>;
  /** lower-cased demonyms ("french", "north korean") */
  demonyms: Set<string>;
  /** upper-case ticker → asset */
  tickers: Map<string, KnownThing>;
  /** the longest form, in words */
  maxWords: number;
  /** first word of any form → the most words a form starting with it has */
  firstWords: Map<string, number>;
}

export const KNOWLEDGE = {
  agencies: agencies as AgencyRow[],
  organizations: organizations as OrganizationRow[],
  threats: threats as ThreatRow[],
  assets: assets as AssetRow[],
  places: places as PlaceRow[],
  people: people as PersonRow[],
};

function add(g: Gazetteer, type: EntityType, row: NamedRow, extra: Partial<KnownThing> = {}): KnownThing {
  const forms = [row.name, ...row.aliases].filter((f) => f && f.trim());
  const thing: KnownThing = { type, name: row.name, forms, ambiguous: !!row.ambiguous, ...extra };
  for (const form of forms) {
    const key = nameKey(form);
    const list = g.byForm.get(key) ?? [];
    list.push(thing);
    g.byForm.set(key, list);
    const words = key.split(' ');
    g.maxWords = Math.max(g.maxWords, words.length);
    const first = words[0]!.replace(/'s$/, '');
    g.firstWords.set(first, Math.max(g.firstWords.get(first) ?? 0, words.length));
  }
  return thing;
}

let cached: Gazetteer | null = null;

export function gazetteer(): Gazetteer {
  if (cached) return cached;
  const g: Gazetteer = { byForm: new Map(), demonyms: new Set(), tickers: new Map(), maxWords: 1, firstWords: new Map() };
  for (const row of KNOWLEDGE.agencies) add(g, 'agency', row);
  for (const row of KNOWLEDGE.organizations) add(g, 'organization', row);
  for (const row of KNOWLEDGE.threats) add(g, 'threat', row);
  for (const row of KNOWLEDGE.people) add(g, 'person', row);
  for (const row of KNOWLEDGE.places) {
    add(g, 'location', row);
    for (const d of row.demonyms) g.demonyms.add(d.toLowerCase());
  }
  for (const row of KNOWLEDGE.assets) {
    const thing = add(g, 'asset', { ...row, aliases: [...row.aliases, row.ticker] }, { ticker: row.ticker, tickerIsWord: !!row.tickerIsWord });
    if (!g.tickers.has(row.ticker.toUpperCase())) g.tickers.set(row.ticker.toUpperCase(), thing);
  }
  cached = g;
  return g;
}

/** A form as compared with text: spaces collapsed, full stops dropped, curly apostrophes straightened. */
const comparableForm = (s: string) => collapseSpace(s).replace(/\./g, '').replace(/[’]/g, "'");

const isCamelCase = (s: string) => /^\p{Lu}\p{Ll}+\p{Lu}/u.test(s) || /^\p{Lu}{2}\p{Ll}/u.test(s);

/**
 * Whether text as written names a thing: forms match case-sensitively (full stops aside);
 * a form written in lower case ("bitcoin") matches in any case; long names also in capitals.
 */
export function acceptsSurface(thing: KnownThing, surface: string): boolean {
  const s = comparableForm(surface);
  return thing.forms.some((form) => {
    const f = comparableForm(form);
    if (nameKey(f) !== nameKey(s)) return false;
    if (form === form.toLowerCase() || f === s) return true;
    // "OmiseGo" for "OmiseGO", "ZCoin" for "Zcoin": a name with a capital inside is spelt with its capitals moved
    if (isCamelCase(f) || isCamelCase(s)) return /^\p{Lu}/u.test(f) && /^\p{Lu}/u.test(s) && /\p{Ll}/u.test(f) && /\p{Ll}/u.test(s);
    return f.length > 3 && isAllCaps(surface) && f.toUpperCase() === s;
  });
}
