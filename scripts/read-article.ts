/**
 * A file as the CLI reads it: refused when unreadable, empty or binary; told apart as HTML or plain
 * text; its bytes decoded as a browser would.
 */
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { decodeHtmlBytes, decodeTextBytes } from '../lib/article/html-bytes';

/** What is wrong with a file, in words for the reader. */
export class InputError extends Error {}

export function readArticle(file: string): { kind: 'html' | 'text'; content: string } {
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
