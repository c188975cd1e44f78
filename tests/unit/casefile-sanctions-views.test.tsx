// @vitest-environment happy-dom
/** The case file's Names and Addresses views say which names and addresses a sanctions list named. */
import { afterEach, describe, expect, it } from 'vitest';
import { render } from 'preact';
import { buildRecord } from '../../lib/casefile/record';
import { NamesView } from '../../components/NamesView';
import { AddressesView } from '../../components/AddressesView';
import { FLAGGED_ARTICLE as flagged, LISTED_FLAG as LISTED, THREE_ARTICLES, sampleInput, type SampleArticle } from '../fixtures/casefile-articles';

afterEach(() => render(null, document.body));

const [, revised, quinn] = THREE_ARTICLES as [SampleArticle, SampleArticle, SampleArticle];
const articles = [flagged, revised, quinn].map((a) => buildRecord(sampleInput(a), 1).article);
const byUrl = new Map(articles.map((a) => [a.url, a]));
const entry = (text: string) => [...document.querySelectorAll('.entries > li')].find((li) => li.querySelector('summary')!.textContent!.includes(text))!;

describe('sanctions in the case-file views', () => {
  it('Names: "sanctioned" beside a listed name, with the listing and its source; nothing beside the others', () => {
    render(<NamesView articles={articles} byUrl={byUrl} />, document.body);
    const quinnEntry = entry('Mara Quinn');
    expect(quinnEntry.querySelector('summary')!.textContent).toContain('sanctioned');
    expect(quinnEntry.querySelector('.listings')!.textContent).toContain('Listed on Example List as QUINN, Mara since 2024-01-02');
    expect(quinnEntry.querySelector<HTMLAnchorElement>('.listings a')!.href).toBe(LISTED.source);
    expect(entry('Harbor Bridge').querySelector('summary')!.textContent).not.toContain('sanctioned');
  });

  it('Addresses: "formerly sanctioned" for a removed listing, beside the checksum flag of another', () => {
    render(<AddressesView articles={articles} byUrl={byUrl} />, document.body);
    const removed = entry('0x5290');
    expect(removed.querySelector('summary')!.textContent).toContain('formerly sanctioned');
    expect(removed.querySelector('.listings')!.textContent).toContain('Formerly listed on Example List as HARBOR WALLET (2023-05-06 to 2024-07-08)');
    const invalid = entry('1Boat').querySelector('summary')!.textContent!;
    expect(invalid).toContain('checksum invalid');
    expect(invalid).not.toContain('sanctioned');
  });
});
