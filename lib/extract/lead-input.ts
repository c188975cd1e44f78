/**
 * What the lead facts are chosen from: the article's sentences, figures and name mentions with their
 * places, and the groupings of mentions that every fact asks for, computed once per article.
 */
import type { Entity, Figure } from '../schema';
import { sentenceIndexAt, type Sentence } from './sentences';

export interface PlacedFigure {
  figure: Figure;
  start: number;
  end: number;
}

export interface PlacedMention {
  start: number;
  end: number;
  /** index into entities */
  ref: number;
}

export interface LeadInput {
  /** figures found in the headline (not part of the body text) */
  titleFigures: readonly Figure[];
  title: string | null;
  publishedAt: string | null;
  sentences: readonly Sentence[];
  figures: readonly PlacedFigure[];
  entities: readonly Entity[];
  mentions: readonly PlacedMention[];
}


const centralCache = new WeakMap<LeadInput, Set<number>>();
const bySentenceCache = new WeakMap<LeadInput, Map<number, PlacedMention[]>>();

const byRefCache = new WeakMap<LeadInput, Map<number, PlacedMention[]>>();
export function mentionsByRef(input: LeadInput): Map<number, PlacedMention[]> {
  let out = byRefCache.get(input);
  if (out) return out;
  out = new Map();
  for (const m of input.mentions) out.set(m.ref, [...(out.get(m.ref) ?? []), m]);
  byRefCache.set(input, out);
  return out;
}

/** Mentions grouped by the start offset of their sentence, computed once per article. */
export function mentionsBySentence(input: LeadInput): Map<number, PlacedMention[]> {
  let out = bySentenceCache.get(input);
  if (out) return out;
  out = new Map();
  for (const m of input.mentions) {
    const s = input.sentences[sentenceIndexAt(input.sentences, m.start)]!;
    if (m.end > s.end) continue;
    const list = out.get(s.start) ?? [];
    list.push(m);
    out.set(s.start, list);
  }
  bySentenceCache.set(input, out);
  return out;
}

/** Entities named in the headline or in the first two paragraphs. */
export function centralEntities(input: LeadInput): Set<number> {
  const known = centralCache.get(input);
  if (known) return known;
  const title = (input.title ?? '').toLowerCase();
  const firstBlocks = new Set(input.sentences.map((s) => s.block).filter((b, i, all) => all.indexOf(b) === i).slice(0, 2));
  const central = new Set<number>();
  for (const m of input.mentions) {
    const s = input.sentences[sentenceIndexAt(input.sentences, m.start)]!;
    if (firstBlocks.has(s.block)) central.add(m.ref);
  }
  input.entities.forEach((e, i) => {
    if ([e.name, ...e.aliases].some((n) => n.length > 2 && title.includes(n.toLowerCase()))) central.add(i);
  });
  centralCache.set(input, central);
  return central;
}
