// Data safety in the browser:
// - an update from the previous schema version keeps every user row: the extension's store is replaced
//   by a version-1 store (lib/db/schema.ts's own `schemaV1`, the row shapes of version 1) holding own
//   terms, notes and settings; the browser is closed and started again on the same profile, so the
//   background starts afresh, opens the store (upgrade v1 → v2) and seeds the bundled data;
// - an import interrupted half-way leaves the previous data exactly as it was;
// - a storage quota error during an import reaches the options page as the quota message.
// The last two interrupt the import's own IndexedDB transaction in the service worker at a chosen write
// (see `armInterruption`): the product code runs unchanged, only the browser's IndexedDB is made to fail
// the way it does when the worker is stopped or the disk is full.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchWithExtension } from '../harness/browser.mjs';
import { guardNetwork } from '../harness/network.mjs';
import { expect, privacyCheck, test, waitFor } from '../harness/test.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const INNSIGELSE = 'ks-2021:vaere-tilbakeholdne-med-a-bruke-innsigelser';
const BARNEFATTIGDOM = 'ks-2021:utvikle-tiltak-og-strategier-mot-barnefattigdom';
/** A position the old data knew and the current data no longer has: user rows about it are kept. */
const GONE = 'ks-2021:et-standpunkt-som-er-tatt-ut';

/** `schemaV1` as lib/db/schema.ts declares it (read from the source, so the test follows any change). */
function schemaV1() {
  const source = readFileSync(join(ROOT, 'lib/db/schema.ts'), 'utf8');
  const literal = /export const schemaV1 = (\{[\s\S]*?\}) as const;/.exec(source)?.[1];
  if (!literal) throw new Error('could not find schemaV1 in lib/db/schema.ts');
  return new Function(`return ${literal};`)();
}

/** The previous release's data, in the row shapes of version 1 (OwnTermV1, NoteV1, legacy settings keys). */
const V1_ROWS = {
  documents: [{ id: 'ks-2021', title: 'Kommunesektorens forventninger til nytt Storting', year: 2021 }],
  positions: [
    {
      id: INNSIGELSE,
      documentId: 'ks-2021',
      chapter: 'Gi større rom for lokaldemokratiet',
      order: 1,
      title: 'Være tilbakeholdne med å bruke innsigelser',
      body: 'Gammel tekst.',
    },
    {
      id: GONE,
      documentId: 'ks-2021',
      chapter: 'Gi større rom for lokaldemokratiet',
      order: 2,
      title: 'Et standpunkt som er tatt ut',
      body: 'Gammel tekst.',
    },
  ],
  meta: [{ key: 'datasetVersion', value: 'v1-gammel' }],
  settings: [
    { key: 'highlight', value: false },
    { key: 'sites', value: ['www.stortinget.no', 'www.kommunal-rapport.no'] },
    { key: 'copyFormat', value: { default: 'markdown', includeNote: true } },
    { key: 'look', value: 'underline' },
  ],
  ownTerms: [
    { positionId: INNSIGELSE, word: '  innsigelsesretten ' },
    { positionId: BARNEFATTIGDOM, word: 'barn  i  lavinntektsfamilier' },
    { positionId: GONE, word: 'gammelt ord' },
  ],
  userNotes: [
    { positionId: INNSIGELSE, text: 'Første notat.', updated: '2024-03-01T10:00:00.000Z' },
    { positionId: BARNEFATTIGDOM, text: 'Notat uten gyldig dato.', updated: 'forrige tirsdag' },
    { positionId: INNSIGELSE, text: 'Andre notat.', updated: '2024-05-01T10:00:00.000Z' },
    { positionId: GONE, text: 'Notat om et standpunkt som er tatt ut.', updated: '2023-01-01T00:00:00.000Z' },
  ],
};

/**
 * Replaces the extension's store by a version-1 store holding `rows`, with raw IndexedDB in an extension
 * page: object stores and indexes made from the Dexie schema strings of `schema` exactly as Dexie makes
 * them (first key the primary key, `++` auto-increment, `&` unique, `*` multi-entry, `[a+b]` compound),
 * at IndexedDB version 10 (Dexie stores version n as n × 10). The background's open connection is
 * closed by Dexie when the deletion asks it to.
 */
