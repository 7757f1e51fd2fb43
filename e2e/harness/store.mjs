// @ts-check
// Reads the extension's IndexedDB store with the raw API (no Dexie), from any extension context.
// Never creates the database: if it does not exist yet, reports that instead of opening it (an
// open without version would create an empty v1 database under Dexie's feet).

/** A page or the service worker of the extension (both evaluate the same way). */
/** @typedef {Pick<import('playwright-core').Worker, 'evaluate'>} ExtensionContext */

/** @param {ExtensionContext} target */
export function readStore(target, dbName = 'standpunkt') {
  return target.evaluate(async (name) => {
    const dbs = await indexedDB.databases();
    if (!dbs.some((d) => d.name === name)) return { exists: false };
    /** @type {IDBDatabase} */
    const db = await new Promise((ok, fail) => {
      const req = indexedDB.open(name);
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    /**
     * @param {string} store
     * @param {(s: IDBObjectStore) => IDBRequest} fn
     * @returns {Promise<any>}
     */
    const read = (store, fn) =>
      new Promise((ok, fail) => {
        if (!db.objectStoreNames.contains(store)) return ok(null);
        const req = fn(db.transaction(store).objectStore(store));
        req.onsuccess = () => ok(req.result);
        req.onerror = () => fail(req.error);
      });
    const result = {
      exists: true,
      version: db.version,
      stores: [...db.objectStoreNames].sort(),
      datasetVersion: (await read('meta', (s) => s.get('datasetVersion')))?.value ?? null,
      positionIds: await read('positions', (s) => s.getAllKeys()),
      chapterCount: await read('chapters', (s) => s.count()),
      documentCount: await read('documents', (s) => s.count()),
      settings: await read('settings', (s) => s.count()),
      ownTerms: await read('ownTerms', (s) => s.count()),
      notes: await read('notes', (s) => s.count()),
    };
    db.close();
    return result;
  }, dbName);
}

/**
 * The user tables (settings rows sorted by key, own terms and notes without ids and dates), read with
 * raw IndexedDB in an extension context that already has the store.
 * @param {ExtensionContext} target
 */
export function readUserTables(target) {
  return target.evaluate(async () => {
    /** @type {IDBDatabase} */
    const db = await new Promise((ok, fail) => {
      const req = indexedDB.open('standpunkt');
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    /**
     * @param {string} store
     * @returns {Promise<any[]>}
     */
    const all = (store) =>
      new Promise((ok, fail) => {
        const req = db.transaction(store).objectStore(store).getAll();
        req.onsuccess = () => ok(req.result);
        req.onerror = () => fail(req.error);
      });
    const out = { settings: await all('settings'), ownTerms: await all('ownTerms'), notes: await all('notes') };
    db.close();
    out.ownTerms = out.ownTerms.map(({ term, positionId }) => ({ term, positionId }));
    out.notes = out.notes.map(({ positionId, text }) => ({ positionId, text }));
    out.settings.sort((a, b) => a.key.localeCompare(b.key));
    return out;
  });
}
