/**
 * Related incidents for a police or court story and for a crime story, on a small index written for
 * this test: the case's other steps are related to a court story, never to the crime story itself.
 */
import { describe, expect, it } from 'vitest';
import { annotateText } from '@/lib/annotate-page';
import { rankerFromIndex } from '@/lib/incidents/rank';
import type { Incident } from '@/lib/incidents/schema';

const record = (over: Partial<Incident> & Pick<Incident, 'id' | 'name' | 'date' | 'category' | 'crimeTypes'>): Incident => ({
  aliases: [],
  amount: null,
  actors: [],
  victims: [],
  countries: [],
  assets: [],
  summary: 'An incident written for this test, with enough words to pass the schema.',
  sources: [{ url: 'https://example.org/incident', kind: 'outlet' }],
  note: null,
  ...over,
});

const INDEX: Incident[] = [
  record({ id: 'velmora-theft', name: 'Velmora exchange theft', date: '2019-03-02', category: 'exchange-hack', crimeTypes: ['exchange-hack'], victims: ['Velmora'], actors: ['Oskar Brandt'] }),
  record({ id: 'brandt-arrest', name: 'Oskar Brandt arrest (Velmora theft)', date: '2022-05-10', category: 'enforcement', crimeTypes: ['money-laundering'], victims: ['Velmora'], actors: ['Oskar Brandt'] }),
  record({ id: 'brandt-plea', name: 'Oskar Brandt guilty plea (Velmora theft)', date: '2023-01-20', category: 'enforcement', crimeTypes: ['money-laundering'], victims: ['Velmora'], actors: ['Oskar Brandt'] }),
  record({ id: 'brandt-sentence', name: 'Oskar Brandt sentencing (Velmora theft)', date: '2024-02-14', category: 'enforcement', crimeTypes: ['money-laundering'], victims: ['Velmora'], actors: ['Oskar Brandt'] }),
  ...['Quillon', 'Tarsk', 'Ambrel', 'Dovecote', 'Hessing', 'Ploom'].map((name, i) =>
    record({ id: `${name.toLowerCase()}-hack`, name: `${name} exchange hack`, date: `202${i}-06-01`, category: 'exchange-hack', crimeTypes: ['exchange-hack', 'money-laundering'], victims: [name] }),
  ),
];
const rank = rankerFromIndex(INDEX);

function relatedTo(text: string, title: string, publishedAt: string) {
  const { annotation } = annotateText(text, {}, { title, url: null, publisher: null, authors: [], publishedAt, language: 'en' });
  const ranked = rank(annotation, text);
  return { own: ranked.incident?.id, related: ranked.related.map((r) => r.id) };
}

describe('related incidents', () => {
  it('relate a sentencing story to the case’s other steps first, then to other cases', () => {
    const story = relatedTo(
      [
        'Oskar Brandt was sentenced to nine years in prison on Wednesday for laundering bitcoin stolen in the 2019 theft from the Velmora exchange.',
        'Brandt pleaded guilty last year. Prosecutors said he moved the stolen coins through a chain of wallets before cashing out.',
      ].join('\n\n'),
      'Oskar Brandt sentenced to nine years for laundering Velmora theft',
      '2024-02-15',
    );
    // a sentence closes the crime's own story: the crime stays its incident, and the case's steps lead the
    // related list (two of them, leaving room for other cases of the kind)
    expect(story.own).toBe('velmora-theft');
    const steps = story.related.filter((id) => id.startsWith('brandt-'));
    expect(steps).toHaveLength(2);
    expect(story.related.slice(0, 2)).toEqual(steps);
    expect(story.related.length).toBeGreaterThan(2);
  });

  it('relate a crime story to other crimes of its kind, not to its own later court steps', () => {
    const story = relatedTo(
      [
        'Hackers stole $30 million from the Velmora exchange on Saturday after breaking into its hot wallet, the company said.',
        'Velmora halted withdrawals while it investigated the theft.',
      ].join('\n\n'),
      'Velmora exchange hacked, $30 million stolen',
      '2019-03-03',
    );
    expect(story.own).toBe('velmora-theft');
    expect(story.related.some((id) => id.startsWith('brandt-'))).toBe(false);
    expect(story.related.length).toBeGreaterThan(0);
  });

  it('relate an exploit to other exploits done the same way first, and say so', () => {
    const exploit = (id: string, name: string, date: string, summary: string) =>
      record({ id, name, date, category: 'defi-exploit', crimeTypes: ['defi-exploit'], victims: [name.split(' ')[0]!], summary });
    const index = [
      exploit('larkspur', 'Larkspur Lend exploit', '2023-02-01', 'An attacker drained Larkspur Lend after a price oracle read a thin pool.'),
      exploit('corvid', 'Corvid Swap exploit', '2023-03-01', 'An attacker drained Corvid Swap through a reentrancy bug in its vault.'),
      exploit('ostrea', 'Ostrea Vault exploit', '2023-04-01', 'An attacker drained Ostrea Vault after its admin keys leaked.'),
      exploit('fenwick', 'Fenwick Finance exploit', '2021-05-01', 'An attacker used a flash loan to borrow far more than Fenwick Finance allowed.'),
      exploit('brisa', 'Brisa Markets exploit', '2023-05-01', 'An attacker drained Brisa Markets through a mispriced liquidation.'),
      exploit('tamber', 'Tamber Pools exploit', '2023-06-01', 'An attacker drained Tamber Pools by minting tokens without collateral.'),
      exploit('mirelle', 'Mirelle Protocol exploit', '2023-07-01', 'An attacker drained Mirelle Protocol through an unchecked callback.'),
    ];
    const text = [
      'The lending protocol Gannet lost $40 million on Monday when an attacker took out a flash loan and used it to drain its pools.',
      'Gannet said the exploit abused a flaw in how it valued donated collateral.',
    ].join('\n\n');
    const { annotation } = annotateText(text, {}, { title: 'Gannet drained of $40 million in flash loan exploit', url: null, publisher: null, authors: [], publishedAt: '2023-08-01', language: 'en' });
    const related = rankerFromIndex(index)(annotation, text).related;
    expect(related[0]!.id).toBe('fenwick');
    expect(related[0]!.why).toContain('same method: flash loan');
    expect(related.slice(1).some((r) => r.why.some((w) => w.startsWith('same method')))).toBe(false);
  });
});
