/** Content scripts registered for the sites the reader switched on and granted, kept in step with both. */
import { browser } from 'wxt/browser';
import { enabledSites } from '@/utils/settings';
import { CONTENT_SCRIPT } from './inject';
import { listen, type Feature } from './feature';

const SITE_SCRIPT_ID = 'hashmark-enabled-sites';

async function syncSiteScripts(): Promise<void> {
  const granted = new Set((await browser.permissions.getAll()).origins ?? []);
  const matches = (await enabledSites.getValue()).filter((p) => granted.has(p));
  const existing = await browser.scripting.getRegisteredContentScripts({ ids: [SITE_SCRIPT_ID] }).catch(() => []);
  if (existing.length) await browser.scripting.unregisterContentScripts({ ids: [SITE_SCRIPT_ID] });
  if (matches.length) {
    await browser.scripting.registerContentScripts([{ id: SITE_SCRIPT_ID, matches, js: [CONTENT_SCRIPT], runAt: 'document_idle', persistAcrossSessions: true }]);
  }
}

export function siteScripts(): Feature {
  const sync = () => void syncSiteScripts();
  const offs = [
    listen(browser.runtime.onInstalled, sync),
    listen(browser.runtime.onStartup, sync),
    listen(browser.permissions.onAdded, sync),
    listen(browser.permissions.onRemoved, sync),
    enabledSites.watch(sync),
  ];
  return { cleanup: () => offs.forEach((off) => off()) };
}