function writeVersion1Store(page, schema, rows) {
  return page.evaluate(
    async ({ schema, rows }) => {
      const request = (r) =>
        new Promise((ok, fail) => {
          r.onsuccess = () => ok(r.result);
          r.onerror = () => fail(r.error);
          r.onblocked = () => fail(new Error('blocked: another connection did not close'));
        });
      const parse = (spec) => {
        const name = spec.replace(/^(\+\+|&|\*)/, '');
        const keyPath = name.startsWith('[') ? name.slice(1, -1).split('+') : name;
        return {
          name,
          keyPath,
          auto: spec.startsWith('++'),
          unique: spec.startsWith('&'),
          multi: spec.startsWith('*'),
        };
      };
      // The background may open (and so create) the current store between our delete and our open: then
      // the open fails with a VersionError, and we delete and try again.
      let db = null;
      for (let attempt = 0; !db; attempt++) {
        await request(indexedDB.deleteDatabase('standpunkt'));
        const open = indexedDB.open('standpunkt', 10);
        open.onupgradeneeded = () => {
          const created = open.result;
          for (const [table, spec] of Object.entries(schema)) {
            const [primary, ...indexes] = spec
              .split(',')
              .map((x) => x.trim())
              .filter(Boolean)
              .map(parse);
            const store = created.createObjectStore(table, { keyPath: primary.keyPath, autoIncrement: primary.auto });
            for (const i of indexes) store.createIndex(i.name, i.keyPath, { unique: i.unique, multiEntry: i.multi });
          }
        };
        try {
          db = await request(open);
        } catch (error) {
          if (attempt >= 5 || error?.name !== 'VersionError') throw error;
          await new Promise((ok) => setTimeout(ok, 200));
        }
      }
      const tx = db.transaction(Object.keys(rows), 'readwrite');
      for (const [table, list] of Object.entries(rows)) for (const row of list) tx.objectStore(table).add(row);
      await new Promise((ok, fail) => {
        tx.oncomplete = ok;
        tx.onabort = () => fail(tx.error);
      });
      const result = { version: db.version, stores: [...db.objectStoreNames].sort() };
      db.close();
      return result;
    },
    { schema, rows },
  );
}

/** Every row of every table, read with raw IndexedDB in an extension context (never creates the database). */
function rawStore(target) {
  return target.evaluate(async () => {
    if (!(await indexedDB.databases()).some((d) => d.name === 'standpunkt')) return null;
    const db = await new Promise((ok, fail) => {
      const req = indexedDB.open('standpunkt');
      req.onsuccess = () => ok(req.result);
      req.onerror = () => fail(req.error);
    });
    const out = { version: db.version, stores: [...db.objectStoreNames].sort(), rows: {}, indexes: {} };
    for (const name of out.stores) {
      const store = db.transaction(name).objectStore(name);
      out.indexes[name] = {
        keyPath: store.keyPath,
        autoIncrement: store.autoIncrement,
        indexes: [...store.indexNames].sort(),
      };
      out.rows[name] = await new Promise((ok, fail) => {
        const req = store.getAll();
        req.onsuccess = () => ok(req.result);
        req.onerror = () => fail(req.error);
      });
    }
    db.close();
    return out;
  });
}

let messageId = 5000;
/** Sends a message of the extension's contract to the background from an extension page (wire format of @webext-core/messaging). */
async function askBackground(page, type, data) {
  const reply = await page.evaluate((message) => chrome.runtime.sendMessage(message), {
    id: ++messageId,
    type,
    data,
    timestamp: Date.now(),
  });
  if (reply && reply.err) throw new Error(`${type} failed: ${JSON.stringify(reply.err)}`);
  return reply?.res;
}

