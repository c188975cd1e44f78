import { render } from 'preact';
import { Popup } from '@/components/Popup';
import { messenger, type Envelope } from '@/lib/messages';
import { takeFirstAnswers } from './first-answers';
import type { CitationFormat } from '@/lib/citation/format-names';
import { citationFormat, enabledSites, hiddenTypes, highlightsVisible, openSections, paletteOverrides } from '@/utils/settings';
import './style.css';

const send = messenger((m: Envelope) => browser.runtime.sendMessage(m));
const formatStore = { set: (f: CitationFormat) => citationFormat.setValue(f) };

// asked by the page's first script, before this module loaded: the answers are on their way or here
void takeFirstAnswers().then(({ tabId, answer, citation }) => {
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
      firstAnswer={answer}
      firstCitation={citation}
    />,
    document.getElementById('app')!,
  );
});
