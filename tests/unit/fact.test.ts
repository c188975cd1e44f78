import { describe, expect, it } from 'vitest';
import { csvField } from '@/lib/base/csv';
import { citeFigures, factJson, factMarkdown, factsCsv, factValueText, sourceLabel, type CitedFact } from '@/lib/citation/fact';
import { sentenceAt } from '@/lib/base/sentences';
import { encodeTerm, formatTextDirective, textDirectiveFor, textFragmentUrl } from '@/lib/citation/fragment';
import { normalizePageText } from '@/lib/citation/page-search';
import { toCsl } from '@/lib/citation/csl';
import { annotateBlocks } from '@/lib/annotate';
import { SCHEMA_VERSION, type Annotation, type ArticleMeta, type Figure, type Span } from '@/lib/schema';

/** sentenceAt for the first occurrence of `word` in `text`. */
const around = (text: string, word: string) => {
  const at = text.indexOf(word);
  if (at < 0) throw new Error(`${word} not in text`);
  return sentenceAt(text, at, at + word.length);
};
const directive = (url: string) => url.slice(url.indexOf('#:~:') + 4);

describe('sentenceAt', () => {
  it('splits at . ! ? followed by a space and a capital, digit or opening quote', () => {
    const text = 'The exchange was hacked! Was it insured? No one knows. 850,000 computers were infected. "We found the server," police said.';
    expect(around(text, 'hacked')).toBe('The exchange was hacked!');
    expect(around(text, 'insured')).toBe('Was it insured?');
    expect(around(text, 'knows')).toBe('No one knows.');
    expect(around(text, '850,000')).toBe('850,000 computers were infected.');
    expect(around(text, 'server')).toBe('"We found the server," police said.');
  });

  it('does not split after abbreviations, initials, letter-dot acronyms or inside numbers', () => {
    const text = 'Hackers drained Mt. Gox in Feb. 2014. The U.S. Treasury and Dr. Jian W. Wen moved $3.1 million, i.e. 94.5 BTC. No. 5 was next.';
    expect(around(text, 'Gox')).toBe('Hackers drained Mt. Gox in Feb. 2014.');
    expect(around(text, 'Treasury')).toBe('The U.S. Treasury and Dr. Jian W. Wen moved $3.1 million, i.e. 94.5 BTC.');
    expect(around(text, '94.5')).toBe('The U.S. Treasury and Dr. Jian W. Wen moved $3.1 million, i.e. 94.5 BTC.');
    expect(around(text, 'next')).toBe('No. 5 was next.');
  });

  it('keeps closing quotes with their sentence and does not split before a lower-case word', () => {
    const text = 'He said: “The money is gone.” Police left. “Is it gone?” he asked. It was ‘over.’ Then silence.';
    expect(around(text, 'money')).toBe('He said: “The money is gone.”');
    expect(around(text, 'Police')).toBe('Police left.');
    expect(around(text, 'asked')).toBe('“Is it gone?” he asked.');
    expect(around(text, 'over')).toBe('It was ‘over.’');
    expect(around(text, 'silence')).toBe('Then silence.');
  });

  it('splits Chinese at 。！？ without spaces, and collapses whitespace', () => {
    expect(around('这是第一句。警方称，约有85万台电脑被感染！下一句？', '85万')).toBe('警方称，约有85万台电脑被感染！');
    expect(around('  The FBI\n   seized   7,000 BTC.\tNext one.  ', '7,000')).toBe('The FBI seized 7,000 BTC.');
  });

  it('returns both sentences when the span crosses a break, and the whole block when there is none', () => {
    const text = 'First one. Second one. Third one.';
    expect(sentenceAt(text, text.indexOf('one.'), text.indexOf('Second') + 3)).toBe('First one. Second one.');
    expect(sentenceAt('no full stop here', 3, 7)).toBe('no full stop here');
    expect(sentenceAt('Ends here.', 0, 4)).toBe('Ends here.');
  });
});

