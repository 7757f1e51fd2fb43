import type { OwnTerm, StandpunktDb } from '../db/schema';
import { toStoreError } from '../db/errors';
import { curatedClash, ownTermKey, screenOwnTerms, type CuratedKeys, type SkippedOwnTerm } from '../lexicon/own-terms';
import type { PositionTerms } from '../lexicon/types';
import { parseSettings, type Settings } from '../settings/settings';
import { toUserDataFile, UserDataError, type UserData, type UserDataFile, type UserDataProblem } from './format';
import { LEGACY_KEYS, rowsToSettings, settingsToRows } from './settings-rows';
import { checkNoteText, checkPositionId, checkSettingsInput, checkTerm } from './validate';

/** The user tables of the store: settings, own terms, notes. Used by the background only. */

export async function readSettings(db: StandpunktDb): Promise<Settings> {
  return rowsToSettings(await db.settings.toArray());
}

/** Merges changes over the stored settings, validates the whole, writes it in one transaction. */
export async function updateSettings(db: StandpunktDb, changes: Partial<Settings>): Promise<Settings> {
  // Types and limits first: a message may carry anything (no string conversion, no 20,000 sites).
  checkSettingsInput(changes, 'settings');
  return db.transaction('rw', db.settings, async () => {
    const next = parseSettings({ ...(await readSettings(db)), ...changes });
    await writeSettingRows(db, next);
    return next;
  });
}

async function writeSettingRows(db: StandpunktDb, settings: Settings) {
  await db.settings.bulkDelete([...LEGACY_KEYS]);
  await db.settings.bulkPut(settingsToRows(settings));
}

/** The own-term rows as stored, in insertion order (what the lexicon build reads). */
export async function readOwnTermRows(db: StandpunktDb): Promise<OwnTerm[]> {
  return db.ownTerms.toArray();
}

export async function readNotes(db: StandpunktDb): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const n of await db.notes.toArray()) out[n.positionId] = n.text;
  return out;
}

/** Sets one note; an empty text deletes it. Throws a UserDataError on bad input. */
export async function writeNote(db: StandpunktDb, positionId: string, text: string, now = Date.now()): Promise<void> {
  checkPositionId(positionId, 'positionId');
  const clean = checkNoteText(text, 'text');
  await guard(async () => {
    if (clean) await db.notes.put({ positionId, text: clean, updatedAt: now });
    else await db.notes.delete(positionId);
  });
}

export interface OwnTermEntry {
  id: number;
  term: string;
  positionId: string;
  createdAt: number;
  /** Set when the term is not part of the lexicon (listOwnTerms with the curated lexicon): why. */
  skipped?: Pick<SkippedOwnTerm, 'reason' | 'detail'>;
}

/**
 * The own terms, oldest first. With the curated lexicon, each term the lexicon build skips (a clash, an
 * unknown position, a term stored before a rule changed) says why, so Options can show it.
 */
export async function listOwnTerms(db: StandpunktDb, curated?: readonly PositionTerms[]): Promise<OwnTermEntry[]> {
  const rows = await db.ownTerms.orderBy('id').toArray();
  const entries: OwnTermEntry[] = rows.map(({ id, term, positionId, createdAt }) => ({
    id: id!,
    term,
    positionId,
    createdAt,
  }));
  if (!curated) return entries;
  for (const r of screenOwnTerms(curated, entries).rejected)
    entries[r.index]!.skipped = { reason: r.reason, detail: r.detail };
  return entries;
}

/**
 * Adds an own term to a known position; refuses a bad term, an unknown position and a duplicate by the
 * lexicon compiler's normalisation (dashes, soft hyphens, case) of an own term or, given the curated
 * lexicon's keys, of a curated term of that position. The problem's detail names the clashing spelling.
 */
export async function addOwnTerm(
  db: StandpunktDb,
  input: { term: string; positionId: string },
  now = Date.now(),
  curated?: CuratedKeys,
): Promise<OwnTermEntry> {
  const term = checkTerm(input?.term, 'term');
  const positionId = checkPositionId(input?.positionId, 'positionId');
  const clash = curated ? curatedClash(term, positionId, curated) : null;
  if (clash !== null) throw new UserDataError({ code: 'duplicateTerm', where: 'term', detail: clash });
  return guard(() =>
    db.transaction('rw', [db.ownTerms, db.positions], async () => {
      if (!(await db.positions.get(positionId)))
        throw new UserDataError({ code: 'badPositionId', where: 'positionId', detail: positionId });
      const same = await db.ownTerms.where('positionId').equals(positionId).toArray();
      const key = ownTermKey(term);
      const earlier = same.find((t) => ownTermKey(t.term) === key);
      if (earlier) throw new UserDataError({ code: 'duplicateTerm', where: 'term', detail: earlier.term });
      const row: OwnTerm = { term, positionId, createdAt: now };
      const id = (await db.ownTerms.add(row)) as number;
      return { id, term, positionId, createdAt: now };
    }),
  );
}

export async function removeOwnTerm(db: StandpunktDb, id: number): Promise<void> {
  await guard(() => db.ownTerms.delete(id));
}

export async function readUserData(db: StandpunktDb): Promise<UserData> {
  return db.transaction('r', [db.settings, db.ownTerms, db.notes], async () => ({
    settings: await readSettings(db),
    ownTerms: (await db.ownTerms.orderBy('id').toArray()).map(({ term, positionId, createdAt }) => ({
      term,
      positionId,
      createdAt,
    })),
    notes: (await db.notes.orderBy('positionId').toArray()).map(({ positionId, text, updatedAt }) => ({
      positionId,
      text,
      updatedAt,
    })),
  }));
}

export async function exportUserData(db: StandpunktDb, now = new Date()): Promise<UserDataFile> {
  return toUserDataFile(await readUserData(db), now);
}

/**
 * Replaces all user data with validated data in ONE transaction: if anything fails half-way (quota,
 * a closed database, the browser shutting down), IndexedDB rolls back and the old data stays.
 */
export async function replaceUserData(db: StandpunktDb, data: UserData): Promise<void> {
  await guard(() =>
    db.transaction('rw', [db.settings, db.ownTerms, db.notes], async () => {
      await Promise.all([db.settings.clear(), db.ownTerms.clear(), db.notes.clear()]);
      await db.settings.bulkPut(settingsToRows(data.settings));
      await db.ownTerms.bulkAdd(data.ownTerms.map((t) => ({ ...t })));
      await db.notes.bulkPut(data.notes.map((n) => ({ ...n })));
    }),
  );
}

/** Store failures become problems the UI can name (quota first: it is the one the user can fix). */
async function guard<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (err) {
    if (err instanceof UserDataError) throw err;
    const storeError = toStoreError(err, 'save your data');
    throw new UserDataError({ code: storeError.kind === 'quota' ? 'quota' : 'store', detail: storeError.message });
  }
}

/** A UserDataError's problem, or a generic store problem for anything else. */
export function problemOf(err: unknown): UserDataProblem {
  if (err instanceof UserDataError) return err.problem;
  return { code: 'store', detail: err instanceof Error ? err.message : String(err) };
}
