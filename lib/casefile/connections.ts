/**
 * What connects the articles of a case file: the names and addresses they share, the incidents they
 * are about (with the amounts each gave, side by side) and their order in time. Pure functions over
 * the stored records.
 */
import type { EntityType, Flag } from '../schema';
import { addressKey, amountLabel, nameKey } from './record';
import type { CaseArticle, CaseIncident } from './types';

export interface NameEntry {
  key: string;
  /** the spelling most articles used */
  name: string;
  type: EntityType;
  /** the sanctions lists that named it, in any article */
  sanctions: Flag[];
  urls: string[];
}

export interface AddressEntry {
  key: string;
  text: string;
  chain: string;
  flags: string[];
  /** the sanctions lists that named it, in any article */
  sanctions: Flag[];
  urls: string[];
}

export interface AmountGroup {
  /** "$600m" */
  label: string;
  urls: string[];
}

export interface IncidentEntry {
  incident: CaseIncident;
  articles: { url: string; amounts: string[] }[];
  /** the articles' headline amounts, most-given first: more than one means they disagree */
  amounts: AmountGroup[];
}

const byCountThenText = <T extends { urls: string[] }>(text: (x: T) => string) => (a: T, b: T) =>
  b.urls.length - a.urls.length || text(a).localeCompare(text(b));

/** The flags of both lists, each listing once (an article read later may carry a newer list). */
function mergeSanctions(a: readonly Flag[], b: readonly Flag[] | undefined): Flag[] {
  const out = [...a];
  for (const f of b ?? []) {
    if (!out.some((g) => g.list === f.list && g.name === f.name && g.listedOn === f.listedOn && g.removedOn === f.removedOn)) out.push(f);
  }
  return out;
}

const mostCommon = (spellings: Map<string, number>): string => [...spellings].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0]![0];

/** Every name, with the articles that mention it, most-mentioned first. Aliases are not merged. */
export function namesIndex(articles: readonly CaseArticle[]): NameEntry[] {
  const entries = new Map<string, { type: EntityType; spellings: Map<string, number>; sanctions: Flag[]; urls: Set<string> }>();
  for (const article of articles) {
    for (const n of article.names) {
      const key = nameKey(n.name);
      const entry = entries.get(key) ?? { type: n.type, spellings: new Map(), sanctions: [], urls: new Set() };
      entry.spellings.set(n.name, (entry.spellings.get(n.name) ?? 0) + 1);
      entry.sanctions = mergeSanctions(entry.sanctions, n.sanctions);
      entry.urls.add(article.url);
      entries.set(key, entry);
    }
  }
  return [...entries]
    .map(([key, e]) => ({ key, name: mostCommon(e.spellings), type: e.type, sanctions: e.sanctions, urls: [...e.urls] }))
    .sort(byCountThenText((e) => e.name));
}

/** Every address, with its flags (from any article) and the articles that give it. */
export function addressesIndex(articles: readonly CaseArticle[]): AddressEntry[] {
  const entries = new Map<string, AddressEntry>();
  for (const article of articles) {
    for (const a of article.addresses) {
      const key = addressKey(a.text);
      const entry = entries.get(key) ?? { key, text: a.text, chain: a.chain, flags: [], sanctions: [], urls: [] };
      entry.flags = [...new Set([...entry.flags, ...a.flags])].sort();
      entry.sanctions = mergeSanctions(entry.sanctions, a.sanctions);
      if (!entry.urls.includes(article.url)) entry.urls.push(article.url);
      entries.set(key, entry);
    }
  }
  return [...entries.values()].sort(byCountThenText((e) => e.text));
}

/** Every incident with its articles, the amounts each gave, and their headline amounts grouped. */
export function incidentsIndex(articles: readonly CaseArticle[]): IncidentEntry[] {
  const entries = new Map<string, IncidentEntry>();
  for (const article of articles) {
    if (!article.incident) continue;
    const entry = entries.get(article.incident.id) ?? { incident: article.incident, articles: [], amounts: [] };
    const amounts = [...new Set(article.facts.map((f) => f.figure).filter((f) => f.kind === 'money' || f.kind === 'crypto').map(amountLabel))];
    entry.articles.push({ url: article.url, amounts });
    if (article.headline) {
      const group = entry.amounts.find((g) => g.label === article.headline!.label);
      if (group) group.urls.push(article.url);
      else entry.amounts.push({ label: article.headline.label, urls: [article.url] });
    }
    entries.set(article.incident.id, entry);
  }
  for (const entry of entries.values()) entry.amounts.sort(byCountThenText((g) => g.label));
  return [...entries.values()].sort((a, b) => b.articles.length - a.articles.length || a.incident.name.localeCompare(b.incident.name));
}

/** "$600m in 3 articles, $625m in 1" */
export function amountsLine(groups: readonly AmountGroup[]): string {
  return groups.map((g, i) => `${g.label} in ${g.urls.length}${i === 0 ? ` article${g.urls.length === 1 ? '' : 's'}` : ''}`).join(', ');
}

export interface TimelineEvent {
  /** YYYY-MM-DD, YYYY-MM or YYYY */
  date: string;
  kind: 'article' | 'incident';
  label: string;
  /** the article's URL, or the incident's id */
  id: string;
}

/** Dated articles and incidents, oldest first; an incident once, however many articles are about it. */
export function timelineEvents(articles: readonly CaseArticle[]): TimelineEvent[] {
  const events: TimelineEvent[] = [];
  const incidents = new Set<string>();
  for (const a of articles) {
    if (a.publishedAt) events.push({ date: a.publishedAt, kind: 'article', label: a.title ?? a.url, id: a.url });
    if (a.incident?.date && !incidents.has(a.incident.id)) {
      incidents.add(a.incident.id);
      events.push({ date: a.incident.date, kind: 'incident', label: a.incident.name, id: a.incident.id });
    }
  }
  return events.sort((a, b) => a.date.localeCompare(b.date) || (a.kind === b.kind ? a.label.localeCompare(b.label) : a.kind === 'incident' ? -1 : 1));
}

export { nameKey, addressKey };
