/**
 * Which indexed incident an article is about, and which others it relates to.
 * MiniSearch (search-index.ts) finds candidates by text; a transparent score then weighs what they
 * share (actors, victims, crime types, assets, countries, time) and says why.
 */
import type { Annotation, IncidentRef, RelatedIncident } from '../schema';
import { CATEGORY_LABELS, type Category, type Incident } from './schema';
import type { IncidentRanker } from './ranker-types';
import { nameKey } from '../base/text';
import { leadFactsMatch } from './lead-facts';
import { buildSearch } from './search-index';

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
  /** name cores and victims: the keys that say which story an incident belongs to */
  keys: string[];
  names: Set<string>;
  /** actors' keys, each once */
  actors: string[];
  victims: Set<string>;
  /** actors and victims */
  people: Set<string>;
  /** assets in capitals, each once */
  assets: string[];
  /** incident.countries' keys, in its order */
  countryKeys: string[];
  time: number;
  /** how large its amount is among amounts of the same kind (0..1) */
  notable: number;
  /** the methods its name and summary name (METHOD_TERMS) */
  methods: string[];
}

/** Whether `needle` occurs in `text` as whole words (no regular expression: names are page text, of any length). */
function containsWord(text: string, needle: string): boolean {
  if (!needle) return false;
  const edge = (c: string | undefined) => c === undefined || !/[\p{L}\p{N}]/u.test(c);
  for (let at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
    if (edge(text[at - 1]) && edge(text[at + needle.length])) return true;
  }
  return false;
}

/** Words that name how a crime was done; shared technique is what makes two incidents alike. */
const TECHNIQUE_TERMS = [
  'mixer', 'mixing', 'tumbler', 'bridge', 'hot wallet', 'private keys', 'flash loan', 'oracle', 'reentrancy', 'ponzi',
  'pyramid', 'mlm', 'exit scam', 'rug pull', 'botnet', 'miner', 'mining', 'monero', 'ransomware', 'ransom', 'phishing',
  'drainer', 'sim swap', 'darknet', 'dark web', 'marketplace', 'drugs', 'sanctions', 'laundering', 'collapse',
  'insolvency', 'withdrawals', 'lending', 'investors', 'social engineering', 'insider', 'smart contract', 'exploit',
];

/** Methods specific enough that sharing one makes two incidents alike to a reader ("same method: flash loan"). */
const METHOD_TERMS = [
  'flash loan', 'oracle', 'reentrancy', 'private key', 'multisig', 'hot wallet', 'bridge', 'sim swap', 'drainer', 'rug pull',
  'exit scam', 'ponzi', 'pig butchering', 'social engineering', 'supply chain', 'address poisoning', 'mixer', 'botnet',
];
const methodsIn = (text: string) => METHOD_TERMS.filter((t) => containsWord(text, t) || containsWord(text, `${t}s`));

const toTime = (iso: string) => Date.UTC(+iso.slice(0, 4), iso.length >= 7 ? +iso.slice(5, 7) - 1 : 0, iso.length >= 10 ? +iso.slice(8, 10) : 1);
const YEAR_MS = 365.25 * 24 * 3600 * 1000;
const round = (n: number) => Math.round(n * 100) / 100;

/** The index category an article's crime types point to, most specific first. */
const CATEGORY_OF_CRIME: [string, Category][] = [
  ['exchange-hack', 'exchange-hack'], ['defi-exploit', 'defi-exploit'], ['darknet-market', 'darknet-market'],
  ['ransomware', 'ransomware'], ['cryptojacking', 'cryptojacking'], ['ponzi', 'scam'], ['rug-pull', 'scam'],
  ['investment-scam', 'scam'], ['phishing', 'phishing'], ['account-takeover', 'phishing'],
  ['sanctions', 'laundering'], ['money-laundering', 'laundering'], ['botnet', 'cryptojacking'], ['fraud', 'scam'],
];
function categoryOf(crimes: Set<string>): Category | null {
  return CATEGORY_OF_CRIME.find(([crime]) => crimes.has(crime))?.[1] ?? null;
}

