/**
 * npm run --silent annotate -- [--text] FILE...
 * Prints one annotation JSON per file (one per line) and nothing else on stdout; with --text,
 * one {"file", "text"} line per file instead, the article's body as Hashmark reads it
 * (blocks separated by a blank line).
 * Unreadable, empty or binary input: one line on stderr, exit status 2.
 */
import { InputError, readArticle } from './read-article';
import { annotateDocument, annotateText, articleTexts } from '../lib/annotate-page';
import { rankerFromIndex } from '../lib/incidents/rank';
import { loadIndex } from '../lib/incidents/load';
import { plainTextBlocks } from '../lib/article/plain-text';
import { dayInText } from '../lib/article/date-text';
import type { IncidentRanker } from '../lib/incidents/ranker-types';
import { runMain } from './script-main';

/** the DOM's parser, loaded at each start: linkedom holds a native handle that a start-up snapshot cannot keep */
type ParsePage = (html: string) => Document;

/**
 * The engine made ready before the first file: every index it builds on first use, built here once (into
 * the start-up snapshot, when run by `npm run annotate`) by annotating a short text of no consequence.
 */
function readyEngine(): IncidentRanker {
  const rank = rankerFromIndex(loadIndex());
  annotateText('On 2 March 2021 the police said two men stole $4 million in bitcoin (BTC) from an exchange.', { rank });
  dayInText('2 March 2021'); // a page's dates are read with month names of many locales, indexed on first use
  return rank;
}

function articleBody(kind: 'html' | 'text', content: string, parsePage: ParsePage): string {
  if (kind === 'text') return plainTextBlocks(content).join('\n\n');
  return articleTexts(parsePage(content)).map((t) => t.trim()).join('\n\n');
}

function annotateFiles(args: string[], rank: IncidentRanker, parsePage: ParsePage): number {
  const textOnly = args.includes('--text');
  const files = args.filter((a) => a !== '--text');
  if (!files.length) {
    process.stderr.write('usage: npm run --silent annotate -- FILE [FILE...]\n');
    return 2;
  }
  let status = 0;
  for (const file of files) {
    try {
      const { kind, content } = readArticle(file);
      if (textOnly) {
        process.stdout.write(`${JSON.stringify({ file, text: articleBody(kind, content, parsePage) })}\n`);
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

const rank = readyEngine();
runMain(async (args) => annotateFiles(args, rank, (await import('./parse-page')).parsePage));
