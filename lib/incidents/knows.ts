/** What the incident index knows about a name: for hover cards and the selection lookup. */
import MiniSearch from 'minisearch';
import type { Incident } from './schema';
import { amountTotalsText } from './amount';
import { nameKey } from '../base/text';


/** Incidents whose actors, victims, name or aliases include one of the names. */
export function incidentsInvolving(index: readonly Incident[], names: string[]): Incident[] {
  const keys = new Set(names.map(nameKey));
  return index.filter((x) => [...x.actors, ...x.victims, x.name, ...x.aliases].some((n) => keys.has(nameKey(n))));
}

/** One line each: how many incidents, their totals (per kind of amount), the most recent. */
export function knownLines(incidents: readonly Incident[]): string[] {
  if (!incidents.length) return [];
  const totals = amountTotalsText(incidents);
  const latest = [...incidents].sort((a, b) => b.date.localeCompare(a.date))[0]!;
  return [
    `${incidents.length} indexed incident${incidents.length === 1 ? '' : 's'}${totals ? `, ${totals} in all where known` : ''}`,
    `Most recent: ${latest.name} (${latest.date})`,
  ];
}

/** Free-text search of the index (the context menu's "look up" and the lookup page). */
export function searchIndex(index: readonly Incident[]): (query: string) => Incident[] {
  const search = new MiniSearch<{ id: number; text: string }>({ fields: ['text'], searchOptions: { prefix: true, fuzzy: 0.15, combineWith: 'AND' } });
  search.addAll(index.map((x, id) => ({ id, text: [x.name, ...x.aliases, ...x.actors, ...x.victims, ...x.countries, ...x.assets].join(' ') })));
  return (query) => {
    const q = query.trim().slice(0, 200);
    if (!q) return [];
    let hits = search.search(q);
    if (!hits.length) hits = search.search(q, { combineWith: 'OR' });
    return hits.slice(0, 25).map((h) => index[h.id as number]!);
  };
}

export interface IndexInfo {
  count: number;
  /** the earliest and latest incident dates */
  from: string;
  to: string;
  byCategory: Record<string, number>;
}

/** The index's size, span and count per category, for the options and lookup pages. */
export function indexInfo(index: readonly Incident[]): IndexInfo {
  const byCategory: Record<string, number> = {};
  for (const x of index) byCategory[x.category] = (byCategory[x.category] ?? 0) + 1;
  const dates = index.map((x) => x.date).sort();
  return { count: index.length, from: dates[0] ?? '', to: dates[dates.length - 1] ?? '', byCategory };
}
