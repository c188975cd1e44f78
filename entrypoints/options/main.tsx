import { render } from 'preact';
import { Options } from '@/components/Options';
import { messenger, type Envelope } from '@/lib/messages';
import { enabledSites, hiddenTypes, highlightsVisible, paletteOverrides } from '@/utils/settings';
import '../popup/style.css';
import './style.css';

const send = messenger((m: Envelope) => browser.runtime.sendMessage(m));
render(
  <Options
    highlights={{ visible: highlightsVisible, hidden: hiddenTypes, palette: paletteOverrides }}
    sites={enabledSites}
    permissions={{
      contains: (origin) => browser.permissions.contains({ origins: [origin] }),
      request: (origin) => browser.permissions.request({ origins: [origin] }),
      remove: (origin) => browser.permissions.remove({ origins: [origin] }),
    }}
    indexInfo={() => send('ui:index-info', {})}
  />,
  document.getElementById('app')!,
);
