/** Bundled into a Chromium page by cli-parity.test.ts: the engine's body detection on the browser's own DOM. */
import { buildBlocks } from '../../lib/article/blocks';
import { findArticleText } from '../../lib/article/detect';

export function articleBody(doc: Document): string {
  const found = findArticleText(doc);
  return found ? buildBlocks(found.nodes, found.root).map((b) => b.text.trim()).join('\n\n') : '';
}
