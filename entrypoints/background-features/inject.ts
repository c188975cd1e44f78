/** Running Hashmark's reader in a tab, and talking to the reader there. */
import { browser } from 'wxt/browser';
import { messenger, type Envelope } from '@/lib/messages';

export const CONTENT_SCRIPT = '/content-scripts/content.js';

export const toTab = (tabId: number) => messenger((m: Envelope) => browser.tabs.sendMessage(tabId, m));

export async function inject(tabId: number): Promise<void> {
  await browser.scripting.executeScript({ target: { tabId }, files: [CONTENT_SCRIPT] });
}

/** Annotate a tab on the reader's request (toolbar, shortcut, menu), even if it does not look like an article. */
export async function annotateOnRequest(tabId: number): Promise<void> {
  await inject(tabId);
  await toTab(tabId)('bg:run', { force: true }).catch(() => undefined);
}
