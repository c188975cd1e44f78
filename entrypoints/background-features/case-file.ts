/**
 * The case file in the background: records each annotated article after the page has its reply (never
 * in its way), "Add to case file" (page or selection, from the right-click menu or the popup), "Open case
 * file" (menu, toolbar menu, keyboard command, popup, cards), and what the popup says about it.
 */
import { browser, type Browser } from 'wxt/browser';
import type { Annotation } from '@/lib/schema';
import type { TabState } from '@/lib/messages';
import {
  caseFileUrl,
  incidentInCaseFileLine,
  notRecordedMessage,
  quoteFromSelection,
  recordAnnotatedTab,
  researchPath,
  TABS,
  CaseFileFullError,
  type RecorderSettings,
  type RecordingResult,
  type Tab,
} from '@/lib/casefile';
import { caseFileExcludedSites, caseFileInPrivate, caseFileKeepText, caseFilePaused, caseFileRecording } from '@/utils/settings';
import { annotateOnRequest, toTab } from './inject';
import { listen, type BackgroundContext, type Feature } from './feature';
import type { PaintedSource } from './tab-store';
import { loadIndex } from '@/lib/incidents/load';

const ADD = 'hashmark-case-file-add';
const OPEN = 'hashmark-case-file-open';
export const OPEN_COMMAND = 'open-case-file';
const WAIT_MS = 20_000;

type Ready = Extract<TabState, { status: 'ready' }>;

async function recorderSettings(): Promise<RecorderSettings> {
  const [mode, paused, inPrivate, excludedSites, keepText] = await Promise.all([
    caseFileRecording.getValue(),
    caseFilePaused.getValue(),
    caseFileInPrivate.getValue(),
    caseFileExcludedSites.getValue(),
    caseFileKeepText.getValue(),
  ]);
  return { mode, paused, inPrivate, excludedSites, keepText };
}

/** A tab we cannot look at any more counts as private: nothing is recorded of it. */
const isIncognito = (tabId: number): Promise<boolean> => browser.tabs.get(tabId).then((t) => t.incognito, () => true);

/**
 * Opens the case-file page in a normal window, never a private one (the case file lives in normal
 * windows only; Firefox would otherwise load the page in the private window the reader is in).
 */
export async function openResearch(view: { tab?: Tab; search?: string } = {}): Promise<unknown> {
  const url = browser.runtime.getURL(researchPath(view) as '/research.html');
  const windows = await browser.windows.getAll({ windowTypes: ['normal'] });
  const normal = windows.filter((w) => !w.incognito);
  const target = normal.find((w) => w.focused) ?? normal[0];
  if (target?.id === undefined) return browser.windows.create({ url, incognito: false });
  if (!target.focused) await browser.windows.update(target.id, { focused: true });
  return browser.tabs.create({ url, windowId: target.id });
}

function createMenus() {
  // menus.ts empties the menu first, in a listener registered before this one: these are created after
  browser.contextMenus.create({ id: ADD, title: 'Add to case file', contexts: ['page', 'selection'] });
  browser.contextMenus.create({ id: OPEN, title: 'Open case file', contexts: ['page', 'action'] });
}

