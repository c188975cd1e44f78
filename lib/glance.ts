/**
 * What the popup's first screen says: the headline amount, who was hit, by whom, when, the crime
 * and the matched incident, and which names or addresses an official list names. Read from the
 * engine's `summary` when the annotation has one, else from the older heuristics (./summary).
 */
import type { Annotation, CrimeType, Figure, Flag, SpanType } from './schema';
import type { Incident } from './incidents/schema';
import { CRIME_TYPE_LABELS, ENTITY_KINDS, FIGURE_KINDS_SPEC, figureValue, type SummaryRole } from './kinds';
import { nameKey } from './base/text';
import { amountText } from './incidents/amount';
import { sourcesInOrder } from './incidents/source-hosts';
import { listedToday } from './sanctions/describe';

// ---------------------------------------------------------------------------------------------------------
// The heuristics, for annotations without the engine's summary: what, who, how much, where, when.

export interface Fact {
  text: string;
  /** a note beside the fact: a type, a normalized value */
  detail?: string;
  /** the highlight it points to in the page */
  target: { type: SpanType; ref: number } | null;
  /** whether `detail` says something the text does not (a normalized value, not a type name) */
  detailIsValue?: boolean;
}

export interface StorySummary {
  what: Fact[];
  who: Fact[];
  howMuch: Fact[];
  where: Fact[];
  when: Fact[];
}

const crimeLabel = (c: CrimeType): string => CRIME_TYPE_LABELS[c] ?? c;

const VICTIM_UNITS = /^(?:victim|investor|user|customer|account|computer|device|machine|person|people|website|server|company|hospital|country|wallet|address)$/;

function size(f: Figure): number {
  return f.kind === 'money' || f.kind === 'crypto' || f.kind === 'count' ? f.value : 0;
}

export function summarize(annotation: Annotation): StorySummary {
  const entityFacts = (role: SummaryRole, limit: number): Fact[] =>
    annotation.entities
      .map((e, ref) => ({ e, ref }))
      .filter(({ e }) => ENTITY_KINDS[e.type].summaryRole === role)
      .sort((a, b) => b.e.mentions - a.e.mentions)
      .slice(0, limit)
      .map(({ e, ref }) => ({ text: e.name, detail: e.type, target: { type: e.type, ref } }));
  const figures = annotation.figures.map((f, ref) => ({ f, ref }));
  /** the first figure of each value (its reading worked out once per figure: a long page has hundreds) */
  const firstOfKind = (list: typeof figures) => {
    const seen = new Set<string>();
    return list.filter(({ f }) => {
      const value = figureValue(f);
      return !seen.has(value) && !!seen.add(value);
    });
  };
  const inRole = (role: SummaryRole) => figures.filter(({ f }) => FIGURE_KINDS_SPEC[f.kind].summaryRole === role);
  const amounts = inRole('how-much');
  const howMuch = [
    ...firstOfKind(amounts.filter(({ f }) => f.kind !== 'count')).sort((a, b) => size(b.f) - size(a.f)).slice(0, 4),
    ...firstOfKind(amounts.filter(({ f }) => f.kind === 'count' && VICTIM_UNITS.test(f.unit))).sort((a, b) => size(b.f) - size(a.f)).slice(0, 2),
  ].map(({ f, ref }) => ({ text: f.text, detail: figureValue(f), detailIsValue: true, target: { type: f.kind, ref } }));
  const dates = firstOfKind(inRole('when'))
    .sort((a, b) => String(a.f.value).localeCompare(String(b.f.value)))
    .map(({ f, ref }) => ({ text: f.text, detail: String(f.value), target: { type: f.kind, ref } }));
  const when: Fact[] = [];
  if (annotation.article.publishedAt) when.push({ text: `published ${annotation.article.publishedAt}`, target: null });
  if (dates.length) when.push(dates[0]!, ...(dates.length > 1 ? [dates[dates.length - 1]!] : []));
  const what: Fact[] = annotation.crimeTypes.map((c) => ({ text: crimeLabel(c), target: null }));
  if (annotation.incident) what.unshift({ text: annotation.incident.name, detail: 'indexed incident', target: null });
  return {
    what,
    who: entityFacts('who', 8),
    howMuch,
    where: entityFacts('where', 5),
    when,
  };
}

// ---------------------------------------------------------------------------------------------------------
// The glance.


export interface GlanceFact {
  text: string;
  /** what the text means, when it says more than the text: "281,000,000 USD" */
  detail?: string;
  /** the highlight it points to in the page; null when the page has none */
  target: { type: SpanType; ref: number } | null;
}

export interface GlanceIncident {
  name: string;
  date: string | null;
  /** "$281m stolen", from the index */
  amount: string | null;
  /** the index's first source for it (official first) */
  source: string | null;
}

export interface Glance {
  /** `engine`: from the annotation's summary; `heuristic`: guessed from every name (no victims/actors split) */
  from: 'engine' | 'heuristic';
  amount: GlanceFact | null;
  victims: GlanceFact[];
  actors: GlanceFact[];
  agencies: GlanceFact[];
  /** the heuristic's names when there is no engine summary: people, organizations, agencies and groups by mentions */
  who: GlanceFact[];
  date: GlanceFact | null;
  crimes: string[];
  incident: GlanceIncident | null;
}

