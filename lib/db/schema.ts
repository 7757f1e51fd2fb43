import Dexie, { type EntityTable, type Table, type Transaction } from 'dexie';
import type { Chapter, DocumentMeta, Position } from '../corpus/types';

/**
 * The one IndexedDB store of the extension. It lives in the extension's origin (background, popup,
 * options); content scripts never open it, because there IndexedDB would be the page's.
 *
 * Two kinds of tables:
 * - bundled: documents, chapters, positions, meta — copies of generated/bundle.json, replaced
 *   wholesale whenever the dataset version changes (see seed.ts);
 * - user: settings, ownTerms, notes — written only by the user, never by seeding. They refer to
 *   positions by their stable id, so they survive a new dataset.
 */
export const DB_NAME = 'standpunkt';

/** The key in `meta` under which the seeded dataset version is stored. */
export const DATASET_VERSION_KEY = 'datasetVersion';

export interface MetaRow {
  key: string;
  value: string;
}

/** One user setting; later issues define the keys. The value must be structured-cloneable. */
export interface SettingRow {
  key: string;
  value: unknown;
}

/** A term the user wants highlighted as a given KS position. */
export interface OwnTerm {
  id?: number;
  term: string;
  positionId: string;
  /** Epoch ms. */
  createdAt: number;
}

/** The user's personal note on one position (at most one per position). */
export interface Note {
  positionId: string;
  text: string;
  /** Epoch ms. */
  updatedAt: number;
}

export const BUNDLED_TABLES = ['documents', 'chapters', 'positions', 'meta'] as const;
export const USER_TABLES = ['settings', 'ownTerms', 'notes'] as const;

/**
 * Version 1, the first released shape: positions knew their chapter only by title, there was no
 * chapters table, own terms were stored as `word`, and notes lived in `userNotes` under an
 * auto-incremented key (so one position could end up with several notes).
 */
export const schemaV1 = {
  documents: 'id',
  positions: 'id, documentId, chapter, order',
  meta: 'key',
  settings: 'key',
  ownTerms: '++id, positionId',
  userNotes: '++id, positionId',
} as const;

/** Row shapes of version 1, kept for the upgrade and its test. */
export interface OwnTermV1 {
  id?: number;
  positionId: string;
  word: string;
}
export interface NoteV1 {
  id?: number;
  positionId: string;
  text: string;
  /** ISO date string. */
  updated: string;
}

/**
 * A user row the upgrade could not migrate (no valid position id), kept as it was instead of blocking
 * every open of the store: one bad old row must not make the extension unusable, nor lose data.
 */
export interface RecoveredRow {
  id?: number;
  /** The table the row came from. */
  table: string;
  row: unknown;
  reason: string;
  /** Epoch ms. */
  at: number;
}

/** Version 2, current. */
export const schemaV2 = {
  documents: 'id',
  chapters: '[documentId+index], documentId',
  positions: 'id, documentId, [documentId+chapterIndex], order',
  meta: 'key',
  settings: 'key',
  ownTerms: '++id, positionId, term',
  notes: 'positionId',
  // Dexie cannot change a table's primary key, so notes move to a new table keyed by position id.
  userNotes: null,
  // Added to version 2 after its release: Dexie creates a missing table on open without a version bump.
  recovered: '++id, table',
} as const;

/** meta key: how many rows the last upgrade set aside (absent = none). */
export const RECOVERED_KEY = 'upgradeRecovered';

/** A position id as every version stored it: a non-empty string (a valid IndexedDB key of ours). */
const isPositionId = (v: unknown): v is string => typeof v === 'string' && v.length > 0;

/** An error inside an upgrade step; its name makes toStoreError classify it as 'upgrade'. */
export class UpgradeError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'UpgradeError';
  }
}

/** The text of an own term as stored: NFC, trimmed, inner whitespace collapsed. */
export function normaliseTerm(word: string): string {
  return word.normalize('NFC').trim().replace(/\s+/g, ' ');
}