export function caseFile({ tabs, caseFile: file }: BackgroundContext): Feature {
  /** each annotation's recording, so that it is recorded once and the popup can wait for it */
  const recordings = new WeakMap<Annotation, Promise<RecordingResult>>();
  let problem: string | null = null;

  const record = (tabId: number, state: Ready, trigger: 'annotated' | 'requested', from: PaintedSource | undefined = tabs.source(tabId)): Promise<RecordingResult> => {
    const incognito = from ? Promise.resolve(from.incognito) : isIncognito(tabId);
    const recording = Promise.all([incognito, recorderSettings()])
      .then(([incognito, settings]) =>
        recordAnnotatedTab(file, { ...state, incognito, spans: from?.spans ?? [], blocks: from?.blocks ?? [] }, settings, trigger),
      )
      .then((result) => {
        if (result.recorded) problem = null;
        else if (result.reason === 'full') problem = result.message;
        return result;
      })
      .catch((error: unknown): RecordingResult => {
        problem = `The case file could not record this article: ${error instanceof Error ? error.message : String(error)}`;
        return { recorded: false, reason: 'full', message: problem };
      });
    recordings.set(state.annotation, recording);
    return recording;
  };

  /** "Add to case file": annotates the page first when it has not been, records it, stores the quote. */
  const add = async (tabId: number, selection?: string): Promise<{ added: boolean; message: string }> => {
    let state = tabs.get(tabId);
    if (state?.status !== 'ready') {
      await annotateOnRequest(tabId).catch(() => undefined);
      await tabs.settled(tabId, WAIT_MS);
      state = tabs.get(tabId);
    }
    if (state?.status !== 'ready') return { added: false, message: 'Not added: Hashmark could not read this page.' };
    const earlier = await recordings.get(state.annotation);
    const result = earlier?.recorded ? earlier : await record(tabId, state, 'requested');
    if (!result.recorded) return { added: false, message: notRecordedMessage(result) };
    if (!selection?.trim()) return { added: true, message: 'Added to your case file.' };
    const source = await tabs.factSource(tabId, () => toTab(tabId)('bg:page-text', {}));
    const quote = quoteFromSelection(result.article.url, selection, source?.pageText ?? selection);
    if (!quote) return { added: true, message: 'Added to your case file.' };
    try {
      await file.addQuote(quote);
    } catch (error) {
      if (error instanceof CaseFileFullError) return { added: true, message: (problem = error.message) };
      throw error;
    }
    return { added: true, message: 'Added to your case file, with the quote.' };
  };

  const offs = [
    // once the annotation has its incidents (after the page's reply), even if the reader closed the tab since
    tabs.onRanked((tabId, source) => {
      if (recordings.has(source.annotation)) return;
      const ids = new Set([source.annotation.incident?.id, ...source.annotation.related.map((r) => r.id)]);
      const state: Ready = { status: 'ready', url: source.url, annotation: source.annotation, highlights: 0, incidents: loadIndex().filter((x) => ids.has(x.id)) };
      recordings.set(source.annotation, new Promise((done) => setTimeout(() => void record(tabId, state, 'annotated', source).then(done), 0)));
    }),
    listen(browser.runtime.onInstalled, createMenus),
    listen(browser.contextMenus.onClicked, (info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab) => {
      if (info.menuItemId === ADD && tab?.id !== undefined) void add(tab.id, info.selectionText);
      if (info.menuItemId === OPEN) void openResearch();
    }),
    listen(browser.commands.onCommand, (command: string) => {
      if (command === OPEN_COMMAND) void openResearch();
    }),
  ];

  return {
    handlers: {
      'popup:add-to-case-file': ({ tabId, selection }) => add(tabId, typeof selection === 'string' ? selection : undefined),
      'popup:case-file': async ({ tabId }) => {
        const state = tabs.get(tabId);
        if (state?.status !== 'ready' || !state.url) return { recorded: false, incidentLine: null, problem };
        await recordings.get(state.annotation);
        const url = caseFileUrl(state.url);
        const incident = state.annotation.incident;
        const [stored, others] = await Promise.all([
          file.get(url).catch(() => undefined),
          incident ? file.articlesAboutIncident(incident.id, url).catch(() => []) : [],
        ]);
        return { recorded: !!stored, incidentLine: incidentInCaseFileLine(others.length), problem };
      },
      'ui:open-research': async ({ tab, search }) => {
        // a card asks from a page: take only a known tab and a bounded search
        await openResearch({
          ...(TABS.includes(tab as Tab) ? { tab } : {}),
          ...(typeof search === 'string' && search ? { search: search.slice(0, 200) } : {}),
        });
      },
    },
    cleanup: () => offs.forEach((off) => off()),
  };
}
