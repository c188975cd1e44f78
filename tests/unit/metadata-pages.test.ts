/** Metadata on whole pages of the kinds real news and blog sites are made of (pages in tests/pages, written for these tests). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readMetadata } from '@/lib/article/metadata';
import type { ArticleMeta } from '@/lib/schema';
import { htmlDocument } from './dom';
import { parsePage } from '../../scripts/parse-page';

const meta = (name: string) => readMetadata(htmlDocument(readFileSync(`tests/pages/${name}`, 'utf8')));

/** One page per row: what the page shows, the page, and what Hashmark must read from it. */
const reads = <F extends 'authors' | 'title' | 'publishedAt'>(field: F, rows: [what: string, page: string, expected: ArticleMeta[F]][]) =>
  it.each(rows)('%s (%s)', (_what, page, expected) => expect(meta(page)[field]).toEqual(expected));

describe('authors on whole pages', () => {
  reads('authors', [
    ['reads the byline of a story whose layout is named like a sidebar, under a logo in an empty h1', 'meta-sidebar-layout.html', ['Lou Martin']],
    ['ends a name where the next field\'s label or a date begins', 'meta-fields-run-on.html', ['Jana Wölk']],
    ['completes a first name declared in the head from the credit line in the story, not from a comment', 'meta-first-name-credit.html', ['Tessa Brandl']],
    ['looks past a credit that is the site\'s own name to the writer', 'meta-site-credited.html', ['Mara Quill']],
  ]);
});

describe('where pages keep the credit', () => {
  reads('authors', [
    ['reads the byline of a blog post whose platform keeps its posts in a "widget", under an h1 that is the blog\'s name', 'meta-blog-widget-byline.html', ['Pia Lorenz']],
    ['reads a byline the post keeps in its own <aside>, not a teaser\'s or the sidebar\'s', 'meta-post-aside-byline.html', ['Jakob Wendt']],
    ['reads a writer declared in the sharing card under a German label ("Verfasst von")', 'meta-twitter-label-verfasst.html', ['Jonte Fahrig']],
    ['reads the author a sharing plugin declares', 'meta-share-plugin-author.html', ['Oskar Venn']],
    ['takes no writer from a list of other stories that each carry a credit', 'meta-teaser-list-credits.html', ['Ada Brix']],
    ['reads a credit that follows the line\'s date and time ("12.04.2022 08:15 Uhr von …")', 'meta-credit-after-time.html', ['Nele Kamp']],
    ['ends a name at the date element that follows it ("von … <time> Seite teilen")', 'meta-time-between-fields.html', ['Lale Ruhnke']],
    ['reads a credit line just above the headline', 'meta-credit-above-headline.html', ['Ruth Albers']],
    ['takes no writer from a breadcrumb\'s "By …" link above the headline', 'meta-menu-above-headline.html', []],
    ['leaves out a role written as one word before the name ("Garten-Expertin")', 'meta-role-before-name.html', ['Wiebke Sandvoss']],
    ['does not split the site\'s own name at its "&" into two writers, and keeps "de la" inside a name', 'meta-site-name-ampersand.html', ['Luis de la Vega']],
    ['decodes the named entities a page left in a JSON-LD author', 'meta-entity-author.html', ['Renée Ibáñez']],
  ]);
});

describe('accounts, recipes and degrees', () => {
  reads('authors', [
    ['takes the person the story\'s credit line names over the account name in its byline', 'meta-account-byline.html', ['Katrin Brenner']],
    ['reads the author a recipe declares, without the degree after the name', 'meta-recipe-author.html', ['Ole Varga']],
  ]);
});

describe('a personal site\'s owner', () => {
  reads('authors', [
    ['takes the owner a copyright line names, when the name is the site\'s host, and not a photo credit', 'meta-owner-copyright.html', ['Ida Ferrante']],
    ['keeps a declared author that is the site\'s name when it is also the host', 'meta-owner-declared.html', ['Ida Ferrante']],
  ]);
});

describe('a first name completed', () => {
  reads('authors', [
    ['completes a first-name credit from the author box\'s biography that opens with the full name', 'meta-author-box-bio.html', ['Janosch Feldmann']],
  ]);
});

describe('a news agency\'s dateline', () => {
  reads('authors', [
    ['credits the agency a story\'s opening dateline names when nothing else credits a writer', 'meta-agency-dateline.html', ['dpa/lno']],
    ['never takes a place in brackets for an agency', 'meta-place-in-brackets.html', []],
  ]);
});

describe('organisations and people', () => {
  reads('authors', [
    ['takes the person the story credits over an organisation declared as its author', 'meta-org-declared.html', ['Mila Ortner']],
    ['credits the newsroom when the page credits nothing else ("von Redaktion")', 'meta-newsroom-only.html', ['Redaktion']],
    ['leaves out a newsroom credited beside a person', 'meta-byline-with-newsroom.html', ['Kit Raine']],
  ]);
});

