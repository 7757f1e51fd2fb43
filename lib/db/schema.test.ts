import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { toStoreError } from './errors';
import {
  DATASET_VERSION_KEY,
  normaliseTerm,
  RECOVERED_KEY,
  schemaV1,
  schemaV2,
  StandpunktDb,
  upgradeV1toV2,
  type NoteV1,
  type OwnTermV1,
} from './schema';
import { seedBundledData } from './seed';
import { makeBundle, uniqueDbName } from './test-bundle';

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});

/** A database exactly as version 1 of the extension left it, with user data. */
async function createV1Database(name: string) {
  names.push(name);
  const old = new Dexie(name);
  old.version(1).stores(schemaV1);
  await old.open();
  await old.table('documents').put({ id: 'ks-2021', title: 'Gammel tittel', publisher: 'KS', year: 2021 });
  await old.table('positions').bulkPut([
    { id: 'ks-2021:a', documentId: 'ks-2021', chapter: 'Kapittel 1', title: 'A', body: '', order: 0 },
    { id: 'ks-2021:b', documentId: 'ks-2021', chapter: 'Kapittel 1', title: 'B', body: '', order: 1 },
  ]);
  await old.table('meta').put({ key: DATASET_VERSION_KEY, value: 'old-dataset' });
  await old.table('settings').bulkPut([
    { key: 'highlight', value: true },
    { key: 'sites', value: ['www.stortinget.no', 'www.regjeringen.no', 'www.ks.no'] },
    { key: 'copyFormat', value: { default: 'markdown', includeNote: false } },
  ]);
  const terms: OwnTermV1[] = [
    { positionId: 'ks-2021:a', word: '  lærernorm ' },
    { positionId: 'ks-2021:a', word: 'pedagognorm' },
    { positionId: 'ks-2021:b', word: 'statlig\u00a0 tilsyn' },
  ];
  await old.table('ownTerms').bulkAdd(terms);
  const notes: NoteV1[] = [
    { positionId: 'ks-2021:a', text: 'Første notat', updated: '2024-01-02T10:00:00.000Z' },
    { positionId: 'ks-2021:b', text: 'Om tilsyn', updated: '2024-03-01T08:30:00.000Z' },
    { positionId: 'ks-2021:a', text: 'Andre notat', updated: '2024-02-01T12:00:00.000Z' },
    { positionId: 'ks-2021:gone', text: 'Notat på et krav som ikke finnes lenger', updated: 'not a date' },
  ];
  await old.table('userNotes').bulkAdd(notes);
  old.close();
}

describe('schema upgrade v1 → v2', () => {
  it('keeps and migrates every user row', async () => {
    const name = uniqueDbName('upgrade');
    await createV1Database(name);
    const before = Date.now();

    const db = new StandpunktDb(name);
    await db.open();
    expect(db.verno).toBe(2);

    expect(await db.settings.orderBy('key').toArray()).toEqual([
      { key: 'copyFormat', value: { default: 'markdown', includeNote: false } },
      { key: 'highlight', value: true },
      { key: 'sites', value: ['www.stortinget.no', 'www.regjeringen.no', 'www.ks.no'] },
    ]);

    const terms = await db.ownTerms.orderBy('id').toArray();
    expect(terms.map(({ id, term, positionId }) => ({ id, term, positionId }))).toEqual([
      { id: 1, term: 'lærernorm', positionId: 'ks-2021:a' },
      { id: 2, term: 'pedagognorm', positionId: 'ks-2021:a' },
      { id: 3, term: 'statlig tilsyn', positionId: 'ks-2021:b' },
    ]);
    for (const t of terms) {
      expect(t).not.toHaveProperty('word');
      expect(t.createdAt).toBeGreaterThanOrEqual(before);
    }
    // The new index on `term` works.
    expect(await db.ownTerms.where('term').equals('pedagognorm').count()).toBe(1);

    expect(await db.notes.orderBy('positionId').toArray()).toEqual([
      {
        positionId: 'ks-2021:a',
        text: 'Første notat\n\nAndre notat',
        updatedAt: Date.parse('2024-02-01T12:00:00.000Z'),
      },
      { positionId: 'ks-2021:b', text: 'Om tilsyn', updatedAt: Date.parse('2024-03-01T08:30:00.000Z') },
      { positionId: 'ks-2021:gone', text: 'Notat på et krav som ikke finnes lenger', updatedAt: expect.any(Number) },
    ]);
    expect(db.tables.map((t) => t.name)).not.toContain('userNotes');
    db.close();
  });

  it('drops the old bundled rows so that seeding refills them in the new shape', async () => {
    const name = uniqueDbName('upgrade');
    await createV1Database(name);
    const db = new StandpunktDb(name);
    await db.open();
    expect(await db.positions.count()).toBe(0);
    expect(await db.meta.get(DATASET_VERSION_KEY)).toBeUndefined();

    const result = await seedBundledData(db, makeBundle('new', [['A'], ['B', 'C']], 'ks-2021'));
    expect(result).toMatchObject({ changed: true, previousVersion: null });
    const positions = await db.positions.where('[documentId+chapterIndex]').equals(['ks-2021', 2]).toArray();
    expect(positions.map((p) => p.title).sort()).toEqual(['B', 'C']);
    expect(await db.notes.count()).toBe(3);
    db.close();
  });

  it('creates a fresh database at version 2 directly', async () => {
    const name = uniqueDbName('fresh');
    names.push(name);
    const db = new StandpunktDb(name);
    await db.open();
    expect(db.verno).toBe(2);
    expect(db.tables.map((t) => t.name).sort()).toEqual([
      'chapters',
      'documents',
      'meta',
      'notes',
      'ownTerms',
      'positions',
      'recovered',
      'settings',
    ]);
    db.close();
  });
});

