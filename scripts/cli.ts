/**
 * npm run --silent annotate -- [--text] FILE...
 * Prints one annotation JSON per file (one per line) and nothing else on stdout; with --text,
 * one {"file", "text"} line per file instead, the article's body as Hashmark reads it
 * (blocks separated by a blank line).
 * Unreadable, empty or binary input: one line on stderr, exit status 2.
 */
import { parsePage } from './parse-page';
import { InputError, readArticle } from './read-article';
import { annotateDocument, annotateText } from '../lib/annotate';
import { rankerFromIndex } from '../lib/incidents/rank';
import { loadIndex } from '../lib/incidents/load';
import { findArticleText } from '../lib/article/detect';
import { buildBlocks } from '../lib/article/blocks';
import { plainTextBlocks } from '../lib/article/plain-text';

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
