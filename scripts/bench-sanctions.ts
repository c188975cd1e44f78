/**
 * Sanctions screening speed and size, each beside a baseline measured in the same run (these machines
 * are noisy): screening one address beside extracting it from a sentence, and the gzip size the
 * screening module and its data add to a bundle. `benchSanctions()` returns rows in scripts/bench.ts's
 * table form (label, size, value, baseline, ratio, note); run this file alone to print them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { build, type Rolldown } from 'vite';
import { findAddresses } from '../lib/extract/addresses';
import { addressGroups, sanctionedAddresses, sanctionedEntities } from '../lib/sanctions/data';
import { createScreener } from '../lib/sanctions/screen';
import { generatedAddresses } from '../tests/unit/generated-addresses';

const ADDRESS_BUDGET_MS = 0.05;
const SIZE_BUDGET_KB = 60;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)]!;
}

/** Median over runs (after one warm-up) of the time per item of fn over all items. */
function perItem<T>(items: readonly T[], fn: (item: T) => unknown, runs = 15): number {
  const pass = () => {
    const t = performance.now();
    for (const item of items) fn(item);
    return (performance.now() - t) / items.length;
  };
  pass();
  return median(Array.from({ length: runs }, pass));
}

/** The screening module with its data, bundled and minified as the background would get it. */
async function screeningBundleGzip(): Promise<number> {
  const entry = fileURLToPath(new URL('../lib/sanctions/screen.ts', import.meta.url));
  const out = (await build({
    configFile: false,
    logLevel: 'silent',
    build: { write: false, minify: true, lib: { entry, formats: ['es'], fileName: 'screen' } },
  })) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
  const chunks = (Array.isArray(out) ? out : [out]).flatMap((o) => o.output);
  return chunks.reduce((n, c) => n + gzipSync(c.type === 'chunk' ? c.code : c.source).length, 0);
}

const ms = (n: number) => `${n.toFixed(4)} ms`;
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

export async function benchSanctions(): Promise<string[][]> {
  const listed = sanctionedAddresses().map((r) => r.address);
  const unlisted = generatedAddresses(2000).map((g) => g.text);
  const addresses = [...listed, ...unlisted];
  const sentences = addresses.map((a) => `The funds went to ${a} on Tuesday, investigators said.`);
  const rows: string[][] = [];

  // The first call builds the lookup maps; a fresh screener measures that once-per-process cost.
  const fresh = createScreener(sanctionedEntities(), addressGroups());
  const t = performance.now();
  fresh.flagsForAddress(listed[0]!);
  const indexMs = performance.now() - t;

  const screen = perItem(addresses, (a) => fresh.flagsForAddress(a));
  const extract = perItem(sentences, (s) => findAddresses(s), 5);
  rows.push([
    'sanctions: screen one address (median)', `${addresses.length} addresses (${listed.length} listed)`, ms(screen),
    `extracting it from a sentence ${ms(extract)}`, `${(screen / extract).toFixed(3)}×`,
    `budget ${ADDRESS_BUDGET_MS} ms: ${screen <= ADDRESS_BUDGET_MS ? 'met' : 'MISSED'}; maps built once in ${indexMs.toFixed(1)} ms`,
  ]);

  const names = [...sanctionedEntities().map((e) => e.name), ...'Coinbase Kraken Binance Roman Tornado Gemini Europol Chainalysis'.split(' ')];
  const nameMs = perItem(names, (n) => fresh.flagsForName(n));
  rows.push(['sanctions: screen one name (median)', `${names.length} names`, ms(nameMs), `screen one address ${ms(screen)}`, `${(nameMs / screen).toFixed(2)}×`, '']);

  const added = await screeningBundleGzip();
  const background = '.output/chrome-mv3-e2e/background.js';
  const base = existsSync(background) ? `background bundle today ${kb(gzipSync(readFileSync(background)).length)}` : 'no e2e build to compare';
  rows.push([
    'sanctions: screening module + data (gzip)', '', kb(added), base, `${((added / (SIZE_BUDGET_KB * 1024)) * 100).toFixed(0)}% of ${SIZE_BUDGET_KB} KB`,
    added <= SIZE_BUDGET_KB * 1024 ? 'budget met' : 'BUDGET MISSED',
  ]);
  return rows;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await benchSanctions();
  const widths = rows[0]!.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length)));
  console.log(rows.map((r) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ')).join('\n'));
}
