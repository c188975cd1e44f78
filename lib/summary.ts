/**
 * The story at a glance: what happened, who, how much, where, when. Built from an
 * annotation so that the popup and the Markdown export say the same thing.
 */
import type { Annotation, Figure, SpanType } from './schema';
import type { Incident } from './incidents/schema';
import { figureValue } from './format';
import { sourcesInOrder } from './incidents/source-hosts';

export interface Fact {
  text: string;
  /** a note beside the fact: a type, a normalized value */
  detail?: string;
  /** the highlight it points to in the page */
  target: { type: SpanType; ref: number } | null;
}

export interface StorySummary {
  what: Fact[];
  who: Fact[];
  howMuch: Fact[];
  where: Fact[];
  when: Fact[];
}

const CRIME_LABELS: Record<string, string> = {
  cryptojacking: 'cryptojacking', botnet: 'botnet', ransomware: 'ransomware', extortion: 'extortion', malware: 'malware',
  phishing: 'phishing', 'exchange-hack': 'exchange hack', 'defi-exploit': 'DeFi exploit', 'rug-pull': 'rug pull',
  ponzi: 'Ponzi scheme', 'investment-scam': 'investment scam', fraud: 'fraud', 'money-laundering': 'money laundering',
  'darknet-market': 'darknet market', sanctions: 'sanctions', 'data-theft': 'data theft', 'account-takeover': 'account takeover',
  'market-manipulation': 'market manipulation',
};
const crimeLabel = (c: string) => CRIME_LABELS[c] ?? c;

const VICTIM_UNITS = /^(?:victim|investor|user|customer|account|computer|device|machine|person|people|website|server|company|hospital|country|wallet|address)$/;

function size(f: Figure): number {
  return f.kind === 'money' || f.kind === 'crypto' || f.kind === 'count' ? f.value : 0;
}

export function summarize(annotation: Annotation): StorySummary {
  const entityFacts = (types: string[], limit: number): Fact[] =>
    annotation.entities
      .map((e, ref) => ({ e, ref }))
      .filter(({ e }) => types.includes(e.type))
      .sort((a, b) => b.e.mentions - a.e.mentions)
      .slice(0, limit)
      .map(({ e, ref }) => ({ text: e.name, detail: e.type, target: { type: e.type, ref } }));
  const figures = annotation.figures.map((f, ref) => ({ f, ref }));
  const firstOfKind = (list: typeof figures) => list.filter(({ f }, i) => list.findIndex((x) => figureValue(x.f) === figureValue(f)) === i);
  const howMuch = [
    ...firstOfKind(figures.filter(({ f }) => f.kind === 'money' || f.kind === 'crypto')).sort((a, b) => size(b.f) - size(a.f)).slice(0, 4),
    ...firstOfKind(figures.filter(({ f }) => f.kind === 'count' && VICTIM_UNITS.test(f.unit))).sort((a, b) => size(b.f) - size(a.f)).slice(0, 2),
  ].map(({ f, ref }) => ({ text: f.text, detail: figureValue(f), target: { type: f.kind, ref } }));
  const dates = firstOfKind(figures.filter(({ f }) => f.kind === 'date'))
    .sort((a, b) => String(a.f.value).localeCompare(String(b.f.value)))
    .map(({ f, ref }) => ({ text: f.text, detail: String(f.value), target: { type: f.kind, ref } }));
  const when: Fact[] = [];
  if (annotation.article.publishedAt) when.push({ text: `published ${annotation.article.publishedAt}`, target: null });
  if (dates.length) when.push(dates[0]!, ...(dates.length > 1 ? [dates[dates.length - 1]!] : []));
  const what: Fact[] = annotation.crimeTypes.map((c) => ({ text: crimeLabel(c), target: null }));
  if (annotation.incident) what.unshift({ text: annotation.incident.name, detail: 'indexed incident', target: null });
  return {
    what,
    who: entityFacts(['person', 'agency', 'organization', 'threat'], 8),
    howMuch,
    where: entityFacts(['location'], 5),
    when,
  };
}

const mdEscape = (s: string) => s.replace(/([\\`*_[\]<>|])/g, '\\$1');

/** The whole summary as Markdown, for notes. */
export function summaryMarkdown(annotation: Annotation, incidents: readonly Incident[], citation: string): string {
  const a = annotation.article;
  const s = summarize(annotation);
  const line = (label: string, facts: Fact[]) => (facts.length ? [`- **${label}:** ${facts.map((f) => mdEscape(f.detail && f.detail !== f.text && !/^(?:person|agency|organization|threat|location)$/.test(f.detail) ? `${f.text} (${f.detail})` : f.text)).join('; ')}`] : []);
  const out = [
    `## ${mdEscape(a.title ?? 'Untitled article')}`,
    '',
    [a.publisher, a.authors.join(', '), a.publishedAt].filter(Boolean).map((x) => mdEscape(String(x))).join(' · ') + (a.url ? ` · <${a.url}>` : ''),
    '',
    ...line('What', s.what),
    ...line('Who', s.who),
    ...line('How much', s.howMuch),
    ...line('Where', s.where),
    ...line('When', s.when),
  ];
  if (annotation.entities.length) {
    out.push('', '### Entities', ...annotation.entities.map((e) => `- ${mdEscape(e.name)}${e.aliases.length ? ` (${e.aliases.map(mdEscape).join(', ')})` : ''}: ${e.type}, ${e.mentions} mention${e.mentions === 1 ? '' : 's'}`));
  }
  if (annotation.figures.length) {
    out.push('', '### Figures', '| kind | as written | value |', '|---|---|---|', ...annotation.figures.map((f) => `| ${f.kind} | ${mdEscape(f.text)} | ${mdEscape(figureValue(f))} |`));
  }
  if (annotation.addresses.length) {
    out.push('', '### Addresses', ...annotation.addresses.map((x) => `- \`${x.text}\` (${x.chain}, checksum ${x.valid ? 'valid' : 'INVALID'})`));
  }
  if (annotation.related.length) {
    const byId = new Map(incidents.map((i) => [i.id, i]));
    out.push('', '### Related incidents', ...annotation.related.map((r) => {
      const incident = byId.get(r.id);
      const src = incident ? sourcesInOrder(incident.sources)[0]?.url : undefined;
      return `- ${r.date} ${src ? `[${mdEscape(r.name)}](${src})` : mdEscape(r.name)}: ${r.why.map(mdEscape).join('; ')}`;
    }));
  }
  out.push('', '### Citation', mdEscape(citation), '');
  return out.join('\n');
}
