import { describe, expect, it } from 'vitest';
import { buildRecord } from '../../lib/casefile/record';
import { addressesIndex, amountsLine, incidentsIndex, namesIndex, timelineEvents } from '../../lib/casefile/connections';
import { shouldRecord, type RecordingSettings } from '../../lib/casefile/policy';
import { THREE_ARTICLES, sampleInput, type SampleArticle } from '../fixtures/casefile-articles';

const [harbor, revised] = THREE_ARTICLES as [SampleArticle, SampleArticle, SampleArticle];
const records = (list: SampleArticle[]) => list.map((a) => buildRecord(sampleInput(a), 1).article);

describe('connections', () => {
  it('names: each with the articles mentioning it, most-mentioned first', () => {
    const names = namesIndex(records(THREE_ARTICLES));
    expect(names.slice(0, 2).map((n) => [n.name, n.type, n.urls.length])).toEqual([
      ['Harbor Bridge', 'organization', 2],
      ['Mara Quinn', 'person', 2],
    ]);
  });

  it('addresses: each with its flags and articles', () => {
    expect(addressesIndex(records(THREE_ARTICLES)).map((a) => [a.text, a.chain, a.flags, a.urls.length])).toEqual([
      ['0x52908400098527886E0F7030069857D2E4169EE7', 'ethereum', [], 1],
      ['1BoatSLRHtKNngkdXEeobR76b53LETtpyT', 'bitcoin', ['invalid-checksum'], 1],
    ]);
  });

  it('incidents: the amounts each article gave, disagreements side by side', () => {
    const copies = [2, 3].map((n) => ({ ...harbor, url: `${harbor.url}?copy=${n}` }));
    const [entry] = incidentsIndex(records([harbor, revised, ...copies]));
    expect(entry!.incident.name).toBe('Harbor Bridge exploit');
    expect(entry!.articles.map((a) => a.amounts)).toEqual([['$600m'], ['$625m'], ['$600m'], ['$600m']]);
    expect(amountsLine(entry!.amounts)).toBe('$600m in 3 articles, $625m in 1');
    expect(amountsLine(incidentsIndex(records([harbor]))[0]!.amounts)).toBe('$600m in 1 article');
  });

  it('timeline: incidents and articles by date, each incident once', () => {
    expect(timelineEvents(records(THREE_ARTICLES)).map((e) => `${e.date} ${e.kind}`)).toEqual([
      '2025-03-01 incident', '2025-03-02 article', '2025-03-05 article', '2025-06-10 article',
    ]);
  });
});

describe('when to record', () => {
  const settings: RecordingSettings = { mode: 'automatic', paused: false, inPrivate: false, excludedSites: ['example.org', 'https://www.private.example.com/'] };
  const at = (url: string, more: Partial<Parameters<typeof shouldRecord>[0]> = {}) => shouldRecord({ url, incognito: false, trigger: 'annotated', ...more }, settings);

  it('records an annotated article by default', () => {
    expect(at('https://news.example.com/a')).toEqual({ record: true });
  });
  it('never in a private window unless allowed', () => {
    expect(at('https://news.example.com/a', { incognito: true })).toEqual({ record: false, reason: 'private' });
    expect(at('https://news.example.com/a', { incognito: true, trigger: 'requested' })).toEqual({ record: false, reason: 'private' });
    expect(shouldRecord({ url: 'https://news.example.com/a', incognito: true, trigger: 'annotated' }, { ...settings, inPrivate: true })).toEqual({ record: true });
  });
  it('never on an excluded site or its subdomains', () => {
    expect(at('https://daily.example.org/x')).toEqual({ record: false, reason: 'excluded-site' });
    expect(at('https://private.example.com/x', { trigger: 'requested' })).toEqual({ record: false, reason: 'excluded-site' });
    expect(at('https://notexample.org/x')).toEqual({ record: true });
  });
  it('paused or on-request: only when the reader asks', () => {
    for (const changed of [{ paused: true }, { mode: 'on-request' as const }]) {
      const s = { ...settings, ...changed };
      expect(shouldRecord({ url: 'https://news.example.com/a', incognito: false, trigger: 'annotated' }, s).record).toBe(false);
      expect(shouldRecord({ url: 'https://news.example.com/a', incognito: false, trigger: 'requested' }, s).record).toBe(true);
    }
  });
  it('only web pages', () => {
    expect(at('file:///home/me/a.html')).toEqual({ record: false, reason: 'not-web-page' });
  });
});

describe('links into the case file', async () => {
  const { otherArticlesLine, incidentInCaseFileLine, researchPath } = await import('../../lib/casefile/links');
  it('says how many other articles, or nothing', () => {
    expect(otherArticlesLine(0)).toBeNull();
    expect(otherArticlesLine(1)).toBe('in 1 other article you read');
    expect(otherArticlesLine(3)).toBe('in 3 other articles you read');
    expect(incidentInCaseFileLine(2)).toBe('Your case file has 2 other articles about this incident');
  });
  it('addresses a view and a search', () => {
    expect(researchPath()).toBe('/research.html#articles');
    expect(researchPath({ tab: 'names', search: 'Mara Quinn & co' })).toBe('/research.html?q=Mara%20Quinn%20%26%20co#names');
  });
});

describe('a quote from a selection', async () => {
  const { quoteFromSelection } = await import('../../lib/casefile/quote');
  it('keeps the selected text and links to it', () => {
    const page = 'Intro line.\nAttackers drained $600 million from the bridge.\nMore text.';
    expect(quoteFromSelection('https://news.example.com/a#top', '  drained $600\n million ', page, new Date('2026-01-05T00:00:00Z'))).toEqual({
      url: 'https://news.example.com/a',
      text: 'drained $600 million',
      fragmentUrl: 'https://news.example.com/a#:~:text=drained%20%24600%20million',
      createdAt: '2026-01-05T00:00:00.000Z',
    });
    expect(quoteFromSelection('https://news.example.com/a', ' \n ', page)).toBeNull();
  });
});
