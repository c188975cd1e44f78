/**
 * Reading and following a setting with browser.storage alone: what the content script needs,
 * in a few hundred bytes instead of the storage library. Values are stored under the same keys.
 */
import type { SettingKey } from './setting-keys';

export async function readSetting<T>({ area, key, fallback }: SettingKey<T>): Promise<T> {
  const stored = await browser.storage[area].get(key);
  return (stored[key] as T | undefined) ?? fallback;
}

/** Calls back with the new value on every change; returns the function that stops following. */
export function followSetting<T>({ area, key, fallback }: SettingKey<T>, onChange: (value: T) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, changedArea: string) => {
    if (changedArea === area && key in changes) onChange((changes[key]!.newValue as T | undefined) ?? fallback);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
