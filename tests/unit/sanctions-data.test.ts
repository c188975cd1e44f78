import { describe, expect, it } from 'vitest';
import { sanctionsDataProblems } from '../../scripts/sanctions-check';
import { sanctionedAddresses, sanctionedEntities, SANCTIONS_AS_OF } from '@/lib/sanctions/data';
import { OFFICIAL_HOSTS } from '@/lib/sanctions/schema';

describe('the sanctions data', () => {
  it('passes every check: schema, dates, official https sources, each address its own chain checksum', () => {
    expect(sanctionsDataProblems()).toEqual([]);
  });

  it('holds at least 600 addresses over at least 10 assets, and at least 40 listed entities', () => {
    const rows = sanctionedAddresses();
    expect(rows.length).toBeGreaterThanOrEqual(600);
    expect(new Set(rows.map((r) => r.asset)).size).toBeGreaterThanOrEqual(10);
    expect(sanctionedEntities().length).toBeGreaterThanOrEqual(40);
  });

  it('every row has a listing date and an https source on an official host, and the data says its month', () => {
    expect(SANCTIONS_AS_OF).toMatch(/^20\d\d-(0[1-9]|1[0-2])$/);
    for (const { entry } of sanctionedAddresses()) {
      expect(entry.listedOn).toMatch(/^\d{4}-\d\d-\d\d$/);
      const url = new URL(entry.source);
      expect(url.protocol).toBe('https:');
      expect(OFFICIAL_HOSTS).toContain(url.hostname);
    }
  });

  it('holds the services and groups the news names, Tornado Cash as removed', () => {
    const byName = new Map(sanctionedEntities().map((e) => [e.name, e]));
    for (const name of ['GARANTEX EUROPE OU', 'GRINEX', 'BLENDER.IO', 'SINBAD', 'HYDRA MARKET', 'SUEX OTC, S.R.O.', 'CHATEX', 'CRYPTEX', 'LAZARUS GROUP']) {
      expect(byName.get(name)?.removedOn, name).toBeNull();
    }
    expect(byName.get('TORNADO CASH')).toMatchObject({ listedOn: '2022-08-08', removedOn: '2025-03-21' });
    expect(byName.get('BITZLATO LIMITED')?.list).toBe('FinCEN 9714');
  });
});
