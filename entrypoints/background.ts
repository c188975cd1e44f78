/**
 * The background holds the engine (NLP, knowledge, incident index) once per browser,
 * answers content scripts with spans and cards, keeps each tab's annotation for the
 * popup, and injects the content script when the reader asks (toolbar, shortcut, menu)
 * or on the sites the reader enabled.
 */
import type { Browser } from 'wxt/browser';
import { annotateBlocks } from '@/lib/annotate';
import { rankerFromIndex } from '@/lib/incidents/rank';
import { loadIndex } from '@/lib/incidents/load';
import { incidentsInvolving, knownLines, searchIndex } from '@/lib/incidents/knows';
import { dispatcher, isEnvelope, messenger, type Envelope, type TabState } from '@/lib/messages';
import type { ArticleMeta } from '@/lib/schema';
import type { IncidentRanker } from '@/lib/incidents/ranker-types';
import type { CardInfo } from '@/lib/highlight/card';
import { DEFAULT_PALETTE, marksCss } from '@/lib/highlight/palette';
import { ENTITY_KIND_LABELS, figureValue, FIGURE_LABELS } from '@/lib/format';
import { citeEntity, citeFacts, factJson, factMarkdown, type CitedFact } from '@/lib/citation/fact';
import { formatCitation } from '@/lib/citation/formats';
import type { Span } from '@/lib/schema';
import { citationFormat, enabledSites, highlightsVisible, paletteOverrides } from '@/utils/settings';
import { TabMemory } from '@/utils/tab-memory';

type Sender = Browser.runtime.MessageSender;

const CONTENT_SCRIPT = '/content-scripts/content.js';
const SITE_SCRIPT_ID = 'hashmark-enabled-sites';
const MAX_BLOCKS = 20_000;
const MAX_CHARS = 4_000_000;
const WAIT_MS = 20_000;

