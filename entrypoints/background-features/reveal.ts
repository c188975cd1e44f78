/** "Show in the page": the popup asks the tab to scroll to a highlight and focus it. */
import { browser } from 'wxt/browser';
import { toTab } from './inject';
import type { Feature } from './feature';

export function reveal(): Feature {
  return {
    handlers: {
      'popup:reveal': async ({ tabId, type, ref }) => {
        const ok = await toTab(tabId)('bg:reveal', { type, ref }).catch(() => false);
        if (ok) await browser.tabs.update(tabId, { active: true });
        return ok;
      },
    },
    cleanup: () => undefined,
  };
}
