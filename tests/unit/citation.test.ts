import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { CITATION_FORMATS, FORMAT_LABELS, formatCitation, type CitationFormat } from '@/lib/citation/formats';
import { toCsl } from '@/lib/citation/csl';
import type { CslItem, CslName } from '@/lib/schema';

// Expected strings follow each style's published rules. Where citation-js's output differs from the
// printed manual, the test pins what the official CSL style produces and the comment says why.
// All four styles render italics (the newspaper's name) as plain text: the clipboard gets text.
// Accepted throughout, as the official styles' own choices: MLA 9 suggests dropping "https://" from
// URLs, the MLA style keeps it; APA wants titles in sentence case, the APA style prints the title as
// the metadata gives it (CSL cannot tell proper nouns from headline capitals).

const LINK = 'https://therecord.media/poly-network-hack';
const article = (over: Partial<CslItem> = {}): CslItem => ({
  type: 'article-newspaper',
  title: 'Hackers steal $600 million from Poly Network',
  author: [{ given: 'Jane', family: 'Doe' }, { given: 'Richard', family: 'Roe' }],
  'container-title': 'The Record',
  issued: { 'date-parts': [[2019, 8, 28]] },
  URL: LINK,
  accessed: { 'date-parts': [[2024, 1, 5]] },
  language: 'en',
  ...over,
});
const people = (list: string): CslName[] => list.split(', ').map((n) => ({ given: n.split(' ')[0]!, family: n.split(' ')[1]! }));
const TWENTY_ONE = people(
  'Alice Adams, Brian Baker, Carol Clark, David Davis, Emma Evans, Frank Fisher, Grace Green, Henry Hill, Iris Irwin, Jack Jones, ' +
    'Kate King, Liam Lewis, Mia Moore, Noah Nash, Olive Owen, Paul Price, Quinn Quayle, Rose Reed, Sam Scott, Tina Turner, Uma Underwood',
);

const STYLES = ['apa', 'mla', 'chicago', 'harvard'] as const;
type Row = Record<(typeof STYLES)[number], string>;

