/**
 * The story at a glance: what happened, who, how much, where, when. Built from an
 * annotation so that the popup and the Markdown export say the same thing.
 */
import type { Annotation, CrimeType, Figure, SpanType } from './schema';
import type { Incident } from './incidents/schema';
import { CRIME_TYPE_LABELS, ENTITY_KINDS, FIGURE_KINDS_SPEC, figureValue, type SummaryRole } from './kinds';
import { escapeMarkdown } from './base/markdown';
import { sourcesInOrder } from './incidents/source-hosts';

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
  const firstOfKind = (list: typeof figures) => list.filter(({ f }, i) => list.findIndex((x) => figureValue(x.f) === figureValue(f)) === i);
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

/** The whole summary as Markdown, for notes. */
export function summaryMarkdown(annotation: Annotation, incidents: readonly Incident[], citation: string): string {
  const a = annotation.article;
  const s = summarize(annotation);
  const line = (label: string, facts: Fact[]) => (facts.length ? [`- **${label}:** ${facts.map((f) => escapeMarkdown(f.detailIsValue && f.detail !== f.text ? `${f.text} (${f.detail})` : f.text)).join('; ')}`] : []);
  const out = [
    `## ${escapeMarkdown(a.title ?? 'Untitled article')}`,
    '',
    [a.publisher, a.authors.join(', '), a.publishedAt].filter(Boolean).map((x) => escapeMarkdown(String(x))).join(' · ') + (a.url ? ` · <${a.url}>` : ''),
    '',
    ...line('What', s.what),
    ...line('Who', s.who),
    ...line('How much', s.howMuch),
    ...line('Where', s.where),
    ...line('When', s.when),
  ];
  if (annotation.entities.length) {
    out.push('', '### Entities', ...annotation.entities.map((e) => `- ${escapeMarkdown(e.name)}${e.aliases.length ? ` (${e.aliases.map(escapeMarkdown).join(', ')})` : ''}: ${e.type}, ${e.mentions} mention${e.mentions === 1 ? '' : 's'}`));
  }
  if (annotation.figures.length) {
    out.push('', '### Figures', '| kind | as written | value |', '|---|---|---|', ...annotation.figures.map((f) => `| ${f.kind} | ${escapeMarkdown(f.text)} | ${escapeMarkdown(figureValue(f))} |`));
  }
  if (annotation.addresses.length) {
    out.push('', '### Addresses', ...annotation.addresses.map((x) => `- \`${x.text}\` (${x.chain}, checksum ${x.valid ? 'valid' : 'INVALID'})`));
  }
  if (annotation.related.length) {
    const byId = new Map(incidents.map((i) => [i.id, i]));
    out.push('', '### Related incidents', ...annotation.related.map((r) => {
      const incident = byId.get(r.id);
      const src = incident ? sourcesInOrder(incident.sources)[0]?.url : undefined;
      return `- ${r.date} ${src ? `[${escapeMarkdown(r.name)}](${src})` : escapeMarkdown(r.name)}: ${r.why.map(escapeMarkdown).join('; ')}`;
    }));
  }
  out.push('', '### Citation', escapeMarkdown(citation), '');
  return out.join('\n');
}
