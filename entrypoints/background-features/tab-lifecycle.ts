/** A closed tab is forgotten; a tab that starts loading another page goes back to idle. */
import { browser } from 'wxt/browser';
import { listen, type BackgroundContext, type Feature } from './feature';

export function tabLifecycle({ tabs }: BackgroundContext): Feature {
  const offs = [
    listen(browser.tabs.onRemoved, (tabId: number) => tabs.forget(tabId)),
    listen(browser.tabs.onUpdated, (tabId: number, change: { status?: string }) => {
      if (change.status === 'loading' && tabs.get(tabId)?.status !== 'working') tabs.set(tabId, { status: 'idle' });
    }),
  ];
  return { cleanup: () => offs.forEach((off) => off()) };
}
