/**
 * Where each of the reader's settings is stored and its value when never set: declared once, read
 * by utils/settings.ts (typed storage items) and by the content script's light reader.
 */
import type { SpanType } from '@/lib/schema';
import type { Palette } from '@/lib/highlight/palette';
import type { CitationFormat } from '@/lib/citation/format-names';

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
  /** The popup's sections the reader left open (names, figures, addresses…), by section id. */
  openSections: setting<string[]>('local', 'popupOpenSections', []),
};
