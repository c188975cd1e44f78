import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { KNOWLEDGE } from '@/lib/knowledge';
import { KNOWLEDGE_SCHEMAS } from '@/lib/knowledge/schema';
import { nameKey } from '@/lib/base/text';
import cues from '@/lib/knowledge/crime-cues.json';
import { CRIME_TYPES } from '@/lib/schema';

const MINIMUM: Record<keyof typeof KNOWLEDGE, number> = { agencies: 300, organizations: 500, threats: 250, assets: 250, places: 400, people: 150 };

describe.each(Object.keys(KNOWLEDGE) as (keyof typeof KNOWLEDGE)[])('knowledge file %s', (file) => {
  const rows = KNOWLEDGE[file] as unknown[];

  it('has hundreds of rows', () => expect(rows.length).toBeGreaterThanOrEqual(MINIMUM[file]));

  it('has no malformed row', () => {
    const bad = rows.flatMap((row, i) => {
      const r = v.safeParse(KNOWLEDGE_SCHEMAS[file], row);
      return r.success ? [] : [`${i} ${JSON.stringify(row).slice(0, 80)}: ${r.issues[0]!.message}`];
    });
    expect(bad).toEqual([]);
  });

  it('names each thing once: no name or alias in two rows', () => {
    const seen = new Map<string, string>();
    const clashes: string[] = [];
    for (const row of rows as { name: string; aliases: string[] }[]) {
      for (const form of new Set([row.name, ...row.aliases].map(nameKey))) {
        const other = seen.get(form);
        if (other && other !== row.name) clashes.push(`${form}: ${other} / ${row.name}`);
        seen.set(form, row.name);
      }
    }
    expect(clashes).toEqual([]);
  });
});

describe('knowledge the extractor relies on', () => {
  it('keeps demonyms apart from place names', () => {
    const names = new Set(KNOWLEDGE.places.flatMap((p) => [p.name, ...p.aliases].map(nameKey)));
    const demonyms = KNOWLEDGE.places.flatMap((p) => p.demonyms.map(nameKey));
    expect(demonyms.filter((d) => names.has(d))).toEqual([]);
    expect(demonyms).toEqual(expect.arrayContaining(['french', 'russian', 'north korean']));
  });

  it('crime cues cover exactly the schema vocabulary and compile', () => {
    expect(Object.keys(cues).sort()).toEqual([...CRIME_TYPES].sort());
    for (const set of Object.values(cues)) for (const p of [...set.strong, ...set.weak]) expect(() => new RegExp(p)).not.toThrow();
  });
});
