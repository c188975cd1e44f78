/**
 * A function of a string whose answers are kept: for what is asked of compromise one word or name at a
 * time, as the same words recur in article after article. Kept up to `limit` answers, then forgotten all
 * at once (a long-running background must not grow without end).
 */
export function memoized<T>(compute: (key: string) => T, limit = 20_000): (key: string) => T {
  const known = new Map<string, T>();
  return (key) => {
    const kept = known.get(key);
    if (kept !== undefined || known.has(key)) return kept as T;
    const value = compute(key);
    if (known.size >= limit) known.clear();
    known.set(key, value);
    return value;
  };
}
