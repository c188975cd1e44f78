/**
 * Which indexed incident an article is about, and which others it relates to.
 * MiniSearch finds candidates by text; a transparent score then weighs what they
 * share (actors, victims, crime types, assets, countries, time) and says why.
 */
import MiniSearch from 'minisearch';
import type { Annotation, IncidentRef, RelatedIncident } from '../schema';
import type { Incident } from './schema';
import type { IncidentRanker } from './ranker-types';
import { nameKey } from '../extract/tokens';

const GENERIC = new Set([
  'the', 'a', 'an', 'of', 'and', 'in', 'on', 'by', 'for', 'to', 'from', 'with', 'hack', 'hacks', 'exploit', 'attack',
  'attacks', 'scheme', 'scam', 'collapse', 'takedown', 'seizure', 'sanctions', 'arrest', 'sentencing', 'sentence',
  'conviction', 'charges', 'indictment', 'theft', 'heist', 'fraud', 'exchange', 'bridge', 'ransomware', 'botnet',
  'mining', 'cryptojacking', 'market', 'darknet', 'breach', 'outbreak', 'laundering', 'mixer', 'case', 'incident',
  'operation', 'shutdown', 'launch', 'exit', 'plea', 'guilty', 'settlement', 'designation', 'drain', 'drained',
]);