/** Every bibliography style on one article. */
const cases: [string, CslItem, Row][] = [
  [
    'two authors',
    article(),
    {
      apa: `Doe, J., & Roe, R. (2019, August 28). Hackers steal $600 million from Poly Network. The Record. ${LINK}`,
      mla: `Doe, Jane, and Richard Roe. “Hackers Steal $600 Million from Poly Network.” The Record, 28 Aug. 2019, ${LINK}.`,
      chicago: `Doe, Jane, and Richard Roe. 2019. “Hackers Steal $600 Million from Poly Network.” The Record, August 28. ${LINK}.`,
      // Cite Them Right prints ‘Title’, and (Accessed: 5 January 2024). The style takes quotation marks,
      // their punctuation and the access date's order from the locale, and en-US is the one English
      // locale citation-js bundles (no en-GB): the official style applied faithfully under en-US.
      harvard: `Doe, J. and Roe, R. (2019) “Hackers steal $600 million from Poly Network,” The Record, 28 August. Available at: ${LINK} (Accessed: January 5, 2024).`,
    },
  ],
  [
    'three authors: MLA shortens to et al., the others list all three',
    article({ author: people('Jane Doe, Richard Roe, Ana Lima') }),
    {
      apa: `Doe, J., Roe, R., & Lima, A. (2019, August 28). Hackers steal $600 million from Poly Network. The Record. ${LINK}`,
      mla: `Doe, Jane, et al. “Hackers Steal $600 Million from Poly Network.” The Record, 28 Aug. 2019, ${LINK}.`,
      chicago: `Doe, Jane, Richard Roe, and Ana Lima. 2019. “Hackers Steal $600 Million from Poly Network.” The Record, August 28. ${LINK}.`,
      harvard: `Doe, J., Roe, R. and Lima, A. (2019) “Hackers steal $600 million from Poly Network,” The Record, 28 August. Available at: ${LINK} (Accessed: January 5, 2024).`,
    },
  ],
  [
    'twenty-one authors: APA lists 19, an ellipsis and the last; Chicago 18 the first three; Harvard the first',
    article({ author: TWENTY_ONE }),
    {
      // The APA manual sets the ellipsis as three spaced periods (". . ."); the official CSL style
      // writes one "…" character. Accepted: it is the style, not the processor.
      apa:
        'Adams, A., Baker, B., Clark, C., Davis, D., Evans, E., Fisher, F., Green, G., Hill, H., Irwin, I., Jones, J., King, K., Lewis, L., ' +
        `Moore, M., Nash, N., Owen, O., Price, P., Quayle, Q., Reed, R., Scott, S., … Underwood, U. (2019, August 28). Hackers steal $600 million from Poly Network. The Record. ${LINK}`,
      mla: `Adams, Alice, et al. “Hackers Steal $600 Million from Poly Network.” The Record, 28 Aug. 2019, ${LINK}.`,
      chicago: `Adams, Alice, Brian Baker, Carol Clark, et al. 2019. “Hackers Steal $600 Million from Poly Network.” The Record, August 28. ${LINK}.`,
      harvard: `Adams, A. et al. (2019) “Hackers steal $600 million from Poly Network,” The Record, 28 August. Available at: ${LINK} (Accessed: January 5, 2024).`,
    },
  ],
  [
    'no author: APA and MLA open with the title, Chicago and Harvard with the newspaper',
    article({ author: undefined, title: 'Binance to pay $4.3 billion in settlement', 'container-title': 'Financial Times' }),
    {
      apa: `Binance to pay $4.3 billion in settlement. (2019, August 28). Financial Times. ${LINK}`,
      mla: `“Binance to Pay $4.3 Billion in Settlement.” Financial Times, 28 Aug. 2019, ${LINK}.`,
      chicago: `Financial Times. 2019. “Binance to Pay $4.3 Billion in Settlement.” August 28. ${LINK}.`,
      harvard: `Financial Times (2019) “Binance to pay $4.3 billion in settlement,” 28 August. Available at: ${LINK} (Accessed: January 5, 2024).`,
    },
  ],
  [
    'an organization as author',
    article({
      author: [{ literal: 'Reuters Staff' }],
      title: 'U.S. charges North Korean hackers in $1.3 billion heist',
      'container-title': 'Reuters',
      issued: { 'date-parts': [[2021, 2, 17]] },
    }),
    {
      apa: `Reuters Staff. (2021, February 17). U.S. charges North Korean hackers in $1.3 billion heist. Reuters. ${LINK}`,
      mla: `Reuters Staff. “U.S. Charges North Korean Hackers in $1.3 Billion Heist.” Reuters, 17 Feb. 2021, ${LINK}.`,
      chicago: `Reuters Staff. 2021. “U.S. Charges North Korean Hackers in $1.3 Billion Heist.” Reuters, February 17. ${LINK}.`,
      harvard: `Reuters Staff (2021) “U.S. charges North Korean hackers in $1.3 billion heist,” Reuters, 17 February. Available at: ${LINK} (Accessed: January 5, 2024).`,
    },
  ],
  [
    'a name particle: Chicago moves "van der" after the given name, the others keep it in front',
    article({
      author: [{ given: 'Jan', 'non-dropping-particle': 'van der', family: 'Berg' }],
      title: 'Dutch police arrest Tornado Cash developer',
      'container-title': 'NRC',
      issued: { 'date-parts': [[2022, 8, 12]] },
    }),
    {
      apa: `van der Berg, J. (2022, August 12). Dutch police arrest Tornado Cash developer. NRC. ${LINK}`,
      mla: `van der Berg, Jan. “Dutch Police Arrest Tornado Cash Developer.” NRC, 12 Aug. 2022, ${LINK}.`,
      chicago: `Berg, Jan van der. 2022. “Dutch Police Arrest Tornado Cash Developer.” NRC, August 12. ${LINK}.`,
      harvard: `van der Berg, J. (2022) “Dutch police arrest Tornado Cash developer,” NRC, 12 August. Available at: ${LINK} (Accessed: January 5, 2024).`,
    },
  ],
  [
    'a Chinese name, title and newspaper: kept as written, and not title-cased (the item is not English)',
    article({ author: [{ literal: '李明' }], title: '加密货币诈骗案告破', 'container-title': '财新', issued: { 'date-parts': [[2021, 6, 1]] }, language: 'zh-CN' }),
    {
      apa: `李明. (2021, June 1). 加密货币诈骗案告破. 财新. ${LINK}`,
      mla: `李明. “加密货币诈骗案告破.” 财新, 1 June 2021, ${LINK}.`,
      chicago: `李明. 2021. “加密货币诈骗案告破.” 财新, June 1. ${LINK}.`,
      harvard: `李明 (2021) “加密货币诈骗案告破,” 财新, 1 June. Available at: ${LINK} (Accessed: January 5, 2024).`,
    },
  ],
  [
    'no date: n.d. and the access date',
    article({ issued: undefined }),
    {
      apa: `Doe, J., & Roe, R. (n.d.). Hackers steal $600 million from Poly Network. The Record. Retrieved January 5, 2024, from ${LINK}`,
      mla: `Doe, Jane, and Richard Roe. “Hackers Steal $600 Million from Poly Network.” The Record, ${LINK}. Accessed 5 Jan. 2024.`,
      chicago: `Doe, Jane, and Richard Roe. n.d. “Hackers Steal $600 Million from Poly Network.” The Record. Accessed January 5, 2024. ${LINK}.`,
      harvard: `Doe, J. and Roe, R. (no date) “Hackers steal $600 million from Poly Network,” The Record. Available at: ${LINK} (Accessed: January 5, 2024).`,
    },
  ],
  [
    'only a year',
    article({ issued: { 'date-parts': [[2021]] } }),
    {
      apa: `Doe, J., & Roe, R. (2021). Hackers steal $600 million from Poly Network. The Record. ${LINK}`,
      mla: `Doe, Jane, and Richard Roe. “Hackers Steal $600 Million from Poly Network.” The Record, 2021, ${LINK}.`,
      chicago: `Doe, Jane, and Richard Roe. 2021. “Hackers Steal $600 Million from Poly Network.” The Record. ${LINK}.`,
      harvard: `Doe, J. and Roe, R. (2021) “Hackers steal $600 million from Poly Network,” The Record. Available at: ${LINK} (Accessed: January 5, 2024).`,
    },
  ],
  [
    'a year and a month',
    article({ issued: { 'date-parts': [[2021, 9]] } }),
    {
      apa: `Doe, J., & Roe, R. (2021, September). Hackers steal $600 million from Poly Network. The Record. ${LINK}`,
      mla: `Doe, Jane, and Richard Roe. “Hackers Steal $600 Million from Poly Network.” The Record, Sept. 2021, ${LINK}.`,
      chicago: `Doe, Jane, and Richard Roe. 2021. “Hackers Steal $600 Million from Poly Network.” The Record, September. ${LINK}.`,
      harvard: `Doe, J. and Roe, R. (2021) “Hackers steal $600 million from Poly Network,” The Record, September. Available at: ${LINK} (Accessed: January 5, 2024).`,
    },
  ],
  [
    'quotation marks and an ampersand in the title: inner quotes become single, & stays as is',
    article({ author: [{ given: 'Ann', family: 'Lee' }], title: 'How "pig butchering" scams & money mules work' }),
    {
      apa: `Lee, A. (2019, August 28). How “pig butchering” scams & money mules work. The Record. ${LINK}`,
      mla: `Lee, Ann. “How ‘Pig Butchering’ Scams & Money Mules Work.” The Record, 28 Aug. 2019, ${LINK}.`,
      chicago: `Lee, Ann. 2019. “How ‘Pig Butchering’ Scams & Money Mules Work.” The Record, August 28. ${LINK}.`,
      harvard: `Lee, A. (2019) “How ‘pig butchering’ scams & money mules work,” The Record, 28 August. Available at: ${LINK} (Accessed: January 5, 2024).`,
    },
  ],
  [
    'a title ending in a quotation: American punctuation puts the period or comma inside it',
    article({ title: 'Lazarus & the $100m "bridge exploit"' }),
    {
      apa: `Doe, J., & Roe, R. (2019, August 28). Lazarus & the $100m “bridge exploit.” The Record. ${LINK}`,
      mla: `Doe, Jane, and Richard Roe. “Lazarus & the $100m ‘Bridge Exploit.’” The Record, 28 Aug. 2019, ${LINK}.`,
      chicago: `Doe, Jane, and Richard Roe. 2019. “Lazarus & the $100m ‘Bridge Exploit.’” The Record, August 28. ${LINK}.`,
      harvard: `Doe, J. and Roe, R. (2019) “Lazarus & the $100m ‘bridge exploit,’” The Record, 28 August. Available at: ${LINK} (Accessed: January 5, 2024).`,
    },
  ],
  [
    'no URL',
    article({ URL: undefined, accessed: undefined, author: undefined, title: 'Exchange halts withdrawals' }),
    {
      apa: 'Exchange halts withdrawals. (2019, August 28). The Record.',
      mla: '“Exchange Halts Withdrawals.” The Record, 28 Aug. 2019.',
      chicago: 'The Record. 2019. “Exchange Halts Withdrawals.” August 28.',
      harvard: 'The Record (2019) “Exchange halts withdrawals,” 28 August.',
    },
  ],
];

