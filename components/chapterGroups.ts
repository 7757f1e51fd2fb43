import type { Position } from '@/lib/corpus/types';

export interface ChapterGroup {
  /** `${documentId}#${chapterIndex}`, unique across documents. */
  key: string;
  documentId: string;
  chapterIndex: number;
  title: string;
  positions: Position[];
}

/**
 * Positions grouped by document and chapter, groups in order of first appearance, positions in
 * their given order (the background answers them sorted).
 */
export function groupByChapter(positions: readonly Position[]): ChapterGroup[] {
  const groups = new Map<string, ChapterGroup>();
  for (const p of positions) {
    const key = `${p.documentId}#${p.chapterIndex}`;
    let group = groups.get(key);
    if (!group) {
      group = { key, documentId: p.documentId, chapterIndex: p.chapterIndex, title: p.chapter, positions: [] };
      groups.set(key, group);
    }
    group.positions.push(p);
  }
  return [...groups.values()];
}