describe('text fragment encoding', () => {
  it('percent-encodes the syntax characters - , & and everything outside the explicit set', () => {
    expect(encodeTerm('well-known, A&B')).toBe('well%2Dknown%2C%20A%26B');
    expect(encodeTerm(`$3.1 (50%) #1 "x" 'y' ~ * ! _`)).toBe(`%243.1%20(50%25)%20%231%20%22x%22%20'y'%20~%20*%20!%20_`);
    expect(encodeTerm('Özer 中文 —')).toBe('%C3%96zer%20%E4%B8%AD%E6%96%87%20%E2%80%94');
    expect(encodeTerm('\uD800 lone')).toBe('%EF%BF%BD%20lone');
  });

  it('writes prefix-, start, end and -suffix in order', () => {
    expect(formatTextDirective({ prefix: 'a-b', start: 'c', end: 'd,e', suffix: 'f&g' })).toBe('text=a%2Db-,c,d%2Ce,-f%26g');
    expect(formatTextDirective({ start: 'only' })).toBe('text=only');
  });

  it('normalizes whitespace as rendered: line breaks kept as block boundaries, soft hyphens dropped', () => {
    expect(normalizePageText(' a\u00a0\u00a0b\t c\u00ADd \n\n  e  \r\n f ')).toBe('a b cd\ne\nf');
  });
});

