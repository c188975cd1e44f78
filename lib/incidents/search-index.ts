/**
 * The incident index's full-text search (MiniSearch), by which the ranker finds candidates. (Loading it
 * serialized instead of building it at start-up was measured in issue 14: no faster, as MiniSearch
 * rebuilds the same tree from the file, and 300 KB more in the background.)
 */
import MiniSearch from 'minisearch';
import type { Incident } from './schema';

export type IncidentSearch = MiniSearch<{ id: number; name: string; people: string; summary: string }>;

const OPTIONS = {
  fields: ['name', 'people', 'summary'],
  searchOptions: { boost: { name: 3, people: 2 }, combineWith: 'OR' as const },
};

/** The search over `incidents`, each found by its position in the list. */
export function buildSearch(incidents: readonly Incident[]): IncidentSearch {
  const search: IncidentSearch = new MiniSearch(OPTIONS);
  search.addAll(
    incidents.map((x, id) => ({
      id,
      name: [x.name, ...x.aliases].join(' '),
      people: [...x.actors, ...x.victims].join(' '),
      summary: x.summary,
    })),
  );
  return search;
}
