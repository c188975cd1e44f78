/** Hover cards: what a highlight in the sender's page means. */
import { cardInfo } from '@/lib/cards';
import { loadIndex } from '@/lib/incidents/load';
import { isSpanType } from '@/lib/kinds';
import type { BackgroundContext, Feature } from './feature';

export function cards({ tabs }: BackgroundContext): Feature {
  return {
    handlers: {
      'cs:card': ({ type, ref }, sender) => {
        const source = sender.tab?.id === undefined ? undefined : tabs.source(sender.tab.id);
        if (!source || !isSpanType(type)) return null;
        return cardInfo(source.annotation, type, Number(ref), loadIndex());
      },
    },
    cleanup: () => undefined,
  };
}
