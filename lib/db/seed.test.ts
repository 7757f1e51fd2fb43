import { afterEach, describe, expect, it } from 'vitest';
import { DATASET_VERSION_KEY, StandpunktDb } from './schema';
import { seedBundledData } from './seed';
import { makeBundle, uniqueDbName } from './test-bundle';

const open: StandpunktDb[] = [];
async function freshDb(): Promise<StandpunktDb> {
  const db = new StandpunktDb(uniqueDbName('seed'));
  await db.open();
  open.push(db);
  return db;
}
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

const v1 = makeBundle('v1', [['Alpha', 'Beta'], ['Gamma']]);
const v2 = makeBundle('v2', [
  ['Alpha', 'Delta'],
  ['Gamma', 'Epsilon'],
]);

async function fillUserTables(db: StandpunktDb) {
  await db.settings.put({ key: 'highlight', value: { enabled: true, chapters: [1, 2] } });
  await db.ownTerms.add({ term: 'barnehagelærer', positionId: 'doc-a:beta', createdAt: 1 });
  await db.notes.put({ positionId: 'doc-a:beta', text: 'Viktig for oss', updatedAt: 2 });
}

describe('seedBundledData', () => {
  it('fills an empty store and stores the dataset version', async () => {
    const db = await freshDb();
    const result = await seedBundledData(db, v1);
    expect(result).toEqual({ changed: true, previousVersion: null, datasetVersion: 'v1' });
    expect(await db.meta.get(DATASET_VERSION_KEY)).toEqual({ key: DATASET_VERSION_KEY, value: 'v1' });
    expect((await db.positions.toArray()).map((p) => p.title).sort()).toEqual(['Alpha', 'Beta', 'Gamma']);
    expect(await db.chapters.count()).toBe(2);
    expect(await db.documents.count()).toBe(1);
  });

  it('is idempotent: the same version writes nothing', async () => {
    const db = await freshDb();
    await seedBundledData(db, v1);
    // A row the seeder would delete if it rewrote the tables proves that it did not.
    await db.positions.put({ ...v1.positions[0]!, id: 'doc-a:marker', title: 'Marker' });
    const result = await seedBundledData(db, v1);
    expect(result.changed).toBe(false);
    expect(result.previousVersion).toBe('v1');
    expect(await db.positions.get('doc-a:marker')).toBeDefined();
    expect(await db.positions.count()).toBe(4);
  });

  it('replaces stale bundled rows when the version changes', async () => {
    const db = await freshDb();
    await seedBundledData(db, v1);
    const result = await seedBundledData(db, v2);
    expect(result).toEqual({ changed: true, previousVersion: 'v1', datasetVersion: 'v2' });
    const titles = (await db.positions.toArray()).map((p) => p.title).sort();
    expect(titles).toEqual(['Alpha', 'Delta', 'Epsilon', 'Gamma']);
    expect(await db.positions.get('doc-a:beta')).toBeUndefined();
    expect((await db.meta.get(DATASET_VERSION_KEY))?.value).toBe('v2');
  });

  it('replaces a row whose content changed under the same id', async () => {
    const db = await freshDb();
    await seedBundledData(db, v1);
    const changed = makeBundle('v1b', [['Alpha', 'Beta'], ['Gamma']]);
    changed.positions[0]!.body = 'Ny og bedre begrunnelse.';
    await seedBundledData(db, changed);
    expect((await db.positions.get('doc-a:alpha'))?.body).toBe('Ny og bedre begrunnelse.');
  });

  it('never touches the user tables', async () => {
    const db = await freshDb();
    await seedBundledData(db, v1);
    await fillUserTables(db);
    const before = {
      settings: await db.settings.toArray(),
      ownTerms: await db.ownTerms.toArray(),
      notes: await db.notes.toArray(),
    };
    await seedBundledData(db, v2); // the note's position "Beta" is gone from v2: the note stays anyway
    await seedBundledData(db, v2);
    expect({
      settings: await db.settings.toArray(),
      ownTerms: await db.ownTerms.toArray(),
      notes: await db.notes.toArray(),
    }).toEqual(before);
  });

  it('leaves the old data intact when the write fails halfway', async () => {
    const db = await freshDb();
    await seedBundledData(db, v1);
    const broken = makeBundle('v3', [['Alpha']]);
    // An object without its primary key makes bulkPut throw inside the transaction.
    broken.positions.push({ title: 'Uten id' } as never);
    await expect(seedBundledData(db, broken)).rejects.toThrow(/seed the bundled KS data/);
    expect((await db.meta.get(DATASET_VERSION_KEY))?.value).toBe('v1');
    expect(await db.positions.count()).toBe(3);
  });
});
