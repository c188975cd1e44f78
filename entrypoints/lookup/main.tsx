import { render } from 'preact';
import { IncidentLookup } from '@/components/IncidentLookup';
import { messenger, type Envelope } from '@/lib/messages';
import '../popup/style.css';

const send = messenger((m: Envelope) => browser.runtime.sendMessage(m));
const query = new URLSearchParams(location.search).get('q') ?? '';
render(<IncidentLookup initial={query} search={(q) => send('ui:lookup', { query: q })} />, document.getElementById('app')!);