test('an update from schema version 1 keeps every user row (migrated) and seeds the bundled data', async ({
  server,
  bundle,
}) => {
  test.setTimeout(90_000);
  const profile = mkdtempSync(join(tmpdir(), 'standpunkt-update-profile-'));
  let ext;
  try {
    // 1. The store as the previous release left it: version 1 with the user's rows (and old bundled rows).
    ext = await launchWithExtension({ port: server.port, userDataDir: profile });
    let guard = await guardNetwork(ext.context, server.port);
    const page = await ext.context.newPage();
    // An extension page that asks the background for nothing (the popup would, and so reopen the store).
    await page.goto(ext.extensionUrl('manifest.json'));
    const written = await writeVersion1Store(page, schemaV1(), V1_ROWS);
    expect(written, 'a version-1 store was written').toEqual({ version: 10, stores: Object.keys(V1_ROWS).sort() });
    const old = await rawStore(page);
    const oldId = ext.extensionId;
    expect(guard.violations, 'requests before the update').toEqual([]);
    await ext.close();

    // 2. The browser starts again on that profile: the extension's background starts afresh with the
    //    current code and finds the old store, as after an update. (Reloading the extension in place with
    //    chrome.runtime.reload() was tried: a command-line extension is then unloaded for good.)
    const started = Date.now();
    ext = await launchWithExtension({ port: server.port, userDataDir: profile });
    guard = await guardNetwork(ext.context, server.port);
    expect(ext.extensionId, 'the same extension id (same origin, same store)').toEqual(oldId);
    let last = null;
    const store = await waitFor(
      async () => {
        const s = (last = await rawStore(ext.serviceWorker));
        return (
          s &&
          s.version === 20 &&
          s.rows.meta?.some((m) => m.key === 'datasetVersion' && m.value === bundle.datasetVersion) &&
          s
        );
      },
      { what: 'the upgraded and seeded store', timeoutMs: 20_000 },
    ).catch((err) => {
      throw new Error(
        `${err.message}; the store: version ${last?.version}, tables ${JSON.stringify(last?.stores)}, meta ${JSON.stringify(last?.rows.meta)}, rows ${JSON.stringify(Object.fromEntries(Object.entries(last?.rows ?? {}).map(([t, r]) => [t, r.length])))}`,
      );
    });
    const upgradedAfter = Date.now() - started;
    const now = Date.now();

    console.log(
      `      v1 store: ${Object.entries(old.rows)
        .map(([t, r]) => `${t} ${r.length}`)
        .join(', ')}; upgraded and seeded within ${upgradedAfter} ms of the restart`,
    );
    expect(store.stores, 'tables after the upgrade').toEqual([
      'chapters',
      'documents',
      'meta',
      'notes',
      'ownTerms',
      'positions',
      'recovered',
      'settings',
    ]);
    expect(store.indexes.ownTerms, 'ownTerms table').toEqual({
      keyPath: 'id',
      autoIncrement: true,
      indexes: ['positionId', 'term'],
    });
    expect(store.indexes.notes, 'notes table').toEqual({ keyPath: 'positionId', autoIncrement: false, indexes: [] });

    // Settings: every row kept as it was (they are read tolerantly; the next write converts them).
    expect(store.rows.settings, 'settings rows').toEqual(
      [...V1_ROWS.settings].sort((a, b) => a.key.localeCompare(b.key)),
    );
    // Own terms: same ids, `word` → normalised `term`, a creation time added.
    expect(
      store.rows.ownTerms.map(({ id, positionId, term, word }) => ({ id, positionId, term, word })),
      'own terms',
    ).toEqual([
      { id: 1, positionId: INNSIGELSE, term: 'innsigelsesretten' },
      { id: 2, positionId: BARNEFATTIGDOM, term: 'barn i lavinntektsfamilier' },
      { id: 3, positionId: GONE, term: 'gammelt ord' },
    ]);
    expect(
      store.rows.ownTerms.every((t) => typeof t.createdAt === 'number' && t.createdAt <= now),
      `own terms have a creation time: ${JSON.stringify(store.rows.ownTerms)}`,
    ).toBeTruthy();
    // Notes: one per position, two notes on one position joined oldest first, none lost.
    const notes = Object.fromEntries(store.rows.notes.map((n) => [n.positionId, n]));
    expect(Object.keys(notes).sort(), 'notes by position').toEqual([GONE, BARNEFATTIGDOM, INNSIGELSE].sort());
    expect(notes[INNSIGELSE].text, 'two notes on one position joined').toEqual('Første notat.\n\nAndre notat.');
    expect(notes[INNSIGELSE].updatedAt, 'the later date kept').toEqual(Date.parse('2024-05-01T10:00:00.000Z'));
    expect(notes[GONE].text, 'a note on a position no longer in the data').toEqual(
      'Notat om et standpunkt som er tatt ut.',
    );
    expect(notes[GONE].updatedAt, 'its date').toEqual(Date.parse('2023-01-01T00:00:00.000Z'));
    expect(notes[BARNEFATTIGDOM].text, 'a note with an unreadable date').toEqual('Notat uten gyldig dato.');
    expect(
      notes[BARNEFATTIGDOM].updatedAt > started - 60_000 && notes[BARNEFATTIGDOM].updatedAt <= now,
      'an unreadable date becomes the time of the upgrade',
    ).toBeTruthy();
    // Bundled data: replaced by the current bundle.
    expect(store.rows.positions.map((p) => p.id).sort(), 'positions are the current bundle').toEqual(
      bundle.positions.map((p) => p.id).sort(),
    );
    expect(store.rows.chapters.length, 'chapters seeded').toEqual(bundle.chapters.length);
    expect(store.rows.documents.length, 'documents seeded').toEqual(bundle.documents.length);

    // The product reads the migrated data through its own messages and shows it.
    const options = await ext.context.newPage();
    await options.goto(ext.extensionUrl('options.html'));
    await options.waitForSelector('#sites-heading');
    const settings = await askBackground(options, 'getSettings');
    expect(
      {
        highlighting: settings.highlighting,
        extraSites: settings.extraSites,
        copyFormat: settings.copyFormat,
        copyIncludesNote: settings.copyIncludesNote,
        look: settings.look,
      },
      'settings as the background reads them',
    ).toEqual({
      highlighting: false,
      extraSites: ['www.kommunal-rapport.no'],
      copyFormat: 'markdown',
      copyIncludesNote: true,
      look: 'underline',
    });
    expect(
      (await askBackground(options, 'getOwnTerms')).map((t) => t.term),
      'own terms as the background lists them',
    ).toEqual(['innsigelsesretten', 'barn i lavinntektsfamilier', 'gammelt ord']);
    expect(Object.keys(await askBackground(options, 'getNotes')).sort(), 'notes as the background reads them').toEqual(
      [GONE, BARNEFATTIGDOM, INNSIGELSE].sort(),
    );
    const table = await options.getByRole('table').innerText();
    for (const term of ['innsigelsesretten', 'barn i lavinntektsfamilier', 'gammelt ord'])
      expect(table.includes(term), `the options page lists «${term}»:\n${table}`).toBeTruthy();
    await options.close();
    expect(guard.violations, 'requests before and after the update').toEqual([]);
  } finally {
    await ext?.close().catch(() => {});
    rmSync(profile, { recursive: true, force: true });
  }
});

