/**
 * Matching by lead facts (issue 13): the story's own incident shares its date, sum, victims and actors, not
 * only its names. Kept apart from the name-based scoring (rank.ts) so the incident schema can change under it.
 */
import type { Summary } from '../schema';
import type { Incident } from './schema';
import { nameKey } from '../base/text';

/** The incident's sum in US dollars, whatever the record's shape. */
function incidentUsd(incident: Incident): number | null {
  const record = incident as unknown as { amountUsd?: number | null; amount?: { usd?: number | null } | null };
  return record.amount?.usd ?? record.amountUsd ?? null;
}

/**
 * How well an incident matches the story's lead facts, 0..1: same date, same sum, same victim or actor.
 * Made once per story and asked of every incident, with each incident's actors and victims as name keys.
 */
export function leadFactsMatch(summary: Summary | undefined): (incident: Incident, people: ReadonlySet<string>) => number {
  if (!summary) return () => 0;
  const named = [...summary.actors, ...summary.victims].map(nameKey);
  return (incident, people) => {
    let score = 0;
    if (summary.date && incident.date) {
      const n = Math.min(summary.date.length, incident.date.length, 10);
      if (n >= 7 && summary.date.slice(0, n) === incident.date.slice(0, n)) score += n >= 10 ? 0.4 : 0.3;
    }
    const usd = incidentUsd(incident);
    const amount = summary.amount;
    if (usd && amount?.kind === 'money' && amount.currency === 'USD' && Math.abs(amount.value - usd) <= 0.1 * usd) score += 0.3;
    if (named.some((n) => people.has(n))) score += 0.4;
    return Math.min(1, score);
  };
}
