/**
 * A plain-text article (a copy-paste, a .txt file, a text/plain page): one block per
 * non-empty line, cut where page chrome copied along with it begins ("Previous article", …).
 */
import type { TextBlock } from './blocks';
import type { ArticleMeta } from '../schema';
import { isoDate } from './iso-date';

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

/**
 * The head of a plain-text article: a headline line (no closing full stop), then
 * optionally "By …" and a date line. Returns what it found and how many lines it used.
 */
export function plainTextHead(text: string): { meta: Pick<ArticleMeta, 'title' | 'authors' | 'publishedAt'>; lines: number } {
  const lines = plainTextLines(text).slice(0, 4).map((l) => text.slice(l.start, l.end));
  const meta: Pick<ArticleMeta, 'title' | 'authors' | 'publishedAt'> = { title: null, authors: [], publishedAt: null };
  let used = 0;
  const first = lines[0];
  if (first && first.length <= 160 && !/[.!?:;,"”]$/.test(first) && first.split(' ').length >= 3 && lines.length > 1) {
    meta.title = first;
    used = 1;
  }
  for (let i = used; i < Math.min(lines.length, used + 2); i++) {
    const line = lines[i]!;
    const byline = /^by\s+(.{3,80})$/i.exec(line);
    const date = line.length <= 40 ? isoDate(line) : null;
    if (byline && !meta.authors.length) meta.authors = byline[1]!.split(/\s*(?:,|\band\b|&)\s*/).filter(Boolean);
    else if (date && !meta.publishedAt) meta.publishedAt = date;
    else break;
    used = i + 1;
  }
  return { meta, lines: used };
}

export function plainTextBlocks(text: string): string[] {
  return plainTextLines(text)
    .slice(plainTextHead(text).lines)
    .map((l) => text.slice(l.start, l.end));
}

/** Blocks of a text/plain page, whose whole text is one node: each line maps into it by offset. */
export function plainTextNodeBlocks(node: Text): TextBlock[] {
  return plainTextLines(node.data)
    .slice(plainTextHead(node.data).lines)
    .map((l) => ({ text: node.data.slice(l.start, l.end), segments: [{ node, start: -l.start }] }));
}
