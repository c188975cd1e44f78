/**
 * "Cite this fact": one figure of an article, the sentence it stands in, and a link that lands on that
 * sentence (a URL text fragment, see ./fragment), as JSON, a Markdown quote line or CSV rows.
 */
import type { Annotation, ArticleMeta, CslItem, Flag, Span, SpanType } from '../schema';
import { figureUnit, isFigureKind, readValue } from '../kinds';
import { collapseSpace } from '../base/text';
import { escapeMarkdown, escapeMarkdownUrl } from '../base/markdown';
import { isoFromParts } from '../base/dates';
import { sentenceRange } from '../base/sentences';
import { csvField } from '../base/csv';
import { describeFlag } from '../sanctions/describe';
import { textFragmentUrl } from './fragment';

export interface CitedFact {
  /** the figure as the article wrote it: "850,000 computers" */
  claim: string;
  /** a FigureKind ('money', 'count', …) */
  kind: string;
  /** the normalized value: a number, or YYYY-MM-DD for a date */
  value: string | number | null;
  /** currency (money), asset (crypto), unit (count, duration); null for percent and date */
  unit: string | null;
  /** the entity's type for a name; null for a figure or an address */
  entityType: string | null;
  /** the sanctions lists that name it (addresses and names); [] for figures and the unlisted */
  flags: Flag[];
  /** the sentence holding the figure, whitespace collapsed */
  sentence: string;
  /** the page URL with a `#:~:text=` directive selecting the sentence */
  fragmentUrl: string;
  /** the article's citation */
  csl: CslItem;
}

// ---------------------------------------------------------------------------------------------------------
// Facts

/** A fact of an annotation, named by its highlight kind and its index in the annotation's list of that kind. */
export interface FactRef {
  type: SpanType;
  ref: number;
}

/** What facts are cited from: the annotation, the blocks and spans it was painted from, and the page. */
export interface FactSource {
  annotation: Annotation;
  spans: readonly Span[];
  blocks: readonly string[];
  /** the page's URL */
  url: string;
  /** the page's visible text (document.body.innerText), against which fragment links are made unique */
  pageText: string;
}

interface Located { block: number; start: number; end: number }

/** Where a fact stands in the blocks: its first span, or for a figure painted nowhere (inside a name) the first block holding its text. */
function locate(source: FactSource, target: FactRef, text: string | null): Located | null {
  const span = source.spans.find((s) => s.ref === target.ref && s.type === target.type);
  if (span && source.blocks[span.block] !== undefined) return { block: span.block, start: span.start, end: span.end };
  if (text === null) return null;
  const block = source.blocks.findIndex((b) => b.includes(text));
  if (block < 0) return null;
  const start = source.blocks[block]!.indexOf(text);
  return { block, start, end: start + text.length };
}

type FragmentCache = Map<string, string>;

function cite(source: FactSource, at: Located, fields: Pick<CitedFact, 'claim' | 'kind' | 'value' | 'unit' | 'entityType' | 'flags'>, cache: FragmentCache): CitedFact {
  const text = source.blocks[at.block]!;
  const [from, to] = sentenceRange(text, at.start, at.end);
  const sentence = collapseSpace(text.slice(from, to));
  const key = `${at.block}:${from}`;
  let fragmentUrl = cache.get(key);
  if (fragmentUrl === undefined) cache.set(key, (fragmentUrl = textFragmentUrl(source.url, sentence, source.pageText, { before: text.slice(0, from) })));
  return { ...fields, sentence, fragmentUrl, csl: structuredClone(source.annotation.citation.csl) };
}

/**
 * One fact, by reference: a figure (its value and unit), a name (kind "entity", its type in entityType)
 * or an address (kind "address", its chain as unit), with the sentence of its first mention and a link
 * that lands on that sentence; null when the reference names nothing or the fact is found in no block.
 */
