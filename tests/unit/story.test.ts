/**
 * What the story is about (issue 13): lead facts, crime types by salience, and the name, asset and date
 * failures, each on text written for this test.
 */
import { describe, expect, it } from 'vitest';
import { annotateText } from '@/lib/annotate-page';
import { annotateBlocks, annotateForPaint } from '@/lib/annotate';
import { findFigures } from '@/lib/extract/figures';
import type { Annotation, Entity } from '@/lib/schema';

const META = { title: null, url: null, publisher: null, authors: [], publishedAt: '2023-06-09', language: 'en' };
const annotate = (text: string, title: string | null = null, publishedAt = '2023-06-09'): Annotation =>
  annotateText(text, {}, { ...META, title, publishedAt }).annotation;
const names = (a: Annotation) => a.entities.map((e) => e.name);
const entity = (a: Annotation, name: string): Entity | undefined =>
  a.entities.find((e) => [e.name, ...e.aliases].some((n) => n.toLowerCase() === name.toLowerCase()));
const dates = (text: string, publishedAt: string) => findFigures(text, publishedAt).filter((f) => f.figure.kind === 'date').map((f) => [f.figure.text, f.figure.value]);

describe('lead facts', () => {
  const story = annotate(
    [
      'Hackers drained $48 million from Norvale Exchange, the Lisbon-based platform said on Thursday, after attackers took control of its hot wallet on Tuesday.',
      'The Portuguese Judicial Police said it had opened an investigation. Analysts at Chainalysis linked the attack to the Lazarus Group.',
      'The theft is smaller than the $600 million stolen from another platform in 2021, when a different gang was blamed.',
    ].join('\n\n'),
    'Norvale Exchange loses $48 million in hot wallet hack',
    '2023-06-09',
  );

  it('leads with the sum taken in this crime, not a comparison', () => {
    expect(story.summary.amount).toMatchObject({ kind: 'money', value: 48_000_000, currency: 'USD' });
  });

  it('dates the crime, not the statement about it nor the other story', () => {
    expect(story.summary.date).toBe('2023-06-06');
  });

  it('names who was hit, by whom, and who acted', () => {
    expect(story.summary.victims).toContain('Norvale Exchange');
    expect(story.summary.actors).toContain('Lazarus Group');
    expect(story.summary.agencies.some((a) => /Judicial Police/.test(a))).toBe(true);
    expect(story.summary.actors).not.toContain('Norvale Exchange');
  });

  it('leaves the amount and date empty when the article never ties them to a crime', () => {
    const quiet = annotate('The regulator published its annual report on Monday. It employs 400 people and has a budget of $20 million a year.');
    expect(quiet.summary.amount).toBeNull();
    expect(quiet.summary.victims).toEqual([]);
  });

  it('leads with the story\'s only sum when the crime is tied to it, however vague or far down', () => {
    const story = annotate(
      [
        'Police in Lyon dismantled a botnet that had taken over thousands of office computers to mine cryptocurrency.',
        'Investigators traced the command server to a rented machine and switched it off.',
        'The malware spread through fake invoices sent by email.',
        'Officers said the operators are thought to have made millions of euros since the scheme began.',
      ].join('\n\n'),
      'Police dismantle crypto-mining botnet',
    );
    expect(story.summary.amount).toMatchObject({ kind: 'money', currency: 'EUR' });
  });
});

describe('who did it and who was hit', () => {
  it('does not take a suspect whose account the police searched for a victim', () => {
    const story = annotate(
      [
        'Prosecutors charged Tomas Ferreira with laundering bitcoin stolen from the Caldera exchange.',
        'Agents executing a search warrant found the keys in a cloud storage account belonging to Ferreira.',
      ].join('\n\n'),
      'Man charged with laundering Caldera exchange bitcoin',
    );
    expect(story.summary.victims).not.toContain('Tomas Ferreira');
    expect(story.summary.actors).toContain('Tomas Ferreira');
  });

  it('takes every member of a plural subject and of a charge list as actors', () => {
    const story = annotate(
      [
        'Elena Varga, 41, who went by the name "Vix," and her brother, Paul Varga, 38, both of Denver, are charged with wire fraud over a fake trading platform.',
        'Prosecutors separately charged two other people: Dana Holt, 29, of Ohio, with money laundering, and Marc Ibbot, 33, of Texas, with aiding and abetting.',
      ].join('\n\n'),
      'Siblings charged over fake crypto trading platform',
    );
    expect(story.summary.actors).toEqual(expect.arrayContaining(['Elena Varga', 'Paul Varga', 'Dana Holt', 'Marc Ibbot']));
  });

  it('does not take the company a sentence is "over" for the one sentenced', () => {
    const story = annotate(
      'Rafael Munt, the founder of the failed lender Quorra, was sentenced on Tuesday to 12 years in prison for fraud.',
      'Rafael Munt sentenced to 12 years over Quorra fraud',
    );
    expect(story.summary.actors).toContain('Rafael Munt');
    expect(story.summary.actors).not.toContain('Quorra');
  });
});

