/**
 * What the background records of a tab it annotated: the tab's annotation with the blocks and spans
 * it was made from, under the page's address without its fragment (so "#comments" is the same article).
 */
import type { Annotation, Span } from '../schema';
import type { CaseFile } from './store';
import { recordIfAllowed, type RecorderSettings, type RecordingResult } from './recorder';
import type { RecordingContext } from './policy';

export interface AnnotatedTab {
  url: string | null;
  /** the tab is in a private (incognito) window */
  incognito: boolean;
  annotation: Annotation;
  spans: readonly Span[];
  blocks: readonly string[];
  /** the incidents of the shipped index the annotation names, for the matched incident's date */
  incidents: readonly { id: string; date: string }[];
}

/** The case file's key for a page: its address without the fragment. */
export const caseFileUrl = (url: string): string => url.replace(/#[\s\S]*$/, '');

/** Records the tab's article if the reader's settings allow it (a full disk is a result, not an exception). */
export function recordAnnotatedTab(
  file: Pick<CaseFile, 'recordArticle'>,
  tab: AnnotatedTab,
  settings: RecorderSettings,
  trigger: RecordingContext['trigger'],
): Promise<RecordingResult> {
  const url = caseFileUrl(tab.url ?? '');
  const incidentId = tab.annotation.incident?.id;
  const incidentDate = tab.incidents.find((x) => x.id === incidentId)?.date ?? null;
  return recordIfAllowed(file, { url, incognito: tab.incognito, trigger }, settings, {
    url,
    annotation: tab.annotation,
    spans: tab.spans,
    blocks: tab.blocks,
    incidentDate,
  });
}

/** Why an article asked for was not recorded, in the reader's words. */
export function notRecordedMessage(result: Extract<RecordingResult, { recorded: false }>): string {
  switch (result.reason) {
    case 'full':
      return result.message;
    case 'private':
      return 'Not added: Hashmark does not record pages of private windows unless you allow it in the case file’s settings.';
    case 'excluded-site':
      return 'Not added: this site is on your list of sites never to record.';
    case 'not-web-page':
      return 'Not added: only web pages go into the case file.';
    default:
      return 'Not added: recording is paused or set to “only on request”.';
  }
}
