/**
 * The case file at scale: a generated case file of 5,000 made-up articles in IndexedDB (fake-indexeddb
 * in Node, an in-memory implementation of the same API), each measurement beside a baseline taken in
 * the same run. `npm run bench` prints the rows; run alone: `npx tsx scripts/bench-casefile.ts`.
 * Targets (issue 17): first rows ≤ 400 ms, a search ≤ 50 ms, recording one article ≤ 10 ms.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { CaseFile } from '../lib/casefile/store';
import { buildRecord } from '../lib/casefile/record';
import type { ArticleInput } from '../lib/casefile/types';
import { generatedArticle, sampleInput } from '../tests/fixtures/casefile-articles';

const median = (xs: number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
const ms = (n: number) => `${n.toFixed(2)} ms`;
const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
const budget = (value: number, limit: number) => `target ≤ ${limit} ms: ${value <= limit ? 'met' : 'MISSED'}`;

async function timed<T>(fn: () => Promise<T> | T): Promise<[number, T]> {
  const start = performance.now();
  const out = await fn();
  return [performance.now() - start, out];
}

/** Median over runs (after one warm-up) of an async function. */
async function medianOf(runs: number, fn: (i: number) => Promise<unknown> | unknown): Promise<number> {
  await fn(-1);
  const times: number[] = [];
  for (let i = 0; i < runs; i++) times.push((await timed(() => fn(i)))[0]);
  return median(times);
}

/** Rows of [what, size, measured, baseline, ratio, note], like scripts/bench.ts prints. */
export async function benchCaseFile(count = 5000): Promise<string[][]> {
  const rows: string[][] = [];
  const factory = new IDBFactory();
  const dexie = { indexedDB: factory, IDBKeyRange };
  const inputs: ArticleInput[] = Array.from({ length: count }, (_, i) => sampleInput(generatedArticle(i)));

  // seed through the public API, then measure as the page would: a fresh connection, cold
  const seeding = new CaseFile({ dexie });
  const [seedMs] = await timed(async () => {
    for (const input of inputs) await seeding.recordArticle(input);
  });
  seeding.close();
  const size = `${count.toLocaleString('en-US')} articles`;
  rows.push(['case file: seeding (recordArticle each)', size, ms(seedMs), '', '', `${(seedMs / count).toFixed(2)} ms/article`]);

  // the same data as a plain array in memory: every baseline scans it
  const plain = inputs.map((input) => buildRecord(input));

  const page = new CaseFile({ dexie });
  const [firstRows, firstPage] = await timed(() => page.list({ limit: 50 }));
  const [scanRows] = await timed(() => [...plain].sort((a, b) => b.article.readAt.localeCompare(a.article.readAt)).slice(0, 50));
  rows.push(['case file: first rows (50, newest read, cold)', size, ms(firstRows), `array sort + slice ${ms(scanRows)}`, ratio(firstRows, scanRows), `${firstPage.rows.length} of ${firstPage.total}; ${budget(firstRows, 400)}`]);

  const filter = { crimeType: 'ransomware' as const, sort: 'publishedAt' as const };
  const filtered = await medianOf(5, () => page.list(filter));
  const filteredScan = await medianOf(5, () => plain.filter((p) => p.article.crimeTypes.includes('ransomware')).sort((a, b) => String(b.article.publishedAt).localeCompare(String(a.article.publishedAt))).slice(0, 50));
  rows.push(['case file: filtered + sorted rows (median)', size, ms(filtered), `array filter + sort ${ms(filteredScan)}`, ratio(filtered, filteredScan), budget(filtered, 400)]);

  const [buildMs] = await timed(() => page.searchUrls('laundering'));
  rows.push(['case file: search index build (first search)', size, ms(buildMs), '', '', 'once per page load: the research page starts it after its first rows']);
  const queries = ['quinn', 'lumen exchange', 'grey heron', 'seized warrant', 'custody breach'];
  const search = await medianOf(queries.length, (i) => page.searchUrls(queries[Math.max(0, i)]!));
  const searchScan = await medianOf(queries.length, (i) => {
    const words = queries[Math.max(0, i)]!.split(' ');
    return plain.filter((p) => words.every((w) => (p.article.title + (p.text ?? '')).toLowerCase().includes(w)));
  });
  rows.push(['case file: search (median of 5 queries)', size, ms(search), `substring scan ${ms(searchScan)}`, ratio(search, searchScan), budget(search, 50)]);

  const sameBefore = await medianOf(5, () => page.searchUrls('quinn'));
  const extra = Array.from({ length: 21 }, (_, i) => sampleInput(generatedArticle(count + i)));
  const record = await medianOf(20, (i) => page.recordArticle(extra[i + 1]!));
  const build = await medianOf(20, (i) => buildRecord(extra[i + 1]!));
  rows.push(['case file: recording one article (median)', size, ms(record), `building the record only ${ms(build)}`, ratio(record, build), budget(record, 10)]);

  const searchAfter = await medianOf(5, () => page.searchUrls('quinn'));
  rows.push(['case file: search after recording (catches up)', size, ms(searchAfter), `the same query before ${ms(sameBefore)}`, ratio(searchAfter, sameBefore), '']);

  const bytes = (x: unknown) => new TextEncoder().encode(typeof x === 'string' ? x : JSON.stringify(x)).length;
  const articleBytes = median(plain.map((p) => bytes(p.article)));
  const textBytes = median(plain.map((p) => bytes(p.text ?? '')));
  rows.push(['case file: bytes stored per article (median, as JSON)', size, `${articleBytes + textBytes} B`, `its text alone ${textBytes} B`, ratio(articleBytes + textBytes, textBytes), `record ${articleBytes} B + text ${textBytes} B; IndexedDB adds its own overhead`]);
  page.close();
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await benchCaseFile(Number(process.argv[2] ?? 5000));
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  console.log(rows.map((r) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ')).join('\n'));
}
