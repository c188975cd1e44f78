/** Hover cards: what a highlight in the sender's page means. */
import { cardInfo } from '@/lib/cards';
import { loadIndex } from '@/lib/incidents/load';
import { isFigureKind, isSpanType } from '@/lib/kinds';
import { caseFileUrl, otherArticlesLine } from '@/lib/casefile';
import type { BackgroundContext, Feature } from './feature';

export function cards({ tabs, caseFile }: BackgroundContext): Feature {
  return {
    handlers: {
      'cs:card': async ({ type, ref }, sender) => {
        const source = sender.tab?.id === undefined ? undefined : tabs.source(sender.tab.id);
        if (!source || !isSpanType(type)) return null;
        const info = cardInfo(source.annotation, type, Number(ref), loadIndex());
        if (!info || isFigureKind(type)) return info;
        // names and addresses: how many other articles of the case file give them
        const others = await caseFile.countArticlesMentioning(info.text, source.url ? caseFileUrl(source.url) : undefined).catch(() => 0);
        const line = otherArticlesLine(others);
        return line ? { ...info, caseFile: { line, search: info.text } } : info;
      },
    },
    cleanup: () => undefined,
  };
}
