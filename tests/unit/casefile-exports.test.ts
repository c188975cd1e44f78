import { describe, expect, it } from 'vitest';
import { buildRecord } from '../../lib/casefile/record';
import { articlesCsv, bibliography, caseFactsCsv, caseMemo, type ArticleWithText } from '../../lib/casefile/exports';
import { THREE_ARTICLES, sampleInput } from '../fixtures/casefile-articles';

function threeItems(): ArticleWithText[] {
  const items = THREE_ARTICLES.map((a) => {
    const { article, text } = buildRecord(sampleInput(a), 1);
    return { article, text: text ?? undefined };
  });
  items[0]!.article.tags = ['bridge', '=cmd'];
  items[1]!.article.note = 'Loss "revised", upward.';
  return items;
}
const articles = () => threeItems().map((i) => i.article);

describe('bibliography', () => {
  it('APA: one reference per article, sorted as a reference list is', () => {
    expect(bibliography(articles(), 'apa')).toBe([
    "Doe, J. (2025, March 2). Harbor Bridge drained of $600 million in exploit. Example News. https://news.example.com/2025/03/harbor-bridge-exploit",
    "",
    "Mara Quinn testifies on ransomware payments. (2025, June 10). Example Wire. https://wire.example.net/quinn-testifies",
    "",
    "Roe, J., & Lima, A. (2025, March 5). Harbor Bridge loss revised to $625 million. Example Daily. https://daily.example.org/harbor-loss-revised",
    "",
  ].join("\n"));
  });
  it('MLA', () => {
    expect(bibliography(articles(), 'mla')).toBe([
    "“Mara Quinn Testifies on Ransomware Payments.” Example Wire, 10 June 2025, https://wire.example.net/quinn-testifies.",
    "",
    "Doe, Jane. “Harbor Bridge Drained of $600 Million in Exploit.” Example News, 2 Mar. 2025, https://news.example.com/2025/03/harbor-bridge-exploit.",
    "",
    "Roe, John, and Ana Lima. “Harbor Bridge Loss Revised to $625 Million.” Example Daily, 5 Mar. 2025, https://daily.example.org/harbor-loss-revised.",
    "",
  ].join("\n"));
  });
  it('BibTeX, with keys kept unique', () => {
    expect(bibliography(articles(), 'bibtex')).toBe([
    "@article{Doe2025Harbor,",
    "\tauthor = {Doe, Jane},",
    "\ttitle = {Harbor {Bridge} drained of \\$600 million in exploit},",
    "\tjournal = {Example News},",
    "\tyear = {2025},",
    "\tmonth = mar,",
    "\turl = {https://news.example.com/2025/03/harbor-bridge-exploit},",
    "\tnote = {[Online; accessed 2026-01-03]},",
    "}",
    "",
    "@article{Roe2025Harbor,",
    "\tauthor = {Roe, John and Lima, Ana},",
    "\ttitle = {Harbor {Bridge} loss revised to \\$625 million},",
    "\tjournal = {Example Daily},",
    "\tyear = {2025},",
    "\tmonth = mar,",
    "\turl = {https://daily.example.org/harbor-loss-revised},",
    "\tnote = {[Online; accessed 2026-01-04]},",
    "}",
    "",
    "@article{2025Mara,",
    "\ttitle = {Mara {Quinn} testifies on ransomware payments},",
    "\tjournal = {Example Wire},",
    "\tyear = {2025},",
    "\tmonth = jun,",
    "\turl = {https://wire.example.net/quinn-testifies},",
    "\tnote = {[Online; accessed 2026-01-05]},",
    "}",
    "",
  ].join("\n"));
    const twice = articles().slice(0, 1);
    twice.push({ ...twice[0]!, csl: { ...twice[0]!.csl, URL: 'https://news.example.com/other' } });
    expect(bibliography(twice, 'bibtex').match(/^@article\{[^,]+,/gm)).toEqual(['@article{Doe2025Harbor,', '@article{Doe2025Harbora,']);
  });
  it('RIS', () => {
    expect(bibliography(articles(), 'ris')).toBe([
    "TY  - NEWS",
    "AU  - Doe, Jane",
    "TI  - Harbor Bridge drained of $600 million in exploit",
    "T2  - Example News",
    "PY  - 2025",
    "DA  - 2025/03/02/",
    "UR  - https://news.example.com/2025/03/harbor-bridge-exploit",
    "Y2  - 2026/01/03/",
    "LA  - en",
    "ER  - ",
    "",
    "TY  - NEWS",
    "AU  - Roe, John",
    "AU  - Lima, Ana",
    "TI  - Harbor Bridge loss revised to $625 million",
    "T2  - Example Daily",
    "PY  - 2025",
    "DA  - 2025/03/05/",
    "UR  - https://daily.example.org/harbor-loss-revised",
    "Y2  - 2026/01/04/",
    "LA  - en",
    "ER  - ",
    "",
    "TY  - NEWS",
    "TI  - Mara Quinn testifies on ransomware payments",
    "T2  - Example Wire",
    "PY  - 2025",
    "DA  - 2025/06/10/",
    "UR  - https://wire.example.net/quinn-testifies",
    "Y2  - 2026/01/05/",
    "LA  - en",
    "ER  - ",
    "",
  ].join("\n"));
  });
  it('CSL-JSON: every item with its URL as id', () => {
    const items = JSON.parse(bibliography(articles(), 'csl-json')) as { id: string; type: string; title: string }[];
    expect(items.map((i) => [i.id, i.type, i.title])).toEqual(THREE_ARTICLES.map((a) => [a.url, 'article-newspaper', a.title]));
  });
  it('Markdown links', () => {
    expect(bibliography(articles(), 'markdown')).toBe([
    "- [Harbor Bridge drained of $600 million in exploit](https://news.example.com/2025/03/harbor-bridge-exploit) — Example News, 2025-03-02",
    "- [Harbor Bridge loss revised to $625 million](https://daily.example.org/harbor-loss-revised) — Example Daily, 2025-03-05",
    "- [Mara Quinn testifies on ransomware payments](https://wire.example.net/quinn-testifies) — Example Wire, 2025-06-10",
    "",
  ].join("\n"));
  });
});

describe('CSV', () => {
  it('facts: one header, one row per fact, with its sentence and a link to it', () => {
    expect(caseFactsCsv(threeItems())).toBe([
    "kind,text,value,unit,sentence,fragment_url,title,publisher,date,url",
    "money,$600 million,600000000,USD,Attackers drained $600 million from the Harbor Bridge on Saturday.,https://news.example.com/2025/03/harbor-bridge-exploit#:~:text=Attackers%20drained%20%24600%20million%20from%20the%20Harbor%20Bridge%20on%20Saturday.,Harbor Bridge drained of $600 million in exploit,Example News,2025-03-02,https://news.example.com/2025/03/harbor-bridge-exploit",
    "money,$625 million,625000000,USD,\"The Harbor Bridge now puts its loss at $625 million, up from earlier estimates.\",\"https://daily.example.org/harbor-loss-revised#:~:text=The%20Harbor%20Bridge,from%20earlier%20estimates.\",Harbor Bridge loss revised to $625 million,Example Daily,2025-03-05,https://daily.example.org/harbor-loss-revised",
    "crypto,120 BTC,120,BTC,Mara Quinn told the committee that victims paid 120 BTC in ransom.,\"https://wire.example.net/quinn-testifies#:~:text=Mara%20Quinn%20told,BTC%20in%20ransom.\",Mara Quinn testifies on ransomware payments,Example Wire,2025-06-10,https://wire.example.net/quinn-testifies",
    "",
  ].join("\r\n"));
  });
  it('articles', () => {
    expect(articlesCsv(articles())).toBe([
    "date,title,publisher,authors,url,read_at,incident,crime_types,amount,tags,note,text_sha256",
    "2025-03-02,Harbor Bridge drained of $600 million in exploit,Example News,Jane Doe,https://news.example.com/2025/03/harbor-bridge-exploit,2026-01-03T09:00:00.000Z,Harbor Bridge exploit,defi-exploit,$600m,bridge; =cmd,,3148020cfd7230dcfba747a91e5cc06bf5659536cc4e216da94394b6ecc402dd",
    "2025-03-05,Harbor Bridge loss revised to $625 million,Example Daily,John Roe; Ana Lima,https://daily.example.org/harbor-loss-revised,2026-01-04T09:00:00.000Z,Harbor Bridge exploit,defi-exploit,$625m,,\"Loss \"\"revised\"\", upward.\",94999229a0f2ca9e1492cbaadc812b9e814aa53aafb2315d5d192b5f6490d8ba",
    "2025-06-10,Mara Quinn testifies on ransomware payments,Example Wire,,https://wire.example.net/quinn-testifies,2026-01-05T09:00:00.000Z,,ransomware,120 BTC,,,5f6cce0e542d627365b32d1165d03fc99a5bec388b299596a44b601d8952cb6d",
    "",
  ].join("\r\n"));
  });
  it('never lets a spreadsheet run a cell as a formula, and quotes what needs quoting', () => {
    const [a] = articles();
    const hostile = { ...a!, title: '=HYPERLINK("https://evil.example.com","x")', publisher: '+Cmd', note: '-1\r\n@SUM', tags: ['@a', 'b,c'] };
    const csv = articlesCsv([hostile]);
    const row = csv.slice(csv.indexOf('\r\n') + 2);
    expect(row).toBe(
      `2025-03-02,"'=HYPERLINK(""https://evil.example.com"",""x"")",'+Cmd,Jane Doe,${a!.url},2026-01-03T09:00:00.000Z,Harbor Bridge exploit,defi-exploit,$600m,"'@a; b,c","'-1\r\n@SUM",${a!.textHash}\r\n`,
    );
  });
});

describe('case memo', () => {
  it('articles by incident with the amounts they gave, their cited facts, then the timeline', () => {
    expect(caseMemo(threeItems(), new Date('2026-01-06T00:00:00Z'))).toBe([
    "# Case file",
    "",
    "3 articles, written 2026-01-06.",
    "",
    "## Harbor Bridge exploit (2025-03-01)",
    "",
    "Amounts given: $600m in 1 article, $625m in 1",
    "",
    "### [Harbor Bridge drained of $600 million in exploit](https://news.example.com/2025/03/harbor-bridge-exploit) — Example News, 2025-03-02",
    "",
    "Crime types: defi-exploit",
    "",
    "Tags: bridge, =cmd",
    "",
    "> \"Attackers drained $600 million from the Harbor Bridge on Saturday.\" — [Example News, 2025-03-02](https://news.example.com/2025/03/harbor-bridge-exploit#:~:text=Attackers%20drained%20%24600%20million%20from%20the%20Harbor%20Bridge%20on%20Saturday.) (600,000,000 USD)",
    "",
    "### [Harbor Bridge loss revised to $625 million](https://daily.example.org/harbor-loss-revised) — Example Daily, 2025-03-05",
    "",
    "Crime types: defi-exploit",
    "",
    "Note: Loss \"revised\", upward.",
    "",
    "> \"The Harbor Bridge now puts its loss at $625 million, up from earlier estimates.\" — [Example Daily, 2025-03-05](https://daily.example.org/harbor-loss-revised#:~:text=The%20Harbor%20Bridge,from%20earlier%20estimates.) (625,000,000 USD)",
    "",
    "## Articles about no indexed incident",
    "",
    "### [Mara Quinn testifies on ransomware payments](https://wire.example.net/quinn-testifies) — Example Wire, 2025-06-10",
    "",
    "Crime types: ransomware",
    "",
    "> \"Mara Quinn told the committee that victims paid 120 BTC in ransom.\" — [Example Wire, 2025-06-10](https://wire.example.net/quinn-testifies#:~:text=Mara%20Quinn%20told,BTC%20in%20ransom.) (120 BTC)",
    "",
    "## Timeline",
    "",
    "- 2025-03-01 — incident: Harbor Bridge exploit",
    "- 2025-03-02 — Harbor Bridge drained of $600 million in exploit",
    "- 2025-03-05 — Harbor Bridge loss revised to $625 million",
    "- 2025-06-10 — Mara Quinn testifies on ransomware payments",
    "",
  ].join("\n"));
  });
});
