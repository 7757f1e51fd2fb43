/**
 * Store failures, named so callers (background, popup) can tell the user what happened instead of
 * showing an empty list. Dexie wraps IndexedDB errors; the cause is kept for the console.
 */
export type StoreErrorKind =
  /** The stored database is newer than this code (e.g. the extension was downgraded). */
  | 'version'
  /** The browser refused to store more data. */
  | 'quota'
  /** IndexedDB is missing or blocked (private mode, disabled storage, another open version). */
  | 'unavailable'
  /** A schema upgrade failed; the old data is left as it was (IndexedDB aborts the upgrade). */
  | 'upgrade'
  | 'unknown';

export class StoreError extends Error {
  readonly kind: StoreErrorKind;

  constructor(kind: StoreErrorKind, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'StoreError';
    this.kind = kind;
  }
}

const KIND_BY_NAME: Record<string, StoreErrorKind> = {
  VersionError: 'version',
  QuotaExceededError: 'quota',
  MissingAPIError: 'unavailable',
  InvalidStateError: 'unavailable',
  SecurityError: 'unavailable',
  BlockedError: 'unavailable',
  UpgradeError: 'upgrade',
};

const EXPLANATION: Record<StoreErrorKind, string> = {
  version: 'the stored database was made by a newer version of Standpunkt',
  quota: 'the browser refused to store more data (storage quota exceeded)',
  unavailable: 'IndexedDB is not available in this browser context',
  upgrade: 'upgrading the stored database failed',
  unknown: 'unexpected IndexedDB error',
};

/** Names of an error and the errors it wraps (Dexie puts the IndexedDB error in `inner`). */
function errorNames(err: unknown): string[] {
  const names: string[] = [];
  let cur: unknown = err;
  for (let depth = 0; cur && typeof cur === 'object' && depth < 5; depth++) {
    const { name, inner, cause } = cur as { name?: unknown; inner?: unknown; cause?: unknown };
    if (typeof name === 'string') names.push(name);
    cur = inner ?? cause;
  }
  return names;
}

/** Classify any error thrown while opening, upgrading or writing the store. */
export function toStoreError(err: unknown, action = 'open the Standpunkt store'): StoreError {
  if (err instanceof StoreError) return err;
  const names = errorNames(err);
  const kind = names.map((n) => KIND_BY_NAME[n]).find((k) => k !== undefined) ?? 'unknown';
  const detail = err instanceof Error ? err.message : String(err);
  return new StoreError(kind, `Could not ${action}: ${EXPLANATION[kind]} (${names[0] ?? 'Error'}: ${detail})`, {
    cause: err,
  });
}
