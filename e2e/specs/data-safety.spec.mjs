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
import { createSuite, expect, waitFor } from '../harness/runner.mjs';

export const suite = createSuite('data-safety');
const { test } = suite;

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
    { id: INNSIGELSE, documentId: 'ks-2021', chapter: 'Gi større rom for lokaldemokratiet', order: 1, title: 'Være tilbakeholdne med å bruke innsigelser', body: 'Gammel tekst.' },
    { id: GONE, documentId: 'ks-2021', chapter: 'Gi større rom for lokaldemokratiet', order: 2, title: 'Et standpunkt som er tatt ut', body: 'Gammel tekst.' },
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
        return { name, keyPath, auto: spec.startsWith('++'), unique: spec.startsWith('&'), multi: spec.startsWith('*') };
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
            const [primary, ...indexes] = spec.split(',').map((x) => x.trim()).filter(Boolean).map(parse);
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
      out.indexes[name] = { keyPath: store.keyPath, autoIncrement: store.autoIncrement, indexes: [...store.indexNames].sort() };
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
  const reply = await page.evaluate((message) => chrome.runtime.sendMessage(message), { id: ++messageId, type, data, timestamp: Date.now() });
  if (reply && reply.err) throw new Error(`${type} failed: ${JSON.stringify(reply.err)}`);
  return reply?.res;
}