// ── interrupted import and quota ───────────────────────────────────────────────────────────────────────

/**
 * Makes the next read-write transaction over the user tables fail at its `at`-th row write (own terms
 * and notes), in the service worker: 'abort' aborts the real transaction there (what stopping the
 * worker or closing the browser does half-way); 'quota' makes that write throw the browser's
 * QuotaExceededError (what a full disk or an exhausted quota does). Resolves to a reader of what happened.
 */
async function armInterruption(ext, mode, at) {
  await ext.serviceWorker.evaluate(
    ({ mode, at }) => {
      const state = (self.__interruption = { mode, at, seen: 0, fired: false, storesAtFire: null });
      if (self.__interruptionInstalled) return;
      self.__interruptionInstalled = true;
      for (const method of ['put', 'add']) {
        const original = IDBObjectStore.prototype[method];
        IDBObjectStore.prototype[method] = function (...args) {
          const s = self.__interruption;
          const tx = this.transaction;
          const userTables = ['settings', 'ownTerms', 'notes'].every((n) => tx.objectStoreNames.contains(n));
          if (
            s &&
            !s.fired &&
            tx.mode === 'readwrite' &&
            userTables &&
            (this.name === 'ownTerms' || this.name === 'notes') &&
            ++s.seen >= s.at
          ) {
            s.fired = true;
            s.storesAtFire = this.name;
            if (s.mode === 'quota')
              throw new DOMException('The browser refused to store more data (test).', 'QuotaExceededError');
            const request = original.apply(this, args);
            tx.abort();
            return request;
          }
          return original.apply(this, args);
        };
      }
      void state;
    },
    { mode, at },
  );
  return () => ext.serviceWorker.evaluate(() => ({ ...self.__interruption }));
}

/** The user tables, read raw in the service worker, without row ids and times that differ between writes. */
async function userRows(ext) {
  const store = await rawStore(ext.serviceWorker);
  return {
    settings: [...store.rows.settings].sort((a, b) => a.key.localeCompare(b.key)),
    ownTerms: store.rows.ownTerms.map(({ term, positionId }) => ({ term, positionId })),
    notes: store.rows.notes.map(({ positionId, text }) => ({ positionId, text })),
  };
}

/** A valid backup file with `terms` own terms and `notes` notes (position ids of a valid form). */
function bigBackup(bundle, terms, notes) {
  const ids = bundle.positions.map((p) => p.id);
  return {
    format: 'standpunkt-brukerdata',
    version: 1,
    exportedAt: new Date().toISOString(),
    settings: {
      highlighting: true,
      look: 'fill',
      copyFormat: 'html',
      copyIncludesNote: false,
      hiddenChapters: [],
      extraSites: [],
    },
    ownTerms: Array.from({ length: terms }, (_, i) => ({
      term: `eget ord nummer ${i + 1}`,
      positionId: ids[i % ids.length],
      createdAt: 1_700_000_000_000 + i,
    })),
    notes: Array.from({ length: notes }, (_, i) => ({
      positionId: `ks-2021:importert-notat-${i + 1}`,
      text: `Importert notat ${i + 1}. ${'Tekst om kommuneøkonomi og lokaldemokrati. '.repeat(20)}`,
      updatedAt: 1_700_000_000_000 + i,
    })),
  };
}

