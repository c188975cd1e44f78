import { describe, expect, it } from 'vitest';
import { loadIndex } from '@/lib/incidents/load';
import { forbiddenReason, sourceKindOf, sourcesInOrder } from '@/lib/incidents/source-hosts';
import { amountText, amountTotalsText } from '@/lib/incidents/amount';
import { auditIndex, auditText } from '@/lib/incidents/audit';
import type { Incident } from '@/lib/incidents/schema';
import { SOURCING_BACKLOG } from './incident-sourcing-backlog';

const index = loadIndex();

describe('the host and path rules for incident sources', () => {
  it('refuses staging, preview, mirror and CDN hosts, and URL shorteners', () => {
    for (const url of [
      'https://pymnts-com-develop.go-vip.net/news/2022/hack/',
      'https://demo.decrypt.co/1234/some-hack',
      'https://uat.coindesk.com/markets/2020/09/26/kucoin/',
      'https://staging.siliconangle.com/2021/01/01/story/',
      'https://cryptonewz.pages.dev/crypto-news-coindesk.com/story',
      'https://coindesk-next-abc123-coindesk.vercel.app/policy/story/',
      'https://somesite.netlify.app/post/',
      'https://coindesk-coindesk-prod.cdn.arcpublishing.com/story/',
      'https://bit.ly/3abcDEF',
    ]) expect(forbiddenReason(url), url).not.toBeNull();
  });

  it('refuses bare permalinks and tag, category, author, search and API pages', () => {
    for (const url of [
      'https://example-news.com/?p=41210',
      'https://example-news.com/tag/ransomware/',
      'https://example-news.com/category/defi/',
      'https://example-news.com/author/jane-doe/',
      'https://example-news.com/search?q=hack',
      'https://example-news.com/?s=hack',
      'https://example-news.com/api/v1/posts/123',
    ]) expect(forbiddenReason(url), url).not.toBeNull();
  });

  it('accepts ordinary article pages and archived copies', () => {
    for (const url of [
      'https://www.justice.gov/opa/pr/some-press-release',
      'https://www.coindesk.com/tech/2022/08/02/nomad-bridge-drained/',
      'https://therecord.media/research-on-ransomware',
      'https://web.archive.org/web/2016/https://example-news.com/?p=1',
    ]) expect(forbiddenReason(url), url).toBeNull();
  });

  it('tells agencies and victims’ own disclosures from outlets and trackers', () => {
    expect(sourceKindOf('https://www.justice.gov/opa/pr/x')).toBe('official');
    expect(sourceKindOf('https://home.treasury.gov/news/press-releases/jy0001')).toBe('official');
    expect(sourceKindOf('https://www.europol.europa.eu/media-press/newsroom/news/x')).toBe('official');
    expect(sourceKindOf('https://www.binance.com/en/blog/x')).toBe('official');
    expect(sourceKindOf('https://www.reuters.com/technology/x')).toBe('outlet');
    expect(sourceKindOf('https://www.theblock.co/post/1/x')).toBe('outlet');
    expect(sourceKindOf('https://web.archive.org/web/2019/https://www.bbc.co.uk/news/x')).toBe('outlet');
    expect(sourceKindOf('https://some-crypto-blog.example/post/x')).toBe('tracker');
    // a shared host counts only under the owner's own path
    expect(sourceKindOf('https://medium.com/@someone/the-bancor-hack')).toBe('tracker');
  });

  it('lists official sources first, then outlets, then trackers', () => {
    const sources = [
      { url: 'https://a.example/x', kind: 'tracker' as const },
      { url: 'https://www.reuters.com/x', kind: 'outlet' as const },
      { url: 'https://www.justice.gov/x', kind: 'official' as const },
    ];
    expect(sourcesInOrder(sources).map((s) => s.kind)).toEqual(['official', 'outlet', 'tracker']);
  });
});

describe('the sources of the incident index', () => {
  it('cite no forbidden host or path', () => {
    const bad = index.flatMap((x) => x.sources.map((s) => [x.id, s.url, forbiddenReason(s.url)]).filter(([, , why]) => why));
    expect(bad).toEqual([]);
  });

  it('record each source with the kind its host has', () => {
    const wrong = index.flatMap((x) => x.sources.filter((s) => s.kind !== sourceKindOf(s.url)).map((s) => `${x.id}: ${s.url} is ${s.kind}`));
    expect(wrong).toEqual([]);
  });

  it('give every record an official or outlet source (apart from the shrinking backlog)', () => {
    const lacking = index.filter((x) => !x.sources.some((s) => s.kind === 'official' || s.kind === 'outlet')).map((x) => x.id);
    expect(lacking.filter((id) => !SOURCING_BACKLOG.has(id))).toEqual([]);
    // an id leaves the backlog as soon as its record is sourced, so the list only shrinks
    expect([...SOURCING_BACKLOG].filter((id) => !lacking.includes(id))).toEqual([]);
  });
});

describe('incident amounts', () => {
  it('every amount says what it measures and has a figure', () => {
    const bad = index.filter((x) => x.amount && (!x.amount.kind || (x.amount.usd === null && x.amount.crypto === null))).map((x) => x.id);
    expect(bad).toEqual([]);
  });

  const withAmount = (kind: NonNullable<Incident['amount']>['kind'], usd: number | null, crypto: string | null = null) => ({ amount: { kind, usd, crypto, note: null } });

  it('read with their kind, in USD where known and in coins otherwise', () => {
    expect(amountText(withAmount('stolen', 600_000_000))).toBe('$600m stolen');
    expect(amountText(withAmount('seized', 30_000_000))).toBe('$30m seized');
    expect(amountText(withAmount('seized', null, '1,000 BTC'))).toBe('1,000 BTC seized');
    expect(amountText(withAmount('demanded', 20_000_000))).toBe('$20m ransom demanded');
    expect(amountText({ amount: null })).toBeNull();
  });

  it('are totalled per kind, never across kinds', () => {
    const text = amountTotalsText([withAmount('stolen', 100_000_000), withAmount('stolen', 50_000_000), withAmount('processed', 2_000_000_000), { amount: null }]);
    expect(text).toBe('$2bn processed, $150m stolen');
  });
});

describe('npm run incidents -- --audit', () => {
  it('counts records, shares and problems of an index', () => {
    const record = (id: string, date: string, urls: string[]): Incident => ({
      id, name: id, aliases: [], date, category: 'ransomware', crimeTypes: ['ransomware'], amount: null, actors: [], victims: [],
      countries: [], assets: [], summary: 'A test record with a summary long enough.', note: null,
      sources: urls.map((url) => ({ url, kind: sourceKindOf(url) })),
    });
    const audit = auditIndex([
      record('a-2024', '2024-05-01', ['https://www.justice.gov/opa/pr/a', 'https://www.reuters.com/a']),
      record('b-2019', '2019-05', ['https://www.bleepingcomputer.com/news/b/']),
      record('c-2025', '2025-01-02', ['https://blog.example/?p=12']),
    ]);
    expect(audit.total).toBe(3);
    expect(audit.byCategory.ransomware).toBe(3);
    expect(audit.withOfficial).toBe(1);
    expect(audit.withOfficialOrOutlet).toBe(2);
    expect(audit.recent).toBe(2);
    expect(audit.forbidden.map((f) => f.id)).toEqual(['c-2025']);
    expect(audit.singleSource).toEqual(['b-2019', 'c-2025']);
    expect(audit.withoutOfficialOrOutlet).toEqual(['c-2025']);
    expect(auditText(audit)).toContain('With an official source:             1/3 (33.3%)');
  });
});