test('an update from schema version 1 keeps every user row (migrated) and seeds the bundled data', async ({ server, bundle }) => {
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
    expect.equal(written, { version: 10, stores: Object.keys(V1_ROWS).sort() }, 'a version-1 store was written');
    const old = await rawStore(page);
    const oldId = ext.extensionId;
    expect.equal(guard.violations, [], 'requests before the update');
    await ext.close();

    // 2. The browser starts again on that profile: the extension's background starts afresh with the
    //    current code and finds the old store, as after an update. (Reloading the extension in place with
    //    chrome.runtime.reload() was tried: a command-line extension is then unloaded for good.)
    const started = Date.now();
    ext = await launchWithExtension({ port: server.port, userDataDir: profile });
    guard = await guardNetwork(ext.context, server.port);
    expect.equal(ext.extensionId, oldId, 'the same extension id (same origin, same store)');
    let last = null;
    const store = await waitFor(
      async () => {
        const s = (last = await rawStore(ext.serviceWorker));
        return s && s.version === 20 && s.rows.meta?.some((m) => m.key === 'datasetVersion' && m.value === bundle.datasetVersion) && s;
      },
      { what: 'the upgraded and seeded store', timeoutMs: 20_000 },
    ).catch((err) => {
      throw new Error(`${err.message}; the store: version ${last?.version}, tables ${JSON.stringify(last?.stores)}, meta ${JSON.stringify(last?.rows.meta)}, rows ${JSON.stringify(Object.fromEntries(Object.entries(last?.rows ?? {}).map(([t, r]) => [t, r.length])))}`);
    });
    const upgradedAfter = Date.now() - started;
    const now = Date.now();

    console.log(`      v1 store: ${Object.entries(old.rows).map(([t, r]) => `${t} ${r.length}`).join(', ')}; upgraded and seeded within ${upgradedAfter} ms of the restart`);
    expect.equal(store.stores, ['chapters', 'documents', 'meta', 'notes', 'ownTerms', 'positions', 'settings'], 'tables after the upgrade');
    expect.equal(store.indexes.ownTerms, { keyPath: 'id', autoIncrement: true, indexes: ['positionId', 'term'] }, 'ownTerms table');
    expect.equal(store.indexes.notes, { keyPath: 'positionId', autoIncrement: false, indexes: [] }, 'notes table');

    // Settings: every row kept as it was (they are read tolerantly; the next write converts them).
    expect.equal(store.rows.settings, [...V1_ROWS.settings].sort((a, b) => a.key.localeCompare(b.key)), 'settings rows');
    // Own terms: same ids, `word` → normalised `term`, a creation time added.
    expect.equal(
      store.rows.ownTerms.map(({ id, positionId, term, word }) => ({ id, positionId, term, word })),
      [
        { id: 1, positionId: INNSIGELSE, term: 'innsigelsesretten' },
        { id: 2, positionId: BARNEFATTIGDOM, term: 'barn i lavinntektsfamilier' },
        { id: 3, positionId: GONE, term: 'gammelt ord' },
      ],
      'own terms',
    );
    expect.ok(store.rows.ownTerms.every((t) => typeof t.createdAt === 'number' && t.createdAt <= now), `own terms have a creation time: ${JSON.stringify(store.rows.ownTerms)}`);
    // Notes: one per position, two notes on one position joined oldest first, none lost.
    const notes = Object.fromEntries(store.rows.notes.map((n) => [n.positionId, n]));
    expect.equal(Object.keys(notes).sort(), [GONE, BARNEFATTIGDOM, INNSIGELSE].sort(), 'notes by position');
    expect.equal(notes[INNSIGELSE].text, 'Første notat.\n\nAndre notat.', 'two notes on one position joined');
    expect.equal(notes[INNSIGELSE].updatedAt, Date.parse('2024-05-01T10:00:00.000Z'), 'the later date kept');
    expect.equal(notes[GONE].text, 'Notat om et standpunkt som er tatt ut.', 'a note on a position no longer in the data');
    expect.equal(notes[GONE].updatedAt, Date.parse('2023-01-01T00:00:00.000Z'), 'its date');
    expect.equal(notes[BARNEFATTIGDOM].text, 'Notat uten gyldig dato.', 'a note with an unreadable date');
    expect.ok(notes[BARNEFATTIGDOM].updatedAt > started - 60_000 && notes[BARNEFATTIGDOM].updatedAt <= now, 'an unreadable date becomes the time of the upgrade');
    // Bundled data: replaced by the current bundle.
    expect.equal(store.rows.positions.map((p) => p.id).sort(), bundle.positions.map((p) => p.id).sort(), 'positions are the current bundle');
    expect.equal(store.rows.chapters.length, bundle.chapters.length, 'chapters seeded');
    expect.equal(store.rows.documents.length, bundle.documents.length, 'documents seeded');

    // The product reads the migrated data through its own messages and shows it.
    const options = await ext.context.newPage();
    await options.goto(ext.extensionUrl('options.html'));
    await options.waitForSelector('#sites-heading');
    const settings = await askBackground(options, 'getSettings');
    expect.equal(
      { highlighting: settings.highlighting, extraSites: settings.extraSites, copyFormat: settings.copyFormat, copyIncludesNote: settings.copyIncludesNote, look: settings.look },
      { highlighting: false, extraSites: ['www.kommunal-rapport.no'], copyFormat: 'markdown', copyIncludesNote: true, look: 'underline' },
      'settings as the background reads them',
    );
    expect.equal((await askBackground(options, 'getOwnTerms')).map((t) => t.term), ['innsigelsesretten', 'barn i lavinntektsfamilier', 'gammelt ord'], 'own terms as the background lists them');
    expect.equal(Object.keys(await askBackground(options, 'getNotes')).sort(), [GONE, BARNEFATTIGDOM, INNSIGELSE].sort(), 'notes as the background reads them');
    const table = await options.getByRole('table').innerText();
    for (const term of ['innsigelsesretten', 'barn i lavinntektsfamilier', 'gammelt ord']) expect.ok(table.includes(term), `the options page lists «${term}»:\n${table}`);
    await options.close();
    expect.equal(guard.violations, [], 'requests before and after the update');
  } finally {
    await ext?.close().catch(() => {});
    rmSync(profile, { recursive: true, force: true });
  }
}, { timeoutMs: 90_000 });

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
          if (s && !s.fired && tx.mode === 'readwrite' && userTables && (this.name === 'ownTerms' || this.name === 'notes') && ++s.seen >= s.at) {
            s.fired = true;
            s.storesAtFire = this.name;
            if (s.mode === 'quota') throw new DOMException('The browser refused to store more data (test).', 'QuotaExceededError');
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
    settings: { highlighting: true, look: 'fill', copyFormat: 'html', copyIncludesNote: false, hiddenChapters: [], extraSites: [] },
    ownTerms: Array.from({ length: terms }, (_, i) => ({ term: `eget ord nummer ${i + 1}`, positionId: ids[i % ids.length], createdAt: 1_700_000_000_000 + i })),
    notes: Array.from({ length: notes }, (_, i) => ({ positionId: `ks-2021:importert-notat-${i + 1}`, text: `Importert notat ${i + 1}. ${'Tekst om kommuneøkonomi og lokaldemokrati. '.repeat(20)}`, updatedAt: 1_700_000_000_000 + i })),
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
  for (const term of ['innsigelsesretten', 'motsegn']) {
    const r = await askBackground(options, 'addOwnTerm', { term, positionId: INNSIGELSE });
    expect.ok(r.ok, `own term ${term} added: ${JSON.stringify(r)}`);
  }
  for (const [positionId, text] of [[INNSIGELSE, 'Mitt notat om innsigelser.'], [BARNEFATTIGDOM, 'Mitt notat om barnefattigdom.']]) {
    expect.ok((await askBackground(options, 'setNote', { positionId, text })).ok, 'note written');
  }
  return userRows(ext);
}