describe('normaliseTerm', () => {
  it('trims, collapses whitespace and composes to NFC', () => {
    expect(normaliseTerm('  bemannings\u00a0 norm\t')).toBe('bemannings norm');
    expect(normaliseTerm('la\u030arernorm')).toBe('lårernorm');
  });
});

describe('issue 10: one bad old row does not block the upgrade (finding 6)', () => {
  it('sets rows without a position id aside in `recovered` and migrates the rest', async () => {
    const name = uniqueDbName('upgrade-broken');
    await createV1Database(name);
    const old = new Dexie(name);
    old.version(1).stores(schemaV1);
    await old.open();
    await old.table('userNotes').bulkAdd([
      { text: 'Notat uten standpunkt', updated: '2024-01-01T00:00:00.000Z' },
      { positionId: 42, text: 'Tall som id', updated: '2024-01-01T00:00:00.000Z' },
    ]);
    await old.table('ownTerms').add({ word: 'løst ord' });
    old.close();

    const db = new StandpunktDb(name);
    await db.open();
    expect(await db.notes.count()).toBe(3);
    expect(await db.ownTerms.count()).toBe(3);
    const recovered = await db.recovered.orderBy('id').toArray();
    expect(
      recovered.map((r) => [
        r.table,
        (r.row as { text?: string; word?: string }).text ?? (r.row as { word?: string }).word,
      ]),
    ).toEqual([
      ['ownTerms', 'løst ord'],
      ['userNotes', 'Notat uten standpunkt'],
      ['userNotes', 'Tall som id'],
    ]);
    expect(await db.meta.get(RECOVERED_KEY)).toEqual({ key: RECOVERED_KEY, value: '3' });
    db.close();
  });

  it('an upgrade step that still fails is classified as an upgrade problem', async () => {
    const failing = { table: () => ({ toArray: () => Promise.reject(new DOMException('bad key', 'DataError')) }) };
    const error = await upgradeV1toV2(failing as never).then(
      () => null,
      (e: unknown) => e,
    );
    expect(toStoreError(error).kind).toBe('upgrade');
  });
});

describe('a store already at version 2 without the recovered table', () => {
  it('gets the table on open, without a version bump', async () => {
    const name = uniqueDbName('v2-without-recovered');
    names.push(name);
    const old = new Dexie(name);
    const { recovered: _, ...released } = schemaV2;
    old.version(1).stores(schemaV1);
    old.version(2).stores(released);
    await old.open();
    await old.table('notes').put({ positionId: 'ks-2021:a', text: 'Beholdes', updatedAt: 1 });
    old.close();
    const db = new StandpunktDb(name);
    await db.open();
    expect(await db.recovered.count()).toBe(0);
    expect(await db.notes.count()).toBe(1);
    db.close();
  });
});