/**
 * v1 → v2. User data is migrated, never dropped: own terms get `term` and `createdAt`; notes move
 * to `notes`, several notes on one position are joined (oldest first) so no text is lost.
 * Bundled rows are cleared and the dataset version forgotten, so the next seeding refills them in
 * the new shape (they are derived data).
 */
export async function upgradeV1toV2(tx: Transaction, now = Date.now()): Promise<void> {
  try {
    await migrateV1(tx, now);
  } catch (err) {
    throw new UpgradeError(`v1 → v2: ${err instanceof Error ? `${err.name}: ${err.message}` : String(err)}`, {
      cause: err,
    });
  }
}

async function migrateV1(tx: Transaction, now: number): Promise<void> {
  // Rows without a valid position id are set aside first (kept whole in `recovered`), the rest migrates.
  const recovered: RecoveredRow[] = [];
  const badTerms = (await tx.table('ownTerms').toArray()).filter(
    (row: Record<string, unknown>) => !isPositionId(row.positionId),
  );
  for (const row of badTerms) recovered.push({ table: 'ownTerms', row, reason: 'no position id', at: now });
  if (badTerms.length) await tx.table('ownTerms').bulkDelete(badTerms.map((r: { id: number }) => r.id));

  await tx
    .table('ownTerms')
    .toCollection()
    .modify((row: Record<string, unknown>) => {
      const word = typeof row.word === 'string' ? row.word : String((row.term as string | number | undefined) ?? '');
      row.term = normaliseTerm(word) || word;
      delete row.word;
      if (typeof row.createdAt !== 'number') row.createdAt = now;
    });

  const allNotes = (await tx.table('userNotes').toArray()) as NoteV1[];
  const oldNotes = allNotes.filter((n) => isPositionId(n.positionId));
  for (const row of allNotes.filter((n) => !isPositionId(n.positionId)))
    recovered.push({ table: 'userNotes', row, reason: 'no position id', at: now });
  oldNotes.sort((a, b) => (a.id ?? 0) - (b.id ?? 0));
  const merged = new Map<string, Note>();
  for (const old of oldNotes) {
    const parsed = Date.parse(old.updated);
    const updatedAt = Number.isNaN(parsed) ? now : parsed;
    if (typeof old.text !== 'string') old.text = old.text == null ? '' : JSON.stringify(old.text);
    const prev = merged.get(old.positionId);
    if (!prev) {
      merged.set(old.positionId, { positionId: old.positionId, text: old.text, updatedAt });
    } else {
      const text = old.text && old.text !== prev.text ? `${prev.text}\n\n${old.text}` : prev.text;
      merged.set(old.positionId, { positionId: old.positionId, text, updatedAt: Math.max(prev.updatedAt, updatedAt) });
    }
  }
  await tx.table('notes').bulkPut([...merged.values()]);
  if (recovered.length) {
    await tx.table('recovered').bulkAdd(recovered);
    await tx.table('meta').put({ key: RECOVERED_KEY, value: String(recovered.length) });
    console.warn(
      `[standpunkt] upgrade: ${recovered.length} old row(s) without a position id set aside in the "recovered" table`,
    );
  }

  await tx.table('positions').clear();
  await tx.table('documents').clear();
  await tx.table('meta').delete(DATASET_VERSION_KEY);
}

export class StandpunktDb extends Dexie {
  documents!: EntityTable<DocumentMeta, 'id'>;
  chapters!: Table<Chapter, [string, number]>;
  positions!: EntityTable<Position, 'id'>;
  meta!: EntityTable<MetaRow, 'key'>;
  settings!: EntityTable<SettingRow, 'key'>;
  ownTerms!: EntityTable<OwnTerm, 'id'>;
  notes!: EntityTable<Note, 'positionId'>;
  recovered!: EntityTable<RecoveredRow, 'id'>;

  constructor(name: string = DB_NAME) {
    super(name);
    this.version(1).stores(schemaV1);
    this.version(2)
      .stores(schemaV2)
      .upgrade((tx) => upgradeV1toV2(tx));
  }
}
