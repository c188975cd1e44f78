/**
 * A plain-text article (a copy-paste, a .txt file, a text/plain page): one block per
 * non-empty line, cut where page chrome copied along with it begins ("Previous article", …).
 */
import type { TextBlock } from './blocks';

const CHROME_LINE = /^(?:previous|next) (?:article|post|story)$|^you (?:may|might) also like$|^related(?: (?:articles|stories|posts))?$|^(?:leave a )?comments?(?: are closed\.?)?$|^share(?: this(?: article)?)?:?$|^advertisement$|^read more:?$|^more from\b|^subscribe\b|^sign up\b/i;

interface Line { start: number; end: number }

/** The article's lines as offsets into `text`, trimmed, without the trailing chrome. */
export function plainTextLines(text: string): Line[] {
  const lines: Line[] = [];
  for (const m of text.matchAll(/[^\r\n]+/g)) {
    const lead = m[0].length - m[0].trimStart().length;
    const body = m[0].trim();
    if (body) lines.push({ start: m.index + lead, end: m.index + lead + body.length });
  }
  const at = (l: Line) => text.slice(l.start, l.end);
  const chrome = lines.findIndex((l) => CHROME_LINE.test(at(l)));
  if (chrome < 0) return lines;
  // The headline of the neighbouring story usually sits just above its "Previous article" label.
  const before = lines[chrome - 1];
  const end = before && !/[.!?:"”]$/.test(at(before)) ? chrome - 1 : chrome;
  return lines.slice(0, end);
}

export function plainTextBlocks(text: string): string[] {
  return plainTextLines(text).map((l) => text.slice(l.start, l.end));
}

/** Blocks of a text/plain page, whose whole text is one node: each line maps into it by offset. */
export function plainTextNodeBlocks(node: Text): TextBlock[] {
  return plainTextLines(node.data).map((l) => ({ text: node.data.slice(l.start, l.end), segments: [{ node, start: -l.start }] }));
}