describe('crime types by salience, with evidence', () => {
  const story = annotate(
    [
      'Police in Bremen arrested two men accused of laundering the proceeds of a phone scam through crypto ATMs.',
      'Investigators said the pair moved more than €3 million through a chain of wallets to launder the money.',
      'Last year a separate ransomware attack hit the city hospital, but officials said it was unrelated.',
    ].join('\n\n'),
    'Bremen police arrest two over crypto ATM laundering',
  );

  it('gives the type the story tells and keeps the sentence that says it', () => {
    expect(story.crimeTypes).toContain('money-laundering');
    const evidence = story.crimeEvidence.find((e) => e.type === 'money-laundering');
    expect(evidence?.sentence).toBe('Bremen police arrest two over crypto ATM laundering');
  });

  it('does not label the story with a crime from a background sentence', () => {
    expect(story.crimeTypes).not.toContain('ransomware');
  });

  it('does not take the source of laundered money for the story\'s crime', () => {
    const mixer = annotate('Prosecutors say the mixer handled $90 million, including funds connected to ransomware, and laundered money for drug dealers.');
    expect(mixer.crimeTypes).toContain('money-laundering');
    expect(mixer.crimeTypes).not.toContain('ransomware');
  });

  it('reads "exploited" as a DeFi exploit only of code or a protocol, not of a person', () => {
    const court = annotate(
      'The defence told the court that the courier had been deceived and exploited by the woman who recruited her, and that she laundered the money under pressure.',
      'Courier jailed for laundering bitcoin',
    );
    expect(court.crimeTypes).toContain('money-laundering');
    expect(court.crimeTypes).not.toContain('defi-exploit');
    const protocol = annotate('The lending protocol Corvane was exploited for $7 million on Monday after an attacker exploited a rounding bug in its vault contract.');
    expect(protocol.crimeTypes).toContain('defi-exploit');
  });

  it('keeps one evidence row per crime type, in order', () => {
    expect(story.crimeEvidence.map((e) => e.type)).toEqual(story.crimeTypes);
  });
});

describe('names that are not names', () => {
  it('does not take capital-letter subheadings and section labels for organisations', () => {
    const a = annotate('MARKETS\n\nThe Kestrel token fell sharply after the breach at Vantora.\n\nWHAT HAPPENS NEXT\n\nVantora said it would repay users.');
    expect(names(a)).not.toContain('MARKETS');
    expect(names(a).some((n) => /HAPPENS/.test(n))).toBe(false);
  });

  it('does not take credit-line words, hyphenated amounts or adjectives, or "Ponzi" for names', () => {
    const a = annotate(
      'The scheme promised R54-billion in AI-driven returns to 30,000 investors, a Ponzi structure, prosecutors said.\n\nReporting by Ama Boateng; Editing by Lars Fenn',
    );
    for (const bad of ['R54-billion', 'AI-driven', 'Ponzi', 'Editing', 'Reporting']) expect(names(a)).not.toContain(bad);
  });

  it('reads a capitalised dateline as a place, written in title case', () => {
    const a = annotate('PORTO ALEGRE, May 2 (Newswire) - Police in southern Brazil seized servers used by the gang.');
    const place = entity(a, 'Porto Alegre');
    expect(place?.type).toBe('location');
    expect(place?.name).toBe('Porto Alegre');
  });

  it('does not glue a weekday to the agency after it, nor post-nominal letters to a barrister', () => {
    const a = annotate('On Friday the SFO charged a trader. Defending him, Priya Anand KC told the court he had been misled.');
    expect(names(a)).not.toContain('Friday the SFO');
    expect(entity(a, 'Priya Anand')?.type).toBe('person');
  });

  it('does not take technical acronyms in capitals for organisations', () => {
    const a = annotate('The gang ported victims\' numbers with a SIM swap, reset each PIN and queried balances through a public RPC endpoint before draining the Halcyra wallet.');
    for (const bad of ['SIM', 'PIN', 'RPC']) expect(names(a)).not.toContain(bad);
  });

  it('keeps a middle initial and the surname after it in one person, even when the surname is also a place', () => {
    const a = annotate('The case was announced by Deputy Attorney General Lisa O. Monaco and two prosecutors in Washington.');
    expect(entity(a, 'Lisa O. Monaco')?.type).toBe('person');
    expect(names(a)).not.toContain('Monaco');
  });

  it('does not glue a verb in -ing that opens a sentence to the name after it', () => {
    const a = annotate('The court heard from Tomasz Wierzbicki over two days.\n\nSentencing Wierzbicki, the judge said his role had been essential to the fraud.');
    expect(names(a).some((n) => /^Sentencing/.test(n))).toBe(false);
    expect(entity(a, 'Tomasz Wierzbicki')?.type).toBe('person');
  });

  it('types a law firm as an organisation and a town as a place', () => {
    const a = annotate('The victims hired the law firm Halvorsen Brandt to sue. Most of them live in the town of Kerrisdale, police said, and their leader came from Ostrava in the region of Moravia.');
    expect(entity(a, 'Halvorsen Brandt')?.type).toBe('organization');
    expect(entity(a, 'Kerrisdale')?.type).toBe('location');
    expect(entity(a, 'Ostrava')?.type).toBe('location');
  });
});

