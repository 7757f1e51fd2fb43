import type { DocumentMeta, Position } from '../corpus/types';
import { DATASET_VERSION_KEY, type StandpunktDb } from './schema';

/** What the store holds, for the popup's header and for diagnostics. */
export interface DatasetInfo {
  /** null when the store has not been seeded. */
  datasetVersion: string | null;
  documents: DocumentMeta[];
  chapterCount: number;
  positionCount: number;
}

/** Document order, then chapter, then order within the document. */
export function comparePositions(a: Position, b: Position): number {
  return a.documentId.localeCompare(b.documentId) || a.chapterIndex - b.chapterIndex || a.order - b.order;
}

export async function getAllPositions(db: StandpunktDb): Promise<Position[]> {
  const rows = await db.positions.toArray();
  return rows.sort(comparePositions);
}

export async function getPosition(db: StandpunktDb, id: string): Promise<Position | null> {
  return (await db.positions.get(id)) ?? null;
}

export async function getDatasetInfo(db: StandpunktDb): Promise<DatasetInfo> {
  return db.transaction('r', [db.meta, db.documents, db.chapters, db.positions], async () => {
    const [version, documents, chapterCount, positionCount] = await Promise.all([
      db.meta.get(DATASET_VERSION_KEY),
      db.documents.toArray(),
      db.chapters.count(),
      db.positions.count(),
    ]);
    return { datasetVersion: version?.value ?? null, documents, chapterCount, positionCount };
  });
}

/** The id of every position in the store (an import checks the ids of a file against them). */
export async function knownPositionIds(db: StandpunktDb): Promise<Set<string>> {
  return new Set(await db.positions.toCollection().primaryKeys());
}

/** One bundled document by its id; null when unknown. */
export async function getDocument(db: StandpunktDb, id: string): Promise<DocumentMeta | null> {
  return (await db.documents.get(id)) ?? null;
}
