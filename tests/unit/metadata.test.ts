import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readMetadata } from '@/lib/article/metadata';
import { isoDate } from '@/lib/article/iso-date';
import { FIXTURES, fixture, gold, htmlDocument } from './dom';

const page = (head: string, body = '<p>Text.</p>', title = '') =>
  htmlDocument(`<!doctype html><html lang="en"><head>${title ? `<title>${title}</title>` : ''}${head}</head><body>${body}</body></html>`);

describe('metadata of the fixture pages', () => {
  const pages = readdirSync(FIXTURES).filter((f) => f.endsWith('.html'));
  it.each(pages)('%s matches its gold metadata', (file) => {
    const expected = gold(file.replace(/\.html$/, '')).meta;
    const meta = readMetadata(fixture(file));
    expect(meta.title).toBe(expected.title);
    expect(meta.publisher).toBe(expected.publisher);
    expect(meta.authors).toEqual(expected.authors);
    expect(meta.publishedAt).toBe(expected.publishedAt);
    expect(meta.url).toBe(expected.url);
  });
});

describe('metadata fallback chain', () => {
  it('reads a NewsArticle inside an @graph', () => {
    const ld = { '@context': 'https://schema.org', '@graph': [{ '@type': 'WebPage', name: 'Home' }, { '@type': 'NewsArticle', headline: 'Bridge drained', datePublished: '2022-03-29T10:00:00+09:00', author: [{ '@type': 'Person', name: 'Ana Lima' }, { '@type': 'Person', name: 'Bo Chen' }], publisher: { '@type': 'Organization', name: 'Chain Daily' } }] };
    const meta = readMetadata(page(`<script type="application/ld+json">${JSON.stringify(ld)}</script>`));
    expect(meta).toMatchObject({ title: 'Bridge drained', publishedAt: '2022-03-29', authors: ['Ana Lima', 'Bo Chen'], publisher: 'Chain Daily' });
  });

  it('reads a top-level JSON-LD array and ignores broken JSON-LD blocks', () => {
    const ld = [{ '@type': 'BreadcrumbList' }, { '@type': ['Article'], headline: 'Mixer sanctioned', author: 'Staff Writer' }];
    const meta = readMetadata(page(`<script type="application/ld+json">{broken</script><script type="application/ld+json">${JSON.stringify(ld)}</script>`));
    expect(meta.title).toBe('Mixer sanctioned');
    expect(meta.authors).toEqual(['Staff Writer']);
  });

  it('uses Highwire citation_* tags when there is no JSON-LD', () => {
    const meta = readMetadata(page('<meta name="citation_title" content="On mixers"><meta name="citation_author" content="Jane Roe"><meta name="citation_author" content="Max Mustermann"><meta name="citation_publication_date" content="2021/07/04"><meta name="citation_journal_title" content="Journal of Crypto Crime">'));
    expect(meta).toMatchObject({ title: 'On mixers', authors: ['Jane Roe', 'Max Mustermann'], publishedAt: '2021-07-04', publisher: 'Journal of Crypto Crime' });
  });

  it('falls back to Open Graph, skipping article:author profile URLs, then meta[name=author]', () => {
    const meta = readMetadata(page('<meta property="og:title" content="Exchange hacked"><meta property="og:site_name" content="Ledger Line"><meta property="article:author" content="https://example.com/people/x"><meta name="author" content="Sam Poe"><meta property="article:published_time" content="2020-09-26T01:00:00Z">'));
    expect(meta).toMatchObject({ title: 'Exchange hacked', publisher: 'Ledger Line', authors: ['Sam Poe'], publishedAt: '2020-09-26' });
  });

  it('reads the visible byline and <time> when the head says nothing', () => {
    const meta = readMetadata(page('', '<h1>Ransom paid</h1><p class="byline">By Kim Lee and Ada Park</p><time datetime="2021-05-13">May 13</time><p>Text.</p>', 'Ransom paid | The Wire'));
    expect(meta).toMatchObject({ title: 'Ransom paid', authors: ['Kim Lee', 'Ada Park'], publishedAt: '2021-05-13', publisher: 'The Wire' });
  });

  it('strips the site suffix from the document title and prefers the full headline over a shortened og:title', () => {
    const meta = readMetadata(page('<meta property="og:title" content="Founder sentenced">', '<h1>Founder sentenced to 20 years over exchange collapse</h1>', 'Founder sentenced to 20 years over exchange collapse — The Courier'));
    expect(meta.title).toBe('Founder sentenced to 20 years over exchange collapse');
    expect(meta.publisher).toBe('The Courier');
  });

  it('resolves the canonical URL and falls back to the host name as publisher', () => {
    const meta = readMetadata(page('<link rel="canonical" href="/news/a">'), 'https://news.example.org/x?utm=1');
    expect(meta.url).toBe('https://news.example.org/news/a');
    expect(meta.publisher).toBe('news.example.org');
  });

  it('reports nothing it cannot find', () => {
    const meta = readMetadata(htmlDocument('<html><body><p>Just text.</p></body></html>'));
    expect(meta).toEqual({ title: null, url: null, publisher: null, authors: [], publishedAt: null, language: null });
  });
});

describe('isoDate', () => {
  it.each([
    ['2023-09-08T07:45:00+03:00', '2023-09-08'],
    ['May 8, 2019', '2019-05-08'],
    ['18 Feb 2021', '2021-02-18'],
    ['2021/7/4', '2021-07-04'],
    ['2020-02-30', null],
    ['2019-07', '2019-07'],
    ['03.08.19 1:00 PM', null],
  ])('%s → %s', (raw, expected) => expect(isoDate(raw)).toBe(expected));
});
