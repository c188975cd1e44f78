import { describe, expect, it } from 'vitest';
import { checksumValid, findAddresses } from '@/lib/extract/addresses';
import { sanctionedAddresses } from '@/lib/sanctions/data';
import { createScreener, flagsForAddress, flagsForName, screenLines, screeningCsv, SCREENING_CSV_COLUMNS } from '@/lib/sanctions/screen';
import type { SanctionedEntity } from '@/lib/sanctions/schema';
import { generatedAddresses } from './generated-addresses';

const rows = sanctionedAddresses();
const listedIn = (chain: string) => rows.filter((r) => r.chain === chain && r.entry.removedOn === null);
const chains = [...new Set(rows.map((r) => r.chain))];

/** Context words for the chains whose extraction wants its name nearby. */
const around: Record<string, string> = { xrp: 'XRP wallet', monero: 'Monero wallet' };

describe('flags on listed addresses', () => {
  it.each(chains)('%s: a listed address is found in prose, valid, and flagged with its entry and date', (chain) => {
    const row = listedIn(chain)[0] ?? rows.find((r) => r.chain === chain)!;
    const [found] = findAddresses(`Funds moved to ${row.address} (${around[chain] ?? 'wallet'}) last week.`);
    expect(found?.address.valid).toBe(true);
    expect(flagsForAddress(found!.address.text)).toContainEqual({
      list: row.entry.list, name: row.entry.name, listedOn: row.entry.listedOn, removedOn: row.entry.removedOn, source: row.entry.source,
    });
  });

  it('an EVM address matches in its EIP-55, lower-case and upper-case forms, and listed on ETC, BSC and ARB alike', () => {
    const ronin = '0x098B716B8Aaf21512996dC57EB0615e2383E2f96';
    for (const form of [ronin, ronin.toLowerCase(), `0x${ronin.slice(2).toUpperCase()}`]) {
      expect(flagsForAddress(form).map((f) => f.name)).toEqual(['LAZARUS GROUP']);
    }
    const multiChain = rows.filter((r) => ['ARB', 'BSC', 'ETC'].includes(r.asset));
    expect(multiChain.length).toBeGreaterThan(0);
    for (const r of multiChain) expect(flagsForAddress(r.address.toUpperCase().replace(/^0X/, '0x'))).not.toEqual([]);
  });

  it('bech32 matches in either case; cashaddr with or without bitcoincash:, in either case', () => {
    const bech = listedIn('bitcoin').find((r) => r.address.startsWith('bc1'))!.address;
    expect(flagsForAddress(bech.toUpperCase())).toEqual(flagsForAddress(bech));
    const cash = listedIn('bitcoin-cash').find((r) => r.address.startsWith('q'))!.address;
    for (const form of [cash, `bitcoincash:${cash}`, `BITCOINCASH:${cash.toUpperCase()}`]) expect(flagsForAddress(form)).not.toEqual([]);
  });

  it('never by prefix, extension or case change of a base58 address', () => {
    const legacy = listedIn('bitcoin').find((r) => /^[13]/.test(r.address))!.address;
    expect(flagsForAddress(legacy)).not.toEqual([]);
    expect(flagsForAddress(legacy.slice(0, -1))).toEqual([]);
    expect(flagsForAddress(`${legacy}1`)).toEqual([]);
    expect(flagsForAddress(legacy.slice(0, 10))).toEqual([]);
    expect(flagsForAddress(legacy.toLowerCase())).toEqual([]);
  });

  it('a removed entry flags its addresses with removedOn set (formerly listed, never listed)', () => {
    const tornado = rows.find((r) => r.entry.name === 'TORNADO CASH')!;
    const [flag] = flagsForAddress(tornado.address);
    expect(flag).toMatchObject({ name: 'TORNADO CASH', removedOn: '2025-03-21' });
    expect(screenLines(tornado.address)[0]?.verdict).toBe('formerly-listed');
  });
});

describe('no flag on unlisted addresses', () => {
  it('5,000 generated addresses with valid checksums, over every chain the data uses, get no flag', () => {
    const generated = generatedAddresses(5000);
    expect(new Set(generated.map((g) => g.chain))).toEqual(new Set(chains));
    const invalid = generated.filter((g) => !checksumValid(g.chain, g.text));
    expect(invalid).toEqual([]);
    expect(generated.filter((g) => flagsForAddress(g.text).length > 0)).toEqual([]);
  });
});

