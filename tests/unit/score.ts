/**
 * Scores annotations against gold files by the rules of docs/annotation-schema.md
 * (names compared loosely, each gold row matched once, figures by kind and value).
 */
import type { Annotation } from '@/lib/schema';
import type { Gold } from './dom';

export function norm(s: unknown): string {
  return String(s ?? '')
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201b]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^[\s"'([{.,;:!?-]+|[\s"')\]}.,;:!?-]+$/g, '')
    .replace(/^the /, '')
    .replace(/'s$/, '')
    .trim();
}

export interface Counts { tp: number; fp: number; fn: number }
export const add = (a: Counts, b: Counts): Counts => ({ tp: a.tp + b.tp, fp: a.fp + b.fp, fn: a.fn + b.fn });
export function f1({ tp, fp, fn }: Counts): number {
  const p = tp + fp ? tp / (tp + fp) : 1;
  const r = tp + fn ? tp / (tp + fn) : 1;
  return p + r ? (2 * p * r) / (p + r) : 0;
}

const names = (row: { name: string; aliases?: string[] }) => new Set([row.name, ...(row.aliases ?? [])].map(norm).filter(Boolean));
const overlaps = (a: Set<string>, b: Set<string>) => [...a].some((x) => b.has(x));

export function entityCounts(gold: Gold, ann: Annotation, typed: boolean): Counts {
  const rows = gold.entities.map((row) => ({ row, names: names(row), hit: null as null | string }));
  const optional = (gold.optional ?? []).map((o) => names({ name: o.name }));
  let tp = 0;
  let fp = 0;
  for (const e of ann.entities) {
    const n = names(e);
    const free = rows.find((r) => !r.hit && overlaps(n, r.names));
    if (free) {
      free.hit = e.type;
      if (!typed || free.row.type === e.type) tp++;
      else fp++;
    } else if (!rows.some((r) => overlaps(n, r.names)) && !optional.some((o) => overlaps(n, o))) fp++;
  }
  return { tp, fp, fn: rows.length - tp };
}

const sameFigure = (a: { kind: string; value: number | string }, b: { kind: string; value: number | string }) =>
  a.kind === b.kind &&
  (typeof a.value === 'number' && typeof b.value === 'number'
    ? Math.abs(a.value - b.value) <= 0.005 * Math.max(Math.abs(a.value), Math.abs(b.value))
    : norm(a.value) === norm(b.value));

export function figureCounts(gold: Gold, ann: Annotation): Counts {
  const uniq = <T extends { kind: string; value: number | string }>(list: T[]) => list.filter((f, i) => list.findIndex((x) => sameFigure(x, f)) === i);
  const rows = uniq(gold.figures as (Gold['figures'][number] & { optional?: boolean })[]).map((f) => ({ f, hit: false }));
  let tp = 0;
  let fp = 0;
  for (const f of uniq(ann.figures)) {
    const m = rows.find((r) => !r.hit && sameFigure(r.f, f));
    if (m) {
      m.hit = true;
      if (!m.f.optional) tp++;
    } else fp++;
  }
  return { tp, fp, fn: rows.filter((r) => !r.f.optional && !r.hit).length };
}

export function setCounts(gold: string[], predicted: string[]): Counts {
  const g = new Set(gold.map(norm));
  const p = new Set(predicted.map(norm));
  const tp = [...p].filter((x) => g.has(x)).length;
  return { tp, fp: p.size - tp, fn: g.size - tp };
}