export default defineBackground(() => {
  // kept in storage.session too: an idle background is unloaded (Firefox's event page as Chrome's worker)
  const states = new TabMemory<TabState>('tab-state');
  /** what each tab's highlights were made from: block texts and spans, for citing single facts */
  const painted = new TabMemory<{ blocks: string[]; spans: Span[] }>('tab-painted');
  const restored = Promise.all([states.restore(), painted.restore()]);
  const waiters = new Map<number, (() => void)[]>();
  /** tabs annotated whose page has not yet reported its painting: not settled for a waiting popup */
  const unpainted = new Set<number>();
  let ranker: IncidentRanker | null = null;
  let lookup: ((q: string) => ReturnType<ReturnType<typeof searchIndex>>) | null = null;

  const setState = (tabId: number, state: TabState) => {
    states.set(tabId, state);
    if (state.status !== 'working') {
      unpainted.delete(tabId);
      for (const wake of waiters.get(tabId) ?? []) wake();
      waiters.delete(tabId);
    }
    const badge = state.status === 'ready' && state.highlights ? String(state.highlights) : '';
    void browser.action.setBadgeText({ tabId, text: badge }).catch(() => undefined);
  };

  const settled = (tabId: number) =>
    new Promise<void>((resolve) => {
      const state = states.get(tabId);
      if (state && state.status !== 'working' && state.status !== 'idle' && !unpainted.has(tabId)) return resolve();
      const timer = setTimeout(resolve, WAIT_MS);
      waiters.set(tabId, [...(waiters.get(tabId) ?? []), () => (clearTimeout(timer), resolve())]);
    });

  const toTab = (tabId: number) => messenger((m: Envelope) => browser.tabs.sendMessage(tabId, m));

  /** The page's text is untrusted: only strings, within limits, reach the engine. */
  const cleanBlocks = (blocks: unknown): string[] => {
    if (!Array.isArray(blocks)) throw new Error('blocks must be a list');
    let total = 0;
    const out: string[] = [];
    for (const b of blocks.slice(0, MAX_BLOCKS)) {
      if (typeof b !== 'string') continue;
      total += b.length;
      if (total > MAX_CHARS) break;
      out.push(b);
    }
    return out;
  };
  const cleanMeta = (m: ArticleMeta): ArticleMeta => {
    const str = (s: unknown) => (typeof s === 'string' ? s.slice(0, 1000) : null);
    const url = str(m?.url);
    return {
      title: str(m?.title),
      url: url && /^https?:\/\//i.test(url) ? url : null,
      publisher: str(m?.publisher),
      authors: Array.isArray(m?.authors) ? m.authors.filter((a): a is string => typeof a === 'string').slice(0, 20).map((a) => a.slice(0, 200)) : [],
      publishedAt: typeof m?.publishedAt === 'string' && /^\d{4}(-\d{2}){0,2}$/.test(m.publishedAt) ? m.publishedAt : null,
      language: str(m?.language),
    };
  };

  async function inject(tabId: number): Promise<void> {
    await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
  }

  /** Annotate a tab on the reader's request: the toolbar, the shortcut or the context menu. */
  async function annotateOnRequest(tabId: number): Promise<void> {
    await inject(tabId);
    await toTab(tabId)('bg:run', { force: true }).catch(() => undefined);
  }

  async function insertStyles(tabId: number, frameId: number) {
    const css = marksCss({ ...DEFAULT_PALETTE, ...(await paletteOverrides.getValue()) });
    await browser.scripting.insertCSS({ target: { tabId, frameIds: [frameId] }, css }).catch(() => undefined);
  }

  function cardFor(tabId: number, type: string, ref: number): CardInfo | null {
    const state = states.get(tabId);
    if (state?.status !== 'ready') return null;
    const a = state.annotation;
    if (type === 'address') {
      const x = a.addresses[ref];
      return x ? { kind: 'Address', text: x.text, meaning: `${x.chain} address, checksum ${x.valid ? 'valid' : 'INVALID (mistyped or altered?)'}`, lines: [] } : null;
    }
    const entity = a.entities[ref];
    if (entity && entity.type === type) {
      const involved = incidentsInvolving(loadIndex(), [entity.name, ...entity.aliases]);
      return {
        kind: ENTITY_KIND_LABELS[entity.type],
        text: entity.name,
        meaning: `${entity.aliases.length ? `also ${entity.aliases.join(', ')}; ` : ''}mentioned ${entity.mentions} time${entity.mentions === 1 ? '' : 's'}`,
        lines: involved.length ? knownLines(involved) : ['No incident in the index names it.'],
        citable: true,
      };
    }
    const figure = a.figures[ref];
    if (figure && figure.kind === type) {
      return { kind: FIGURE_LABELS[figure.kind], text: figure.text, meaning: `means ${figureValue(figure)}${figure.approximate ? ' (approximate)' : ''}`, lines: [], citable: true };
    }
    return null;
  }

  /** Content scripts for the sites the reader enabled and granted. */
  async function syncSiteScripts(): Promise<void> {
    const granted = new Set((await browser.permissions.getAll()).origins ?? []);
    const matches = (await enabledSites.getValue()).filter((p) => granted.has(p));
    const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SITE_SCRIPT_ID] }).catch(() => []);
    if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [SITE_SCRIPT_ID] });
    if (matches.length) {
      await browser.scripting.registerContentScripts([{ id: SITE_SCRIPT_ID, matches, js: [CONTENT_SCRIPT], runAt: 'document_idle', persistAcrossSessions: true }]);
    }
  }

  const handle = dispatcher<Sender>({
      'cs:annotate': async ({ url, article, blocks }, sender) => {
        const tabId = sender.tab?.id;
        if (tabId === undefined) throw new Error('annotate comes from a tab');
        ranker ??= rankerFromIndex(loadIndex());
        const texts = cleanBlocks(blocks);
        const result = annotateBlocks(texts, cleanMeta(article), { rank: ranker });
        painted.set(tabId, { blocks: texts, spans: result.spans });
        const ids = new Set([result.annotation.incident?.id, ...result.annotation.related.map((r) => r.id)]);
        const incidents = loadIndex().filter((x) => ids.has(x.id));
        // not setState: a popup waiting for this tab wakes when the page reports its painting (cs:status), with its
        // count (Firefox's executeScript resolves late, after this reply: the popup found 'ready' with 0 highlights)
        unpainted.add(tabId);
        states.set(tabId, { status: 'ready', url: typeof url === 'string' ? url : null, annotation: result.annotation, highlights: 0, incidents });
        // the styles may arrive a moment after the reply: the highlights are invisible until then, never wrong
        void insertStyles(tabId, sender.frameId ?? 0);
        return result;
      },
      'cs:status': ({ url, status, highlights, message }, sender) => {
        const tabId = sender.tab?.id;
        if (tabId === undefined) return;
        const at = typeof url === 'string' ? url : null;
        const current = states.get(tabId);
        if (status === 'working') setState(tabId, { status: 'working', url: at });
        else if (status === 'not-article') setState(tabId, { status: 'not-article', url: at });
        else if (status === 'error') setState(tabId, { status: 'error', url: at, message: String(message ?? 'unknown error').slice(0, 300) });
        else if (status === 'painted' && current?.status === 'ready') setState(tabId, { ...current, highlights: Number(highlights) || 0 });
      },
      'cs:card': ({ type, ref }, sender) => (sender.tab?.id === undefined ? null : cardFor(sender.tab.id, String(type), Number(ref))),
      'popup:get-tab': async ({ tabId, annotate, force }) => {
        const current = states.get(tabId);
        if (force) {
          await annotateOnRequest(tabId).catch((err: unknown) => {
            setState(tabId, { status: 'error', url: null, message: err instanceof Error ? err.message : String(err) });
          });
        } else if (annotate && (!current || current.status === 'idle')) {
          try {
            await inject(tabId);
          } catch (err) {
            return { status: 'error', url: null, message: `Hashmark cannot read this page (${err instanceof Error ? err.message : String(err)})` };
          }
        }
        await settled(tabId);
        return states.get(tabId) ?? { status: 'idle' };
      },
      'cs:cite-fact': async ({ type, ref, pageText }, sender) => {
        const tabId = sender.tab?.id;
        const state = tabId === undefined ? undefined : states.get(tabId);
        const source = tabId === undefined ? undefined : painted.get(tabId);
        if (state?.status !== 'ready' || !source || !state.url) return null;
        const text = String(pageText).slice(0, MAX_CHARS);
        let fact: CitedFact | null | undefined;
        const figure = state.annotation.figures[Number(ref)];
        if (figure && figure.kind === type) {
          fact = citeFacts(state.annotation, source.spans, source.blocks, state.url, text)
            .find((f) => f.claim === figure.text && f.kind === figure.kind && f.value === figure.value);
        } else {
          fact = citeEntity(state.annotation, source.spans, source.blocks, state.url, text, Number(ref));
        }
        if (!fact) return null;
        return { markdown: factMarkdown(fact, formatCitation(state.annotation.citation.csl, await citationFormat.getValue())), json: factJson(fact) };
      },
      'popup:entity-fact': async ({ tabId, ref }) => {
        const state = states.get(tabId);
        const source = painted.get(tabId);
        if (state?.status !== 'ready' || !source || !state.url) return null;
        const pageText = await toTab(tabId)('bg:page-text', {}).catch(() => source.blocks.join('\n'));
        return citeEntity(state.annotation, source.spans, source.blocks, state.url, pageText, ref);
      },
      'popup:facts': async ({ tabId }) => {
        const state = states.get(tabId);
        const source = painted.get(tabId);
        if (state?.status !== 'ready' || !source || !state.url) return [];
        const pageText = await toTab(tabId)('bg:page-text', {}).catch(() => source.blocks.join('\n'));
        return citeFacts(state.annotation, source.spans, source.blocks, state.url, pageText);
      },
      'popup:reveal': async ({ tabId, type, ref }) => {
        const ok = await toTab(tabId)('bg:reveal', { type, ref }).catch(() => false);
        if (ok) await browser.tabs.update(tabId, { active: true });
        return ok;
      },
      'ui:index-info': () => {
        const index = loadIndex();
        const byCategory: Record<string, number> = {};
        for (const x of index) byCategory[x.category] = (byCategory[x.category] ?? 0) + 1;
        const dates = index.map((x) => x.date).sort();
        return { count: index.length, from: dates[0] ?? '', to: dates[dates.length - 1] ?? '', byCategory };
      },
      'ui:lookup': ({ query }) => {
        lookup ??= searchIndex(loadIndex());
        return lookup(String(query));
      },
    });
  browser.runtime.onMessage.addListener((message: unknown, sender: Sender) => (isEnvelope(message) ? restored.then(() => handle(message, sender)) : undefined));

  // Load the engine and the index while the browser is idle, so the first article is as quick as the rest.
  setTimeout(() => {
    ranker ??= rankerFromIndex(loadIndex());
    annotateBlocks(['The FBI said the Lazarus Group stole $1.5bn in bitcoin on Tuesday.'], cleanMeta({ title: null, url: null, publisher: null, authors: [], publishedAt: null, language: null }), { rank: ranker });
  }, 500);

  browser.runtime.onInstalled.addListener(() => {
    void browser.contextMenus.removeAll().then(() => {
      browser.contextMenus.create({ id: 'hashmark-annotate', title: 'Annotate this page with Hashmark', contexts: ['page'] });
      browser.contextMenus.create({ id: 'hashmark-lookup', title: 'Look up “%s” in Hashmark’s incident index', contexts: ['selection'] });
    });
    void syncSiteScripts();
  });
  browser.runtime.onStartup.addListener(() => void syncSiteScripts());
  enabledSites.watch(() => void syncSiteScripts());
  browser.permissions.onAdded.addListener(() => void syncSiteScripts());
  browser.permissions.onRemoved.addListener(() => void syncSiteScripts());

  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === 'hashmark-annotate' && tab?.id !== undefined) void annotateOnRequest(tab.id);
    if (info.menuItemId === 'hashmark-lookup' && info.selectionText) {
      void browser.tabs.create({ url: browser.runtime.getURL(`/lookup.html?q=${encodeURIComponent(info.selectionText.slice(0, 200))}`) });
    }
  });

  browser.commands.onCommand.addListener((command, tab) => {
    if (command === 'toggle-highlights') void highlightsVisible.getValue().then((v) => highlightsVisible.setValue(!v));
    if (command === 'annotate-page') {
      const run = (id?: number) => id !== undefined && void annotateOnRequest(id);
      if (tab?.id !== undefined) run(tab.id);
      else void browser.tabs.query({ active: true, currentWindow: true }).then(([t]) => run(t?.id));
    }
  });

  browser.tabs.onRemoved.addListener((tabId) => {
    states.delete(tabId);
    painted.delete(tabId);
    waiters.delete(tabId);
    unpainted.delete(tabId);
  });
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading' && states.get(tabId)?.status !== 'working') setState(tabId, { status: 'idle' });
  });
});
