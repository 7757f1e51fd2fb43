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
