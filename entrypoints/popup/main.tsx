import { render } from 'preact';
import { storage } from 'wxt/utils/storage';
import { Popup } from '@/components/Popup';
import { messenger, type Envelope } from '@/lib/messages';
import { CITATION_FORMATS, type CitationFormat } from '@/lib/citation/format-names';
import './style.css';

const send = messenger((m: Envelope) => browser.runtime.sendMessage(m));
const citationFormat = storage.defineItem<CitationFormat>('local:citationFormat', { fallback: 'apa' });
const formatStore = {
  get: async () => {
    const f = await citationFormat.getValue();
    return CITATION_FORMATS.includes(f) ? f : 'apa';
  },
  set: (f: CitationFormat) => citationFormat.setValue(f),
};

async function targetTab(): Promise<number | null> {
  const fromUrl = new URLSearchParams(location.search).get('tab');
  if (fromUrl && /^\d+$/.test(fromUrl)) return Number(fromUrl);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

void targetTab().then((tabId) => {
  render(<Popup tabId={tabId} send={send} formatStore={formatStore} />, document.getElementById('app')!);
});
