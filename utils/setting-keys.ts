/**
 * Where each of the reader's settings is stored and its value when never set: declared once, read
 * by utils/settings.ts (typed storage items) and by the content script's light reader.
 */
import type { SpanType } from '@/lib/schema';
import type { Palette } from '@/lib/highlight/palette';
import type { CitationFormat } from '@/lib/citation/format-names';
import type { RecordingMode } from '@/lib/casefile/policy';

export interface SettingKey<T> {
  area: 'local' | 'sync';
  key: string;
  fallback: T;
}

const setting = <T>(area: 'local' | 'sync', key: string, fallback: T): SettingKey<T> => ({ area, key, fallback });

export const SETTING_KEYS = {
  /** Sites annotated automatically, as match patterns ("https://www.coindesk.com/*"). */
  enabledSites: setting<string[]>('sync', 'enabledSites', []),
  /** Whether highlights show at all (the toggle in the popup and the keyboard shortcut). */
  highlightsVisible: setting<boolean>('local', 'highlightsVisible', true),
  /** Types the reader chose not to see highlighted. */
  hiddenTypes: setting<SpanType[]>('local', 'hiddenTypes', []),
  /** The reader's own colours, over the default palette. */
  paletteOverrides: setting<Partial<Palette>>('local', 'palette', {}),
  citationFormat: setting<CitationFormat>('local', 'citationFormat', 'apa'),
  /** 'automatic': every annotated article goes to the case file; 'on-request': only on "Add to case file". */
  caseFileRecording: setting<RecordingMode>('local', 'caseFileRecording', 'automatic'),
  /** Recording paused: nothing new is added, whatever the mode. */
  caseFilePaused: setting<boolean>('local', 'caseFilePaused', false),
  /** Whether articles read in a private window are recorded. */
  caseFileInPrivate: setting<boolean>('local', 'caseFileInPrivate', false),
  /** Sites never recorded, as host names ("example.com" covers its subdomains). */
  caseFileExcludedSites: setting<string[]>('local', 'caseFileExcludedSites', []),
  /** Whether an article's text is kept beside its annotation (search and facts survive page edits). */
  caseFileKeepText: setting<boolean>('local', 'caseFileKeepText', true),
  /** The popup's sections the reader left open (names, figures, addresses…), by section id. */
  openSections: setting<string[]>('local', 'popupOpenSections', []),
};
