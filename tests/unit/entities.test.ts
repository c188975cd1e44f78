import { describe, expect, it } from 'vitest';
import { annotateDocument, annotateText } from '@/lib/annotate-page';
import type { Entity, EntityType } from '@/lib/schema';
import { htmlDocument } from './dom';

const entitiesOf = (text: string) => annotateText(text).annotation.entities;
const find = (entities: Entity[], name: string) => entities.find((e) => e.name === name || e.aliases.includes(name));

describe('entities by type', () => {
  it.each<[EntityType, string, string]>([
    ['person', 'Zain Qaiser', 'An inquiry found that Zain Qaiser was a member of the group.'],
    ['person', 'Randolph D. Moss', 'U.S. District Judge Randolph D. Moss set sentencing for July 15.'],
    ['organization', 'Chainalysis', 'Blockchain analytics firm Chainalysis traced the funds.'],
    ['organization', 'Coinfirm', 'Analysts at Coinfirm, a compliance firm, followed the coins.'],
    ['agency', 'Federal Bureau of Investigation', 'The Federal Bureau of Investigation (FBI) said on Monday that it had frozen the funds.'],
    ['agency', 'Texas State Securities Board', 'The Texas State Securities Board issued an emergency order.'],
    ['location', 'Singapore', 'The Singapore-based exchange halted withdrawals.'],
    ['location', 'Central and South America', 'Central and South America took the brunt of the infection, officials said.'],
    ['asset', 'Monero', 'The malware mined Monero on infected machines.'],
    ['threat', 'Lazarus Group', 'Investigators blamed the Lazarus Group for the theft.'],
    ['threat', 'Retadup', 'The server had been distributing a virus called ‘Retadup’ to machines.'],
    ['threat', 'Ryuk', 'Hospitals were hit by Ryuk ransomware last year.'],
  ])('%s: %s', (type, name, text) => {
    const e = find(entitiesOf(text), name);
    expect(e, JSON.stringify(entitiesOf(text))).toBeDefined();
    expect(e!.type).toBe(type);
  });
});

describe('one row per real-world thing', () => {
  it('joins an abbreviation to its full name and counts every mention', () => {
    const entities = entitiesOf('An inquiry by the National Crime Agency (NCA) found links abroad. The NCA worked with partners. The NCA said more arrests may follow.');
    const nca = find(entities, 'National Crime Agency')!;
    expect(nca.aliases).toContain('NCA');
    expect(nca.mentions).toBe(4);
    expect(entities.filter((e) => e.type === 'agency')).toHaveLength(1);
  });

  it('joins a ticker to its coin and a surname to the full name', () => {
    const entities = entitiesOf('Prosecutors said Roman Sterlingov laundered Monero. Sterlingov denied it. The XMR was never found.');
    expect(find(entities, 'Monero')!.aliases).toContain('XMR');
    const person = find(entities, 'Roman Sterlingov')!;
    expect(person.aliases).toContain('Sterlingov');
    expect(person.mentions).toBe(2);
  });

  it('knows aliases from the knowledge files (Hidden Cobra is the Lazarus Group)', () => {
    const entities = entitiesOf('The FBI named the Lazarus Group. Officials have long called the same unit Hidden Cobra.');
    const lazarus = find(entities, 'Lazarus Group')!;
    expect(lazarus.aliases).toContain('Hidden Cobra');
    expect(lazarus.mentions).toBe(2);
  });
});

describe('not entities', () => {
  it('nationality words are not places', () => {
    const entities = entitiesOf('A Russian hacker and a French police team worked on the North Korean case.');
    expect(entities.map((e) => e.name)).not.toEqual(expect.arrayContaining(['Russian']));
    expect(entities.map((e) => e.name)).not.toEqual(expect.arrayContaining(['French']));
    expect(entities.map((e) => e.name)).not.toEqual(expect.arrayContaining(['North Korean']));
  });

  it('generic references ("the bureau", "the exchange") are not entities', () => {
    const entities = entitiesOf('The FBI opened a case. The bureau said the exchange had cooperated. The agency declined to comment.');
    expect(entities.map((e) => e.name)).toEqual(['FBI']);
  });

  it('sentence-initial words are not names', () => {
    const entities = entitiesOf('Unfortunately, the operators are still on the run. Blockchain analytics firm Elliptic agreed. Private firm Avast detected it.');
    expect(entities.map((e) => e.name).sort()).toEqual(['Avast', 'Elliptic']);
  });

  it('bylines, photo credits, page chrome and the publisher are not entities', () => {
    const html = `<!doctype html><html><head><title>Exchange hacked | Daily Ledger</title><meta property="og:site_name" content="Daily Ledger"></head><body>
      <nav><a href="/">Home</a> <a href="/markets">Markets</a> <a href="/about">About Microsoft Teams</a></nav>
      <article><h1>Exchange hacked</h1><p class="byline">By Maria Gonzalez</p>
      <figure><img src="x.jpg" alt=""><figcaption class="credit">Photo: Getty Images / Peter Parker</figcaption></figure>
      <p>Hackers stole $40 million from Binance on Tuesday, the exchange said in a statement published by Daily Ledger.</p>
      <p>Binance said user funds were safe and that the Federal Bureau of Investigation had been told. The attackers used phishing to obtain API keys from several users in the weeks before the attack.</p>
      <p>Security researchers said the theft was one of the largest of the year so far and would test the exchange's emergency insurance fund.</p></article>
      <aside class="related"><h2>Related</h2><a href="/x">Coinbase lists new token</a></aside>
      <footer>© Daily Ledger · Contact Satoshi Nakamoto</footer></body></html>`;
    const names = annotateDocument(htmlDocument(html)).annotation.entities.map((e) => e.name);
    expect(names).toEqual(expect.arrayContaining(['Binance', 'Federal Bureau of Investigation']));
    for (const chrome of ['Maria Gonzalez', 'Getty Images', 'Peter Parker', 'Microsoft Teams', 'Coinbase', 'Daily Ledger', 'Satoshi Nakamoto']) {
      expect(names).not.toContain(chrome);
    }
  });
});