async function importThroughOptions(options, name, file) {
  await options.locator('input[type="file"]').setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(JSON.stringify(file)) });
  await options.getByText(`Filen «${name}» er i orden.`).waitFor({ timeout: 15_000 });
  await options.getByRole('button', { name: 'Importer og erstatt' }).click();
  return waitFor(
    async () => {
      const text = await options.locator('.import-status').innerText();
      return /^Importert\.|Ingenting er endret/.test(text) && text;
    },
    { what: 'the import finished or failed', timeoutMs: 30_000 },
  );
}

test('an import interrupted half-way (its transaction aborted at row 1,000 of 2,200) leaves the previous data exactly as it was', async ({ ext, bundle }) => {
  const options = await openOptions(ext);
  try {
    const before = await previousData(ext, options);
    const file = bigBackup(bundle, 1200, 1000);
    const happened = await armInterruption(ext, 'abort', 1000);
    const status = await importThroughOptions(options, 'stor-backup.json', file);
    const fired = await happened();
    console.log(`      interruption: ${JSON.stringify(fired)}; the page says: ${status.replace(/\s+/g, ' ').slice(0, 200)}`);
    expect.ok(fired.fired && fired.seen === 1000, `the transaction was interrupted at row 1000: ${JSON.stringify(fired)}`);
    expect.ok(/Ingenting er endret/.test(status), `the page says nothing was changed: ${status}`);
    expect.equal(await userRows(ext), before, 'user data after the interrupted import');

    // The store is not left broken: the same file imports completely when nothing interrupts it.
    const done = await importThroughOptions(options, 'stor-backup-2.json', file);
    expect.ok(/^Importert\./.test(done), `a second import succeeds: ${done}`);
    const after = await userRows(ext);
    expect.equal([after.ownTerms.length, after.notes.length], [1200, 1000], 'rows after the complete import');
  } finally {
    await options.close();
  }
}, { timeoutMs: 90_000 });

test('a storage quota error during an import is reported on the options page, and the previous data is kept', async ({ ext, bundle }) => {
  const options = await openOptions(ext);
  try {
    // Previous data (over whatever the test before left), then a file whose import meets the quota error.
    const before = await previousData(ext, options);
    const happened = await armInterruption(ext, 'quota', 300);
    const status = await importThroughOptions(options, 'kvote.json', bigBackup(bundle, 200, 400));
    const fired = await happened();
    console.log(`      interruption: ${JSON.stringify(fired)}; the page says: ${status.replace(/\s+/g, ' ').slice(0, 240)}`);
    expect.ok(fired.fired, `the quota error was raised: ${JSON.stringify(fired)}`);
    expect.ok(/Ingenting er endret/.test(status), `the page says nothing was changed: ${status}`);
    expect.ok(status.includes('Nettleseren har ikke mer lagringsplass til Standpunkt'), `the page names the storage problem: ${status}`);
    expect.equal(await userRows(ext), before, 'user data after the failed import');
  } finally {
    await options.close();
  }
}, { timeoutMs: 60_000 });