describe('textFragmentUrl', () => {
  const URL = 'https://news.example/story?id=7';

  it('replaces any existing fragment and keeps the query', () => {
    expect(textFragmentUrl(`${URL}#comments`, 'Funds were frozen.', 'Funds were frozen.')).toBe(`${URL}#:~:text=Funds%20were%20frozen.`);
    expect(textFragmentUrl(`${URL}#a:~:text=old`, 'Funds were frozen.', 'Funds were frozen.')).toBe(`${URL}#:~:text=Funds%20were%20frozen.`);
    expect(textFragmentUrl(`${URL}#x`, '  ', 'Funds were frozen.')).toBe(URL);
  });

  it('quotes short sentences whole and long ones by three words from each end', () => {
    const short = 'The operators made $4.5 million, officials said.';
    const long = 'French police said the botnet had infected 850,000 computers in 100 countries.';
    const page = `Headline\n${long} ${short}`;
    expect(directive(textFragmentUrl(URL, short, page))).toBe('text=The%20operators%20made%20%244.5%20million%2C%20officials%20said.');
    expect(directive(textFragmentUrl(URL, long, page))).toBe('text=French%20police%20said,in%20100%20countries.');
  });

  it('encodes punctuation, quotes and dashes', () => {
    const sentences = [
      ['Losses (about $3.1 million!) were confirmed; the exchange, however, denied it?', 'text=Losses%20(about%20%243.1,however%2C%20denied%20it%3F'],
      ['“We managed to track down the command server,” said Jean-Dominique Nollet, C3N’s chief.', 'text=%E2%80%9CWe%20managed%20to,Nollet%2C%20C3N%E2%80%99s%20chief.'],
      [`He called it "the biggest hack" of 2019 & said 'never again'.`, "text=He%20called%20it,said%20'never%20again'."],
      ['The well-known exchange — hacked in 2019–2020 — lost 7,000 BTC.', 'text=The%20well%2Dknown%20exchange,lost%207%2C000%20BTC.'],
    ];
    const page = sentences.map(([s]) => s).join('\n');
    for (const [sentence, expected] of sentences) expect(directive(textFragmentUrl(URL, sentence!, page))).toBe(expected);
  });

  it('encodes Turkish and Chinese text as UTF-8', () => {
    const turkish = 'Thodex kurucusu Faruk Fatih Özer, 11.196 yıl hapis cezasına çarptırıldı.';
    expect(directive(textFragmentUrl(URL, turkish, `Haber\n${turkish}`))).toBe(
      'text=Thodex%20kurucusu%20Faruk%20Fatih%20%C3%96zer%2C%2011.196%20y%C4%B1l%20hapis%20cezas%C4%B1na%20%C3%A7arpt%C4%B1r%C4%B1ld%C4%B1.',
    );
    const chinese = '警方称，约有85万台电脑被感染。';
    expect(directive(textFragmentUrl(URL, chinese, `这是第一句。${chinese}下一句。`))).toBe(
      'text=%E8%AD%A6%E6%96%B9%E7%A7%B0%EF%BC%8C%E7%BA%A6%E6%9C%8985%E4%B8%87%E5%8F%B0%E7%94%B5%E8%84%91%E8%A2%AB%E6%84%9F%E6%9F%93%E3%80%82',
    );
  });

  it('matches whitespace as the browser does: one space for runs, no-break spaces and tabs, no soft hyphens', () => {
    const page = 'They say 850\u00a0000   com\u00ADputers were\tinfected today.';
    expect(textDirectiveFor('850 000 computers\nwere infected', page)).toEqual({ start: '850 000 computers were infected' });
  });

  it('adds no context when the words are unique, counting only whole-word matches', () => {
    expect(textDirectiveFor('BTC stolen.', 'XBTC stolen.\nSo BTC stolen.')).toEqual({ start: 'BTC stolen.' });
    expect(textDirectiveFor('Nobody else mentions the Nollet raid here.', 'Funds were frozen.\nNobody else mentions the Nollet raid here.')).toEqual({
      start: 'Nobody else mentions the Nollet raid here.',
    });
  });

  it('adds a prefix when the sentence also appears inside an earlier one', () => {
    const page = 'Binance lost 7,000 BTC in the hack.\nReuters reported that Binance lost 7,000 BTC in the hack.';
    expect(textDirectiveFor('Binance lost 7,000 BTC in the hack.', page, { before: 'Reuters reported that ' })).toEqual({
      prefix: 'that',
      start: 'Binance lost 7,000 BTC in the hack.',
    });
    // the first occurrence: unique only with context after it
    expect(textDirectiveFor('Binance lost 7,000 BTC in the hack.', page, { before: '' })).toEqual({ start: 'Binance lost 7,000 BTC in the hack.', suffix: 'Reuters' });
  });

  it('adds a prefix from the previous block when a long sentence shares its first words', () => {
    const page = 'The FBI said the group stole more than $100 million from users across Europe last year.\nThe FBI said the group laundered the stolen funds through mixers and exchanges in Asia.';
    expect(directive(textFragmentUrl(URL, 'The FBI said the group laundered the stolen funds through mixers and exchanges in Asia.', page))).toBe(
      'text=year.-,The%20FBI%20said,exchanges%20in%20Asia.',
    );
  });

  it('adds a suffix when the prefix does not tell the repeats apart', () => {
    const page = 'Later: Funds were frozen. Police arrested two men.\nLater: Funds were frozen. Courts ordered a refund.';
    expect(directive(textFragmentUrl(URL, 'Funds were frozen.', page, { before: 'Later: ' }))).toBe('text=Funds%20were%20frozen.,-Police');
  });

  it('treats repeats that differ only in case or accents as repeats, as browsers match them', () => {
    expect(textDirectiveFor('Funds were frozen.', 'Intro.\nLater: FUNDS WERE FROZEN. Police arrested two men.\nNow: Funds were frozen. Courts ordered a refund.', { before: 'Now: ' })).toEqual({
      prefix: 'Now:',
      start: 'Funds were frozen.',
    });
    expect(textDirectiveFor('Faruk Fatih Özer fled.', 'Intro: Faruk Fatih Ozer fled.\nThen: Faruk Fatih Özer fled.', { before: 'Then: ' })).toEqual({
      prefix: 'Then:',
      start: 'Faruk Fatih Özer fled.',
    });
    const chinese = '警方称，约有85万台电脑被感染。';
    expect(textDirectiveFor(chinese, `这是第一句。${chinese}下一句。\n又：${chinese}`)).toEqual({ prefix: '这是第一句。', start: chinese });
  });

  it('without a hint, means the occurrence that opens a line or follows a sentence end', () => {
    expect(textDirectiveFor('Funds were frozen.', 'Later Funds were frozen. More\nHeading\nFunds were frozen. Done')).toEqual({ prefix: 'Heading', start: 'Funds were frozen.' });
    expect(textDirectiveFor('Funds were frozen.', 'Later Funds were frozen. More. Funds were frozen. Done')).toEqual({ prefix: 'More.', start: 'Funds were frozen.' });
  });

  it('uses start,end across a line break inside the sentence, and quotes a sentence missing from the page as is', () => {
    expect(textDirectiveFor('first part second part of the sentence.', 'Intro\nfirst part\nsecond part of the sentence.')).toEqual({ start: 'first part', end: 'of the sentence.' });
    expect(textDirectiveFor('not on the page at all', 'something else')).toEqual({ start: 'not on the page at all' });
    expect(textDirectiveFor('A b c d e f g h i j k l m n o', 'zzz')).toEqual({ start: 'A b c', end: 'm n o' });
  });
});

