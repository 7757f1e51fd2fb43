import type { Bundle } from '../data/bundle';
import { toStoreError } from './errors';
import { DATASET_VERSION_KEY, type StandpunktDb } from './schema';

export interface SeedResult {
  /** True when the bundled tables were rewritten. */
  changed: boolean;
  previousVersion: string | null;
  datasetVersion: string;
}

/**
 * Make the bundled tables equal to `bundle`, in one read-write transaction: if the stored dataset
 * version equals the bundle's nothing is written; otherwise documents, chapters and positions are
 * cleared and refilled and the version stored. The user tables are not even in the transaction's
 * scope, so seeding cannot touch them (Dexie would throw). Concurrent calls are serialised by
 * IndexedDB; the second one sees the new version and does nothing.
 */
export async function seedBundledData(db: StandpunktDb, bundle: Bundle): Promise<SeedResult> {
  try {
    return await db.transaction('rw', [db.documents, db.chapters, db.positions, db.meta], async () => {
      const stored = await db.meta.get(DATASET_VERSION_KEY);
      const previousVersion = stored?.value ?? null;
      if (previousVersion === bundle.datasetVersion) {
        return { changed: false, previousVersion, datasetVersion: bundle.datasetVersion };
      }
      await Promise.all([db.documents.clear(), db.chapters.clear(), db.positions.clear()]);
      await db.documents.bulkPut(bundle.documents);
      await db.chapters.bulkPut(bundle.chapters);
      await db.positions.bulkPut(bundle.positions);
      await db.meta.put({ key: DATASET_VERSION_KEY, value: bundle.datasetVersion });
      return { changed: true, previousVersion, datasetVersion: bundle.datasetVersion };
    });
  } catch (err) {
    throw toStoreError(err, 'seed the bundled KS data');
  }
}