describe('dates', () => {
  it('takes the year of a day and month from its own paragraph, not a background paragraph before it', () => {
    const text = 'The agency first licensed exchanges in March 2019.\n\nOn 13 April the exchange froze withdrawals.';
    expect(dates(text, '2024-04-20')).toContainEqual(['13 April', '2024-04-13']);
  });

  it('puts a deadline after the publication date in the coming weeks, not last year', () => {
    expect(dates('The regulator told the firm to report by Feb. 13 on the breach.', '2024-01-29')).toContainEqual(['Feb. 13', '2024-02-13']);
  });

  it('reads "On 9 January officers…" as a date, not nine January officers', () => {
    const figures = findFigures('On 9 January officers searched the flat.', '2024-01-15');
    expect(figures.map((f) => f.figure.kind)).toEqual(['date']);
  });
});

describe('coins', () => {
  it('types Ripple as the coin where the text speaks of prices, and as the company otherwise', () => {
    const market = annotate('Bitcoin slipped 2% while Ripple rose 6% and Cardano held steady.');
    expect(entity(market, 'Ripple')?.type).toBe('asset');
    const company = annotate('Ripple said on Tuesday that it had hired a new general counsel for its payments business.');
    expect(entity(company, 'Ripple')?.type).not.toBe('asset');
  });

  it('finds coins the hand list does not know, from the long-tail list, where the text says they are coins', () => {
    const a = annotate('Traders rotated into smaller coins: Litecoin Cash and Einsteinium (EMC2) both gained, while Neblio rose 9%.');
    for (const coin of ['Litecoin Cash', 'Einsteinium', 'Neblio']) expect(entity(a, coin)?.type, coin).toBe('asset');
  });

  it('takes an ambiguous ticker only with an amount or a coin word beside it', () => {
    const withAmount = annotate('The wallet held 5,000 ONE and 12,000 GMT before the drain.');
    expect(entity(withAmount, 'ONE')?.type).toBe('asset');
    expect(entity(withAmount, 'GMT')?.type).toBe('asset');
    const plain = annotate('The exchange went down at 10:00 GMT. ONE of the engineers called ETN desks in London.');
    for (const word of ['GMT', 'ONE', 'ETN']) expect(entity(plain, word)?.type, word).not.toBe('asset');
  });
});

describe('the page first, the story after', () => {
  const blocks = [
    'Hackers stole $48 million from Norvale Exchange on Tuesday in a hack of its hot wallet, the Lisbon-based platform said.',
    'The Portuguese Judicial Police opened an investigation; analysts linked the theft to the Lazarus Group.',
  ];
  const meta = { ...META, title: 'Norvale Exchange loses $48 million in hack' };

  it('paints the same highlights before the summary is found, and finishes into the whole annotation', () => {
    const whole = annotateBlocks(blocks, meta, { today: new Date('2024-01-02') });
    const painted = annotateForPaint(blocks, meta, { today: new Date('2024-01-02') });
    expect(painted.spans).toEqual(whole.spans);
    expect(painted.annotation.entities).toEqual(whole.annotation.entities);
    // nothing said yet about the story: no crime type, no victim, no sum
    expect(painted.annotation.crimeTypes).toEqual([]);
    expect(painted.annotation.summary).toEqual({ amount: null, date: null, victims: [], actors: [], agencies: [] });
    painted.finish();
    expect(whole.annotation.crimeTypes).toContain('exchange-hack');
    expect(whole.annotation.summary.victims).toContain('Norvale Exchange');
    expect(painted.annotation).toEqual(whole.annotation);
  });
});