// ---------------------------------------------------------------------------------------------------------
// Facts

const META: ArticleMeta = {
  title: 'Botnet "Retadup" dismantled, 850,000 PCs freed',
  url: 'https://news.example/retadup?ref=rss',
  publisher: 'Example News',
  authors: ['Jane Doe'],
  publishedAt: '2019-08-28',
  language: 'en',
};
const BLOCKS = [
  'French police said the botnet had infected 850,000 computers in 100 countries. The operators made $4.5 million, officials said.',
  'In Aug. 2019, the U.S. Treasury said "the attack is over."',
];
const FIGURES: Figure[] = [
  { kind: 'count', text: '850,000 computers', value: 850000, unit: 'computer' },
  { kind: 'money', text: '$4.5 million', value: 4500000, currency: 'USD' },
  { kind: 'date', text: 'Aug. 2019', value: '2019-08' },
  { kind: 'percent', text: '12%', value: 12 },
];
const spanOf = (block: number, text: string, ref: number): Span => {
  const start = BLOCKS[block]!.indexOf(text);
  return { block, start, end: start + text.length, type: FIGURES[ref]!.kind, ref };
};
const ANNOTATION: Annotation = {
  schema: SCHEMA_VERSION,
  article: META,
  entities: [],
  figures: FIGURES,
  addresses: [],
  crimeTypes: ['cryptojacking'],
  crimeEvidence: [],
  incident: null,
  related: [],
  summary: { amount: null, date: null, victims: [], actors: [], agencies: [] },
  citation: { csl: toCsl(META, new Date(Date.UTC(2024, 0, 2))) },
};
const SPANS = [spanOf(0, '850,000 computers', 0), spanOf(0, '$4.5 million', 1), spanOf(1, 'Aug. 2019', 2)];
const PAGE_TEXT = `${META.title}\nBy Jane Doe\n${BLOCKS.join('\n')}`;
const FACTS = citeFigures({ annotation: ANNOTATION, spans: SPANS, blocks: BLOCKS, url: `${META.url}#top`, pageText: PAGE_TEXT });

