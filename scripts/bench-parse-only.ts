/**
 * The bench's baseline for the CLI (issue 14): the CLI's own reading and parsing of each file (its byte
 * decoding, then parse5 and linkedom) and nothing else, started the way the CLI is.
 */
import { parsePage } from './parse-page';
import { readArticle } from './read-article';

for (const file of process.argv.slice(2)) {
  const { kind, content } = readArticle(file);
  if (kind === 'html') parsePage(content);
}
