/** The toolbar badge: how many highlights the tab's page has. */
import { browser } from 'wxt/browser';
import type { BackgroundContext, Feature } from './feature';

export function badge({ tabs }: BackgroundContext): Feature {
  const off = tabs.onChange((tabId, state) => {
    const text = state.status === 'ready' && state.highlights ? String(state.highlights) : '';
    void browser.action.setBadgeText({ tabId, text }).catch(() => undefined);
  });
  return { cleanup: off };
}