describe('citeFacts', () => {
  it('makes one fact per figure found, from its span, with its sentence and fragment link', () => {
    expect(FACTS.map((f) => [f.kind, f.claim, f.value, f.unit, f.entityType, f.sentence, directive(f.fragmentUrl)])).toEqual([
      ['count', '850,000 computers', 850000, 'computer', null, 'French police said the botnet had infected 850,000 computers in 100 countries.', 'text=French%20police%20said,in%20100%20countries.'],
      ['money', '$4.5 million', 4500000, 'USD', null, 'The operators made $4.5 million, officials said.', 'text=The%20operators%20made%20%244.5%20million%2C%20officials%20said.'],
      ['date', 'Aug. 2019', '2019-08', null, null, 'In Aug. 2019, the U.S. Treasury said "the attack is over."', 'text=In%20Aug.%202019%2C,attack%20is%20over.%22'],
    ]);
    expect(FACTS.every((f) => f.fragmentUrl.startsWith('https://news.example/retadup?ref=rss#:~:text='))).toBe(true);
    expect(FACTS[0]!.csl).toEqual(ANNOTATION.citation.csl);
    expect(FACTS[0]!.csl).not.toBe(ANNOTATION.citation.csl);
  });

  it('falls back to the text of a figure without a span, and picks the right one of repeated sentences', () => {
    const blocks = ['Binance lost 7,000 BTC in the hack. Police came.', 'Reuters reported it. Binance lost 7,000 BTC in the hack.'];
    const figure: Figure = { kind: 'crypto', text: '7,000 BTC', value: 7000, asset: 'BTC' };
    const annotation = { ...ANNOTATION, figures: [figure] };
    const spans: Span[] = [{ block: 1, start: 34, end: 43, type: 'crypto', ref: 0 }];
    expect(blocks[1]!.slice(34, 43)).toBe('7,000 BTC');
    const page = blocks.join('\n');
    const [second] = citeFigures({ annotation, spans, blocks, url: 'https://x.example/', pageText: page });
    expect([second!.sentence, directive(second!.fragmentUrl)]).toEqual(['Binance lost 7,000 BTC in the hack.', 'text=it.-,Binance%20lost%207%2C000%20BTC%20in%20the%20hack.']);
    const [first] = citeFigures({ annotation: annotation, spans: [], blocks: blocks, url: 'https://x.example/', pageText: page });
    expect(directive(first!.fragmentUrl)).toBe('text=Binance%20lost%207%2C000%20BTC%20in%20the%20hack.,-Police');
    expect(citeFigures({ annotation: { ...annotation, figures: [{ ...figure, text: '9 BTC' }] }, spans: [], blocks, url: 'https://x.example/', pageText: page })).toEqual([]);
  });

  it('works on what the engine finds in an article', () => {
    const text = 'Authorities in France have shut down a botnet that had infected more than 850,000 computers. The operators made millions of euros since 2016.';
    const { annotation, spans } = annotateBlocks([text], META, { today: new Date(Date.UTC(2024, 0, 2)) });
    const facts = citeFigures({ annotation: annotation, spans: spans, blocks: [text], url: META.url!, pageText: text });
    expect(facts.length).toBeGreaterThan(0);
    for (const fact of facts) {
      expect(fact.sentence).toContain(fact.claim);
      expect(text).toContain(fact.sentence);
      expect(fact.fragmentUrl).toMatch(/^https:\/\/news\.example\/retadup\?ref=rss#:~:text=[^#\s]+$/);
    }
  });
});

describe('fact output', () => {
  it('writes JSON with every field, in declaration order', () => {
    expect(factJson(FACTS[1]!)).toBe(`{
  "claim": "$4.5 million",
  "kind": "money",
  "value": 4500000,
  "unit": "USD",
  "entityType": null,
  "flags": [],
  "sentence": "The operators made $4.5 million, officials said.",
  "fragmentUrl": "https://news.example/retadup?ref=rss#:~:text=The%20operators%20made%20%244.5%20million%2C%20officials%20said.",
  "csl": {
    "type": "article-newspaper",
    "title": "Botnet \\"Retadup\\" dismantled, 850,000 PCs freed",
    "author": [
      {
        "family": "Doe",
        "given": "Jane"
      }
    ],
    "container-title": "Example News",
    "issued": {
      "date-parts": [
        [
          2019,
          8,
          28
        ]
      ]
    },
    "URL": "https://news.example/retadup?ref=rss",
    "language": "en",
    "accessed": {
      "date-parts": [
        [
          2024,
          1,
          2
        ]
      ]
    }
  }
}`);
  });

  it('writes one Markdown quote line linking to the sentence', () => {
    expect(sourceLabel(FACTS[0]!.csl)).toBe('Example News, 2019-08-28');
    expect(factMarkdown(FACTS[0]!, sourceLabel(FACTS[0]!.csl))).toBe(
      '> "French police said the botnet had infected 850,000 computers in 100 countries." — [Example News, 2019-08-28](https://news.example/retadup?ref=rss#:~:text=French%20police%20said,in%20100%20countries.) (850,000 computers)',
    );
    expect(factMarkdown(FACTS[2]!, '')).toBe(
      '> "In Aug. 2019, the U.S. Treasury said "the attack is over."" — [source](https://news.example/retadup?ref=rss#:~:text=In%20Aug.%202019%2C,attack%20is%20over.%22) (2019-08)',
    );
  });

  it('escapes Markdown in the sentence and citation, and parentheses in the URL', () => {
    const fact: CitedFact = {
      ...FACTS[1]!,
      sentence: 'The *crypto_jacking* [gang] made `$4.5 million` <b>.',
      fragmentUrl: 'https://x.example/a_(b)#:~:text=Losses%20(about%20%243.1',
      value: null,
    };
    expect(factMarkdown(fact, 'Doe, J. (2019). [Report]')).toBe(
      '> "The \\*crypto\\_jacking\\* \\[gang\\] made \\`$4.5 million\\` \\<b\\>." — [Doe, J. (2019). \\[Report\\]](https://x.example/a_%28b%29#:~:text=Losses%20%28about%20%243.1)',
    );
  });

  it('reads values as people do', () => {
    expect(FACTS.map(factValueText)).toEqual(['850,000 computers', '4,500,000 USD', '2019-08']);
    expect(factValueText({ ...FACTS[0]!, kind: 'percent', value: 12, unit: null })).toBe('12%');
    expect(factValueText({ ...FACTS[0]!, kind: 'duration', value: 2, unit: 'year' })).toBe('2 years');
    expect(factValueText({ ...FACTS[0]!, kind: 'crypto', value: 94.5, unit: 'BTC' })).toBe('94.5 BTC');
  });

  it('writes RFC 4180 CSV: header row, CRLF line ends, fields with commas or quotes quoted, quotes doubled', () => {
    const tail = '"Botnet ""Retadup"" dismantled, 850,000 PCs freed",Example News,2019-08-28,https://news.example/retadup?ref=rss\r\n';
    expect(factsCsv(FACTS, META)).toBe(
      'kind,text,value,unit,sentence,fragment_url,title,publisher,date,url\r\n' +
        'count,"850,000 computers",850000,computer,"French police said the botnet had infected 850,000 computers in 100 countries.",' +
        `"https://news.example/retadup?ref=rss#:~:text=French%20police%20said,in%20100%20countries.",${tail}` +
        'money,$4.5 million,4500000,USD,"The operators made $4.5 million, officials said.",' +
        `https://news.example/retadup?ref=rss#:~:text=The%20operators%20made%20%244.5%20million%2C%20officials%20said.,${tail}` +
        'date,Aug. 2019,2019-08,,"In Aug. 2019, the U.S. Treasury said ""the attack is over.""",' +
        `"https://news.example/retadup?ref=rss#:~:text=In%20Aug.%202019%2C,attack%20is%20over.%22",${tail}`,
    );
  });

  it('quotes CSV fields with line breaks and leaves missing metadata empty', () => {
    const fact: CitedFact = { ...FACTS[1]!, claim: 'line one\nline two', sentence: 'a\r\nb "c"' };
    const empty: ArticleMeta = { title: null, url: null, publisher: null, authors: [], publishedAt: null, language: null };
    expect(factsCsv([fact], empty).split('\r\n')).toEqual([
      'kind,text,value,unit,sentence,fragment_url,title,publisher,date,url',
      'money,"line one\nline two",4500000,USD,"a',
      'b ""c""",https://news.example/retadup?ref=rss#:~:text=The%20operators%20made%20%244.5%20million%2C%20officials%20said.,,,,',
      '',
    ]);
    expect(factsCsv([], empty)).toBe('kind,text,value,unit,sentence,fragment_url,title,publisher,date,url\r\n');
    expect([csvField('plain'), csvField('a,b'), csvField('say "hi"'), csvField('cr\r'), csvField('lf\n'), csvField(null), csvField(0.5)]).toEqual([
      'plain', '"a,b"', '"say ""hi"""', '"cr\r"', '"lf\n"', '', '0.5',
    ]);
  });
});
