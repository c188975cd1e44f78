/**
 * The story as Markdown, for notes: the glance's facts (./glance), then every name, figure and address
 * with the lists that name it, the related incidents and the citation.
 */
import type { Annotation, Flag } from './schema';
import type { Incident } from './incidents/schema';
import { figureValue } from './kinds';
import { escapeMarkdown } from './base/markdown';
import { sourcesInOrder } from './incidents/source-hosts';
import { describeFlag } from './sanctions/describe';
import { glance, sanctionsNotice, type GlanceFact } from './glance';

export { summarize, type Fact, type StorySummary } from './glance';

/** Each flag as it reads, with its official source: " Listed on OFAC SDN as … since … <https://…>." */
const flagsText = (flags: readonly Flag[]) => flags.map((f) => ` ${escapeMarkdown(describeFlag(f))} <${f.source}>.`).join('');

/** The whole summary as Markdown, for notes. */
export function summaryMarkdown(annotation: Annotation, incidents: readonly Incident[], citation: string): string {
  const a = annotation.article;
  const g = glance(annotation, incidents);
  const facts = (list: readonly GlanceFact[]) => list.map((f) => escapeMarkdown(f.detail ? `${f.text} (${f.detail})` : f.text)).join('; ');
  const line = (label: string, text: string) => (text ? [`- **${label}:** ${text}`] : []);
  const notice = sanctionsNotice(annotation);
  const incident = g.incident;
  const out = [
    `## ${escapeMarkdown(a.title ?? 'Untitled article')}`,
    '',
    [a.publisher, a.authors.join(', '), a.publishedAt].filter(Boolean).map((x) => escapeMarkdown(String(x))).join(' · ') + (a.url ? ` · <${a.url}>` : ''),
    '',
    ...line('Sanctions', [...notice.listed, ...notice.formerly].map((f) => escapeMarkdown(`${f.text}: ${f.flags.map(describeFlag).join('; ')}`)).join('; ')),
    ...line('Amount', g.amount ? facts([g.amount]) : ''),
    ...line('Victims', facts(g.victims)),
    ...line('Actors', facts(g.actors)),
    ...line('Authorities', facts(g.agencies)),
    ...line('Who', facts(g.who)),
    ...line('When', g.date ? escapeMarkdown(g.date.text) : ''),
    ...line('Crime', g.crimes.map(escapeMarkdown).join('; ')),
    ...line(
      'Incident',
      incident
        ? escapeMarkdown([incident.name, [incident.date, incident.amount].filter(Boolean).join(', ')].filter(Boolean).join(' — ')) + (incident.source ? ` <${incident.source}>` : '')
        : '',
    ),
  ];
  if (annotation.entities.length) {
    out.push('', '### Entities', ...annotation.entities.map((e) => `- ${escapeMarkdown(e.name)}${e.aliases.length ? ` (${e.aliases.map(escapeMarkdown).join(', ')})` : ''}: ${e.type}, ${e.mentions} mention${e.mentions === 1 ? '' : 's'}.${flagsText(e.flags)}`));
  }
  if (annotation.figures.length) {
    out.push('', '### Figures', '| kind | as written | value |', '|---|---|---|', ...annotation.figures.map((f) => `| ${f.kind} | ${escapeMarkdown(f.text)} | ${escapeMarkdown(figureValue(f))} |`));
  }
  if (annotation.addresses.length) {
    out.push('', '### Addresses', ...annotation.addresses.map((x) => `- \`${x.text}\` (${x.chain}, checksum ${x.valid ? 'valid' : 'INVALID'}).${flagsText(x.flags)}`));
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