/**
 * A headline about an arrest, a charge, a seizure or a recovery tells of that step, not the crime (a sentence
 * or a conviction closes the crime's own story, and the crime stays its incident).
 */
const ENFORCEMENT_HEADLINE = /\b(?:arrest(?:s|ed)?|charge[sd]?|extradited|indicted|seize[sd]?|recover(?:s|ed)?|claw(?:s|ed)? back|takes? down|taken down|shut(?:s)? down|sanction(?:s|ed)?|most wanted)\b/i;

const SAME_CASE = 'same case';
const SAME_CASE_SLOTS = 2;

/** A headline about a court's step in a case: its related incidents are the case's other steps and its crime. */
const COURT_HEADLINE = /\b(?:sentenc(?:ed|es|ing)|jailed|convicted|conviction|pleads? guilty|pleaded guilty|found guilty|verdict)\b/i;

export function headlineIsEnforcement(title: string | null): boolean {
  return !!title && ENFORCEMENT_HEADLINE.test(title);
}

export interface RankerOptions {
  relatedCount?: number;
}

/**
 * How large an incident's amount is among amounts of the same kind (0..1): a theft is
 * weighed against thefts, a mixer's volume against volumes, never one against the other.
 */
function notabilityWithinKind(incidents: readonly Incident[]): (incident: Incident) => number {
  const byKind = new Map<string, number[]>();
  for (const { amount } of incidents) if (amount?.usd) byKind.set(amount.kind, [...(byKind.get(amount.kind) ?? []), amount.usd]);
  for (const values of byKind.values()) values.sort((a, b) => a - b);
  return ({ amount }) => {
    const values = amount?.usd ? byKind.get(amount.kind) : undefined;
    if (!amount?.usd || !values || values.length < 2) return 0;
    const below = values.findIndex((v) => v >= amount.usd!);
    return below / (values.length - 1);
  };
}

