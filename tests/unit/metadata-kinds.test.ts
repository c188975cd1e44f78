/** Metadata on the kinds of markup real news and blog pages use: one small page of our own per kind. */
import { describe, expect, it } from 'vitest';
import { readMetadata } from '@/lib/article/metadata';
import { dayInText } from '@/lib/article/date-text';
import { htmlDocument } from './dom';

const page = (head: string, body = '<p>Text.</p>', lang = 'en') =>
  htmlDocument(`<!doctype html><html lang="${lang}"><head>${head}</head><body>${body}</body></html>`);
const ld = (value: unknown) => `<script type="application/ld+json">${JSON.stringify(value)}</script>`;

describe('publication date', () => {
  it.each([
    ['a visible dd.mm.yyyy dateline', page('', '<h1>Hafen</h1><span class="datum">07.03.2019, 14:10 Uhr</span><p>Text.</p>', 'de'), '2019-03-07'],
    ['a German month name', page('', '<h1>Hafen</h1><p class="meta">Veröffentlicht am 21. April 2020</p>', 'de'), '2020-04-21'],
    ['a French month name with an accent', page('', '<h1>Port</h1><div class="date-publication">Publié le 28 août 2019</div>', 'fr'), '2019-08-28'],
    ['Blogger\'s abbr.published', page('', '<h3 class="post-title">Post</h3><abbr class="published" title="2011-03-30T21:05:00-07:00">9:05 PM</abbr>'), '2011-03-30'],
    ['a dated URL of the /yyyy/mm/dd/ kind in the canonical link', page('<link rel="canonical" href="https://blog.example/2016/12/05/a-post/">'), '2016-12-05'],
    ['a dated URL with the date in the slug', page('<meta property="og:url" content="https://news.example/world/story-20180117">'), '2018-01-17'],
    ['CDATA-wrapped JSON-LD', page('<script type="application/ld+json">//<![CDATA[\n{"@type":"NewsArticle","headline":"H","datePublished":"2021-06-02T10:00:00+02:00"}\n//]]></script>'), '2021-06-02'],
    ['malformed JSON-LD (a raw line break in a string)', page('<script type="application/ld+json">{"@type":"NewsArticle","description":"one\nline","datePublished":"2022-02-14T08:00:00+01:00",}</script>'), '2022-02-14'],
    ['a WebPage node in a Yoast graph', page(ld({ '@graph': [{ '@type': 'WebSite', name: 'S' }, { '@type': 'WebPage', datePublished: '2019-09-03T06:00:00+00:00' }] })), '2019-09-03'],
    ['<time dateTime> written in camel case', page('', '<h1>H</h1><time dateTime="2018-10-23">23.10.2018</time>'), '2018-10-23'],
  ])('reads %s', (_kind, doc, day) => {
    expect(readMetadata(doc).publishedAt).toBe(day);
  });

  it('keeps the publisher\'s local day when a UTC timestamp crosses midnight', () => {
    const doc = page(
      '<meta property="article:published_time" content="2023-11-08T23:30:00Z">',
      '<h1>Vote count</h1><div class="byline-date">November 9, 2023</div>',
    );
    expect(readMetadata(doc).publishedAt).toBe('2023-11-09');
    const withOffset = page('<meta property="article:published_time" content="2020-12-05T23:15:00Z"><meta property="article:modified_time" content="2020-12-06T09:00:00+01:00">');
    expect(readMetadata(withOffset).publishedAt).toBe('2020-12-06');
  });

  it('prefers the published line over an "updated" one', () => {
    const doc = page('', '<h1>H</h1><p class="date">Updated 12.05.2021</p><p class="date">Published 10.05.2021</p>');
    expect(readMetadata(doc).publishedAt).toBe('2021-05-10');
  });

  it('reads ambiguous numeric days by the page language', () => {
    expect(dayInText('04/05/2020', true)).toBe('2020-04-05');
    expect(dayInText('04/05/2020', false)).toBe('2020-05-04');
    expect(dayInText('2020年7月3日')).toBe('2020-07-03');
    expect(dayInText('31.02.2020')).toBeNull();
  });
});