async function openOptions(ext) {
  const page = await ext.context.newPage();
  await page.goto(ext.extensionUrl('options.html'));
  await page.waitForSelector('#sites-heading');
  return page;
}

/** The user's data before an import: a setting, two own terms, two notes, written through the product. */
async function previousData(ext, options) {
  await askBackground(options, 'setSettings', { look: 'underline', copyFormat: 'markdown' });
  // Words the curated lexicon does not hold (a curated term as own term is refused since issue 10).
  for (const term of ['innsigelsesretten', 'motsegnspraksis']) {
    const r = await askBackground(options, 'addOwnTerm', { term, positionId: INNSIGELSE });
    expect(r.ok, `own term ${term} added: ${JSON.stringify(r)}`).toBeTruthy();
  }
  for (const [positionId, text] of [
    [INNSIGELSE, 'Mitt notat om innsigelser.'],
    [BARNEFATTIGDOM, 'Mitt notat om barnefattigdom.'],
  ]) {
    expect((await askBackground(options, 'setNote', { positionId, text })).ok, 'note written').toBeTruthy();
  }
  return userRows(ext);
}

async function importThroughOptions(options, name, file) {
  await options
    .locator('input[type="file"]')
    .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await options.getByText(`Filen «${name}» er i orden.`).waitFor({ timeout: 15_000 });
  // The big files carry notes on positions this version does not know: the user keeps them on purpose
  // (since issue 10 they are left out unless chosen).
  const keep = options.getByLabel(/Ta dem med likevel/);
  if (await keep.count()) await keep.check();
  await options.getByRole('button', { name: 'Importer og erstatt' }).click();
  return waitFor(
    async () => {
      const text = await options.locator('.import-status').innerText();
      return /^Importert\.|Ingenting er endret/.test(text) && text;
    },
    { what: 'the import finished or failed', timeoutMs: 30_000 },
  );
}

test('an import interrupted half-way (its transaction aborted at row 1,000 of 2,200) leaves the previous data exactly as it was', async ({
  ext,
  bundle,
}) => {
  test.setTimeout(90_000);
  const options = await openOptions(ext);
  try {
    const before = await previousData(ext, options);
    const file = bigBackup(bundle, 1200, 1000);
    const happened = await armInterruption(ext, 'abort', 1000);
    const status = await importThroughOptions(options, 'stor-backup.json', file);
    const fired = await happened();
    console.log(
      `      interruption: ${JSON.stringify(fired)}; the page says: ${status.replace(/\s+/g, ' ').slice(0, 200)}`,
    );
    expect(
      fired.fired && fired.seen === 1000,
      `the transaction was interrupted at row 1000: ${JSON.stringify(fired)}`,
    ).toBeTruthy();
    expect(/Ingenting er endret/.test(status), `the page says nothing was changed: ${status}`).toBeTruthy();
    expect(await userRows(ext), 'user data after the interrupted import').toEqual(before);

    // The store is not left broken: the same file imports completely when nothing interrupts it.
    const done = await importThroughOptions(options, 'stor-backup-2.json', file);
    expect(/^Importert\./.test(done), `a second import succeeds: ${done}`).toBeTruthy();
    const after = await userRows(ext);
    expect([after.ownTerms.length, after.notes.length], 'rows after the complete import').toEqual([1200, 1000]);
  } finally {
    await options.close();
  }
});

test('a storage quota error during an import is reported on the options page, and the previous data is kept', async ({
  ext,
  bundle,
}) => {
  test.setTimeout(60_000);
  const options = await openOptions(ext);
  try {
    // Previous data (over whatever the test before left), then a file whose import meets the quota error.
    const before = await previousData(ext, options);
    const happened = await armInterruption(ext, 'quota', 300);
    const status = await importThroughOptions(options, 'kvote.json', bigBackup(bundle, 200, 400));
    const fired = await happened();
    console.log(
      `      interruption: ${JSON.stringify(fired)}; the page says: ${status.replace(/\s+/g, ' ').slice(0, 240)}`,
    );
    expect(fired.fired, `the quota error was raised: ${JSON.stringify(fired)}`).toBeTruthy();
    expect(/Ingenting er endret/.test(status), `the page says nothing was changed: ${status}`).toBeTruthy();
    expect(
      status.includes('Nettleseren har ikke mer lagringsplass til Standpunkt'),
      `the page names the storage problem: ${status}`,
    ).toBeTruthy();
    expect(await userRows(ext), 'user data after the failed import').toEqual(before);
  } finally {
    await options.close();
  }
});

privacyCheck();
