/** An annotated page → the case file's record of it: pure, synchronous, no storage. */
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import type { Figure } from '../schema';
import { figureValue } from '../kinds';
import { usdShort } from '../base/money';
import { sentenceAt } from '../base/sentences';
import { summarize } from '../summary';
import type { ArticleInput, CaseAddress, CaseArticle, CaseFact, CaseName, HeadlineAmount } from './types';

/** Blocks as one text: what is hashed, searched and kept. */
export const joinBlocks = (blocks: readonly string[]): string => blocks.join('\n\n');

export const textHash = (text: string): string => bytesToHex(sha256(new TextEncoder().encode(text)));

/** The key a name is found by: lower case, whitespace collapsed. */
export const nameKey = (name: string): string => name.normalize('NFKC').replace(/\s+/g, ' ').trim().toLowerCase();

/** The key an address is found by: EVM-style hex (checksummed or not) lower case, others exactly as written. */
export const addressKey = (address: string): string => {
  const trimmed = address.trim();
  return /^0x[0-9a-f]+$/i.test(trimmed) ? trimmed.toLowerCase() : trimmed;
};

/** A figure as the table and the incident comparison show it: "$625m", "173,600 ETH". */
export function amountLabel(f: Figure): string {
  return f.kind === 'money' && f.currency === 'USD' ? usdShort(f.value) : figureValue(f);
}

/** The largest dollar amount, else the largest other money amount, else the largest crypto amount. */
export function headlineAmount(figures: readonly Figure[]): HeadlineAmount | null {
  const largest = (list: Figure[]) => list.sort((a, b) => Number(b.value) - Number(a.value))[0];
  const money = figures.filter((f) => f.kind === 'money');
  const pick =
    largest(money.filter((f) => f.kind === 'money' && f.currency === 'USD')) ??
    largest(money) ??
    largest(figures.filter((f) => f.kind === 'crypto'));
  if (!pick || (pick.kind !== 'money' && pick.kind !== 'crypto')) return null;
  return { label: amountLabel(pick), kind: pick.kind, value: pick.value, unit: pick.kind === 'money' ? pick.currency : pick.asset };
}

/** Each figure with the sentence of its first highlight (or the first block holding its text). */
function factsOf(input: ArticleInput): CaseFact[] {
  const { annotation, spans, blocks } = input;
  return annotation.figures.map((figure, ref) => {
    const span = spans.find((s) => s.ref === ref && s.type === figure.kind);
    const inSpan = span && blocks[span.block];
    if (span && inSpan !== undefined) return { figure, sentence: sentenceAt(inSpan, span.start, span.end) };
    const block = blocks.find((b) => b.includes(figure.text));
    if (block === undefined) return { figure, sentence: '' };
    const at = block.indexOf(figure.text);
    return { figure, sentence: sentenceAt(block, at, at + figure.text.length) };
  });
}

function summaryLine(input: ArticleInput, headline: HeadlineAmount | null): string {
  const s = summarize(input.annotation);
  const what = s.what.filter((f) => f.detail !== 'indexed incident').map((f) => f.text).slice(0, 2).join(', ');
  const who = s.who.slice(0, 3).map((f) => f.text).join(', ');
  return [what, who, headline?.label].filter(Boolean).join(' · ');
}

/** The derived index keys of a record, recomputed whenever names or addresses change. */
export function withKeys(article: Omit<CaseArticle, 'nameKeys' | 'addressKeys' | 'incidentId'>): CaseArticle {
  const nameKeys = [...new Set(article.names.flatMap((n) => [n.name, ...n.aliases]).map(nameKey))];
  const addressKeys = [...new Set(article.addresses.map((a) => addressKey(a.text)))];
  const out: CaseArticle = { ...article, nameKeys, addressKeys };
  if (article.incident) out.incidentId = article.incident.id;
  return out;
}

/**
 * The record for a freshly annotated article, with no tags or note (the store keeps the reader's own
 * when the article is already there). `text` is the text to keep, null when the reader turned that off.
 */
export function buildRecord(input: ArticleInput, now = Date.now()): { article: CaseArticle; text: string | null } {
  const { annotation } = input;
  const text = joinBlocks(input.blocks);
  const headline = headlineAmount(annotation.figures);
  const names: CaseName[] = annotation.entities.map(({ type, name, aliases, mentions, flags }) => ({
    type,
    name,
    aliases: [...aliases],
    mentions,
    sanctions: structuredClone(flags),
  }));
  const addresses: CaseAddress[] = annotation.addresses.map((a) => ({
    chain: a.chain,
    text: a.text,
    flags: a.valid ? [] : ['invalid-checksum'],
    sanctions: structuredClone(a.flags),
  }));
  const article = withKeys({
    url: input.url,
    title: annotation.article.title,
    publisher: annotation.article.publisher,
    authors: [...annotation.article.authors],
    publishedAt: annotation.article.publishedAt,
    readAt: (input.readAt ?? new Date(now)).toISOString(),
    updatedAt: now,
    names,
    facts: factsOf(input),
    addresses,
    crimeTypes: [...annotation.crimeTypes],
    incident: annotation.incident ? { id: annotation.incident.id, name: annotation.incident.name, date: input.incidentDate ?? null } : null,
    summary: summaryLine(input, headline),
    headline,
    csl: structuredClone(annotation.citation.csl),
    textHash: textHash(text),
    hasText: input.keepText,
    tags: [],
    note: '',
  });
  return { article, text: input.keepText ? text : null };
}
