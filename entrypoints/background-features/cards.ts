/** Hover cards: what a highlight in the sender's page means. */
import { cardInfo } from '@/lib/cards';
import { loadIndex } from '@/lib/incidents/load';
import { isSpanType } from '@/lib/kinds';
import type { BackgroundContext, Feature } from './feature';

export function cards({ tabs }: BackgroundContext): Feature {
  return {
    handlers: {
      'cs:card': ({ type, ref }, sender) => {
        const state = sender.tab?.id === undefined ? undefined : tabs.get(sender.tab.id);
        if (state?.status !== 'ready' || !isSpanType(type)) return null;
        return cardInfo(state.annotation, type, Number(ref), loadIndex());
      },
    },
    cleanup: () => undefined,
  };
}
