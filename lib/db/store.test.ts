import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { DATASET_VERSION_KEY, schemaV2, StandpunktDb } from './schema';
import { createStore } from './store';
import { makeBundle, uniqueDbName } from './test-bundle';

const names: string[] = [];
afterEach(async () => {
  for (const name of names.splice(0)) await Dexie.delete(name);
});
function newName(): string {
  const name = uniqueDbName('store');
  names.push(name);
  return name;
}

const bundle = makeBundle('v1', [['Alpha', 'Beta'], ['Gamma']]);

describe('createStore', () => {
  it('opens and seeds once, however many callers ask', async () => {
    const name = newName();
    let made = 0;
    const store = createStore(bundle, () => {
      made += 1;
      return new StandpunktDb(name);
    });
    const [a, b] = await Promise.all([store.ready(), store.ready()]);
    expect(a).toBe(b);
    expect(made).toBe(1);
    expect(await a.positions.count()).toBe(3);
    expect((await a.meta.get(DATASET_VERSION_KEY))?.value).toBe('v1');
    expect((await store.reseed()).changed).toBe(false);
    a.close();
  });

  it('opens a database left by a newer version (downgrade) and keeps its user rows', async () => {
    // Dexie 4 does not raise VersionError here: it opens the newer database at its own version.
    const name = newName();
    const newer = new Dexie(name);
    newer.version(3).stores({ ...schemaV2, highlightCache: 'url' });
    await newer.open();
    await newer.table('notes').put({ positionId: 'doc-a:alpha', text: 'Fra en nyere versjon', updatedAt: 5 });
    await newer.table('highlightCache').put({ url: 'https://www.stortinget.no/', hits: 3 });
    newer.close();

    const db = await createStore(bundle, () => new StandpunktDb(name)).ready();
    expect(await db.positions.count()).toBe(3);
    expect(await db.notes.get('doc-a:alpha')).toEqual({
      positionId: 'doc-a:alpha',
      text: 'Fra en nyere versjon',
      updatedAt: 5,
    });
    expect(db.backendDB().objectStoreNames.contains('highlightCache')).toBe(true);
    db.close();
  });

  it('reports a missing IndexedDB as unavailable', async () => {
    class NoIdb extends StandpunktDb {
      override open(): never {
        throw new Dexie.MissingAPIError('IndexedDB API missing. Please visit https://tinyurl.com/y2uuvskb');
      }
    }
    const store = createStore(bundle, () => new NoIdb(newName()));
    await expect(store.ready()).rejects.toMatchObject({ name: 'StoreError', kind: 'unavailable' });
  });

  it('reports a quota error while opening and tries again on the next call', async () => {
    const name = newName();
    let attempts = 0;
    class FullDb extends StandpunktDb {
      override open() {
        attempts += 1;
        if (attempts === 1) {
          return Dexie.Promise.reject(
            new Dexie.AbortError('Transaction aborted', new DOMException('full', 'QuotaExceededError')),
          ) as ReturnType<Dexie['open']>;
        }
        return super.open();
      }
    }
    const store = createStore(bundle, () => new FullDb(name));
    await expect(store.ready()).rejects.toMatchObject({ name: 'StoreError', kind: 'quota' });
    const db = await store.ready();
    expect(attempts).toBe(2);
    expect(await db.positions.count()).toBe(3);
    db.close();
  });
});
