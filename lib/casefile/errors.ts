/** Errors the case file reports to the reader. */

/** The browser has no more storage for the case file; what was stored before is untouched. */
export class CaseFileFullError extends Error {
  override readonly name = 'CaseFileFullError';
  constructor(options?: { cause?: unknown }) {
    super(
      'Your case file is full: the browser gives Hashmark no more storage space, so this was not saved. ' +
        'Nothing already in the case file was lost. Delete articles you no longer need, or turn off keeping article text, and try again.',
      options,
    );
  }
}

/** The file given to import is not a Hashmark case file. */
export class CaseFileImportError extends Error {
  override readonly name = 'CaseFileImportError';
}

/** True for IndexedDB's QuotaExceededError, as thrown directly or wrapped by Dexie (an AbortError's `inner`). */
export function isQuotaError(error: unknown): boolean {
  for (let e: unknown = error, depth = 0; e && typeof e === 'object' && depth < 4; depth++) {
    const { name, inner, cause } = e as { name?: unknown; inner?: unknown; cause?: unknown };
    if (name === 'QuotaExceededError') return true;
    e = inner ?? cause;
  }
  return false;
}