/** "2019-08-28" → "28 August 2019", "2019-08" → "August 2019"; anything else as given. */
export function readableDate(iso: string): string {
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(iso);
  if (!m || !m[2]) return iso;
  const date = new Date(Date.UTC(+m[1]!, +m[2] - 1, m[3] ? +m[3] : 1));
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat('en-GB', { timeZone: 'UTC', year: 'numeric', month: 'long', ...(m[3] ? { day: 'numeric' } : {}) }).format(date);
}

const sameFigure = (a: Figure, b: Figure) => a.kind === b.kind && a.value === b.value && a.text === b.text;

/** A figure as the glance shows it: as written, with its reading only when the text is vague ("millions of dollars"). */
function figureFact(annotation: Annotation, figure: Figure): GlanceFact {
  const ref = annotation.figures.findIndex((f) => sameFigure(f, figure));
  return { text: figure.text, ...(figure.approximate ? { detail: figureValue(figure) } : {}), target: ref >= 0 ? { type: figure.kind, ref } : null };
}

/** A summary name as the entity it names (by its name or an alias), so it can jump to its highlight. */
function nameFact(annotation: Annotation, name: string): GlanceFact {
  const key = nameKey(name);
  const ref = annotation.entities.findIndex((e) => [e.name, ...e.aliases].some((n) => nameKey(n) === key));
  const entity = annotation.entities[ref];
  return entity ? { text: entity.name, target: { type: entity.type, ref } } : { text: name, target: null };
}

const nameOf = (f: Fact): GlanceFact => ({ text: f.text, target: f.target });

function incidentOf(annotation: Annotation, incidents: readonly Incident[]): GlanceIncident | null {
  if (!annotation.incident) return null;
  const indexed = incidents.find((x) => x.id === annotation.incident!.id);
  return {
    name: annotation.incident.name,
    date: indexed?.date ?? null,
    amount: indexed ? amountText(indexed) : null,
    source: indexed ? (sourcesInOrder(indexed.sources)[0]?.url ?? null) : null,
  };
}

export function glance(annotation: Annotation, incidents: readonly Incident[] = []): Glance {
  const crimes = annotation.crimeTypes.map((c) => CRIME_TYPE_LABELS[c] ?? c);
  const incident = incidentOf(annotation, incidents);
  // annotations made before the engine had lead facts (a case file's, say) have no summary
  const s = annotation.summary as Annotation['summary'] | undefined;
  if (s) {
    const dateRef = s.date === null ? -1 : annotation.figures.findIndex((f) => f.kind === 'date' && f.value === s.date);
    return {
      from: 'engine',
      amount: s.amount ? figureFact(annotation, s.amount) : null,
      victims: s.victims.map((n) => nameFact(annotation, n)),
      actors: s.actors.map((n) => nameFact(annotation, n)),
      agencies: s.agencies.map((n) => nameFact(annotation, n)),
      who: [],
      date: s.date === null ? null : { text: readableDate(s.date), target: dateRef >= 0 ? { type: 'date', ref: dateRef } : null },
      crimes,
      incident,
    };
  }
  const old = summarize(annotation);
  return {
    from: 'heuristic',
    amount: headlineAmount(annotation, old.howMuch),
    victims: [],
    actors: [],
    agencies: [],
    who: old.who.map(nameOf),
    date: heuristicDate(old.when, incident),
    crimes,
    incident,
  };
}

/** Without the engine: the largest amount the headline states, else the largest amount in the article. */
function headlineAmount(annotation: Annotation, howMuch: readonly Fact[]): GlanceFact | null {
  const title = (annotation.article.title ?? '').toLowerCase();
  const inTitle = annotation.figures
    .filter((f) => (f.kind === 'money' || f.kind === 'crypto') && title.includes(f.text.toLowerCase()))
    .sort((a, b) => size(b) - size(a))[0];
  if (inTitle) return figureFact(annotation, inTitle);
  const largest = howMuch.find((f) => f.target && f.target.type !== 'count');
  const figure = largest?.target ? annotation.figures[largest.target.ref] : undefined;
  return figure ? figureFact(annotation, figure) : null;
}

/** Without the engine: the matched incident's date in the index, else the earliest date the article gives. */
function heuristicDate(when: readonly Fact[], incident: GlanceIncident | null): GlanceFact | null {
  if (incident?.date) return { text: readableDate(incident.date), target: null };
  const first = when.find((f) => f.target);
  return first ? { text: first.detail ? readableDate(first.detail) : first.text, target: first.target } : null;
}

// ---------------------------------------------------------------------------------------------------------
// The sanctions line at the top of the popup.

export interface FlaggedFact {
  text: string;
  target: { type: SpanType; ref: number };
  flags: Flag[];
}

export interface SanctionsNotice {
  /** names and addresses an official list names today */
  listed: FlaggedFact[];
  /** those every list has since removed them from */
  formerly: FlaggedFact[];
}

/** The article's names and addresses that a list names, listed today apart from formerly listed. */
export function sanctionsNotice(annotation: Annotation): SanctionsNotice {
  const flagged: FlaggedFact[] = [
    ...annotation.entities.map((e, ref) => ({ text: e.name, target: { type: e.type, ref }, flags: e.flags })),
    ...annotation.addresses.map((a, ref) => ({ text: a.text, target: { type: 'address' as const, ref }, flags: a.flags })),
  ].filter((f) => f.flags.length > 0);
  return { listed: flagged.filter((f) => listedToday(f.flags)), formerly: flagged.filter((f) => !listedToday(f.flags)) };
}
