/**
 * The case file written out: a bibliography in any citation format, the facts and the articles as
 * CSV, and a Markdown case memo. Every format is made by the project's citation code (formats.ts,
 * fact.ts); this module only arranges many articles into one document.
 */
import type { CslItem } from '../schema';
import { formatCitation, type CitationFormat } from '../citation/formats';
import { factMarkdown, factsCsv, sourceLabel, type CitedFact } from '../citation/fact';
import { csvField } from '../base/csv';
import { figureUnit } from '../kinds';
import { escapeMarkdown } from '../base/markdown';
import { textFragmentUrl } from '../citation/fragment';
import { incidentsIndex, amountsLine, timelineEvents } from './connections';
import type { CaseArticle } from './types';

/** An article and, when kept, its text (from which fact links are made unambiguous). */
export interface ArticleWithText {
  article: CaseArticle;
  text?: string;
}

const CSL_STYLES: readonly CitationFormat[] = ['apa', 'mla', 'chicago', 'harvard'];

/** BibTeX keys made unique in order of appearance: smith2021hack, smith2021hacka, smith2021hackb. */
function uniqueBibtexKeys(entries: string[]): string[] {
  const seen = new Map<string, number>();
  return entries.map((entry) => {
    const key = /^@\w+\{([^,]*),/.exec(entry)?.[1] ?? '';
    const n = seen.get(key) ?? 0;
    seen.set(key, n + 1);
    return n ? entry.replace(`{${key},`, `{${key}${String.fromCharCode(96 + n)},`) : entry;
  });
}

/**
 * The articles' references in one format. Author-date styles are sorted alphabetically as a reference
 * list is; BibTeX, RIS, CSL-JSON and Markdown keep the order given. CSL-JSON items get their URL as id.
 */
export function bibliography(articles: readonly CaseArticle[], format: CitationFormat): string {
  if (format === 'csl-json') {
    const items: (CslItem & { id: string })[] = articles.map((a) => ({ id: a.url, ...a.csl }));
    return `${JSON.stringify(items, null, 2)}\n`;
  }
  const entries = articles.map((a) => formatCitation(a.csl, format));
  if (CSL_STYLES.includes(format)) return `${entries.sort((a, b) => a.localeCompare(b, 'en')).join('\n\n')}\n`;
  if (format === 'bibtex') return `${uniqueBibtexKeys(entries).join('\n\n')}\n`;
  if (format === 'markdown') return entries.map((e) => `- ${e}\n`).join('');
  return `${entries.join('\n\n')}\n`;
}

/** The article's figures as cited facts: the stored sentence, linked with a text fragment. */
export function citedFacts({ article, text }: ArticleWithText): CitedFact[] {
  const urls = new Map<string, string>();
  return article.facts
    .filter((f) => f.sentence)
    .map(({ figure, sentence }) => {
      let fragmentUrl = urls.get(sentence);
      if (fragmentUrl === undefined) urls.set(sentence, (fragmentUrl = textFragmentUrl(article.url, sentence, text ?? sentence)));
      return { claim: figure.text, kind: figure.kind, value: figure.value, unit: figureUnit(figure), entityType: null, flags: [], sentence, fragmentUrl, csl: article.csl };
    });
}

/** Every article's facts as one CSV (fact.ts's columns and quoting), one header row, CRLF line ends. */
export function caseFactsCsv(items: readonly ArticleWithText[]): string {
  const tables = items.map((item) =>
    factsCsv(citedFacts(item), {
      title: item.article.title,
      url: item.article.url,
      publisher: item.article.publisher,
      authors: item.article.authors,
      publishedAt: item.article.publishedAt,
      language: null,
    }),
  );
  const header = factsCsv([], { title: null, url: null, publisher: null, authors: [], publishedAt: null, language: null });
  return header + tables.map((t) => t.slice(header.length)).join('');
}

export const ARTICLE_CSV_COLUMNS = ['date', 'title', 'publisher', 'authors', 'url', 'read_at', 'incident', 'crime_types', 'amount', 'tags', 'note', 'text_sha256'] as const;

/** The articles as CSV, one row each: formula-safe, RFC 4180 quoting, CRLF line ends. */
export function articlesCsv(articles: readonly CaseArticle[]): string {
  const rows = articles.map((a) => [
    a.publishedAt, a.title, a.publisher, a.authors.join('; '), a.url, a.readAt, a.incident?.name, a.crimeTypes.join('; '),
    a.headline?.label, a.tags.join('; '), a.note, a.textHash,
  ]);
  return [[...ARTICLE_CSV_COLUMNS], ...rows].map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}

/**
 * The case memo in Markdown: for each incident (most articles first), the amounts the articles gave
 * and each article with its cited facts; then the articles about no indexed incident; then a timeline
 * of articles and incidents.
 */
export function caseMemo(items: readonly ArticleWithText[], now: Date): string {
  const articles = items.map((i) => i.article);
  const byUrl = new Map(items.map((i) => [i.article.url, i]));
  const out = [`# Case file`, '', `${articles.length} article${articles.length === 1 ? '' : 's'}, written ${now.toISOString().slice(0, 10)}.`];
  const articleSection = (item: ArticleWithText) => {
    const a = item.article;
    const lines = [`### ${formatCitation(a.csl, 'markdown')}`];
    if (a.crimeTypes.length) lines.push('', `Crime types: ${escapeMarkdown(a.crimeTypes.join(', '))}`);
    if (a.tags.length) lines.push('', `Tags: ${escapeMarkdown(a.tags.join(', '))}`);
    if (a.note.trim()) lines.push('', ...a.note.trim().split(/\n+/).map((l) => `Note: ${escapeMarkdown(l)}`));
    const facts = citedFacts(item);
    if (facts.length) lines.push('', ...facts.map((f) => factMarkdown(f, sourceLabel(a.csl))));
    return ['', ...lines];
  };
  for (const entry of incidentsIndex(articles)) {
    out.push('', `## ${escapeMarkdown(entry.incident.name)}${entry.incident.date ? ` (${entry.incident.date})` : ''}`);
    if (entry.amounts.length) out.push('', `Amounts given: ${escapeMarkdown(amountsLine(entry.amounts))}`);
    for (const { url } of entry.articles) out.push(...articleSection(byUrl.get(url)!));
  }
  const loose = items.filter((i) => !i.article.incident);
  if (loose.length) {
    out.push('', '## Articles about no indexed incident');
    for (const item of loose) out.push(...articleSection(item));
  }
  const events = timelineEvents(articles);
  if (events.length) {
    out.push('', '## Timeline', '');
    for (const e of events) out.push(`- ${e.date} — ${e.kind === 'incident' ? `incident: ${escapeMarkdown(e.label)}` : escapeMarkdown(e.label)}`);
  }
  return `${out.join('\n')}\n`;
}

