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

/**
 * Names of an error and the errors it wraps: Dexie puts the IndexedDB error in `inner`, and a bulk
 * write's per-row errors in `failures` (a BulkError whose rows hit a full disk is a quota problem).
 */
function errorNames(err: unknown): string[] {
  const names: string[] = [];
  const queue: Array<{ error: unknown; depth: number }> = [{ error: err, depth: 0 }];
  for (let i = 0; i < queue.length && names.length < 50; i++) {
    const { error, depth } = queue[i]!;
    if (!error || typeof error !== 'object' || depth > 4) continue;
    const { name, inner, cause, failures } = error as {
      name?: unknown;
      inner?: unknown;
      cause?: unknown;
      failures?: unknown;
    };
    if (typeof name === 'string') names.push(name);
    const wrapped = inner ?? cause;
    if (wrapped) queue.push({ error: wrapped, depth: depth + 1 });
    // failures is an array (BulkError) or an object by row position (Dexie 4); a few are enough.
    const rows = Array.isArray(failures)
      ? failures
      : failures && typeof failures === 'object'
        ? Object.values(failures)
        : [];
    for (const row of rows.slice(0, 5)) queue.push({ error: row, depth: depth + 1 });
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
