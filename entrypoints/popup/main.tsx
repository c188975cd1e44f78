import { render } from 'preact';
import { Popup } from '@/components/Popup';
import { messenger, type Envelope } from '@/lib/messages';
import type { CitationFormat } from '@/lib/citation/format-names';
import { citationFormat, enabledSites, hiddenTypes, highlightsVisible, openSections, paletteOverrides } from '@/utils/settings';
import './style.css';

const send = messenger((m: Envelope) => browser.runtime.sendMessage(m));
const formatStore = { set: (f: CitationFormat) => citationFormat.setValue(f) };

async function targetTab(): Promise<number | null> {
  const fromUrl = new URLSearchParams(location.search).get('tab');
  if (fromUrl && /^\d+$/.test(fromUrl)) return Number(fromUrl);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

void targetTab().then((tabId) => {
  // asked before the first render, so that the answers are on their way while the page draws
  const firstAnswer = tabId === null ? undefined : send('popup:get-tab', { tabId, annotate: true, force: false });
  const firstCitation = tabId === null ? undefined : send('popup:citation', { tabId });
  const permissions = {
    contains: (origin: string) => browser.permissions.contains({ origins: [origin] }),
    request: (origin: string) => browser.permissions.request({ origins: [origin] }),
  };
  render(
    <Popup
      tabId={tabId}
      send={send}
      formatStore={formatStore}
      highlights={{ visible: highlightsVisible, hidden: hiddenTypes, palette: paletteOverrides }}
      sites={enabledSites}
      permissions={permissions}
      openSections={openSections}
      firstAnswer={firstAnswer}
      firstCitation={firstCitation}
    />,
    document.getElementById('app')!,
  );
});
