/** The shape of a background feature: the messages it answers and how to undo what it registered. */
import type { Browser } from 'wxt/browser';
import type { Handlers } from '@/lib/messages';
import type { TabStore } from './tab-store';
import type { Engine } from './engine';
import type { CaseFile } from '@/lib/casefile/store';

export type Sender = Browser.runtime.MessageSender;

/** How long a popup's question waits for its tab's annotation to settle. */
export const SETTLE_MS = 20_000;

export interface BackgroundContext {
  tabs: TabStore;
  engine: Engine;
  /** the reader's case file (IndexedDB, opened on first use) */
  caseFile: CaseFile;
}

export interface Feature {
  handlers?: Handlers<Sender>;
  /** removes every listener the feature added */
  cleanup: () => void;
}

/** Adds a listener to a browser event and returns the function that removes it. */
export function listen<F extends (...args: never[]) => unknown>(event: { addListener(f: F): void; removeListener(f: F): void }, listener: F): () => void {
  event.addListener(listener);
  return () => event.removeListener(listener);
}

/** The tab a message is about: the popup names it, a content script is in it. */
export function tabOf(tabId: number | undefined, sender: Sender): number | undefined {
  return typeof tabId === 'number' ? tabId : sender.tab?.id;
}