export function rankerFromIndex(incidents: readonly Incident[], options: RankerOptions = {}): IncidentRanker {
  const relatedCount = options.relatedCount ?? 5;
  const notability = notabilityWithinKind(incidents);
  const prepared: Prepared[] = incidents.map((incident) => ({
    incident,
    keys: [...new Set([...[incident.name, ...incident.aliases].map(coreOf).filter(Boolean), ...incident.victims.map(nameKey)])],
    names: new Set([incident.name, ...incident.aliases].map(coreOf).filter(Boolean)),
    actors: [...new Set(incident.actors.map(nameKey))],
    victims: new Set(incident.victims.map(nameKey)),
    people: new Set([...incident.actors, ...incident.victims].map(nameKey)),
    assets: [...new Set(incident.assets.map((a) => a.toUpperCase()))],
    countryKeys: incident.countries.map(nameKey),
    time: toTime(incident.date),
    notable: notability(incident),
    methods: methodsIn(`${incident.name} ${incident.summary}`.toLowerCase()),
  }));
  const search = buildSearch(incidents);

  return (annotation: Annotation, text: string) => {
    if (!prepared.length) return { incident: null, related: [] };
    const maxMentions = Math.max(1, ...annotation.entities.map((e) => e.mentions));
    // the headline and the opening say what a story is about
    const lede = nameKey(`${annotation.article.title ?? ''} ${text.slice(0, 600)}`);
    // every name the article uses, with how central it is to the story (0..1)
    const weightOf = new Map<string, { weight: number; label: string }>();
    for (const e of annotation.entities) {
      const inLede = [e.name, ...e.aliases].some((n) => containsWord(lede, nameKey(n)));
      const weight = Math.max(e.mentions / maxMentions, inLede && e.type !== 'location' ? 0.7 : 0);
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
      .slice(0, 8)
      .map((e) => e.name)
      .join(' ');
    const lowerText = text.toLowerCase();
    const storyMethods = new Set(methodsIn(lowerText));
    const techniques = TECHNIQUE_TERMS.filter((t) => lowerText.includes(t));
    const techniqueScores = new Map<number, number>();
    if (techniques.length) {
      const hits = search.search(techniques.join(' '), { fields: ['name', 'summary'], boost: { name: 2 } });
      const top = hits[0]?.score ?? 1;
      for (const h of hits) techniqueScores.set(h.id as number, h.score / top);
    }
    const textScores = new Map<number, number>();
    if (query) {
      const hits = search.search(query);
      const top = hits[0]?.score ?? 1;
      for (const h of hits.slice(0, 80)) textScores.set(h.id as number, h.score / top);
    }

    const subjectScore = (p: Prepared) => {
      // how centrally the article names this incident's platform, victim, or name (0..1)
      let central = 0;
      let label: string | null = null;
      for (const key of p.keys) {
        const hit = weightOf.get(key);
        if (hit && hit.weight > central) {
          central = hit.weight;
          label = hit.label;
        }
      }
      return { central, label };
    };

    // 1. The story's own incident: named centrally, and not dated after the article.
    const dateOk = (p: Prepared) => published === null || p.time <= published + 31 * 24 * 3600 * 1000;
    const leadFacts = leadFactsMatch(annotation.summary);
    // (only an incident named centrally enough is scored)
    const ownCandidates = prepared
      .map((p, i) => ({ p, i, central: Math.max(subjectScore(p).central, leadFacts(p.incident, p.people)) }))
      .filter((c) => c.central >= 0.5 && dateOk(c.p))
      .map(({ p, i, central }) => {
        const crimeOverlap = p.incident.crimeTypes.filter((c) => crimes.has(c)).length / Math.max(1, p.incident.crimeTypes.length);
        const near = published === null ? 0.5 : Math.exp(-Math.abs(published - p.time) / YEAR_MS);
        return { p, central, score: central + 0.3 * crimeOverlap + 0.3 * near + 0.1 * (textScores.get(i) ?? 0) };
      })
      .sort((a, b) => b.score - a.score);
    // A court step is part of the story of the crime it follows: prefer the crime itself.
    const stepStory = headlineIsEnforcement(annotation.article.title);
    const top = stepStory
      ? ownCandidates.find((c) => c.p.incident.category === 'enforcement' && c.score >= ownCandidates[0]!.score - 0.5) ?? ownCandidates[0]
      : ownCandidates[0];
    const primary = !stepStory && top?.p.incident.category === 'enforcement'
      ? ownCandidates.find((c) => c.p.incident.category !== 'enforcement' && [...c.p.names, ...c.p.victims].some((k) => top.p.victims.has(k) || top.p.names.has(k) || (weightOf.get(k)?.weight ?? 0) >= 0.5))
      : undefined;
    const own = (primary ?? top)?.p ?? null;
    const incident: IncidentRef | null = own ? { id: own.incident.id, name: own.incident.name } : null;

    // 2. Related: the same kind of crime, actors, assets and places; never the story's own family.
    // a police or court step's related stories are crimes of the same kind, not other court steps
    const ownCategory = own?.incident.category === 'enforcement' ? (categoryOf(crimes) ?? 'enforcement') : (own?.incident.category ?? categoryOf(crimes));
    const storyCrimes = new Set<string>([...crimes, ...(own?.incident.crimeTypes ?? [])]);
    const family = new Set<string>([...(own?.names ?? []), ...(own?.victims ?? [])]);
    for (const [key, hit] of weightOf) if (hit.weight >= 0.6) family.add(key);
    const storyActors = new Set<string>(own?.actors ?? []);
    const title = annotation.article.title ?? '';
    const ownIsStep = !!own && (own.incident.category === 'enforcement' || ENFORCEMENT_HEADLINE.test(`${own.incident.name} ${title}`) || COURT_HEADLINE.test(title));
    const storyAssets = new Set<string>([...assets, ...(own?.assets ?? [])]);
    const scored = prepared
      .map((p, i) => ({ p, i }))
      // the story's own family is not related to a crime story; to a police or court step it is (the crime and the case's other steps)
      .filter(({ p }) => p !== own && (ownIsStep || !p.keys.some((k) => family.has(k))))
      .map(({ p, i }) => {
        let score = 0;
        // another step of the case a police or court story is about: the crime itself, the arrest, the verdict
        const sameCase = ownIsStep && (p.keys.some((k) => family.has(k)) || p.actors.some((a) => storyActors.has(a)));
        if (sameCase) score += 0.35;
        if (p.incident.category === ownCategory) score += 0.3;
        const shared = p.incident.crimeTypes.filter((c) => storyCrimes.has(c));
        if (shared.length) score += (0.25 * shared.length) / new Set([...p.incident.crimeTypes, ...storyCrimes]).size;
        let named: { weight: number; label: string } | undefined;
        for (const k of p.keys) if ((named = weightOf.get(k))) break;
        if (named) score += 0.2 + 0.1 * named.weight;
        const actors = p.actors.filter((a) => weightOf.has(a) || storyActors.has(a));
        if (actors.length) score += 0.15;
        const sharedAssets = p.assets.filter((a) => storyAssets.has(a));
        if (sharedAssets.length) score += 0.05 * Math.min(1, sharedAssets.length / 2);
        const sharedMethods = p.methods.filter((m) => storyMethods.has(m));
        if (sharedMethods.length) score += 0.08;
        const sharedPlaces = p.incident.countries.filter((_, k) => places.has(p.countryKeys[k]!));
        if (sharedPlaces.length) score += 0.03;
        const reference = own?.time ?? published;
        if (reference !== null) score += 0.07 * Math.exp(-Math.abs(reference - p.time) / (3 * YEAR_MS));
        score += 0.05 * (textScores.get(i) ?? 0) + 0.15 * (techniqueScores.get(i) ?? 0);
        // notable cases are the ones a reader wants beside this one
        score += 0.06 * p.notable;
        // a later court step of another story matters less than the events themselves
        if (p.incident.category === 'enforcement' && ownCategory !== 'enforcement' && !sameCase) score -= 0.15;
        return { p, score, sameCase, shared, named, actors, sharedAssets, sharedMethods, sharedPlaces };
      })
      .sort((a, b) => b.score - a.score);
    // the reasons, in words, are written only for the few incidents shown
    const why = ({ p, sameCase, shared, named, actors, sharedAssets, sharedMethods, sharedPlaces }: (typeof scored)[number]) => [
      ...(sameCase ? [SAME_CASE] : []),
      ...(p.incident.category === ownCategory ? [`same kind: ${CATEGORY_LABELS[p.incident.category]}`] : []),
      ...(shared.length ? [`same crime type: ${shared.join(', ')}`] : []),
      ...(named ? [`named in the article: ${named.label}`] : []),
      ...(actors.length ? [`same actor: ${actors.map((a) => weightOf.get(a)?.label ?? p.incident.actors.find((x) => nameKey(x) === a) ?? a).join(', ')}`] : []),
      ...(sharedAssets.length ? [`same asset: ${sharedAssets.join(', ')}`] : []),
      ...(sharedMethods.length ? [`same method: ${sharedMethods.join(', ')}`] : []),
      ...(sharedPlaces.length ? [`same country: ${sharedPlaces.join(', ')}`] : []),
    ];
    // the case's other steps lead, but leave room for other cases of the same kind
    let sameCaseShown = 0;
    const related: RelatedIncident[] = scored
      .filter((s) => !s.sameCase || sameCaseShown++ < SAME_CASE_SLOTS)
      .slice(0, relatedCount)
      .map((s) => ({ id: s.p.incident.id, name: s.p.incident.name, date: s.p.incident.date, score: round(Math.max(0, Math.min(1, s.score))), why: why(s) }));
    return { incident, related };
  };
}
