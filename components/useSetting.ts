import { useEffect, useState } from 'preact/hooks';

/** The part of a @wxt-dev/storage item the views use; tests can pass a plain object. */
export interface Setting<T> {
  getValue(): Promise<T>;
  setValue(value: T): Promise<void>;
  watch(callback: (value: T) => void): () => void;
}

/** A setting's current value, kept in step with other windows and tabs. */
export function useSetting<T>(setting: Setting<T>, fallback: T): [T, (value: T) => void] {
  const [value, setValue] = useState<T>(fallback);
  useEffect(() => {
    void setting.getValue().then(setValue);
    return setting.watch((v) => setValue(v));
  }, [setting]);
  return [value, (v: T) => {
    setValue(v);
    void setting.setValue(v);
  }];
}
