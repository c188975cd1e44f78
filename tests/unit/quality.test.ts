/**
 * Extraction quality on articles with hand-made gold files: the development fixtures and
 * the project's own test articles. Thresholds sit a little under today's scores, so a
 * change that makes the annotator worse for readers fails here.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { annotateDocument, annotateText } from '@/lib/annotate-page';
import { rankerFromIndex } from '@/lib/incidents/rank';
import { loadIndex } from '@/lib/incidents/load';
import type { Annotation } from '@/lib/schema';
import { gold as readGold, htmlDocument, type Gold } from './dom';
import { add, entityCounts, f1, figureCounts, setCounts, type Counts } from './score';

const rank = rankerFromIndex(loadIndex());
const zero: Counts = { tp: 0, fp: 0, fn: 0 };

function annotate(dir: string, file: string): Annotation {
  const content = readFileSync(`${dir}/${file}`, 'utf8');
  return file.endsWith('.html') ? annotateDocument(htmlDocument(content), null, { rank }).annotation : annotateText(content, { rank }).annotation;
}

describe.each([
  ['development fixtures', 'tests/fixtures/articles', { entities: 0.92, typed: 0.88, figures: 0.9, crime: 0.85, incident: 1, related: 0.9 }],
  ['own test articles', 'tests/articles', { entities: 0.85, typed: 0.8, figures: 0.88, crime: 0.75, incident: 0.65, related: 0.75 }],
] as const)('%s', (_label, dir, min) => {
  const files = readdirSync(dir).filter((f) => /\.(html|txt)$/.test(f));
  const results = files.map((file) => ({ file, gold: readGold(file.replace(/\.(html|txt)$/, ''), dir) as Gold & { addresses: { text: string }[] }, ann: annotate(dir, file) }));

  it('finds and types the entities', () => {
    expect(f1(results.reduce((s, r) => add(s, entityCounts(r.gold, r.ann, false)), zero))).toBeGreaterThanOrEqual(min.entities);
    expect(f1(results.reduce((s, r) => add(s, entityCounts(r.gold, r.ann, true)), zero))).toBeGreaterThanOrEqual(min.typed);
  });

  it('finds and normalizes the figures', () => {
    expect(f1(results.reduce((s, r) => add(s, figureCounts(r.gold, r.ann)), zero))).toBeGreaterThanOrEqual(min.figures);
  });

  it('finds every address and nothing else', () => {
    const key = (t: string) => (/^0x/i.test(t) ? t.toLowerCase() : t);
    const counts = results.reduce((s, r) => add(s, setCounts(r.gold.addresses.map((a) => key(a.text)), r.ann.addresses.map((a) => key(a.text)))), zero);
    expect(f1(counts)).toBe(1);
  });

  it('labels the crime types', () => {
    expect(f1(results.reduce((s, r) => add(s, setCounts(r.gold.crimeTypes, r.ann.crimeTypes)), zero))).toBeGreaterThanOrEqual(min.crime);
  });

  it('recognizes the indexed incident and relates the right ones', () => {
    const words = (s: string) => new Set(s.toLowerCase().replace(/[^a-z0-9 ]/g, ' ').split(' ').filter((w) => w.length > 2 && !/^(?:19|20)\d\d$/.test(w) && !['the', 'and', 'hack', 'collapse', 'takedown', 'sentencing', 'exchange', 'market', 'bridge', 'ransomware', 'botnet'].includes(w)));
    const same = (a: string, b: string) => {
      const x = words(a);
      const y = words(b);
      return x.size > 0 && y.size > 0 && [...x].filter((w) => y.has(w)).length / Math.min(x.size, y.size) >= 0.5;
    };
    const withIncident = results.filter((r) => r.gold.incident);
    const right = withIncident.filter((r) => r.ann.incident && same(r.gold.incident!, r.ann.incident.name));
    expect(right.length / withIncident.length).toBeGreaterThanOrEqual(min.incident);
    const withRelated = results.filter((r) => r.gold.related.length);
    const hits = withRelated.filter((r) => r.ann.related.slice(0, 5).some((x) => r.gold.related.some((g) => same(g, x.name))));
    expect(hits.length / withRelated.length).toBeGreaterThanOrEqual(min.related);
  });
});
