import { render } from 'preact';
import { Popup } from '@/components/Popup';
import { messenger, type Envelope } from '@/lib/messages';
import './style.css';

const send = messenger((m: Envelope) => browser.runtime.sendMessage(m));

async function targetTab(): Promise<number | null> {
  const fromUrl = new URLSearchParams(location.search).get('tab');
  if (fromUrl && /^\d+$/.test(fromUrl)) return Number(fromUrl);
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id ?? null;
}

void targetTab().then((tabId) => {
  render(<Popup tabId={tabId} send={send} />, document.getElementById('app')!);
});
