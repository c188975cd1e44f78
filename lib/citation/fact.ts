/**
 * "Cite this fact": one figure of an article, the sentence it stands in, and a link that lands on that
 * sentence (a URL text fragment, see ./fragment), as JSON, a Markdown quote line or CSV rows.
 */
import type { Annotation, ArticleMeta, CslItem, Figure, Span } from '../schema';
import { figureValue } from '../format';
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
  /** null for a figure; reserved for facts about entities */
  entityType: string | null;
  /** the sentence holding the figure, whitespace collapsed */
  sentence: string;
  /** the page URL with a `#:~:text=` directive selecting the sentence */
  fragmentUrl: string;
  /** the article's citation */
  csl: CslItem;
}

// ---------------------------------------------------------------------------------------------------------
// Sentences

/** Words whose full stop does not end a sentence (compared lower-case, without the stop). */
const ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'mx', 'dr', 'prof', 'st', 'mt', 'ft', 'jr', 'sr', 'gen', 'gov', 'sen', 'rep', 'col', 'lt',
  'sgt', 'capt', 'cmdr', 'adm', 'hon', 'rev', 'no', 'nos', 'vs', 'fig', 'approx', 'est', 'dept', 'ave', 'vol',
  'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
]);
/** Sentence-final punctuation with any closing quotes/brackets after it, then what separates sentences. */
const ENDING = /[.!?…]+["'”’»)\]]*(?=\s)|[。！？]+["'”’」』）)\]]*/gu;
/** What may open a sentence after Latin-script punctuation and a space. */
const OPENER = /[\p{Lu}\p{Lt}\p{Lo}\p{N}"'“‘«([¿¡]/u;

function isAbbreviation(text: string, dot: number): boolean {
  const word = /\S*$/.exec(text.slice(0, dot))![0].replace(/^[("'“‘[«]+/, '');
  return /^\p{Lu}$/u.test(word) || /^(?:\p{L}\.)+\p{L}$/u.test(word) || ABBREVIATIONS.has(word.toLowerCase());
}

/** Where sentences end in a block: [end of the sentence, start of the next]. */
function sentenceBreaks(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(ENDING)) {
    const end = m.index + m[0].length;
    const next = end + /^\s*/.exec(text.slice(end))![0].length;
    if (next >= text.length) continue;
    if (!/^[。！？]/.test(m[0])) {
      if (!OPENER.test(text[next]!)) continue;
      if (m[0].startsWith('.') && !m[0].startsWith('..') && isAbbreviation(text, m.index)) continue;
    }
    out.push([end, next]);
  }
  return out;
}

/**
 * The sentence of `blockText` that holds [start, end), whitespace collapsed. Sentences end at `.`, `!`,
 * `?` or `…` (with any closing quotes or brackets) followed by a space and a capital, a digit, an opening
 * quote or bracket, or a letter of a caseless script; and at `。！？`. A full stop does not end one after
 * an abbreviation (Mt., Jan., Dr., No.), letters with stops (U.S., e.g.) or a single initial (J.), nor
 * inside a number (3.1). A span that crosses a break keeps both sentences.
 */
export function sentenceAt(blockText: string, start: number, end: number): string {
  const [from, to] = sentenceRange(blockText, start, end);
  return blockText.slice(from, to).replace(/\s+/g, ' ').trim();
}

/** Offsets [from, to) of that sentence in blockText, untrimmed. */
export function sentenceRange(blockText: string, start: number, end: number): [number, number] {
  let from = 0;
  let to = blockText.length;
  for (const [stop, next] of sentenceBreaks(blockText)) {
    if (next <= start) from = next;
    else if (stop >= end) {
      to = stop;
      break;
    }
  }
  return [from, to];
}

// ---------------------------------------------------------------------------------------------------------
// Facts

const unitOf = (f: Figure): string | null =>
  f.kind === 'money' ? f.currency : f.kind === 'crypto' ? f.asset : f.kind === 'count' || f.kind === 'duration' ? f.unit : null;

/**
 * One fact per figure, from the figure's first span (in document order), or, for a figure that has no
 * span (one inside an entity's name), the first block containing its text; a figure found nowhere is
 * left out. `pageText` is the page's visible text (document.body.innerText), against which the fragment
 * is made unambiguous; the text before the sentence in its block tells which occurrence is meant when
 * the sentence's words appear more than once. Figures in one sentence share its fragment URL.
 */
export function citeFacts(annotation: Annotation, spans: readonly Span[], blocks: readonly string[], pageUrl: string, pageText: string): CitedFact[] {
  const facts: CitedFact[] = [];
  const urls = new Map<string, string>();
  annotation.figures.forEach((figure, i) => {
    const span = spans.find((s) => s.ref === i && s.type === figure.kind);
    const block = span && blocks[span.block] !== undefined ? span.block : blocks.findIndex((b) => b.includes(figure.text));
    if (block < 0) return;
    const text = blocks[block]!;
    const at = span && block === span.block ? [span.start, span.end] : [text.indexOf(figure.text), text.indexOf(figure.text) + figure.text.length];
    const [from, to] = sentenceRange(text, at[0]!, at[1]!);
    const sentence = text.slice(from, to).replace(/\s+/g, ' ').trim();
    const key = `${block}:${from}`;
    let fragmentUrl = urls.get(key);
    if (fragmentUrl === undefined) urls.set(key, (fragmentUrl = textFragmentUrl(pageUrl, sentence, pageText, { before: text.slice(0, from) })));
    facts.push({
      claim: figure.text,
      kind: figure.kind,
      value: figure.value,
      unit: unitOf(figure),
      entityType: null,
      sentence,
      fragmentUrl,
      csl: structuredClone(annotation.citation.csl),
    });
  });
  return facts;
}

/**
 * A fact about a name: the sentence of its first mention (kind "entity", its type in entityType,
 * no value), for "Cite this fact" on people, agencies, places and the rest.
 */
export function citeEntity(annotation: Annotation, spans: readonly Span[], blocks: readonly string[], pageUrl: string, pageText: string, ref: number): CitedFact | null {
  const entity = annotation.entities[ref];
  const span = entity && spans.find((s) => s.ref === ref && s.type === entity.type);
  const text = span ? blocks[span.block] : undefined;
  if (!entity || !span || text === undefined) return null;
  const [from, to] = sentenceRange(text, span.start, span.end);
  const sentence = text.slice(from, to).replace(/\s+/g, ' ').trim();
  return {
    claim: text.slice(span.start, span.end).replace(/\s+/g, ' '),
    kind: 'entity',
    value: null,
    unit: null,
    entityType: entity.type,
    sentence,
    fragmentUrl: textFragmentUrl(pageUrl, sentence, pageText, { before: text.slice(0, from) }),
    csl: structuredClone(annotation.citation.csl),
  };
}

/** The fact as JSON: the CitedFact's fields in declaration order, two-space indented. */
export function factJson(fact: CitedFact): string {
  const { claim, kind, value, unit, entityType, sentence, fragmentUrl, csl } = fact;
  return JSON.stringify({ claim, kind, value, unit, entityType, sentence, fragmentUrl, csl }, null, 2);
}

/** The value as a reader reads it ("850,000 computers", "3,600,000,000 USD"), or null. */
export function factValueText(fact: CitedFact): string | null {
  if (fact.value === null) return null;
  const base = { text: fact.claim };
  const unit = fact.unit ?? '';
  switch (fact.kind) {
    case 'money':
      return typeof fact.value === 'number' ? figureValue({ ...base, kind: 'money', value: fact.value, currency: unit }) : null;
    case 'crypto':
      return typeof fact.value === 'number' ? figureValue({ ...base, kind: 'crypto', value: fact.value, asset: unit }) : null;
    case 'count':
      return typeof fact.value === 'number' ? figureValue({ ...base, kind: 'count', value: fact.value, unit }) : null;
    case 'duration':
      return typeof fact.value === 'number' ? figureValue({ ...base, kind: 'duration', value: fact.value, unit: unit as 'year' }) : null;
    case 'percent':
      return typeof fact.value === 'number' ? figureValue({ ...base, kind: 'percent', value: fact.value }) : null;
    default:
      return String(fact.value);
  }
}

const oneLine = (s: string) => s.replace(/\s+/g, ' ').trim();
export const escapeMarkdown = (s: string) => oneLine(s).replace(/[\\[\]*_`<]/g, '\\$&');
const escapeUrl = (s: string) => s.trim().replace(/[() ]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * One Markdown line: `> "SENTENCE" — [CITATION](FRAGMENT_URL) (VALUE)`
 *
 * - CITATION is `citationText` (e.g. "BleepingComputer, 2019-08-28" from sourceLabel, or a formatted
 *   reference), "source" when blank; VALUE is factValueText, and ` (VALUE)` is left out when there is none.
 * - In SENTENCE and CITATION, whitespace is collapsed and `\ [ ] * _ ` and `<` are backslash-escaped;
 *   the sentence's own quotes are kept. In the URL `(`, `)` and spaces are percent-encoded, which a text
 *   directive decodes back before matching, so the link still selects the sentence.
 */
export function factMarkdown(fact: CitedFact, citationText: string): string {
  const label = oneLine(citationText) ? escapeMarkdown(citationText) : 'source';
  const value = factValueText(fact);
  return `> "${escapeMarkdown(fact.sentence)}" — [${label}](${escapeUrl(fact.fragmentUrl)})${value ? ` (${value})` : ''}`;
}

/** "Publisher, YYYY-MM-DD" (either part alone when the other is missing; "" with neither) from a CSL item. */
export function sourceLabel(csl: CslItem): string {
  const date = csl.issued?.['date-parts'][0]
    ?.filter((n): n is number => typeof n === 'number')
    .map((n, i) => (i ? String(n).padStart(2, '0') : String(n)))
    .join('-');
  return [csl['container-title'] ?? csl.publisher, date].filter(Boolean).join(', ');
}

export const CSV_COLUMNS = ['kind', 'text', 'value', 'unit', 'sentence', 'fragment_url', 'title', 'publisher', 'date', 'url'] as const;

/**
 * RFC 4180 field: quoted when it holds a comma, a double quote, CR or LF, quotes doubled. Text that
 * a spreadsheet would run as a formula (starting with =, +, -, @, tab or CR) is prefixed with an
 * apostrophe, the usual defence against CSV injection; numbers are written as they are.
 */
export function csvField(value: string | number | null | undefined): string {
  const raw = value === null || value === undefined ? '' : String(value);
  const s = typeof value === 'string' && /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/**
 * RFC 4180 CSV: a header row (CSV_COLUMNS: kind, text, value, unit or currency, sentence, fragment URL,
 * title, publisher, date, URL), then one row per fact, every row ended by CRLF. Title, publisher, date
 * (publishedAt) and URL are the article's, from `meta`; a missing value is an empty field.
 */
export function factsCsv(facts: readonly CitedFact[], meta: ArticleMeta): string {
  const rows = facts.map((f) => [f.kind, f.claim, f.value, f.unit, f.sentence, f.fragmentUrl, meta.title, meta.publisher, meta.publishedAt, meta.url]);
  return [[...CSV_COLUMNS], ...rows].map((row) => `${row.map(csvField).join(',')}\r\n`).join('');
}
