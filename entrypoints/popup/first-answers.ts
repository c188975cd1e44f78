/**
 * The popup's first two questions (the tab's state, its article's citation), asked by a small classic
 * script (entrypoints/popup-ask.ts) while the popup's page is still being parsed: the popup's own
 * module and its views take tens of milliseconds to load, and the answers arrive meanwhile.
 * It uses the browser's own API (@wxt-dev/browser), not the polyfill, so that it loads nothing else.
 */
import { browser } from '@wxt-dev/browser';
import { messenger, type Envelope, type TabState, type WrittenCitation } from '@/lib/messages';

export interface FirstAnswers {
  tabId: number | null;
  answer?: Promise<TabState>;
  citation?: Promise<WrittenCitation | null>;
}

const KEY = 'hashmarkFirstAnswers';
type Holder = { [KEY]?: Promise<FirstAnswers> };

/** The tab the popup is about: the one named in its address (a tab opened for it), else the active one. */
async function targetTab(): Promise<number | null> {
  const fromUrl = new URLSearchParams(location.search).get('tab');
  if (fromUrl && /^\d+$/.test(fromUrl)) return Number(fromUrl);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

/** Asks both questions as soon as the tab is known. */
export async function askFirst(): Promise<FirstAnswers> {
  const send = messenger((m: Envelope) => browser.runtime.sendMessage(m));
  const tabId = await targetTab();
  if (tabId === null) return { tabId };
  return { tabId, answer: send('popup:get-tab', { tabId, annotate: true, force: false }), citation: send('popup:citation', { tabId }) };
}

/** Kept on the page for the popup's module, which runs after this script. */
export function keepFirstAnswers(answers: Promise<FirstAnswers>): void {
  (globalThis as Holder)[KEY] = answers;
}

/** The answers the early script asked for, once; asked now if it did not run. */
export function takeFirstAnswers(): Promise<FirstAnswers> {
  const holder = globalThis as Holder;
  const kept = holder[KEY];
  delete holder[KEY];
  return kept ?? askFirst();
}
