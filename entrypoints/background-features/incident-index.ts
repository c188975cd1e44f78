/** The options and lookup pages' questions about the incident index: its size and span, and a search. */
import { loadIndex } from '@/lib/incidents/load';
import { indexInfo, searchIndex } from '@/lib/incidents/knows';
import type { Feature } from './feature';

export function incidentIndex(): Feature {
  let lookup: ReturnType<typeof searchIndex> | null = null;
  return {
    handlers: {
      'ui:index-info': () => indexInfo(loadIndex()),
      'ui:lookup': ({ query }) => (lookup ??= searchIndex(loadIndex()))(String(query)),
    },
    cleanup: () => undefined,
  };
}
