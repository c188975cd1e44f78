/**
 * research.html: the case file. The page reads the case file's IndexedDB directly (same extension
 * origin as the background that records into it); the only extension API it uses is storage, for
 * the reader's settings, through utils/settings. In a private window (Firefox) it reads nothing and
 * offers a normal window instead.
 *
 * research.html#names opens a tab; ?q=… starts with a search (links from cards: "in 3 other articles").
 */
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { CaseFileInPrivateWindow } from '@/components/CaseFileInPrivateWindow';
import { CaseFile } from '@/lib/casefile/store';
import { ResearchPage, TABS, type Tab } from '@/components/ResearchPage';
import {
  caseFileExcludedSites,
  caseFileInPrivate,
  caseFileKeepText,
  caseFilePaused,
  caseFileRecording,
  citationFormat,
} from '@/utils/settings';
import './style.css';

function download(filename: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

const hash = location.hash.slice(1);
const initialTab = (TABS as readonly string[]).includes(hash) ? (hash as Tab) : 'articles';

const openInNormalWindow = () =>
  void browser.windows
    .create({ url: location.href, incognito: false, focused: true })
    .then(() => window.close(), () => undefined); // no normal window can open when Firefox never remembers history

render(
  browser.extension.inIncognitoContext ? <CaseFileInPrivateWindow onOpenNormal={openInNormalWindow} /> : <ResearchPage
    caseFile={new CaseFile()}
    settings={{ mode: caseFileRecording, paused: caseFilePaused, inPrivate: caseFileInPrivate, excludedSites: caseFileExcludedSites, keepText: caseFileKeepText }}
    citationFormat={() => citationFormat.getValue()}
    download={download}
    initialTab={initialTab}
    initialSearch={new URLSearchParams(location.search).get('q') ?? ''}
    onTab={(tab) => history.replaceState(null, '', `#${tab}`)}
  />,
  document.getElementById('app')!,
);
