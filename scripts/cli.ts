/**
 * npm run --silent annotate -- [--text] FILE...
 * Prints one annotation JSON per file (one per line) and nothing else on stdout; with --text,
 * one {"file", "text"} line per file instead, the article's body as Hashmark reads it
 * (blocks separated by a blank line).
 * Unreadable, empty or binary input: one line on stderr, exit status 2.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { parsePage } from './parse-page';
import { decodeHtmlBytes, decodeTextBytes } from '../lib/article/html-bytes';
import { annotateDocument, annotateText } from '../lib/annotate';
import { rankerFromIndex } from '../lib/incidents/rank';
import { loadIndex } from '../lib/incidents/load';
import { findArticleText } from '../lib/article/detect';
import { buildBlocks } from '../lib/article/blocks';
import { plainTextBlocks } from '../lib/article/plain-text';

class InputError extends Error {}

function readArticle(file: string): { kind: 'html' | 'text'; content: string } {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new InputError(`cannot read ${file}${code ? ` (${code})` : ''}`);
  }
  if (bytes.length === 0) throw new InputError(`${file} is empty`);
  const sample = bytes.subarray(0, 8192);
  const controls = sample.filter((b) => b === 0 || (b < 9) || (b > 13 && b < 32)).length;
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!utf16 && (sample.includes(0) || controls / sample.length > 0.05)) throw new InputError(`${file} looks binary, not an article`);
  const ext = extname(file).toLowerCase();
  const looksHtml = (s: string) => /^\s*(?:<!doctype html|<html|<head|<body|<article|<p[\s>])/i.test(s);
  const html = ext === '.html' || ext === '.htm' || (ext !== '.txt' && looksHtml(bytes.subarray(0, 1024).toString('latin1').replace(/^\u00ef\u00bb\u00bf/, '')));
  // as a browser reads bytes: BOM, then the page's declared charset, else windows-1252
  const content = html ? decodeHtmlBytes(bytes) : decodeTextBytes(bytes);
  if (!content.trim()) throw new InputError(`${file} has no text`);
  return { kind: html ? 'html' : 'text', content };
}

function articleBody(kind: 'html' | 'text', content: string): string {
  if (kind === 'text') return plainTextBlocks(content).join('\n\n');
  const doc = parsePage(content);
  const found = findArticleText(doc);
  return found ? buildBlocks(found.nodes, found.root).map((b) => b.text.trim()).join('\n\n') : '';
}

function main(args: string[]): number {
  const textOnly = args.includes('--text');
  const files = args.filter((a) => a !== '--text');
  if (!files.length) {
    process.stderr.write('usage: npm run --silent annotate -- FILE [FILE...]\n');
    return 2;
  }
  const rank = rankerFromIndex(loadIndex());
  let status = 0;
  for (const file of files) {
    try {
      const { kind, content } = readArticle(file);
      if (textOnly) {
        process.stdout.write(`${JSON.stringify({ file, text: articleBody(kind, content) })}\n`);
        continue;
      }
      const result =
        kind === 'html'
          ? annotateDocument(parsePage(content), null, { rank })
          : annotateText(content, { rank });
      process.stdout.write(`${JSON.stringify(result.annotation)}\n`);
    } catch (err) {
      const message = err instanceof InputError ? err.message : `cannot annotate ${file}: ${err instanceof Error ? err.message : String(err)}`;
      process.stderr.write(`hashmark: ${message}\n`);
      status = 2;
    }
  }
  return status;
}

process.exitCode = main(process.argv.slice(2));
