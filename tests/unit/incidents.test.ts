import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { CATEGORIES, IncidentSchema, type Incident } from '@/lib/incidents/schema';
import { INCIDENT_FILES, loadIndex } from '@/lib/incidents/load';

const records = Object.entries(INCIDENT_FILES).flatMap(([file, rows]) => rows.map((row, i) => ({ file, i, row })));

describe('the incident index data', () => {
  it('every record matches the schema', () => {
    const problems = records.flatMap(({ file, i, row }) => {
      const r = v.safeParse(IncidentSchema, row);
      return r.success ? [] : [`${file}[${i}] ${(row as { id?: string }).id}: ${r.issues.map((x) => `${v.getDotPath(x) ?? ''} ${x.message}`).join('; ')}`];
    });
    expect(problems).toEqual([]);
  });

  it('each file holds only its own category', () => {
    const misplaced = records.filter(({ file, row }) => (row as Incident).category !== file).map(({ file, row }) => `${file}: ${(row as Incident).id}`);
    expect(misplaced).toEqual([]);
  });

  it('ids are unique and no incident is listed twice (same name and date)', () => {
    const ids = records.map(({ row }) => (row as Incident).id);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    const keys = records.map(({ row }) => `${(row as Incident).name.toLowerCase()}|${(row as Incident).date}`);
    expect(keys.filter((k, i) => keys.indexOf(k) !== i)).toEqual([]);
  });

  it('holds at least 400 incidents from 2011 to 2026, at least 30 in each category', () => {
    const index = loadIndex();
    expect(index.length).toBeGreaterThanOrEqual(400);
    for (const category of CATEGORIES) {
      expect(index.filter((x) => x.category === category).length, category).toBeGreaterThanOrEqual(30);
    }
    expect(index.every((x) => x.date >= '2011' && x.date < '2027')).toBe(true);
  });

  it('cites only https sources, and never the same page as a placeholder for everything', () => {
    const index = loadIndex();
    expect(index.every((x) => x.sources.length > 0 && x.sources.every((s) => s.url.startsWith('https://')))).toBe(true);
    const bySource = new Map<string, number>();
    for (const x of index) for (const s of x.sources) bySource.set(s.url, (bySource.get(s.url) ?? 0) + 1);
    expect(Math.max(...bySource.values())).toBeLessThan(index.length / 10);
  });
});
