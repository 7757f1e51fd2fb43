import Dexie from 'dexie';
import { describe, expect, it } from 'vitest';
import { StoreError, toStoreError } from './errors';

describe('toStoreError', () => {
  it.each([
    [new Dexie.VersionError('stored version is higher'), 'version'],
    [new DOMException('no space', 'QuotaExceededError'), 'quota'],
    [new Dexie.AbortError('aborted', new DOMException('no space', 'QuotaExceededError')), 'quota'],
    [new Dexie.MissingAPIError('indexedDB API missing'), 'unavailable'],
    [new Dexie.OpenFailedError(new DOMException('blocked', 'InvalidStateError')), 'unavailable'],
    [new Dexie.UpgradeError('upgrade failed'), 'upgrade'],
    [new Error('something else'), 'unknown'],
    ['a string', 'unknown'],
  ] as const)('classifies %s as %s', (err, kind) => {
    const e = toStoreError(err);
    expect(e).toBeInstanceOf(StoreError);
    expect(e.kind).toBe(kind);
    expect(e.cause).toBe(err);
    expect(e.message).toMatch(/^Could not open the Standpunkt store: /);
  });

  it('finds a full disk among the rows of a bulk write, and only there', () => {
    const rowErrors = [
      new DOMException('key exists', 'ConstraintError'),
      new DOMException('disk full', 'QuotaExceededError'),
    ];
    expect(toStoreError(new Dexie.BulkError('2 of 40 rows failed', rowErrors)).kind).toBe('quota');
    // Dexie 4 also keys the failures by row position.
    const byPosition = Object.assign(new Dexie.BulkError('1 of 40 rows failed', [rowErrors[1]!]), {
      failures: { 17: rowErrors[1] },
    });
    expect(toStoreError(byPosition).kind).toBe('quota');
    expect(toStoreError(new Dexie.BulkError('1 of 40 rows failed', [rowErrors[0]!])).kind).toBe('unknown');
  });

  it('keeps the original message and names the action', () => {
    const e = toStoreError(new DOMException('disk full', 'QuotaExceededError'), 'seed the bundled KS data');
    expect(e.message).toBe(
      'Could not seed the bundled KS data: the browser refused to store more data (storage quota exceeded) (QuotaExceededError: disk full)',
    );
  });

  it('passes a StoreError through unchanged', () => {
    const e = new StoreError('quota', 'x');
    expect(toStoreError(e)).toBe(e);
  });
});
