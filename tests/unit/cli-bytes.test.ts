/** The CLI reads a page's bytes as a browser does, and prints the body with --text. */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { decodeHtmlBytes } from '@/lib/article/html-bytes';

const latin1 = (s: string) => Uint8Array.from([...s].map((c) => c.charCodeAt(0)));
const head = (charset: string) => `<!doctype html><html><head>${charset}<title>Caf\u00e9 cr\u00e8me \u2013 news</title></head><body><h1>Caf\u00e9 cr\u00e8me</h1></body></html>`;

describe('page bytes', () => {
  it('reads a declared windows-1252 / ISO-8859-1 page in that charset', () => {
    expect(decodeHtmlBytes(Buffer.from(head('<meta charset="windows-1252">').replace('\u2013', '\x96'), 'latin1'))).toContain('Café crème – news');
    expect(decodeHtmlBytes(latin1(head('<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-1">').replace('\u2013', '-')))).toContain('Café crème');
  });

  it('reads undeclared non-UTF-8 bytes as windows-1252', () => {
    expect(decodeHtmlBytes(latin1(head('').replace('\u2013', '-')))).toContain('Café crème');
  });

  it('honours a byte-order mark over the declaration', () => {
    const body = Buffer.from(head('<meta charset="windows-1252">'), 'utf8');
    expect(decodeHtmlBytes(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]))).toContain('Café crème – news');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(head(''), 'utf16le')]);
    expect(decodeHtmlBytes(utf16)).toContain('Café crème – news');
  });

  it('reads a declared Shift_JIS page', () => {
    const bytes = Buffer.concat([Buffer.from('<html><head><meta charset="shift_jis"></head><body>'), Buffer.from([0x93, 0xfa, 0x96, 0x7b]), Buffer.from('</body></html>')]);
    expect(decodeHtmlBytes(bytes)).toContain('日本');
  });
});

describe('annotate CLI on page bytes', () => {
  const dir = mkdtempSync(join(tmpdir(), 'hashmark-cli-bytes-'));
  const run = (...args: string[]) => spawnSync(process.execPath, ['scripts/run-snapshot.mjs', 'scripts/cli.ts', ...args], { encoding: 'utf8' });

  it('titles a windows-1252 page correctly and reads <time dateTime>', () => {
    const file = join(dir, 'latin.html');
    const html = head('<meta charset="iso-8859-1">').replace('\u2013', '-').replace('</h1>', '</h1><time dateTime="2019-05-08T10:00:00+02:00">8 May</time>');
    writeFileSync(file, Buffer.from(html, 'latin1'));
    const out = JSON.parse(run(file).stdout) as { article: { title: string; publishedAt: string } };
    expect(out.article.title).toBe('Café crème');
    expect(out.article.publishedAt).toBe('2019-05-08');
  }, 30_000);

  it('prints the body with --text: one {file, text} line per file, blocks separated by a blank line', () => {
    const r = run('--text', 'tests/pages/paywall-wrapped.html', 'tests/pages/caption-first.html');
    const lines = r.stdout.trimEnd().split('\n').map((l) => JSON.parse(l) as { file: string; text: string });
    expect(lines.map((l) => l.file)).toEqual(['tests/pages/paywall-wrapped.html', 'tests/pages/caption-first.html']);
    expect(lines[0]!.text.split('\n\n')).toContain('Exchange drained overnight');
    expect(lines[0]!.text).toMatch(/^Exchange drained overnight\n\nThe exchange said on Tuesday/);
  }, 30_000);
});