describe('title', () => {
  it('drops the site name that og:title and <title> carry when the heading agrees', () => {
    const doc = page('<title>Miners move north | Section | Example Ledger</title><meta property="og:title" content="Miners move north - Example Ledger">', '<h1>Miners move north</h1>');
    expect(readMetadata(doc).title).toBe('Miners move north');
  });

  it('drops the site name when no heading agrees', () => {
    const doc = page('<title>Miners move north as power costs rise | Example Ledger</title><meta property="og:site_name" content="Example Ledger">', '<div>Menu</div>');
    expect(readMetadata(doc).title).toBe('Miners move north as power costs rise');
  });

  it('chooses the story heading, not a kicker in its own element or another heading', () => {
    const doc = page('<meta property="og:title" content="Hackers drain bridge of 600 million">', '<h1 class="logo">Example Ledger</h1><h1><span class="kicker">Exclusive</span><span>Hackers drain bridge of 600 million</span></h1>');
    expect(readMetadata(doc).title).toBe('Hackers drain bridge of 600 million');
  });

  it('prefers the visible headline over a reworded social title', () => {
    const doc = page('<meta property="og:title" content="You won\'t believe this bridge hack">' + ld({ '@type': 'NewsArticle', headline: 'Bridge hack costs users 600 million dollars' }), '<h1>Bridge hack costs users 600 million dollars</h1>');
    expect(readMetadata(doc).title).toBe('Bridge hack costs users 600 million dollars');
  });

  it('decodes entities that double encoding left in og:title', () => {
    const doc = page('<meta property="og:title" content="Salt &amp;#038; Pepper Exchange hacked">');
    expect(readMetadata(doc).title).toBe('Salt & Pepper Exchange hacked');
  });
});

describe('authors', () => {
  it('reads meta name="byl"', () => {
    expect(readMetadata(page('<meta name="byl" content="By Ana Lima and Bo Chen">')).authors).toEqual(['Ana Lima', 'Bo Chen']);
  });

  it('follows a JSON-LD author given as an @id reference into the graph', () => {
    const graph = { '@graph': [{ '@type': 'Article', headline: 'H', author: { '@id': 'https://x.example/#/person/1' } }, { '@type': 'Person', '@id': 'https://x.example/#/person/1', name: 'Kim Lee' }] };
    expect(readMetadata(page(ld(graph))).authors).toEqual(['Kim Lee']);
  });

  it('removes a label the markup glued to the name', () => {
    const doc = page('', '<h1>H</h1><div class="author-box"><span>Author</span>andreas Kalt</div><p>Text.</p>');
    expect(readMetadata(doc).authors).toEqual(['andreas Kalt']);
    const glued = page('', '<h1>H</h1><span class="posted-by">Veröffentlicht von</span><span class="author vcard"><a class="fn">Jonas Reiter</a></span>');
    expect(readMetadata(glued).authors).toEqual(['Jonas Reiter']);
  });

  it('never takes an organisation or "Staff" for a person', () => {
    const org = ld({ '@type': 'NewsArticle', headline: 'H', author: [{ '@type': 'Organization', name: 'Example Ledger' }] });
    expect(readMetadata(page(org, '<p>Text.</p>')).authors).toEqual([]);
    expect(readMetadata(page('<meta name="author" content="Staff">')).authors).toEqual([]);
    expect(readMetadata(page('<meta name="author" content="Foto: Ingo Roe">')).authors).toEqual([]);
    expect(readMetadata(page('<meta name="author" content="Grant Poe, PhD">')).authors).toEqual(['Grant Poe']);
  });

  it('reads a credit written as text under the headline, or after a label in its own element', () => {
    const line = page('', '<h1>Hafen wird ausgebaut</h1><p>Erstellt von Ana Lima am 3. Mai 2021</p><p>Text.</p>', 'de');
    expect(readMetadata(line).authors).toEqual(['Ana Lima']);
    const labelled = page('', '<h1>H</h1><div class="meta"><h4>Autor</h4><p><a href="/p/1">Bo Chen</a></p></div><p>Text.</p>', 'de');
    expect(readMetadata(labelled).authors).toEqual(['Bo Chen']);
  });

  it('reads a byline even when the page body\'s own class names look like chrome', () => {
    const doc = htmlDocument('<html><body class="single widget-area related-posts"><h1>H</h1><span class="author vcard"><a rel="author" class="fn">Kim Lee</a></span><p>Text.</p></body></html>');
    expect(readMetadata(doc).authors).toEqual(['Kim Lee']);
  });

  it('skips the credits of related stories and comments', () => {
    const doc = page('', '<h1>H</h1><p class="byline">By Ana Lima</p><p>Text.</p><aside class="related"><span class="author">Bo Chen</span></aside><div class="comments"><span class="author">troll99</span></div>');
    expect(readMetadata(doc).authors).toEqual(['Ana Lima']);
  });
});
