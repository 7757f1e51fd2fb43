import type { Bundle } from '../data/bundle';
import { toStoreError } from './errors';
import { StandpunktDb } from './schema';
import { seedBundledData, type SeedResult } from './seed';

export interface Store {
  /** The open, seeded database. Opens and seeds on first call; retries after a failure. */
  ready(): Promise<StandpunktDb>;
  /** Seed again (install/update/startup); a no-op when the dataset version is unchanged. */
  reseed(): Promise<SeedResult>;
}

/**
 * Owns the open database for one extension context. Opening errors (VersionError, quota, blocked)
 * surface as StoreError from ready(), so every caller sees them; nothing is swallowed.
 */
export function createStore(bundle: Bundle, makeDb: () => StandpunktDb = () => new StandpunktDb()): Store {
  let pending: Promise<StandpunktDb> | null = null;

  async function openAndSeed(): Promise<StandpunktDb> {
    const db = makeDb();
    try {
      await db.open();
    } catch (err) {
      db.close();
      throw toStoreError(err);
    }
    try {
      await seedBundledData(db, bundle);
    } catch (err) {
      db.close();
      throw err;
    }
    return db;
  }

  function ready(): Promise<StandpunktDb> {
    if (!pending) {
      pending = openAndSeed();
      // A failed attempt is not cached: the next caller tries again (e.g. after space was freed).
      pending.catch(() => {
        pending = null;
      });
    }
    return pending;
  }

  return {
    ready,
    async reseed() {
      return seedBundledData(await ready(), bundle);
    },
  };
}
