/**
 * A plain-text article (a copy-paste or a .txt file): one block per non-empty line,
 * cut where page chrome copied along with it begins ("Previous article", "Comments", …).
 */
const CHROME_LINE = /^(?:previous|next) (?:article|post|story)$|^you (?:may|might) also like$|^related(?: (?:articles|stories|posts))?$|^(?:leave a )?comments?(?: are closed\.?)?$|^share(?: this(?: article)?)?:?$|^advertisement$|^read more:?$|^more from\b|^subscribe\b|^sign up\b/i;

export function plainTextBlocks(text: string): string[] {
  const lines = text.split(/\r?\n/).map((l) => l.trim());
  let end = lines.length;
  for (let i = 0; i < lines.length; i++) {
    if (!CHROME_LINE.test(lines[i]!)) continue;
    end = i;
    // The headline of the neighbouring story usually sits just above its "Previous article" label.
    let j = i - 1;
    while (j >= 0 && !lines[j]) j--;
    if (j >= 0 && !/[.!?:"”]$/.test(lines[j]!)) end = j;
    break;
  }
  return lines.slice(0, end).filter(Boolean);
}
