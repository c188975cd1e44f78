/**
 * The reader's settings, one typed storage item each (@wxt-dev/storage). Shared by the
 * background, content script, popup and options page.
 */
import { storage } from 'wxt/utils/storage';
import type { SpanType } from '@/lib/schema';
import type { Palette } from '@/lib/highlight/palette';
import type { CitationFormat } from '@/lib/citation/format-names';

/** Sites annotated automatically, as match patterns ("https://www.coindesk.com/*"). */
export const enabledSites = storage.defineItem<string[]>('sync:enabledSites', { fallback: [] });
/** Whether highlights show at all (the toggle in the popup and the keyboard shortcut). */
export const highlightsVisible = storage.defineItem<boolean>('local:highlightsVisible', { fallback: true });
/** Types the reader chose not to see highlighted. */
export const hiddenTypes = storage.defineItem<SpanType[]>('local:hiddenTypes', { fallback: [] });
/** The reader's own colours, over the default palette. */
export const paletteOverrides = storage.defineItem<Partial<Palette>>('local:palette', { fallback: {} });
export const citationFormat = storage.defineItem<CitationFormat>('local:citationFormat', { fallback: 'apa' });
