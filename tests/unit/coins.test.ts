/**
 * Coins in crypto-market news (issue 13): the ways reports name coins that a reader would expect highlighted,
 * and the look-alikes they would not, each on text written for this test.
 */
import { describe, expect, it } from 'vitest';
import { annotateText } from '@/lib/annotate-page';
import type { Annotation, Entity } from '@/lib/schema';

const META = { title: null, url: null, publisher: null, authors: [], publishedAt: '2018-02-20', language: 'en' };
const annotate = (text: string): Annotation => annotateText(text, {}, META).annotation;
const entity = (a: Annotation, name: string): Entity | undefined =>
  a.entities.find((e) => [e.name, ...e.aliases].some((n) => n.toLowerCase() === name.toLowerCase()));
const coins = (a: Annotation) => a.entities.filter((e) => e.type === 'asset').flatMap((e) => [e.name, ...e.aliases]);

describe('market reports', () => {
  it('takes every name in a table of coin moves, known or not, and a company name listed there as its coin', () => {
    const a = annotate('The best performers among the top 100 coins today were Quorrax (up 12.5%), Maker (up 8.1%), Zelbit (up 4.2%) and 0x (up 3.3%). The worst was Gas (down -2.1%).');
    for (const coin of ['Quorrax', 'Maker', 'Zelbit', '0x', 'Gas']) expect(entity(a, coin)?.type, coin).toBe('asset');
  });

  it('leaves shares moving in brackets alone where the paragraph is not about coins', () => {
    const a = annotate('On the stock market, Harlow Foods (up 3.1%) and Marrick Steel (down 1.2%) led the index lower.');
    expect(coins(a)).toEqual([]);
  });

  it('reads market-data labels and bracketed tickers before a price move, opening a sentence too', () => {
    const a = annotate('Vantorium (CURRENCY:VTR) fell 2.3% on Tuesday. Quellix (QLX) rose 3.2% by the close.');
    expect(entity(a, 'Vantorium')?.type).toBe('asset');
    expect(entity(a, 'Vantorium')?.aliases).toContain('VTR');
    expect(entity(a, 'Quellix')?.aliases).toContain('QLX');
    expect(a.entities.map((e) => e.name)).not.toContain('CURRENCY');
  });

  it('takes tickers listed before the word "tokens", and gives a coin named by its ticker its name', () => {
    const a = annotate('Users may swap DAI, BNT, KNC or REP tokens there. Later the ADA/BTC pair slid while Cardano held steady.');
    for (const ticker of ['BNT', 'KNC', 'REP']) expect(entity(a, ticker)?.type, ticker).toBe('asset');
    expect(a.entities.filter((e) => e.type === 'asset' && [e.name, ...e.aliases].includes('Cardano'))).toHaveLength(1);
    expect(entity(a, 'Cardano')?.aliases).toContain('ADA');
  });

  it('keeps "XVG Coin" whole, and the word "Coin" alone is no coin', () => {
    const a = annotate('XVG Coin (XVG) climbed 2% overnight.');
    expect(entity(a, 'XVG Coin')?.type).toBe('asset');
    expect(a.entities.flatMap((e) => [e.name, ...e.aliases])).not.toContain('Coin');
  });

  it('does not make a coin the surname of a page widget\'s "Get Qirra"', () => {
    const a = annotate('Get Qirra price alerts by email. Qirra (QRA) is a proof-of-stake coin first issued in 2016.');
    expect(entity(a, 'QRA')?.type).toBe('asset');
    expect(entity(a, 'QRA')?.name).toBe('Qirra');
  });

  it('takes an ambiguous ticker before its price, but not a time zone after a clock time', () => {
    expect(entity(annotate('Elsewhere, the NEO price held steady at $80 for the day.'), 'NEO')?.type).toBe('asset');
    expect(coins(annotate('The transfer was logged at 3:15 PM (GMT) on a Sunday.'))).toEqual([]);
  });
});

describe('how coins are written', () => {
  it('finds a coin written in lower case where the text names it as one', () => {
    const a = annotate('The central bank issued a national cryptocurrency, the petro, in May. Each petro token can be redeemed at state shops.');
    expect(entity(a, 'petro')?.type).toBe('asset');
    const b = annotate('Some traders like a coin called verge for its speed. Others sold both ripple and ethereum on Friday.');
    expect(entity(b, 'verge')?.type).toBe('asset');
    expect(entity(b, 'ripple')?.type).toBe('asset');
  });

  it('leaves the same words alone in ordinary prose', () => {
    const a = annotate('The talks were on the verge of collapse, and the news sent a ripple through the room. For a short time, bitcoin was flat.');
    expect(coins(a).map((c) => c.toLowerCase())).not.toContain('verge');
    expect(coins(a).map((c) => c.toLowerCase())).not.toContain('ripple');
    expect(coins(annotate('She found a rusty subway token and a freshly struck coin.'))).toEqual([]);
  });

  it('keeps a forked coin written in lower case whole: "litecoin cash", "bitcoin gold"', () => {
    const a = annotate('Holders of litecoin will receive litecoin cash, while bitcoin gold fell 12% this week.');
    expect(entity(a, 'Litecoin Cash')?.type).toBe('asset');
    expect(entity(a, 'Bitcoin Gold')?.type).toBe('asset');
  });

  it('knows a coin whose capitals are moved: "OmiseGo" for "OmiseGO"', () => {
    expect(entity(annotate('Traders moved into OmiseGo after the upgrade was announced.'), 'OMG Network')?.type).toBe('asset');
  });

  it('takes a name shaped like a coin, but not a business so named', () => {
    expect(entity(annotate('Regulators shut down the lending scheme behind Quorricoins last month.'), 'Quorricoins')?.type).toBe('asset');
    const a = annotate('You can buy it on exchanges such as Kraken and Zelvacoin. Dana Pike, CEO of Tradevacoins, declined to comment.');
    expect(entity(a, 'Zelvacoin')?.type).not.toBe('asset');
    expect(entity(a, 'Tradevacoins')?.type).not.toBe('asset');
  });

  it('takes a name set beside the word for a coin, but not a person or a business so described', () => {
    const a = annotate('Auditors questioned Tether, a stablecoin that says each token is worth one dollar. Lithuania\'s first digital currency, the Kvorona, launched in May.');
    expect(entity(a, 'Tether')?.type).toBe('asset');
    expect(entity(a, 'Kvorona')?.type).toBe('asset');
    const b = annotate('We spoke to Dan Morrow, a cryptocurrency lawyer, and to staff at Zentrix Labs, a cryptocurrency exchange in Oslo.');
    expect(coins(b)).toEqual([]);
    const c = annotate('Buyers lined up for the new tokens, the Varnholt team said on Monday.');
    expect(entity(c, 'Varnholt')?.type).not.toBe('asset');
  });

  it('names a ticker by the list\'s name the article writes, without making the company of that name a coin', () => {
    const a = annotate('QuiverX shipped a new release last week. Holders of the QRX token were sent the update.');
    expect([entity(a, 'QRX')?.name, ...(entity(a, 'QRX')?.aliases ?? [])]).toContain('QuiverX');
    const b = annotate('Investors bought 5,000 QRX tokens in the presale. QuiverX said the sale would close soon, and QuiverX plans a second round.');
    expect(b.entities.filter((e) => e.type !== 'asset').flatMap((e) => [e.name, ...e.aliases])).toContain('QuiverX');
  });

  it('does not take a name after a comma for a coin as if the comma were an amount', () => {
    expect(entity(annotate('We heard from the president, Donald Trump, and from the treasury.'), 'Donald Trump')?.type).not.toBe('asset');
  });
});
