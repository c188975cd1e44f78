/** The popup's glance and the Markdown summary, from a small hand-made annotation. */
import { describe, expect, it } from 'vitest';
import type { Annotation, Flag } from '@/lib/schema';
import type { Incident } from '@/lib/incidents/schema';
import { glance, readableDate, sanctionsNotice } from '@/lib/glance';
import { summaryMarkdown } from '@/lib/summary';

const LISTED: Flag = { list: 'OFAC SDN', name: 'EXAMPLE GROUP', listedOn: '2021-05-04', removedOn: null, source: 'https://home.treasury.gov/news/press-releases/example' };
const REMOVED: Flag = { list: 'OFAC SDN', name: 'OLD MIXER', listedOn: '2020-01-02', removedOn: '2023-03-04', source: 'https://home.treasury.gov/news/press-releases/old' };

function article(): Annotation {
  return {
    schema: 'hashmark/annotation@1',
    article: { title: 'Harbor Exchange loses $40 million to Example Group', url: 'https://news.example/harbor', publisher: 'Example News', authors: ['A. Writer'], publishedAt: '2023-06-10', language: 'en' },
    entities: [
      { type: 'organization', name: 'Harbor Exchange', aliases: ['Harbor'], mentions: 4, flags: [] },
      { type: 'threat', name: 'Example Group', aliases: ['EG'], mentions: 3, flags: [LISTED] },
      { type: 'agency', name: 'FBI', aliases: [], mentions: 1, flags: [] },
      { type: 'organization', name: 'Old Mixer', aliases: [], mentions: 1, flags: [REMOVED] },
      { type: 'person', name: 'Pat Analyst', aliases: [], mentions: 5, flags: [] },
    ],
    figures: [
      { kind: 'money', text: '$900 million', value: 900_000_000, currency: 'USD' },
      { kind: 'money', text: '$40 million', value: 40_000_000, currency: 'USD' },
      { kind: 'date', text: 'June 2', value: '2023-06-02' },
      { kind: 'date', text: 'in 2019', value: '2019' },
    ],
    addresses: [
      { chain: 'ethereum', text: '0x1111111111111111111111111111111111111111', valid: true, flags: [] },
      { chain: 'ethereum', text: '0x2222222222222222222222222222222222222222', valid: true, flags: [LISTED] },
    ],
    crimeTypes: ['exchange-hack', 'money-laundering'],
    crimeEvidence: [],
    incident: { id: 'harbor-2023', name: 'Harbor Exchange hack' },
    related: [],
    citation: { csl: { type: 'article-newspaper', title: 'Harbor Exchange loses $40 million to Example Group' } },
    // an annotation made before the engine had lead facts (kept in a case file, say): no summary
  } as Omit<Annotation, 'summary'> as Annotation;
}

const INDEX = [{ id: 'harbor-2023', name: 'Harbor Exchange hack', date: '2023-06-01', sources: [], amount: null }] as unknown as Incident[];

describe('the glance', () => {
  it("uses the engine's summary: its amount, victims, actors and agencies, each jumping to its highlight", () => {
    const a = { ...article(), summary: { amount: { kind: 'money' as const, text: '$40 million', value: 40_000_000, currency: 'USD' }, date: '2023-06-02', victims: ['Harbor'], actors: ['EG'], agencies: ['FBI'] } };
    const g = glance(a, INDEX);
    expect(g.from).toBe('engine');
    expect(g.amount).toEqual({ text: '$40 million', target: { type: 'money', ref: 1 } });
    // names given by an alias are shown by the entity's name
    expect(g.victims).toEqual([{ text: 'Harbor Exchange', target: { type: 'organization', ref: 0 } }]);
    expect(g.actors).toEqual([{ text: 'Example Group', target: { type: 'threat', ref: 1 } }]);
    expect(g.agencies.map((f) => f.text)).toEqual(['FBI']);
    expect(g.date).toEqual({ text: '2 June 2023', target: { type: 'date', ref: 2 } });
    expect(g.crimes).toEqual(['exchange hack', 'money laundering']);
    expect(g.incident).toMatchObject({ name: 'Harbor Exchange hack', date: '2023-06-01' });
  });

  it('keeps a summary name the entities lack, without a jump, and says when nothing is known', () => {
    const a = { ...article(), summary: { amount: null, date: null, victims: ['Someone Else'], actors: [], agencies: [] } };
    const g = glance(a);
    expect(g.victims).toEqual([{ text: 'Someone Else', target: null }]);
    expect([g.amount, g.date, g.actors.length]).toEqual([null, null, 0]);
  });

  it("without a summary: the headline's amount over a larger one, the indexed incident's date, names by mentions", () => {
    const g = glance(article(), INDEX);
    expect(g.from).toBe('heuristic');
    expect(g.amount?.text).toBe('$40 million');
    expect(g.date?.text).toBe('1 June 2023');
    expect(g.who[0]?.text).toBe('Pat Analyst');
    expect(glance(article()).date?.text).toBe('2019'); // no index: the earliest date the article gives
    const untitled = { ...article(), article: { ...article().article, title: 'Breach' } };
    expect(glance(untitled).amount?.text).toBe('$900 million');
  });

  it('reads ISO dates at their precision', () => {
    expect([readableDate('2019-08-28'), readableDate('2019-08'), readableDate('2019')]).toEqual(['28 August 2019', 'August 2019', '2019']);
  });
});

describe('the sanctions line and the Markdown summary', () => {
  it('counts names and addresses listed today apart from formerly listed ones', () => {
    const n = sanctionsNotice(article());
    expect(n.listed.map((f) => f.text)).toEqual(['Example Group', '0x2222222222222222222222222222222222222222']);
    expect(n.listed[1]!.target).toEqual({ type: 'address', ref: 1 });
    expect(n.formerly.map((f) => f.text)).toEqual(['Old Mixer']);
  });

  it("lists every flag of names and addresses, with its source, and the glance's facts", () => {
    const md = summaryMarkdown({ ...article(), summary: { amount: null, date: '2023-06', victims: ['Harbor Exchange'], actors: ['Example Group'], agencies: [] } }, INDEX, 'Writer (2023)');
    expect(md).toContain('- **Victims:** Harbor Exchange');
    expect(md).toContain('- **Actors:** Example Group');
    expect(md).toContain('- **When:** June 2023');
    expect(md).toContain('- **Incident:** Harbor Exchange hack — 2023-06-01');
    expect(md).toMatch(/- Example Group \(EG\): threat, 3 mentions\. Listed on OFAC SDN as EXAMPLE GROUP since 2021-05-04 <https:\/\/home\.treasury\.gov\/news\/press-releases\/example>\./);
    expect(md).toContain('Formerly listed on OFAC SDN as OLD MIXER (2020-01-02 to 2023-03-04)');
    expect(md).toMatch(/`0x2222222222222222222222222222222222222222` \(ethereum, checksum valid\)\. Listed on OFAC SDN/);
    expect(md).toMatch(/\*\*Sanctions:\*\* Example Group: Listed on OFAC SDN/);
  });
});