/** The distinctive words of an incident name: "KuCoin hack" → "kucoin". */
function coreOf(name: string): string {
  return nameKey(name)
    .replace(/[^\p{L}\p{N} '-]/gu, ' ')
    .split(/\s+/)
    .filter((w) => w && !GENERIC.has(w) && !/^(?:19|20)\d\d$/.test(w))
    .join(' ');
}

interface Prepared {
  incident: Incident;
  names: Set<string>;
  actors: Set<string>;
  victims: Set<string>;
  assets: Set<string>;
  countries: Set<string>;
  time: number;
}

const toTime = (iso: string) => Date.UTC(+iso.slice(0, 4), iso.length >= 7 ? +iso.slice(5, 7) - 1 : 0, iso.length >= 10 ? +iso.slice(8, 10) : 1);
const YEAR_MS = 365.25 * 24 * 3600 * 1000;
const round = (n: number) => Math.round(n * 100) / 100;

export interface RankerOptions {
  relatedCount?: number;
}

export function rankerFromIndex(incidents: readonly Incident[], options: RankerOptions = {}): IncidentRanker {
  const relatedCount = options.relatedCount ?? 5;
  const prepared: Prepared[] = incidents.map((incident) => ({
    incident,
    names: new Set([incident.name, ...incident.aliases].map(coreOf).filter(Boolean)),
    actors: new Set(incident.actors.map(nameKey)),
    victims: new Set(incident.victims.map(nameKey)),
    assets: new Set(incident.assets.map((a) => a.toUpperCase())),
    countries: new Set(incident.countries.map(nameKey)),
    time: toTime(incident.date),
  }));
  const search = new MiniSearch<{ id: number; name: string; people: string; summary: string }>({
    fields: ['name', 'people', 'summary'],
    searchOptions: { boost: { name: 3, people: 2 }, combineWith: 'OR' },
  });
  search.addAll(
    incidents.map((x, id) => ({
      id,
      name: [x.name, ...x.aliases].join(' '),
      people: [...x.actors, ...x.victims].join(' '),
      summary: x.summary,
    })),
  );

  return (annotation: Annotation) => {
    if (!prepared.length) return { incident: null, related: [] };
    const maxMentions = Math.max(1, ...annotation.entities.map((e) => e.mentions));
    // every name the article uses, with how central it is to the story (0..1)
    const weightOf = new Map<string, { weight: number; label: string }>();
    for (const e of annotation.entities) {
      const weight = e.mentions / maxMentions;
      for (const n of [e.name, ...e.aliases]) {
        const key = nameKey(n);
        if ((weightOf.get(key)?.weight ?? 0) < weight) weightOf.set(key, { weight, label: e.name });
      }
    }
    const assets = new Set<string>();
    for (const f of annotation.figures) if (f.kind === 'crypto') assets.add(f.asset);
    const places = new Set(annotation.entities.filter((e) => e.type === 'location').flatMap((e) => [e.name, ...e.aliases].map(nameKey)));
    const crimes = new Set<string>(annotation.crimeTypes);
    const published = annotation.article.publishedAt ? toTime(annotation.article.publishedAt) : null;

    const query = annotation.entities
      .filter((e) => e.type !== 'location')
      .sort((a, b) => b.mentions - a.mentions)
      .slice(0, 12)
      .map((e) => e.name)
      .join(' ');
    const textScores = new Map<number, number>();
    if (query) {
      const hits = search.search(query);
      const top = hits[0]?.score ?? 1;
      for (const h of hits.slice(0, 80)) textScores.set(h.id as number, h.score / top);
    }

    const scored = prepared.map((p, i) => {
      const why: string[] = [];
      let score = 0;
      let central = 0;
      for (const n of p.names) {
        const hit = weightOf.get(n);
        if (hit) {
          central = Math.max(central, hit.weight);
          why.push(`names ${hit.label}`);
          break;
        }
      }
      const sharedActors = [...p.actors].map((a) => weightOf.get(a)).filter((x): x is { weight: number; label: string } => !!x);
      const sharedVictims = [...p.victims].map((a) => weightOf.get(a)).filter((x): x is { weight: number; label: string } => !!x);
      for (const a of sharedActors) why.push(`same actor: ${a.label}`);
      for (const a of sharedVictims) why.push(`same victim or platform: ${a.label}`);
      central = Math.max(central, ...sharedVictims.map((x) => x.weight), ...sharedActors.map((x) => x.weight * 0.8));
      score += 0.4 * central + 0.1 * Math.min(1, sharedActors.length + sharedVictims.length);
      const sharedCrimes = p.incident.crimeTypes.filter((c) => crimes.has(c));
      if (sharedCrimes.length) {
        score += (0.2 * sharedCrimes.length) / Math.max(p.incident.crimeTypes.length, crimes.size);
        why.push(`same crime type: ${sharedCrimes.join(', ')}`);
      }
      const sharedAssets = [...p.assets].filter((a) => assets.has(a));
      if (sharedAssets.length) {
        score += 0.05;
        why.push(`same asset: ${sharedAssets.join(', ')}`);
      }
      const sharedPlaces = p.incident.countries.filter((c) => places.has(nameKey(c)));
      if (sharedPlaces.length) {
        score += 0.05;
        why.push(`same country: ${sharedPlaces.join(', ')}`);
      }
      if (published !== null) {
        const years = Math.abs(published - p.time) / YEAR_MS;
        score += 0.1 * Math.exp(-years / 2);
        if (years < 1) why.push('close in time');
      }
      score += 0.1 * (textScores.get(i) ?? 0);
      return { p, score, central, why };
    });
    scored.sort((a, b) => b.score - a.score);

    // The story's own incident: named centrally, and not after the article was published.
    const candidates = scored.filter(
      (s) => s.central >= 0.5 && s.score >= 0.45 && (published === null || s.p.time <= published + 31 * 24 * 3600 * 1000),
    );
    let own = candidates[0] ?? null;
    if (own && published !== null) {
      // Among near-equal candidates (the same platform's events), the one nearest the publication date.
      const close = candidates.filter((c) => c.score >= own!.score - 0.1 && c.central >= own!.central);
      own = close.sort((a, b) => Math.abs(published - a.p.time) - Math.abs(published - b.p.time))[0]!;
    }
    const incident: IncidentRef | null = own ? { id: own.p.incident.id, name: own.p.incident.name } : null;
    const related: RelatedIncident[] = scored
      .filter((s) => s !== own)
      .slice(0, relatedCount)
      .map((s) => ({ id: s.p.incident.id, name: s.p.incident.name, date: s.p.incident.date, score: round(Math.min(1, s.score)), why: s.why }));
    return { incident, related };
  };
}
