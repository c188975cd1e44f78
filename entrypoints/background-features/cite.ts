/**
 * Citing facts, one path for the card and the popup: a fact is found by its reference in the tab's
 * annotation, its sentence in the blocks kept for that tab (the page's text, for unique links, is asked
 * of the page once), and it is written in the reader's style.
 * The popup's citation of the article is written here too, by the same formatter: citation-js loads
 * when a fact or an article is first cited, and each format's processor, once built (APA's takes about
 * a second), stays built while the background runs; each annotation's citations are kept by format.
 */
import { citeFact, citeFigures, factJson, factMarkdown, factsCsv } from '@/lib/citation/fact';
import { isCitationFormat, type CitationFormat } from '@/lib/citation/format-names';
import { isSpanType } from '@/lib/kinds';
import type { WrittenCitation } from '@/lib/messages';
import type { CslItem } from '@/lib/schema';
import { citationFormat } from '@/utils/settings';
import { toTab } from './inject';
import { SETTLE_MS, tabOf, type BackgroundContext, type Feature } from './feature';

const pageTextOf = (tabId: number) => () => toTab(tabId)('bg:page-text', {});

const asFormat = (stored: unknown): CitationFormat => (isCitationFormat(stored) ? stored : 'apa');

/**
 * The first citation in a format builds its processor, which holds the worker for about a second
 * (APA): it waits this long first, so that what else an opening popup asks (its case-file note) is
 * answered before rather than after.
 */
const FIRST_BUILD_DELAY_MS = 100;

export function cite({ tabs }: BackgroundContext): Feature {
  // the reader's format, read once and then followed: a popup's citation waits for no storage read
  let readerFormat: Promise<CitationFormat> | null = null;
  const unwatch = citationFormat.watch((stored) => (readerFormat = Promise.resolve(asFormat(stored))));
  const written = new WeakMap<CslItem, Map<CitationFormat, string>>();
  const built = new Set<CitationFormat>();

  /** The article's citation in a format, the reader's when none is given. */
  const cited = async (csl: CslItem, format?: unknown): Promise<WrittenCitation> => {
    const as = isCitationFormat(format) ? format : await (readerFormat ??= citationFormat.getValue().then(asFormat));
    const byFormat = written.get(csl) ?? new Map<CitationFormat, string>();
    written.set(csl, byFormat);
    let text = byFormat.get(as);
    if (text === undefined) {
      const { formatCitation } = await import('@/lib/citation/formats');
      if (!built.has(as)) await new Promise((wake) => setTimeout(wake, FIRST_BUILD_DELAY_MS));
      text = formatCitation(csl, as);
      built.add(as);
      byFormat.set(as, text);
    }
    return { format: as, text };
  };
  const citationText = async (csl: CslItem) => (await cited(csl)).text;

  return {
    handlers: {
      'popup:citation': async ({ tabId, format }) => {
        await tabs.settled(tabId, SETTLE_MS);
        const state = tabs.get(tabId);
        if (state?.status !== 'ready') return null;
        return cited(state.annotation.citation.csl, format);
      },
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
    cleanup: unwatch,
  };
}
