import { afterEach, describe, expect, it, vi } from 'vitest';
import { StandpunktDb } from '../db/schema';
import { seedBundledData } from '../db/seed';
import { makeBundle, uniqueDbName } from '../db/test-bundle';
import { curatedKeys } from '../lexicon/own-terms';
import { DEFAULT_SETTINGS } from '../settings/settings';
import { UserDataError, type UserDataProblem } from './format';
import {
  addOwnTerm,
  exportUserData,
  listOwnTerms,
  readNotes,
  readSettings,
  readUserData,
  removeOwnTerm,
  replaceUserData,
  updateSettings,
  writeNote,
} from './store';
import { parseUserDataText } from './validate';

const bundle = makeBundle('v1', [['Alpha', 'Beta'], ['Gamma']]);
const open: StandpunktDb[] = [];
afterEach(async () => {
  for (const db of open.splice(0)) await db.delete();
});

async function freshDb() {
  const db = new StandpunktDb(uniqueDbName('userdata'));
  await db.open();
  await seedBundledData(db, bundle);
  open.push(db);
  return db;
}

async function problem(run: () => Promise<unknown>): Promise<UserDataProblem> {
  try {
    await run();
  } catch (err) {
    if (err instanceof UserDataError) return err.problem;
    throw err;
  }
  throw new Error('expected a UserDataError');
}

describe('settings', () => {
  it('stores changes and validates the whole record', async () => {
    const db = await freshDb();
    expect(await readSettings(db)).toEqual(DEFAULT_SETTINGS);
    expect((await updateSettings(db, { look: 'underline' })).look).toBe('underline');
    expect(await readSettings(db)).toEqual({ ...DEFAULT_SETTINGS, look: 'underline' });
    await expect(updateSettings(db, { look: 'blink' as never })).rejects.toThrow(/look/);
    expect((await readSettings(db)).look).toBe('underline');
  });

  it('replaces version 1 rows on the next write', async () => {
    const db = await freshDb();
    await db.settings.bulkPut([
      { key: 'highlight', value: false },
      { key: 'sites', value: ['www.stortinget.no', 'www.ks.no'] },
    ]);
    const next = await updateSettings(db, { copyFormat: 'html' });
    expect(next).toMatchObject({ highlighting: false, extraSites: ['www.ks.no'], copyFormat: 'html' });
    expect((await db.settings.toCollection().primaryKeys()).sort()).not.toContain('sites');
    expect(await readSettings(db)).toEqual(next);
  });
});

describe('notes', () => {
  it('sets, replaces and deletes a note', async () => {
    const db = await freshDb();
    await writeNote(db, 'doc-a:alpha', '  Første  ', 1);
    await writeNote(db, 'doc-a:beta', 'B', 2);
    await writeNote(db, 'doc-a:alpha', 'Andre', 3);
    expect(await readNotes(db)).toEqual({ 'doc-a:alpha': 'Andre', 'doc-a:beta': 'B' });
    await writeNote(db, 'doc-a:alpha', '   ');
    expect(await readNotes(db)).toEqual({ 'doc-a:beta': 'B' });
  });
});

describe('own terms', () => {
  it('adds, lists and removes', async () => {
    const db = await freshDb();
    const a = await addOwnTerm(db, { term: ' pedagognorm ', positionId: 'doc-a:alpha' }, 10);
    await addOwnTerm(db, { term: 'lærertetthet', positionId: 'doc-a:alpha' }, 11);
    expect(a).toEqual({ id: expect.any(Number), term: 'pedagognorm', positionId: 'doc-a:alpha', createdAt: 10 });
    expect((await listOwnTerms(db)).map((t) => t.term)).toEqual(['pedagognorm', 'lærertetthet']);
    await removeOwnTerm(db, a.id);
    expect((await listOwnTerms(db)).map((t) => t.term)).toEqual(['lærertetthet']);
  });

  it('refuses an unknown position, a duplicate and a bad term', async () => {
    const db = await freshDb();
    await addOwnTerm(db, { term: 'Norm', positionId: 'doc-a:alpha' });
    expect(await problem(() => addOwnTerm(db, { term: 'norm', positionId: 'doc-a:alpha' }))).toMatchObject({
      code: 'duplicateTerm',
    });
    expect(await problem(() => addOwnTerm(db, { term: 'norm', positionId: 'doc-a:nope' }))).toMatchObject({
      code: 'badPositionId',
    });
    expect(await problem(() => addOwnTerm(db, { term: '!', positionId: 'doc-a:beta' }))).toMatchObject({
      code: 'badTerm',
    });
    // The same word may point to another position.
    await addOwnTerm(db, { term: 'norm', positionId: 'doc-a:beta' });
    expect(await db.ownTerms.count()).toBe(2);
  });
});

