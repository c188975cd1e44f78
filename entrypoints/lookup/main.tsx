import { render } from 'preact';
import { LookupPage } from '@/components/IncidentLookup';
import { messenger, type Envelope } from '@/lib/messages';
import { screenLines, screeningCsv } from '@/lib/sanctions/screen';
import { SANCTIONS_AS_OF } from '@/lib/sanctions/data';
import '../popup/style.css';

const send = messenger((m: Envelope) => browser.runtime.sendMessage(m));
const query = new URLSearchParams(location.search).get('q') ?? '';
// screening runs here, in the page: the lists are plain data, no message to the background
const screening = { screen: (text: string) => screenLines(text), csv: screeningCsv, asOf: SANCTIONS_AS_OF };
render(<LookupPage initial={query} search={(q) => send('ui:lookup', { query: q })} screening={screening} />, document.getElementById('app')!);