describe('names', () => {
  it('a listed name matches through its listed name, its aliases and, for a person, given name and surname', () => {
    expect(flagsForName('Garantex').map((f) => f.name)).toEqual(['GARANTEX EUROPE OU']);
    expect(flagsForName('garantex europe OÜ').map((f) => f.name)).toEqual(['GARANTEX EUROPE OU']);
    expect(flagsForName('Suex OTC').map((f) => f.name)).toEqual(['SUEX OTC, S.R.O.']);
    expect(flagsForName('Sinbad.io').map((f) => f.name)).toEqual(['SINBAD']);
    expect(flagsForName('Roman Semenov').map((f) => f.name)).toEqual(['SEMENOV, Roman']);
    expect(flagsForName('Artem Lifshits').map((f) => f.name)).toEqual(['LIFSHITS, Artem Mikhaylovich']);
    expect(flagsForName('Hidden Cobra').map((f) => f.name)).toEqual(['LAZARUS GROUP']);
    expect(flagsForName('Some Exchange', ['Bitzlato'])).toMatchObject([{ list: 'FinCEN 9714', name: 'BITZLATO LIMITED' }]);
  });

  it.each(['Tornado', 'Cash', 'Lazarus', 'Semenov', 'Roman', 'Hydra', 'Blender', 'Europe', 'Group', 'Tornado Cash Nova', 'Lazarus Group hackers', 'Garantex Europe OU Ltd Holdings'])(
    '"%s" merely contains or is part of a listed name: no flag',
    (name) => expect(flagsForName(name)).toEqual([]),
  );

  it('a legal form is not dropped from a one-word name: the exchange Gemini is not GEMINI S.A.S.U.', () => {
    const gemini: SanctionedEntity = {
      name: 'GEMINI S.A.S.U.', aliases: [], kind: 'company', list: 'OFAC SDN', program: null, listedOn: '2020-01-01', removedOn: null, source: 'https://ofac.treasury.gov/',
    };
    const screener = createScreener([gemini], []);
    expect(screener.flagsForName('Gemini')).toEqual([]);
    expect(screener.flagsForName('Gemini Trust Company LLC')).toEqual([]);
    expect(screener.flagsForName('Gemini SASU')).toHaveLength(1);
  });
});

describe('the lookup page: one address or name per line', () => {
  it('answers each line as listed, formerly listed or not listed, and exports a formula-safe CSV', () => {
    const garantexAddress = rows.find((r) => r.entry.name === 'GARANTEX EUROPE OU')!.address;
    const lines = screenLines(`${garantexAddress}\n\n  Tornado Cash \n=HYPERLINK("http://x","y")\n1BoatSLRHtKNngkdXEeobR76b53LETtpyT\n`);
    expect(lines.map((l) => [l.input, l.kind, l.verdict])).toEqual([
      [garantexAddress, 'address', 'listed'],
      ['Tornado Cash', 'name', 'formerly-listed'],
      ['=HYPERLINK("http://x","y")', 'name', 'not-listed'],
      ['1BoatSLRHtKNngkdXEeobR76b53LETtpyT', 'address', 'not-listed'],
    ]);
    const csv = screeningCsv(lines, '2024-09').split('\r\n');
    expect(csv[0]).toBe(SCREENING_CSV_COLUMNS.join(','));
    expect(csv[1]).toMatch(new RegExp(`^${garantexAddress},address,listed,OFAC SDN,GARANTEX EUROPE OU,2022-04-05,,https://`));
    expect(csv).toContain(`"'=HYPERLINK(""http://x"",""y"")",name,not-listed,,,,,,2024-09`);
  });
});

describe('flags in an annotation', () => {
  it('flags each listed address and entity, marks the spans of those listed today, and leaves the rest unflagged', async () => {
    const { annotateText } = await import('@/lib/annotate-page');
    const text = [
      'Investigators traced the stolen ether to 0x098B716B8Aaf21512996dC57EB0615e2383E2f96, a wallet tied to North Korean hackers.',
      'Some of it passed through Tornado Cash and later through Garantex before reaching 1BoatSLRHtKNngkdXEeobR76b53LETtpyT.',
      'Chainalysis said the trail was clear.',
    ].join('\n\n');
    const { annotation, spans } = annotateText(text);
    const flagOf = (text: string) => annotation.addresses.find((a) => a.text === text)?.flags.map((f) => f.name);
    expect(flagOf('0x098B716B8Aaf21512996dC57EB0615e2383E2f96')).toEqual(['LAZARUS GROUP']);
    expect(flagOf('1BoatSLRHtKNngkdXEeobR76b53LETtpyT')).toEqual([]);
    const entityFlags = (name: string) => annotation.entities.find((e) => e.name === name || e.aliases.includes(name))?.flags ?? null;
    expect(entityFlags('Tornado Cash')?.map((f) => [f.name, f.removedOn !== null])).toEqual([['TORNADO CASH', true]]);
    expect(entityFlags('Garantex')?.map((f) => f.removedOn)).toEqual([null]);
    expect(entityFlags('Chainalysis')).toEqual([]);
    // the page marks only what is listed today: the Lazarus address and Garantex, not the delisted mixer
    const flagged = spans.filter((s) => s.flag === 'sanctioned').map((s) => (s.type === 'address' ? annotation.addresses[s.ref]!.text : annotation.entities[s.ref]!.name));
    expect(new Set(flagged)).toEqual(new Set(['0x098B716B8Aaf21512996dC57EB0615e2383E2f96', entityFlagsName(annotation, 'Garantex')]));
  });
});

function entityFlagsName(annotation: { entities: { name: string; aliases: string[] }[] }, name: string): string {
  return annotation.entities.find((e) => e.name === name || e.aliases.includes(name))!.name;
}
