/**
 * The engine's front door: text blocks and metadata in, the annotation (docs/annotation-schema.md)
 * and the spans to paint out. The background runs annotateForPaint, answers the page with its spans
 * and finishes the annotation after; the CLI and tests run annotateDocument on a parsed page
 * (./annotate-page.ts, kept apart so that the background, which is given its blocks and metadata,
 * never loads the code that reads pages).
 */
import { SCHEMA_VERSION, type Annotation, type ArticleMeta, type Flag, type Span, type SpanType, type Summary } from './schema';
import { tokenize } from './extract/tokens';
import { nameKey } from './base/text';
import { findEntityMentions } from './extract/entities';
import { resolveEntities } from './extract/resolve';
import { findFigures } from './extract/figures';
import { findAddresses } from './extract/addresses';
import { findCrimeTypes } from './extract/crime-types';
import { splitSentences } from './extract/sentences';
import { findLeadFacts } from './extract/lead';
import { toCsl } from './citation/csl';
import type { IncidentRanker } from './incidents/ranker-types';
import { flagsForAddress, flagsForName } from './sanctions/screen';
import { listedToday } from './sanctions/describe';

export interface AnnotateOptions {
  /** the day the reader reads: the citation's accessed date */
  today?: Date;
  rank?: IncidentRanker;
}

export interface AnnotationResult {
  annotation: Annotation;
  spans: Span[];
}

const BLOCK_SEPARATOR = '\n\n';

