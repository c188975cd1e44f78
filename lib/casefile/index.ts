/**
 * The case file: articles the reader read, stored on their machine (IndexedDB), connected and exported.
 * Background: `new CaseFile()`, `shouldRecord(…)`, then `recordArticle(…)`; cards and popup:
 * `countArticlesMentioning`, `articlesAboutIncident`; the research page: everything else.
 * Exports (./exports) load the citation formatter: import them lazily from pages.
 */
export { CaseFile, type CaseFileOptions } from './store';
export { DATABASE_NAME } from './database';
export { CaseFileFullError, CaseFileImportError } from './errors';
export { recordIfAllowed, type RecorderSettings, type RecordingResult } from './recorder';
export { shouldRecord, isExcludedSite, type RecordingMode, type RecordingSettings, type RecordingContext, type RecordingDecision } from './policy';
export { namesIndex, addressesIndex, incidentsIndex, amountsLine, timelineEvents, type NameEntry, type AddressEntry, type IncidentEntry, type TimelineEvent } from './connections';
export { quoteFromSelection } from './quote';
export { otherArticlesLine, incidentInCaseFileLine, researchPath } from './links';
export { TABS, type Tab } from './tabs';
export type * from './types';
export { recordAnnotatedTab, caseFileUrl, notRecordedMessage, type AnnotatedTab } from './tab-recording';
