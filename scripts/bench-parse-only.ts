/**
 * The bench's baseline for the CLI (issue 14): the CLI's own reading and parsing of each file (its byte
 * decoding, then parse5 and linkedom) and nothing else, started the way the CLI is.
 */
import { readArticle } from './read-article';
import { runMain } from './script-main';

runMain(async (files) => {
  const { parsePage } = await import('./parse-page');
  for (const file of files) {
    const { kind, content } = readArticle(file);
    if (kind === 'html') parsePage(content);
  }
  return 0;
});
