/**
 * The reader's settings, one typed storage item each (@wxt-dev/storage). Shared by the
 * background, content script, popup and options page.
 */
import { storage } from 'wxt/utils/storage';
import type { SpanType } from '@/lib/schema';
import type { Palette } from '@/lib/highlight/palette';
import type { CitationFormat } from '@/lib/citation/format-names';
import type { RecordingMode } from '@/lib/casefile/policy';

/** Sites annotated automatically, as match patterns ("https://www.coindesk.com/*"). */
export const enabledSites = storage.defineItem<string[]>('sync:enabledSites', { fallback: [] });
/** Whether highlights show at all (the toggle in the popup and the keyboard shortcut). */
export const highlightsVisible = storage.defineItem<boolean>('local:highlightsVisible', { fallback: true });
/** Types the reader chose not to see highlighted. */
export const hiddenTypes = storage.defineItem<SpanType[]>('local:hiddenTypes', { fallback: [] });
/** The reader's own colours, over the default palette. */
export const paletteOverrides = storage.defineItem<Partial<Palette>>('local:palette', { fallback: {} });
export const citationFormat = storage.defineItem<CitationFormat>('local:citationFormat', { fallback: 'apa' });

// The case file (lib/casefile): what the reader lets Hashmark remember, and when.
/** 'automatic': every annotated article; 'on-request': only on "Add to case file". */
export const caseFileRecording = storage.defineItem<RecordingMode>('local:caseFileRecording', { fallback: 'automatic' });
/** Recording paused: nothing new is added, whatever the mode. */
export const caseFilePaused = storage.defineItem<boolean>('local:caseFilePaused', { fallback: false });
/** Whether articles read in a private window are recorded. */
export const caseFileInPrivate = storage.defineItem<boolean>('local:caseFileInPrivate', { fallback: false });
/** Sites never recorded, as host names ("example.com" covers its subdomains). */
export const caseFileExcludedSites = storage.defineItem<string[]>('local:caseFileExcludedSites', { fallback: [] });
/** Whether an article's text is kept beside its annotation (search and facts survive page edits). */
export const caseFileKeepText = storage.defineItem<boolean>('local:caseFileKeepText', { fallback: true });
