/** Metadata on whole pages of the kinds real news and blog sites are made of (pages in tests/pages, written for these tests). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readMetadata } from '@/lib/article/metadata';
import { htmlDocument } from './dom';
import { parsePage } from '../../scripts/parse-page';

const meta = (name: string) => readMetadata(htmlDocument(readFileSync(`tests/pages/${name}`, 'utf8')));

describe('authors on whole pages', () => {
  it('reads the byline of a story whose layout is named like a sidebar, under a logo in an empty h1', () => {
    expect(meta('meta-sidebar-layout.html').authors).toEqual(['Lou Martin']);
  });

  it('ends a name where the next field\'s label or a date begins', () => {
    expect(meta('meta-fields-run-on.html').authors).toEqual(['Jana Wölk']);
  });

  it('completes a first name declared in the head from the credit line in the story, not from a comment', () => {
    expect(meta('meta-first-name-credit.html').authors).toEqual(['Tessa Brandl']);
  });

  it('looks past a credit that is the site\'s own name to the writer', () => {
    expect(meta('meta-site-credited.html').authors).toEqual(['Mara Quill']);
  });
});

describe('where pages keep the credit', () => {
  it('reads the byline of a blog post whose platform keeps its posts in a "widget", under an h1 that is the blog\'s name', () => {
    expect(meta('meta-blog-widget-byline.html').authors).toEqual(['Pia Lorenz']);
  });

  it('reads a byline the post keeps in its own <aside>, not a teaser\'s or the sidebar\'s', () => {
    expect(meta('meta-post-aside-byline.html').authors).toEqual(['Jakob Wendt']);
  });

  it('reads a writer declared in the sharing card under a German label ("Verfasst von")', () => {
    expect(meta('meta-twitter-label-verfasst.html').authors).toEqual(['Jonte Fahrig']);
  });

  it('reads the author a sharing plugin declares', () => {
    expect(meta('meta-share-plugin-author.html').authors).toEqual(['Oskar Venn']);
  });

  it('takes no writer from a list of other stories that each carry a credit', () => {
    expect(meta('meta-teaser-list-credits.html').authors).toEqual(['Ada Brix']);
  });

  it('reads a credit that follows the line\'s date and time ("12.04.2022 08:15 Uhr von …")', () => {
    expect(meta('meta-credit-after-time.html').authors).toEqual(['Nele Kamp']);
  });

  it('ends a name at the date element that follows it ("von … <time> Seite teilen")', () => {
    expect(meta('meta-time-between-fields.html').authors).toEqual(['Lale Ruhnke']);
  });

  it('reads a credit line just above the headline', () => {
    expect(meta('meta-credit-above-headline.html').authors).toEqual(['Ruth Albers']);
  });

  it('takes no writer from a breadcrumb\'s "By …" link above the headline', () => {
    expect(meta('meta-menu-above-headline.html').authors).toEqual([]);
  });

  it('leaves out a role written as one word before the name ("Garten-Expertin")', () => {
    expect(meta('meta-role-before-name.html').authors).toEqual(['Wiebke Sandvoss']);
  });

  it('does not split the site\'s own name at its "&" into two writers, and keeps "de la" inside a name', () => {
    expect(meta('meta-site-name-ampersand.html').authors).toEqual(['Luis de la Vega']);
  });

  it('decodes the named entities a page left in a JSON-LD author', () => {
    expect(meta('meta-entity-author.html').authors).toEqual(['Renée Ibáñez']);
  });
});

describe('accounts, recipes and degrees', () => {
  it('takes the person the story\'s credit line names over the account name in its byline', () => {
    expect(meta('meta-account-byline.html').authors).toEqual(['Katrin Brenner']);
  });

  it('reads the author a recipe declares, without the degree after the name', () => {
    expect(meta('meta-recipe-author.html').authors).toEqual(['Ole Varga']);
  });
});

describe('a personal site\'s owner', () => {
  it('takes the owner a copyright line names, when the name is the site\'s host, and not a photo credit', () => {
    expect(meta('meta-owner-copyright.html').authors).toEqual(['Ida Ferrante']);
  });

  it('keeps a declared author that is the site\'s name when it is also the host', () => {
    expect(meta('meta-owner-declared.html').authors).toEqual(['Ida Ferrante']);
  });
});

describe('a first name completed', () => {
  it('completes a first-name credit from the author box\'s biography that opens with the full name', () => {
    expect(meta('meta-author-box-bio.html').authors).toEqual(['Janosch Feldmann']);
  });
});

describe('a news agency\'s dateline', () => {
  it('credits the agency a story\'s opening dateline names when nothing else credits a writer', () => {
    expect(meta('meta-agency-dateline.html').authors).toEqual(['dpa/lno']);
  });

  it('never takes a place in brackets for an agency', () => {
    expect(meta('meta-place-in-brackets.html').authors).toEqual([]);
  });
});

describe('organisations and people', () => {
  it('takes the person the story credits over an organisation declared as its author', () => {
    expect(meta('meta-org-declared.html').authors).toEqual(['Mila Ortner']);
  });

  it('credits the newsroom when the page credits nothing else ("von Redaktion")', () => {
    expect(meta('meta-newsroom-only.html').authors).toEqual(['Redaktion']);
  });

  it('leaves out a newsroom credited beside a person', () => {
    expect(meta('meta-byline-with-newsroom.html').authors).toEqual(['Kit Raine']);
  });
});

describe('several writers', () => {
  it('adds the writers a visible byline credits beside the one the head declares', () => {
    expect(meta('meta-co-credited.html').authors).toEqual(['Rhea Moss', 'Ivo Tamm']);
  });

  it('reads every name of a credit line', () => {
    expect(meta('meta-credit-two-names.html').authors).toEqual(['Lene Hark', 'Piet Sommer']);
  });

  it('does not take the job title after a writer\'s name for a second writer', () => {
    expect(meta('meta-credit-job-title.html').authors).toEqual(['Mira Castell']);
  });
});

describe('titles on whole pages', () => {
  it('leaves out a kicker in its own element and text only screen readers get', () => {
    expect(meta('meta-heading-kickers.html').title).toBe('Stadtwerke senken den Gaspreis');
  });

  it('takes the h1 that is one part of a declared title', () => {
    expect(meta('meta-heading-part.html').title).toBe('Ferry fares frozen for winter');
  });

  it('takes the story\'s h1 over a list of latest stories that repeats the declared title', () => {
    expect(meta('meta-latest-list.html').title).toBe('Orchard harvest doubles after a mild spring');
  });

  it('ignores a site name that is the page title copied (application-name)', () => {
    expect(meta('meta-app-name-title.html').title).toBe('Festival on the harbour postponed again');
  });

  it('never takes the date and time in a <title> for the story', () => {
    expect(meta('meta-title-date-part.html').title).toBe('Neue Ampel an der Schulstraße');
  });

  it('keeps a blog\'s post title when its h1 is the blog\'s name', () => {
    expect(meta('meta-blog-name-h1.html').title).toBe('Pickling green beans');
  });

  it('takes the one visible h1 over a declared title written for search engines', () => {
    expect(meta('meta-seo-title-h1.html').title).toBe('Seven tyres that kept their grip on an icy test track');
  });

  it('never takes an h1 that only links to the home page, or names the site as its branding, for the story', () => {
    expect(meta('meta-masthead-h1.html').title).toBe('Repairing a dry-stone wall');
    expect(meta('meta-branding-h1.html').title).toBe('Neue Bänke am Stadtweiher');
  });

  it('does not take a site name that is a copy of the title\'s story for the site', () => {
    expect(meta('meta-app-name-story.html').title).toBe('Saubere Energie: Der Solarpark am Deich liefert ab heute Strom');
  });

  it('reads a heading with ruby readings as its words alone', () => {
    expect(meta('meta-ruby-heading.html').title).toBe('新しい駅が開く');
  });

  it('passes over an h1 styled as a strapline to the headline below it', () => {
    expect(meta('meta-strapline-h1.html').title).toBe('Lighthouse keepers return to Gull Rock');
  });

  it('prefers a heading that is the declared headline word for word over a section-name h1', () => {
    expect(meta('meta-section-h1.html').title).toBe('Let your employer help you save for retirement');
  });

  it('never takes a part spelled as a domain name for the story', () => {
    expect(meta('meta-domain-in-title.html').title).toBe('Heat pumps');
  });

  it('reads a <title> that stray text in the head moved into the body, as a browser does', () => {
    const doc = parsePage(readFileSync('tests/pages/meta-title-in-body.html', 'utf8'));
    expect(readMetadata(doc).title).toBe('The ferry timetable changes in May');
  });
});

describe('publication dates on whole pages', () => {
  const day = (name: string) => meta(name).publishedAt;

  it('reads dated addresses written without leading zeros, or day first', () => {
    expect(day('meta-date-unpadded-url.html')).toBe('2018-03-09');
    expect(day('meta-date-day-first-url.html')).toBe('2022-11-03');
  });

  it('never takes the day an archive copied a page for the day it was published', () => {
    expect(day('meta-date-archived-copy.html')).toBe('2009-04-17');
  });

  it('reads the story\'s <time> in a meta column named like a sidebar', () => {
    expect(day('meta-date-meta-column.html')).toBe('2021-09-14');
  });

  it('reads a dateline with a two-digit year', () => {
    expect(day('meta-date-short-year.html')).toBe('2023-06-05');
  });

  it('gives the day the dateline shows when it is the page\'s declared last revision', () => {
    expect(day('meta-date-revised-dateline.html')).toBe('2023-02-14');
  });

  it('reads the dateline a long first paragraph opens with', () => {
    expect(day('meta-date-opening-dateline.html')).toBe('2022-03-08');
  });

  it('keeps the local day of a dated address over a UTC time late the evening before', () => {
    expect(day('meta-date-utc-before-local-midnight.html')).toBe('2022-01-01');
  });

  it('reads a publication date from the page\'s own data when nothing else dates it', () => {
    expect(day('meta-date-in-page-data.html')).toBe('2021-06-08');
  });

  it('reads the dateline beside the story\'s headline, not the date of today beside a logo\'s h1', () => {
    expect(day('meta-date-masthead-h1-today.html')).toBe('2025-03-11');
  });

  it('reads the publication date, not the last change, from a line that gives both', () => {
    expect(day('meta-date-labelled-published.html')).toBe('2022-05-14');
  });

  it('reads a dateline beside the headline whatever its class, and never a reader\'s letter\'s date', () => {
    expect(day('meta-date-teaser-meta.html')).toBe('2024-02-09');
  });

  it('reads a bare date alone beside the headline', () => {
    expect(day('meta-date-bare-beside-headline.html')).toBe('2021-03-05');
  });

  it('reads a publication date in a site\'s own meta namespace', () => {
    expect(day('meta-date-namespaced-meta.html')).toBe('2016-09-03');
  });

  it('takes the story\'s first <time> over a later one marked pubdate in a list of events', () => {
    expect(day('meta-date-first-time.html')).toBe('2020-05-15');
  });

  it('keeps a UTC timestamp\'s day when the day after it is only the masthead\'s date of today', () => {
    expect(meta('meta-masthead-date.html').publishedAt).toBe('2024-08-18');
  });

  it('keeps the day of a time the story wrote in its own zone over the UTC day after it', () => {
    expect(meta('meta-local-time-stamp.html').publishedAt).toBe('2024-03-07');
  });

  it('takes the dateline beside the headline over a meta tag that only says "date"', () => {
    expect(meta('meta-plain-date-meta.html').publishedAt).toBe('2021-05-10');
  });
});
