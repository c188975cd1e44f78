import { render } from 'preact';
import { Popup } from '@/components/Popup';
import { messenger, type Envelope } from '@/lib/messages';
import { takeFirstAnswers, type FirstAnswers } from './first-answers';
import { citationFormat, enabledSites, hiddenTypes, highlightsVisible, openSections, paletteOverrides } from '@/utils/settings';
import './style.css';

const send = messenger((m: Envelope) => browser.runtime.sendMessage(m));

const permissions = {
  contains: (origin: string) => browser.permissions.contains({ origins: [origin] }),
  request: (origin: string) => browser.permissions.request({ origins: [origin] }),
};

function mount({ tabId, answer, citation }: FirstAnswers) {
  render(
    <Popup
      tabId={tabId}
      send={send}
      citationFormat={citationFormat}
      highlights={{ visible: highlightsVisible, hidden: hiddenTypes, palette: paletteOverrides }}
      sites={enabledSites}
      permissions={permissions}
      openSections={openSections}
      firstAnswer={answer}
      firstCitation={citation}
    />,
    document.getElementById('app')!,
  );
}

// asked by the page's first script, before this module loaded: the answers are on their way or here
void takeFirstAnswers().then(mount, () => mount({ tabId: null }));
