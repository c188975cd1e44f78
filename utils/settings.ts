/**
 * The reader's settings, one typed storage item each (@wxt-dev/storage), made from the keys in
 * ./setting-keys. Shared by the background, popup and options page; the content script reads the
 * two it needs through ./setting-reader, which keeps the storage library out of every page.
 */
import { storage } from 'wxt/utils/storage';
import { SETTING_KEYS, type SettingKey } from './setting-keys';

const item = <T>({ area, key, fallback }: SettingKey<T>) => storage.defineItem<T>(`${area}:${key}`, { fallback });

export const enabledSites = item(SETTING_KEYS.enabledSites);
export const highlightsVisible = item(SETTING_KEYS.highlightsVisible);
export const hiddenTypes = item(SETTING_KEYS.hiddenTypes);
export const paletteOverrides = item(SETTING_KEYS.paletteOverrides);
export const citationFormat = item(SETTING_KEYS.citationFormat);

// The case file (lib/casefile): what the reader lets Hashmark remember, and when.
export const caseFileRecording = item(SETTING_KEYS.caseFileRecording);
export const caseFilePaused = item(SETTING_KEYS.caseFilePaused);
export const caseFileInPrivate = item(SETTING_KEYS.caseFileInPrivate);
export const caseFileExcludedSites = item(SETTING_KEYS.caseFileExcludedSites);
export const caseFileKeepText = item(SETTING_KEYS.caseFileKeepText);
export const openSections = item(SETTING_KEYS.openSections);
