import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { largeArticleHtml } from '../fixtures/large-article';

/** the CLI as `npm run annotate` starts it */
const CLI = ['scripts/run-snapshot.mjs', 'scripts/cli.ts'];
const run = (...files: string[]) => spawnSync(process.execPath, [...CLI, ...files], { encoding: 'utf8' });
const scratch = mkdtempSync(join(tmpdir(), 'hashmark-cli-'));

describe('annotate CLI', () => {
  it('prints exactly one annotation JSON per file, one per line', () => {
    const out = execFileSync(process.execPath, [...CLI, 'tests/fixtures/articles/kucoin-2020.html', 'tests/fixtures/articles/seed-retadup.txt'], { encoding: 'utf8' });
    const lines = out.trimEnd().split('\n');
    expect(lines).toHaveLength(2);
    const [html, text] = lines.map((l) => JSON.parse(l) as { schema: string; article: { title: string | null }; entities: unknown[] });
    expect(html!.schema).toBe('hashmark/annotation@1');
    expect(html!.article.title).toMatch(/KuCoin/);
    expect(text!.article.title).toBeNull();
    expect(text!.entities.length).toBeGreaterThan(5);
  }, 30_000);

  it.each([
    ['a missing file', join(scratch, 'nope.html'), /cannot read/],
    ['an empty file', (() => { const f = join(scratch, 'empty.html'); writeFileSync(f, ''); return f; })(), /empty/],
    ['a binary file', (() => { const f = join(scratch, 'blob.html'); writeFileSync(f, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3, 0, 0])); return f; })(), /binary/],
  ])('rejects %s with one line on stderr and exit status 2', (_label, file, message) => {
    const r = run(file);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    const lines = r.stderr.split('\n').filter((l) => l && !/npm warn/i.test(l));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(message);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
  }, 30_000);

  it('annotates a 1 MB article (150,000 words) to the end', () => {
    const file = join(scratch, 'huge.html');
    writeFileSync(file, largeArticleHtml().html);
    const r = spawnSync(process.execPath, [...CLI, file], { encoding: 'utf8', maxBuffer: 64 << 20 });
    expect(r.status).toBe(0);
    const annotation = JSON.parse(r.stdout) as { entities: { name: string; mentions: number }[]; figures: unknown[] };
    expect(annotation.entities.find((e) => e.name === 'Lazarus Group')!.mentions).toBeGreaterThanOrEqual(100);
    expect(annotation.figures.length).toBeGreaterThan(50);
  }, 120_000);
});
