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
} as const;

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
  await tx
    .table('ownTerms')
    .toCollection()
    .modify((row: Record<string, unknown>) => {
      const word = typeof row.word === 'string' ? row.word : String(row.term ?? '');
      row.term = normaliseTerm(word) || word;
      delete row.word;
      if (typeof row.createdAt !== 'number') row.createdAt = now;
    });

  const oldNotes = (await tx.table('userNotes').toArray()) as NoteV1[];
  oldNotes.sort((a, b) => (a.id ?? 0) - (b.id ?? 0));
  const merged = new Map<string, Note>();
  for (const old of oldNotes) {
    const parsed = Date.parse(old.updated);
    const updatedAt = Number.isNaN(parsed) ? now : parsed;
    const prev = merged.get(old.positionId);
    if (!prev) {
      merged.set(old.positionId, { positionId: old.positionId, text: old.text, updatedAt });
    } else {
      const text = old.text && old.text !== prev.text ? `${prev.text}\n\n${old.text}` : prev.text;
      merged.set(old.positionId, { positionId: old.positionId, text, updatedAt: Math.max(prev.updatedAt, updatedAt) });
    }
  }
  await tx.table('notes').bulkPut([...merged.values()]);

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

  constructor(name: string = DB_NAME) {
    super(name);
    this.version(1).stores(schemaV1);
    this.version(2)
      .stores(schemaV2)
      .upgrade((tx) => upgradeV1toV2(tx));
  }
}