/** How many of the ascending `sorted` are <= x (a binary search: spans and mentions run to thousands on long pages). */
function countAtOrBefore(sorted: readonly number[], x: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
const bareKey = (s: string) => nameKey(s).replace(/^the /, '');

/** What the page paints, with the rest of the annotation still to be found. */
export interface PaintedAnnotation extends AnnotationResult {
  /**
   * Finds the crime types and the story at a glance (the summary) and sets them on the annotation, which
   * until then has none: the page's highlights need neither, so the background answers the page first.
   */
  finish(): void;
}

/** The whole annotation of an article, and its spans. */
export function annotateBlocks(blocks: readonly string[], article: ArticleMeta, options: AnnotateOptions = {}): AnnotationResult {
  const painted = annotateForPaint(blocks, article, options);
  painted.finish();
  if (options.rank) rankAnnotation(painted.annotation, blocks, options.rank);
  return { annotation: painted.annotation, spans: painted.spans };
}

/** Names, figures, addresses, their flags and the spans to paint; crime types and summary come with `finish()`. */
export function annotateForPaint(blocks: readonly string[], article: ArticleMeta, options: Pick<AnnotateOptions, 'today'> = {}): PaintedAnnotation {
  const text = blocks.join(BLOCK_SEPARATOR);
  const blockStarts: number[] = [];
  let offset = 0;
  for (const b of blocks) {
    blockStarts.push(offset);
    offset += b.length + BLOCK_SEPARATOR.length;
  }
  const tokens = tokenize(text);
  const addressMentions = findAddresses(text);
  const inAddress = (s: number, e: number) => addressMentions.some((a) => s < a.end && e > a.start);
  // The publisher and the bylines name the page, not the story.
  const selfNames = new Set([article.publisher, ...article.authors].filter((n): n is string => !!n).map(bareKey));
  const entityMentions = findEntityMentions(text, tokens).filter((m) => !inAddress(m.start, m.end) && !selfNames.has(bareKey(m.surface)));
  const resolved = resolveEntities(entityMentions, text);
  const entityOf = resolved.entityOf;
  const entities: Annotation['entities'] = resolved.entities.map((e) => ({ ...e, flags: flagsForName(e.name, e.aliases) }));
  const figureMentions = findFigures(text, article.publishedAt).filter((f) => !inAddress(f.start, f.end));

  const figures: Annotation['figures'] = [];
  const figureIndex = new Map<string, number>();
  const figureRefs = figureMentions.map((f) => {
    const key = `${f.figure.kind}|${f.figure.text}|${String(f.figure.value)}`;
    let i = figureIndex.get(key);
    if (i === undefined) {
      i = figures.length;
      figures.push(f.figure);
      figureIndex.set(key, i);
    }
    return i;
  });
  const addresses: Annotation['addresses'] = [];
  const addressRefs = addressMentions.map((a) => {
    let i = addresses.findIndex((x) => x.text === a.address.text);
    if (i < 0) {
      i = addresses.length;
      addresses.push({ ...a.address, flags: flagsForAddress(a.address.text) });
    }
    return i;
  });

  const spans: Span[] = [];
  const toSpan = (start: number, end: number, type: SpanType, ref: number, flags: readonly Flag[] = []) => {
    const block = Math.max(0, countAtOrBefore(blockStarts, start) - 1);
    const base = blockStarts[block]!;
    if (end - base > blocks[block]!.length) return; // never crosses a block boundary
    spans.push({ block, start: start - base, end: end - base, type, ref, ...(listedToday(flags) ? { flag: 'sanctioned' as const } : {}) });
  };
  entityMentions.forEach((m, i) => {
    const ref = entityOf[i]!;
    if (ref >= 0) toSpan(m.start, m.end, entities[ref]!.type, ref, entities[ref]!.flags);
  });
  // the mentions come sorted by start: those starting before e are a prefix, and one of them overlaps when the furthest end among them passes s
  const mentionStarts = entityMentions.map((m) => m.start);
  const furthestEnd: number[] = [];
  entityMentions.forEach((m, i) => furthestEnd.push(Math.max(m.end, furthestEnd[i - 1] ?? -Infinity)));
  const overlapsEntity = (s: number, e: number) => {
    const before = countAtOrBefore(mentionStarts, e - 1);
    return before > 0 && furthestEnd[before - 1]! > s;
  };
  figureMentions.forEach((f, i) => {
    if (!overlapsEntity(f.start, f.end)) toSpan(f.start, f.end, f.figure.kind, figureRefs[i]!);
  });
  addressMentions.forEach((a, i) => toSpan(a.start, a.end, 'address', addressRefs[i]!, addresses[addressRefs[i]!]!.flags));
  spans.sort((a, b) => a.block - b.block || a.start - b.start);

  const annotation: Annotation = {
    schema: SCHEMA_VERSION,
    article,
    entities,
    figures,
    addresses,
    crimeTypes: [],
    crimeEvidence: [],
    incident: null,
    related: [],
    summary: { amount: null, date: null, victims: [], actors: [], agencies: [] } satisfies Summary,
    citation: { csl: toCsl(article, options.today ?? new Date()) },
  };
  const finish = () => {
    const sentences = splitSentences(blocks, BLOCK_SEPARATOR);
    const crimes = findCrimeTypes(sentences, article.title);
    annotation.crimeTypes = crimes.types;
    annotation.crimeEvidence = crimes.evidence;
    annotation.summary = findLeadFacts({
      title: article.title,
      titleFigures: article.title ? findFigures(article.title, article.publishedAt).map((f) => f.figure) : [],
      publishedAt: article.publishedAt,
      sentences,
      figures: figureMentions,
      entities,
      mentions: entityMentions.map((m, i) => ({ start: m.start, end: m.end, ref: entityOf[i]! })).filter((m) => m.ref >= 0),
    }, text);
  };
  return { annotation, spans, finish };
}

/**
 * The article's own incident and its related ones, set on an annotation made without them: the
 * background paints first and ranks after, since the page's highlights do not depend on it.
 */
export function rankAnnotation(annotation: Annotation, blocks: readonly string[], rank: IncidentRanker): void {
  const ranked = rank(annotation, blocks.join(BLOCK_SEPARATOR));
  annotation.incident = ranked.incident;
  annotation.related = ranked.related;
}
