/** Metadata on whole pages of the kinds real news and blog sites are made of (pages in tests/pages, written for these tests). */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readMetadata } from '@/lib/article/metadata';
import { htmlDocument } from './dom';

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
});

describe('publication dates on whole pages', () => {
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
