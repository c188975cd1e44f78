/**
 * Citing facts, one path for the card and the popup: a fact is found by its reference in the tab's
 * annotation, its sentence in the blocks kept for that tab (the page's text, for unique links, is asked
 * of the page once), and it is written in the reader's style.
 * The citation formatter (citation-js) loads only when a fact is first cited.
 */
import { citeFact, citeFigures, factJson, factMarkdown, factsCsv } from '@/lib/citation/fact';
import { isSpanType } from '@/lib/kinds';
import type { CslItem } from '@/lib/schema';
import { citationFormat } from '@/utils/settings';
import { toTab } from './inject';
import { tabOf, type BackgroundContext, type Feature } from './feature';

async function citationText(csl: CslItem): Promise<string> {
  const { formatCitation } = await import('@/lib/citation/formats');
  return formatCitation(csl, await citationFormat.getValue());
}

const pageTextOf = (tabId: number) => () => toTab(tabId)('bg:page-text', {});

export function cite({ tabs }: BackgroundContext): Feature {
  return {
    handlers: {
      'ui:cite-fact': async ({ tabId, target, as }, sender) => {
        const tab = tabOf(tabId, sender);
        const source = tab === undefined ? null : await tabs.factSource(tab, pageTextOf(tab));
        if (!source || !target || !isSpanType(target.type)) return null;
        const fact = citeFact(source, { type: target.type, ref: Number(target.ref) });
        if (!fact) return null;
        return as === 'json' ? factJson(fact) : factMarkdown(fact, await citationText(source.annotation.citation.csl));
      },
      'ui:export-facts': async ({ tabId, as }) => {
        const source = await tabs.factSource(tabId, pageTextOf(tabId));
        if (!source) return '';
        const facts = citeFigures(source);
        if (as === 'csv') return factsCsv(facts, source.annotation.article);
        const citation = await citationText(source.annotation.citation.csl);
        return facts.map((f) => factMarkdown(f, citation)).join('\n');
      },
    },
    cleanup: () => undefined,
  };
}