export function citeFact(source: FactSource, target: FactRef, cache: FragmentCache = new Map()): CitedFact | null {
  const { annotation } = source;
  if (isFigureKind(target.type)) {
    const figure = annotation.figures[target.ref];
    const at = figure?.kind === target.type ? locate(source, target, figure.text) : null;
    return figure && at ? cite(source, at, { claim: figure.text, kind: figure.kind, value: figure.value, unit: figureUnit(figure), entityType: null, flags: [] }, cache) : null;
  }
  if (target.type === 'address') {
    const address = annotation.addresses[target.ref];
    const at = address ? locate(source, target, address.text) : null;
    return address && at ? cite(source, at, { claim: address.text, kind: 'address', value: address.text, unit: address.chain, entityType: null, flags: address.flags }, cache) : null;
  }
  const entity = annotation.entities[target.ref];
  const at = entity?.type === target.type ? locate(source, target, null) : null;
  if (!entity || !at) return null;
  const claim = collapseSpace(source.blocks[at.block]!.slice(at.start, at.end));
  return cite(source, at, { claim, kind: 'entity', value: null, unit: null, entityType: entity.type, flags: entity.flags }, cache);
}

/**
 * Every figure as a fact, in the annotation's order; a figure found nowhere is left out. Figures in
 * one sentence share its fragment URL.
 */
export function citeFigures(source: FactSource): CitedFact[] {
  const cache: FragmentCache = new Map();
  return source.annotation.figures
    .map((f, ref) => citeFact(source, { type: f.kind, ref }, cache))
    .filter((f): f is CitedFact => f !== null);
}

/** The fact as JSON: the CitedFact's fields in declaration order, two-space indented. */
export function factJson(fact: CitedFact): string {
  const { claim, kind, value, unit, entityType, flags, sentence, fragmentUrl, csl } = fact;
  return JSON.stringify({ claim, kind, value, unit, entityType, flags, sentence, fragmentUrl, csl }, null, 2);
}

/** The value as a reader reads it ("850,000 computers", "3,600,000,000 USD"), or null for names. */
export function factValueText(fact: CitedFact): string | null {
  if (fact.value === null) return null;
  return isFigureKind(fact.kind) ? readValue(fact.kind, fact.value, fact.unit) : String(fact.value);
}


/**
 * One Markdown line: `> "SENTENCE" — [CITATION](FRAGMENT_URL) (VALUE)`
 *
 * - CITATION is `citationText` (e.g. "BleepingComputer, 2019-08-28" from sourceLabel, or a formatted
 *   reference), "source" when blank; VALUE is factValueText, and ` (VALUE)` is left out when there is none.
 * - In SENTENCE and CITATION, whitespace is collapsed and `\ [ ] * _ ` `<`, `>` and `|` are backslash-escaped;
 *   the sentence's own quotes are kept. In the URL `(`, `)` and spaces are percent-encoded, which a text
 *   directive decodes back before matching, so the link still selects the sentence.
 */
export function factMarkdown(fact: CitedFact, citationText: string): string {
  const label = collapseSpace(citationText) ? escapeMarkdown(citationText) : 'source';
  const value = factValueText(fact);
  const flags = fact.flags.map((f) => ` [${escapeMarkdown(describeFlag(f))}](${escapeMarkdownUrl(f.source)})`).join('');
  return `> "${escapeMarkdown(fact.sentence)}" — [${label}](${escapeMarkdownUrl(fact.fragmentUrl)})${value ? ` (${value})` : ''}${flags}`;
}

/** "Publisher, YYYY-MM-DD" (either part alone when the other is missing; "" with neither) from a CSL item. */
export function sourceLabel(csl: CslItem): string {
  const parts = csl.issued?.['date-parts'][0]?.filter((n): n is number => typeof n === 'number');
  const date = parts ? isoFromParts(parts) : undefined;
  return [csl['container-title'] ?? csl.publisher, date].filter(Boolean).join(', ');
}

export const CSV_COLUMNS = ['kind', 'text', 'value', 'unit', 'sentence', 'fragment_url', 'title', 'publisher', 'date', 'url'] as const;


/**
 * RFC 4180 CSV: a header row (CSV_COLUMNS: kind, text, value, unit or currency, sentence, fragment URL,
 * title, publisher, date, URL), then one row per fact, every row ended by CRLF. Title, publisher, date
 * (publishedAt) and URL are the article's, from `meta`; a missing value is an empty field.
 */
export function factsCsv(facts: readonly CitedFact[], meta: ArticleMeta): string {
  const rows = facts.map((f) => [f.kind, f.claim, f.value, f.unit, f.sentence, f.fragmentUrl, meta.title, meta.publisher, meta.publishedAt, meta.url]);
  return [[...CSV_COLUMNS], ...rows].map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}