describe('several writers', () => {
  reads('authors', [
    ['adds the writers a visible byline credits beside the one the head declares', 'meta-co-credited.html', ['Rhea Moss', 'Ivo Tamm']],
    ['reads every name of a credit line', 'meta-credit-two-names.html', ['Lene Hark', 'Piet Sommer']],
    ['does not take the job title after a writer\'s name for a second writer', 'meta-credit-job-title.html', ['Mira Castell']],
  ]);
});

describe('titles on whole pages', () => {
  reads('title', [
    ['leaves out a kicker in its own element and text only screen readers get', 'meta-heading-kickers.html', 'Stadtwerke senken den Gaspreis'],
    ['takes the h1 that is one part of a declared title', 'meta-heading-part.html', 'Ferry fares frozen for winter'],
    ['takes the story\'s h1 over a list of latest stories that repeats the declared title', 'meta-latest-list.html', 'Orchard harvest doubles after a mild spring'],
    ['ignores a site name that is the page title copied (application-name)', 'meta-app-name-title.html', 'Festival on the harbour postponed again'],
    ['never takes the date and time in a <title> for the story', 'meta-title-date-part.html', 'Neue Ampel an der Schulstraße'],
    ['keeps a blog\'s post title when its h1 is the blog\'s name', 'meta-blog-name-h1.html', 'Pickling green beans'],
    ['takes the one visible h1 over a declared title written for search engines', 'meta-seo-title-h1.html', 'Seven tyres that kept their grip on an icy test track'],
    ['never takes an h1 that only links to the home page, or names the site as its branding, for the story', 'meta-masthead-h1.html', 'Repairing a dry-stone wall'],
    ['never takes an h1 that only links to the home page, or names the site as its branding, for the story', 'meta-branding-h1.html', 'Neue Bänke am Stadtweiher'],
    ['does not take a site name that is a copy of the title\'s story for the site', 'meta-app-name-story.html', 'Saubere Energie: Der Solarpark am Deich liefert ab heute Strom'],
    ['reads a heading with ruby readings as its words alone', 'meta-ruby-heading.html', '新しい駅が開く'],
    ['passes over an h1 styled as a strapline to the headline below it', 'meta-strapline-h1.html', 'Lighthouse keepers return to Gull Rock'],
    ['prefers a heading that is the declared headline word for word over a section-name h1', 'meta-section-h1.html', 'Let your employer help you save for retirement'],
    ['never takes a part spelled as a domain name for the story', 'meta-domain-in-title.html', 'Heat pumps'],
  ]);

  it('reads a <title> that stray text in the head moved into the body, as a browser does', () => {
    const doc = parsePage(readFileSync('tests/pages/meta-title-in-body.html', 'utf8'));
    expect(readMetadata(doc).title).toBe('The ferry timetable changes in May');
  });
});

describe('publication dates on whole pages', () => {
  reads('publishedAt', [
    ['reads dated addresses written without leading zeros, or day first', 'meta-date-unpadded-url.html', '2018-03-09'],
    ['reads dated addresses written without leading zeros, or day first', 'meta-date-day-first-url.html', '2022-11-03'],
    ['never takes the day an archive copied a page for the day it was published', 'meta-date-archived-copy.html', '2009-04-17'],
    ['reads the story\'s <time> in a meta column named like a sidebar', 'meta-date-meta-column.html', '2021-09-14'],
    ['reads a dateline with a two-digit year', 'meta-date-short-year.html', '2023-06-05'],
    ['gives the day the dateline shows when it is the page\'s declared last revision', 'meta-date-revised-dateline.html', '2023-02-14'],
    ['reads the dateline a long first paragraph opens with', 'meta-date-opening-dateline.html', '2022-03-08'],
    ['keeps the local day of a dated address over a UTC time late the evening before', 'meta-date-utc-before-local-midnight.html', '2022-01-01'],
    ['reads a publication date from the page\'s own data when nothing else dates it', 'meta-date-in-page-data.html', '2021-06-08'],
    ['reads the dateline beside the story\'s headline, not the date of today beside a logo\'s h1', 'meta-date-masthead-h1-today.html', '2025-03-11'],
    ['reads the publication date, not the last change, from a line that gives both', 'meta-date-labelled-published.html', '2022-05-14'],
    ['reads a dateline beside the headline whatever its class, and never a reader\'s letter\'s date', 'meta-date-teaser-meta.html', '2024-02-09'],
    ['reads a bare date alone beside the headline', 'meta-date-bare-beside-headline.html', '2021-03-05'],
    ['reads a publication date in a site\'s own meta namespace', 'meta-date-namespaced-meta.html', '2016-09-03'],
    ['takes the story\'s first <time> over a later one marked pubdate in a list of events', 'meta-date-first-time.html', '2020-05-15'],
    ['keeps a UTC timestamp\'s day when the day after it is only the masthead\'s date of today', 'meta-masthead-date.html', '2024-08-18'],
    ['keeps the day of a time the story wrote in its own zone over the UTC day after it', 'meta-local-time-stamp.html', '2024-03-07'],
    ['takes the dateline beside the headline over a meta tag that only says "date"', 'meta-plain-date-meta.html', '2021-05-10'],
  ]);
});