describe('export and import', () => {
  it('round-trips all user data through the JSON text', async () => {
    const db = await freshDb();
    await updateSettings(db, { look: 'underline', copyIncludesNote: true, extraSites: ['www.ks.no'] });
    await addOwnTerm(db, { term: 'pedagognorm', positionId: 'doc-a:alpha' }, 10);
    await writeNote(db, 'doc-a:gamma', 'Notat\n\nmed avsnitt', 20);
    const file = await exportUserData(db, new Date('2026-11-26T12:00:00Z'));
    expect(file).toMatchObject({ format: 'standpunkt-brukerdata', version: 1, exportedAt: '2026-11-26T12:00:00.000Z' });

    const other = await freshDb();
    await addOwnTerm(other, { term: 'skal bort', positionId: 'doc-a:beta' });
    await replaceUserData(other, parseUserDataText(JSON.stringify(file)));
    expect(await readUserData(other)).toEqual(await readUserData(db));
  });

  it('leaves the previous data intact when the import fails half-way (quota)', async () => {
    const db = await freshDb();
    await updateSettings(db, { look: 'underline' });
    await addOwnTerm(db, { term: 'gammelt ord', positionId: 'doc-a:alpha' });
    await writeNote(db, 'doc-a:alpha', 'Gammelt notat');
    const before = await readUserData(db);

    // The notes table is written last: settings and terms are already cleared and rewritten when it fails.
    vi.spyOn(db.notes, 'bulkPut').mockImplementation(() => {
      throw new DOMException('disk full', 'QuotaExceededError');
    });
    const incoming = {
      settings: DEFAULT_SETTINGS,
      ownTerms: [{ term: 'nytt', positionId: 'doc-a:beta', createdAt: 1 }],
      notes: [{ positionId: 'doc-a:beta', text: 'Nytt', updatedAt: 1 }],
    };
    expect(await problem(() => replaceUserData(db, incoming))).toMatchObject({ code: 'quota' });
    vi.restoreAllMocks();
    expect(await readUserData(db)).toEqual(before);
  });
});

describe('issue 10: own terms and settings at input', () => {
  it('refuses a term the compiler would call a duplicate, naming the clash, and a curated term of the position', async () => {
    const db = await freshDb();
    await addOwnTerm(db, { term: 'ab-cd', positionId: 'doc-a:alpha' });
    expect(await problem(() => addOwnTerm(db, { term: 'AB–CD', positionId: 'doc-a:alpha' }))).toMatchObject({
      code: 'duplicateTerm',
      detail: 'ab-cd',
    });
    expect(await problem(() => addOwnTerm(db, { term: 'a\u00adb-cd', positionId: 'doc-a:alpha' }))).toMatchObject({
      code: 'duplicateTerm',
      detail: 'ab-cd',
    });
    const curated = curatedKeys([{ position: 'doc-a:beta', terms: [{ t: 'e-helselov' }] }]);
    expect(
      await problem(() => addOwnTerm(db, { term: 'e–helselov', positionId: 'doc-a:beta' }, 1, curated)),
    ).toMatchObject({ code: 'duplicateTerm', detail: 'e-helselov' });
  });

  it('lists stored own terms the lexicon build skips, with the reason', async () => {
    const db = await freshDb();
    // Stored before the fix (or by a hand-edited store): two spellings of one term.
    await db.ownTerms.bulkAdd([
      { term: 'ab-cd', positionId: 'doc-a:alpha', createdAt: 1 },
      { term: 'ab–cd', positionId: 'doc-a:alpha', createdAt: 2 },
      { term: 'e–helselov', positionId: 'doc-a:beta', createdAt: 3 },
    ]);
    const listed = await listOwnTerms(db, [
      { position: 'doc-a:alpha', terms: [] },
      { position: 'doc-a:beta', terms: [{ t: 'e-helselov' }] },
    ]);
    expect(listed.map((t) => t.skipped ?? null)).toEqual([
      null,
      { reason: 'duplicate', detail: 'ab-cd' },
      { reason: 'curated', detail: 'e-helselov' },
    ]);
  });

  it('refuses settings of the wrong type or over the limits from any caller', async () => {
    const db = await freshDb();
    expect(await problem(() => updateSettings(db, { extraSites: [['ks.no']] as never }))).toMatchObject({
      code: 'badSettings',
    });
    expect(
      await problem(() => updateSettings(db, { extraSites: Array.from({ length: 201 }, (_, i) => `s${i}.ks.no`) })),
    ).toMatchObject({ code: 'tooMany' });
    expect(await problem(() => updateSettings(db, { extraSites: ['www.stortinget.no'] }))).toMatchObject({
      code: 'badSite',
    });
    expect(await readSettings(db)).toEqual(DEFAULT_SETTINGS);
  });
});