describe('bibliography styles (citation-js with the official CSL styles)', () => {
  describe.each(cases)('%s', (_label, item, expected) => {
    it.each(STYLES)('%s', (style) => {
      expect(formatCitation(item, style)).toBe(expected[style]);
    });
  });

  it('title-cases by word list: MLA and Chicago lowercase "down" even as the adverb of "take down"', () => {
    // Both manuals capitalize the adverb of a phrasal verb ("Take Down"); citeproc's title case
    // lowercases every word on its list of prepositions. A known limit of CSL title casing, accepted.
    const item = article({ title: 'Police take down crypto mixer' });
    expect(formatCitation(item, 'mla')).toMatch(/^Doe, Jane, and Richard Roe\. “Police Take down Crypto Mixer\.”/);
    expect(formatCitation(item, 'chicago')).toMatch(/“Police Take down Crypto Mixer\.”/);
  });

  it('keeps the delimiter before a last name that is single-field (citeproc-js drops it, worked around)', () => {
    // citeproc-js 2.4 omits delimiter-precedes-last when the last name is `literal` (open bug
    // Juris-M/citeproc-js#248); formats.ts hands such names to it as family-only names.
    const item = article({ author: [{ given: 'Jane', family: 'Doe' }, { literal: '李明' }] });
    expect(formatCitation(item, 'apa')).toMatch(/^Doe, J\., & 李明\. \(2019, August 28\)\. /);
    expect(formatCitation(item, 'mla')).toMatch(/^Doe, Jane, and 李明\. “/);
    expect(formatCitation(item, 'chicago')).toMatch(/^Doe, Jane, and 李明\. 2019\. “/);
    expect(formatCitation(item, 'harvard')).toMatch(/^Doe, J\. and 李明 \(2019\) “/); // Cite Them Right: no comma
    // An organization starting with "de" is still one name, not a particle Chicago would move.
    const org = article({ author: [{ literal: 'de Volkskrant redactie' }] });
    expect(formatCitation(org, 'chicago')).toMatch(/^de Volkskrant redactie\. 2019\. “/);
    expect(formatCitation(org, 'apa')).toMatch(/^de Volkskrant redactie\. \(2019/);
  });

  it('returns plain text: CSL markup in a title is dropped, nothing is HTML-escaped, no trailing newline', () => {
    const item = article({ title: 'The <i>Lazarus</i> heist: losses < $1m & 5% fees' });
    for (const style of STYLES) {
      const out = formatCitation(item, style);
      expect(out).not.toMatch(/<\/?i>|&amp;|&#|&lt;/);
      expect(out).toContain('Lazarus');
      expect(out).toMatch(/< \$1m & 5% fees/i);
      expect(out).toBe(out.trim());
    }
  });

  it('does not mix up consecutive articles (citation-js reuses one engine per style)', () => {
    const first = article();
    const second = article({ author: [{ literal: 'Reuters Staff' }], title: 'Second story', issued: { 'date-parts': [[2020, 1, 2]] } });
    for (const style of STYLES) {
      const once = formatCitation(first, style);
      expect(formatCitation(second, style)).not.toContain('Doe');
      expect(formatCitation(first, style)).toBe(once);
    }
  });

  it('leaves the caller’s item untouched', () => {
    const item = article();
    const before = structuredClone(item);
    for (const format of CITATION_FORMATS) formatCitation(item, format);
    expect(item).toEqual(before);
  });

  it('formats what toCsl builds from page metadata', () => {
    const meta = { title: 'Poly Network hacker returns funds', url: LINK, publisher: 'The Record', authors: ['Jan van der Berg', 'Reuters Staff'], publishedAt: '2021-08-11', language: 'en' };
    const item = toCsl(meta, new Date(Date.UTC(2024, 0, 5)));
    expect(formatCitation(item, 'apa')).toBe(`van der Berg, J., & Reuters Staff. (2021, August 11). Poly Network hacker returns funds. The Record. ${LINK}`);
  });
});

describe('BibTeX', () => {
  it('writes @article with citation-js’s key scheme, braced capitals and the month macro', () => {
    expect(formatCitation(article(), 'bibtex')).toBe(
      [
        '@article{Doe2019Hackers,',
        '\tauthor = {Doe, Jane and Roe, Richard},',
        '\ttitle = {Hackers steal \\$600 million from {Poly} {Network}},',
        '\tjournal = {The Record},',
        '\tyear = {2019},',
        '\tmonth = aug,',
        `\turl = {${LINK}},`,
        '\tnote = {[Online; accessed 2024-01-05]},',
        '}',
      ].join('\n'),
    );
  });

  it('escapes the LaTeX specials in every field, and keeps the URL verbatim', () => {
    const item = article({
      title: 'AT&T sues: 100% of $24m "SIM-swap" loot, #1 case_file {sealed} ~ ^ \\ <> |',
      author: [{ literal: 'AT&T News_Desk #1' }, { given: 'José', family: 'Núñez' }],
      'container-title': 'Bits & Bytes {Weekly} 50%',
      URL: 'https://example.com/a_b%20c?x=1&y={2}#frag',
    });
    expect(formatCitation(item, 'bibtex')).toBe(
      [
        '@article{AT2019AT,',
        '\tauthor = {{AT\\&T News\\_Desk \\#1} and Núñez, José},',
        '\ttitle = {{AT}\\&{T} sues: 100\\% of \\$24m "{SIM}-swap" loot, \\#1 case\\_file \\{sealed\\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{} \\textless{}\\textgreater{} \\textbar{}},',
        '\tjournal = {Bits \\& Bytes \\{Weekly\\} 50\\%},',
        '\tyear = {2019},',
        '\tmonth = aug,',
        '\turl = {https://example.com/a_b%20c?x=1&y=%7B2%7D#frag},',
        '\tnote = {[Online; accessed 2024-01-05]},',
        '}',
      ].join('\n'),
    );
  });

  it.each([
    ['a particle stays in front of the family name', [{ given: 'Jan', 'non-dropping-particle': 'van der', family: 'Berg' }], 'van der Berg, Jan', 'Berg2019Hackers'],
    ['an organization is braced so BibTeX keeps it whole', [{ literal: 'Reuters Staff' }], '{Reuters Staff}', 'Reuters2019Hackers'],
    ['a Chinese name is kept, and left out of the ASCII key', [{ literal: '李明' }], '{李明}', '2019Hackers'],
    ['a Cyrillic name is kept in full', [{ given: 'Иван', family: 'Петров' }], 'Петров, Иван', '2019Hackers'],
    ['a name containing "and" is braced', [{ literal: 'Smith and Wesson Press' }], '{Smith and Wesson Press}', 'Smith2019Hackers'],
  ])('%s', (_label, author, written, key) => {
    const out = formatCitation(article({ author }), 'bibtex');
    expect(out).toContain(`\tauthor = {${written}},`);
    expect(out.split('\n')[0]).toBe(`@article{${key},`);
  });

  it('keeps a non-Latin title and newspaper', () => {
    const out = formatCitation(article({ title: 'Криптовалютные мошенники задержаны', 'container-title': 'Коммерсантъ' }), 'bibtex');
    expect(out).toContain('\ttitle = {Криптовалютные мошенники задержаны},');
    expect(out).toContain('\tjournal = {Коммерсантъ},');
  });

  it('braces capitals except the title’s own first letter, and skips "The" in the key', () => {
    const out = formatCitation(article({ title: 'The FBI and iPhone data: USDT seized' }), 'bibtex');
    expect(out).toContain('\ttitle = {The {FBI} and {iPhone} data: {USDT} seized},');
    expect(out.split('\n')[0]).toBe('@article{Doe2019FBI,');
  });

  it('leaves out what is missing: a year only, no date, nothing at all', () => {
    expect(formatCitation(article({ issued: { 'date-parts': [[2021]] } }), 'bibtex')).not.toContain('month');
    const undated = formatCitation(article({ issued: undefined }), 'bibtex');
    expect(undated).not.toMatch(/year|month/);
    expect(undated.split('\n')[0]).toBe('@article{DoeHackers,');
    const bare: CslItem = { type: 'article-newspaper', title: '加密货币诈骗案告破' };
    expect(formatCitation(bare, 'bibtex')).toMatch(/^@article\{ref[0-9a-f]{8},\n\ttitle = \{加密货币诈骗案告破\},\n\}$/);
    expect(formatCitation(bare, 'bibtex')).toBe(formatCitation(structuredClone(bare), 'bibtex')); // stable key
  });
});

describe('RIS', () => {
  it('writes a NEWS record with every author, the full date and the access date', () => {
    expect(formatCitation(article(), 'ris')).toBe(
      [
        'TY  - NEWS',
        'AU  - Doe, Jane',
        'AU  - Roe, Richard',
        'TI  - Hackers steal $600 million from Poly Network',
        'T2  - The Record',
        'PY  - 2019',
        'DA  - 2019/08/28/',
        `UR  - ${LINK}`,
        'Y2  - 2024/01/05/',
        'LA  - en',
        'ER  - ',
      ].join('\n'),
    );
  });

  it('writes names as Family, Given with the particle; organizations and Chinese names as they are', () => {
    const out = formatCitation(article({ author: [{ given: 'Jan', 'non-dropping-particle': 'van der', family: 'Berg' }, { literal: 'Reuters Staff' }, { literal: '李明' }] }), 'ris');
    expect(out.split('\n').filter((l) => l.startsWith('AU'))).toEqual(['AU  - van der Berg, Jan', 'AU  - Reuters Staff', 'AU  - 李明']);
  });

  it('keeps long values on one line and writes partial dates with their slashes', () => {
    const long = `${'Very long headline '.repeat(8)}end`;
    const url = `https://example.com/${'path/'.repeat(30)}`;
    const out = formatCitation(article({ title: long, URL: url, issued: { 'date-parts': [[2021, 9]] } }), 'ris');
    expect(out).toContain(`TI  - ${long}\n`);
    expect(out).toContain(`UR  - ${url}\n`);
    expect(out).toContain('DA  - 2021/09//');
    expect(out.split('\n').every((l) => /^[A-Z][A-Z0-9] {2}- /.test(l))).toBe(true);
  });

  it('leaves out what is missing', () => {
    expect(formatCitation({ type: 'article-newspaper', issued: { 'date-parts': [[2021]] } }, 'ris')).toBe('TY  - NEWS\nPY  - 2021\nER  - ');
  });
});

describe('Markdown link', () => {
  it.each<[string, Partial<CslItem>, string]>([
    ['full', {}, `[Hackers steal $600 million from Poly Network](${LINK}) — The Record, 2019-08-28`],
    ['only a year', { issued: { 'date-parts': [[2021]] } }, `[Hackers steal $600 million from Poly Network](${LINK}) — The Record, 2021`],
    ['a year and a month', { issued: { 'date-parts': [[2021, 3]] } }, `[Hackers steal $600 million from Poly Network](${LINK}) — The Record, 2021-03`],
    ['no date', { issued: undefined }, `[Hackers steal $600 million from Poly Network](${LINK}) — The Record`],
    ['no publisher', { 'container-title': undefined }, `[Hackers steal $600 million from Poly Network](${LINK}) — 2019-08-28`],
    ['neither', { 'container-title': undefined, issued: undefined }, `[Hackers steal $600 million from Poly Network](${LINK})`],
    ['no URL', { URL: undefined }, 'Hackers steal $600 million from Poly Network — The Record, 2019-08-28'],
    ['no title: the publisher is the link text', { title: undefined }, `[The Record](${LINK}) — 2019-08-28`],
    ['no title, no publisher', { title: undefined, 'container-title': undefined }, `[${LINK}](${LINK}) — 2019-08-28`],
    ['nothing', { title: undefined, 'container-title': undefined, URL: undefined, issued: undefined }, 'Untitled'],
    [
      'brackets and emphasis characters in the title are escaped',
      { title: 'Lazarus [APT38] hits *two* exchanges_ `again` <b>' },
      `[Lazarus \\[APT38\\] hits \\*two\\* exchanges\\_ \\\`again\\\` \\<b\\>](${LINK}) — The Record, 2019-08-28`,
    ],
    [
      'parentheses and spaces in the URL are percent-encoded',
      { URL: 'https://en.wikipedia.org/wiki/Mt._Gox_(exchange) x' },
      '[Hackers steal $600 million from Poly Network](https://en.wikipedia.org/wiki/Mt._Gox_%28exchange%29%20x) — The Record, 2019-08-28',
    ],
    ['a non-Latin title', { title: '加密货币诈骗案告破', 'container-title': '财新' }, `[加密货币诈骗案告破](${LINK}) — 财新, 2019-08-28`],
  ])('%s', (_label, over, expected) => {
    expect(formatCitation(article(over), 'markdown')).toBe(expected);
  });
});

describe('CSL-JSON', () => {
  it('is the item in a one-element array, pretty-printed', () => {
    const item: CslItem = { type: 'article-newspaper', title: 'A & B', issued: { 'date-parts': [[2021]] } };
    expect(formatCitation(item, 'csl-json')).toBe(
      '[\n  {\n    "type": "article-newspaper",\n    "title": "A & B",\n    "issued": {\n      "date-parts": [\n        [\n          2021\n        ]\n      ]\n    }\n  }\n]',
    );
    expect(JSON.parse(formatCitation(article(), 'csl-json'))).toEqual([article()]);
  });
});

describe('format list', () => {
  it('labels every format', () => {
    expect(Object.keys(FORMAT_LABELS).sort()).toEqual([...CITATION_FORMATS].sort());
    expect(FORMAT_LABELS).toMatchObject({ apa: 'APA 7', mla: 'MLA 9', chicago: 'Chicago (author-date)', harvard: 'Harvard', markdown: 'Markdown link' });
  });

  it.each(CITATION_FORMATS)('%s gives text for the sparsest item toCsl can build (only an access date)', (format: CitationFormat) => {
    expect(formatCitation({ type: 'article-newspaper', accessed: { 'date-parts': [[2024, 1, 5]] } }, format).length).toBeGreaterThan(0);
  });
});

describe('MV3 content security policy and network', () => {
  it('renders the four styles with code generation from strings disabled and every network API stubbed', () => {
    // A fresh Node runs the citation-js path formats.ts uses (same packages, bundled styles, en-US),
    // with V8 refusing eval/new Function/Function() as Chrome does under the default MV3 CSP, and
    // fetch, XMLHttpRequest, http(s).request and the child process sync-fetch uses all throwing.
    const items = [article(), article({ author: [{ literal: '李明' }], issued: undefined }), article({ author: TWENTY_ONE })];
    const script = `
      const http = require('node:http'), https = require('node:https'), cp = require('node:child_process');
      const fail = (what) => () => { throw new Error('network: ' + what); };
      globalThis.fetch = fail('fetch');
      globalThis.XMLHttpRequest = function () { fail('XMLHttpRequest')(); };
      http.request = http.get = fail('http'); https.request = https.get = fail('https');
      cp.execFileSync = cp.spawnSync = fail('child process');
      let evalBlocked = false;
      try { new Function('return 1'); } catch (e) { evalBlocked = e instanceof EvalError; }
      const { Cite, plugins } = require('@citation-js/core');
      require('@citation-js/plugin-csl');
      const fs = require('node:fs');
      const csl = plugins.config.get('@csl');
      csl.styles.add('modern-language-association', fs.readFileSync('lib/citation/styles/modern-language-association.csl', 'utf8'));
      csl.styles.add('chicago-author-date', fs.readFileSync('lib/citation/styles/chicago-author-date.csl', 'utf8'));
      const items = ${JSON.stringify(items)};
      const templates = { apa: 'apa', mla: 'modern-language-association', chicago: 'chicago-author-date', harvard: 'harvard1' };
      const out = items.map((item) => Object.fromEntries(Object.entries(templates).map(([k, template]) =>
        [k, new Cite([{ ...item, id: 'item' }]).format('bibliography', { format: 'text', template, lang: 'en-US' }).trim()])));
      process.stdout.write(JSON.stringify({ evalBlocked, out }));
    `;
    const root = fileURLToPath(new URL('../..', import.meta.url));
    const stdout = execFileSync(process.execPath, ['--disallow-code-generation-from-strings', '-e', script], { cwd: root, encoding: 'utf8' });
    const { evalBlocked, out } = JSON.parse(stdout) as { evalBlocked: boolean; out: Row[] };
    expect(evalBlocked).toBe(true);
    expect(out).toEqual(items.map((item) => Object.fromEntries(STYLES.map((s) => [s, formatCitation(item, s)]))));
  }, 30_000);
});
