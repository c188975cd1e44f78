/** The right-click menus (annotate the page, look up the selection) and the keyboard commands. */
import { browser, type Browser } from 'wxt/browser';
import { highlightsVisible } from '@/utils/settings';
import { annotateOnRequest } from './inject';
import { listen, type Feature } from './feature';

const ANNOTATE = 'hashmark-annotate';
const LOOKUP = 'hashmark-lookup';

function createMenus() {
  void browser.contextMenus.removeAll().then(() => {
    browser.contextMenus.create({ id: ANNOTATE, title: 'Annotate this page with Hashmark', contexts: ['page'] });
    browser.contextMenus.create({ id: LOOKUP, title: 'Look up “%s” in Hashmark’s incident index', contexts: ['selection'] });
  });
}

export function menus(): Feature {
  const offs = [
    listen(browser.runtime.onInstalled, createMenus),
    listen(browser.contextMenus.onClicked, (info: Browser.contextMenus.OnClickData, tab?: Browser.tabs.Tab) => {
      if (info.menuItemId === ANNOTATE && tab?.id !== undefined) void annotateOnRequest(tab.id);
      if (info.menuItemId === LOOKUP && info.selectionText) {
        void browser.tabs.create({ url: browser.runtime.getURL(`/lookup.html?q=${encodeURIComponent(info.selectionText.slice(0, 200))}`) });
      }
    }),
    listen(browser.commands.onCommand, (command: string, tab?: Browser.tabs.Tab) => {
      if (command === 'toggle-highlights') void highlightsVisible.getValue().then((v) => highlightsVisible.setValue(!v));
      if (command === 'annotate-page') {
        const run = (id?: number) => id !== undefined && void annotateOnRequest(id);
        if (tab?.id !== undefined) run(tab.id);
        else void browser.tabs.query({ active: true, currentWindow: true }).then(([t]) => run(t?.id));
      }
    }),
  ];
  return { cleanup: () => offs.forEach((off) => off()) };
}
