import { describe, expect, it } from 'vitest';
import { findFigures } from '@/lib/extract/figures';
import type { Figure } from '@/lib/schema';

const PUBLISHED = '2021-02-18'; // a Thursday
const figures = (text: string, published: string | null = PUBLISHED): Figure[] => findFigures(text, published).map((f) => f.figure);
const only = (text: string, published: string | null = PUBLISHED) => {
  const found = figures(text, published);
  expect(found, JSON.stringify(found)).toHaveLength(1);
  return found[0]!;
};

describe('money', () => {
  it.each([
    ['Hackers stole $281 million from the exchange.', 281e6, 'USD', '$281 million'],
    ['It lost $1.5bn overnight.', 1.5e9, 'USD', '$1.5bn'],
    ['a $169-million settlement was agreed', 169e6, 'USD', '$169-million'],
    ['Losses reached US$20 million last quarter.', 20e6, 'USD', 'US$20 million'],
    ['Police seized €2.7 million in cash.', 2.7e6, 'EUR', '€2.7 million'],
    ['The gang laundered £1.4m through shell firms.', 1.4e6, 'GBP', '£1.4m'],
    ['Coincheck lost ¥58 billion worth of tokens.', 58e9, 'JPY', '¥58 billion'],
    ['The firm raised C$5 million in Toronto.', 5e6, 'CAD', 'C$5 million'],
    ['Investors lost R3.6 billion in South Africa.', 3.6e9, 'ZAR', 'R3.6 billion'],
    ['The fine was 12 million euros.', 12e6, 'EUR', '12 million euros'],
    ['Victims paid 4.5 billion yuan into the scheme.', 4.5e9, 'CNY', '4.5 billion yuan'],
    ['They asked for USD 3 million in ransom.', 3e6, 'USD', 'USD 3 million'],
    ['A ransom of $5,665 was paid.', 5665, 'USD', '$5,665'],
    ['It cost about $50k to run.', 50000, 'USD', '$50k'],
  ])('%s', (text, value, currency, written) => {
    expect(only(text)).toMatchObject({ kind: 'money', value, currency, text: written });
  });

  it('takes the lower bound of a range', () => {
    expect(only('Losses were estimated at $10-$20 million.')).toMatchObject({ kind: 'money', value: 10e6 });
  });

  it('keeps the amount of "more than" and "about" phrases', () => {
    expect(only('more than $36 million has come back')).toMatchObject({ value: 36e6 });
  });

  it('marks vague amounts approximate with their lower bound', () => {
    expect(only('The operators made millions of euros.')).toMatchObject({ kind: 'money', value: 1e6, currency: 'EUR', approximate: true });
    expect(only('hundreds of millions of dollars vanished')).toMatchObject({ kind: 'money', value: 1e8, currency: 'USD', approximate: true });
  });
});

describe('percentages', () => {
  it.each([
    ['Activity rose by 9% this quarter.', 9],
    ['a 3.1 percent fee', 3.1],
    ['about 84 per cent of the funds', 84],
  ])('%s', (text, value) => expect(only(text)).toMatchObject({ kind: 'percent', value }));
});

describe('counts', () => {
  it.each([
    ['It infected more than 850,000 computers.', 850000, 'computer'],
    ['Criminals made 52.7 million cryptojacking hits.', 52.7e6, 'hit'],
    ['The site had 40,000 vendors.', 40000, 'vendor'],
    ['two administrators were arrested', 2, 'administrator'],
    ['It spread to 100 countries.', 100, 'country'],
    ['more than 2,500 people lost money', 2500, 'person'],
    ['police searched 10,000 addresses', 10000, 'address'],
  ])('%s', (text, value, unit) => expect(only(text)).toMatchObject({ kind: 'count', value, unit }));

  it('reads vague counts as approximate lower bounds', () => {
    expect(only('hundreds of thousands of Windows-based computers were hit')).toMatchObject({ kind: 'count', value: 100000, unit: 'computer', approximate: true });
  });
});

describe('durations', () => {
  it.each([
    ['He was jailed for six years.', 6, 'year'],
    ['during the first six months of the year', 6, 'month'],
    ['for 13 consecutive months', 13, 'month'],
    ['the trial lasted four weeks', 4, 'week'],
    ['a 20-year prison sentence', 20, 'year'],
    ['sentenced to 11,196 years in prison', 11196, 'year'],
  ])('%s', (text, value, unit) => {
    const found = figures(text).filter((f) => f.kind === 'duration');
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ value, unit });
  });

  it('is not an age', () => {
    expect(figures('The 25-year-old founder, aged 31 years old, was arrested.').filter((f) => f.kind === 'duration')).toEqual([]);
  });
});

describe('dates', () => {
  it.each([
    ['According to a report on 28th Aug. 2019, it spread.', '2019-08-28'],
    ['The hack happened on September 26, 2020.', '2020-09-26'],
    ['It was set up in September 2020.', '2020-09'],
    ['The virus has spread since 2016.', '2016'],
    ['The exchange said on Tuesday that it had recovered.', '2021-02-16'],
    ['It reported the loss on Thursday.', '2021-02-18'],
    ['Sales dropped last year.', '2020'],
    ['a report sent on Feb. 8 to members', '2021-02-08'],
    ['Numbers peaked last month.', '2021-01'],
    ['The market grew in early 2018.', '2018'],
  ])('%s → %s', (text, value) => {
    const found = figures(text).filter((f) => f.kind === 'date');
    expect(found, JSON.stringify(found)).toHaveLength(1);
    expect(found[0]!.value).toBe(value);
  });

  it('gives a month without a year the year written beside it', () => {
    const found = figures('Activity rose between January and June 2019.').filter((f) => f.kind === 'date');
    expect(found.map((f) => f.value)).toEqual(['2019-01', '2019-06']);
  });

  it('puts a day later than the publication date in the previous year', () => {
    expect(only('The attack began on November 11.', '2021-02-18')).toMatchObject({ kind: 'date', value: '2020-11-11' });
  });
});

describe('not figures', () => {
  it.each([
    ['years inside names', 'The Crypto Crime Report 2021 is out. Windows 2000 machines were hit.'],
    ['URLs', 'See https://example.com/2019/05/report-2019-500 for details.'],
    ['CVE ids', 'The worm used CVE-2017-0144 to spread.'],
    ['port numbers', 'It listened on port 8080 for commands.'],
    ['phone numbers', 'Call the tip line at (202) 555-0143 today.'.replace(' today', '')],
    ['list numbering', '1. Update your wallet\n2. Rotate your keys'],
  ])('%s', (_label, text) => {
    expect(figures(text)).toEqual([]);
  });
});
