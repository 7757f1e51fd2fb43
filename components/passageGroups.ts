import type { Position } from '@/lib/corpus/types';
import type { PagePassage } from '@/lib/protocol';
import type { ChapterOption } from './ChapterFilter';

/** The chapters of these positions, in chapter order (what the chapter filter offers). */
export function chaptersOf(
  items: readonly { id: string }[],
  positionsById: ReadonlyMap<string, Position>,
): ChapterOption[] {
  const chapters = new Map<number, string>();
  for (const { id } of items) {
    const p = positionsById.get(id);
    if (p) chapters.set(p.chapterIndex, p.chapter);
  }
  return [...chapters].sort((a, b) => a[0] - b[0]).map(([index, name]) => ({ index, name }));
}

/** Passages by their position id, each list in page order. */
export function passagesByPosition(passages: readonly PagePassage[]): Map<string, PagePassage[]> {
  const out = new Map<string, PagePassage[]>();
  for (const p of passages) {
    const list = out.get(p.positionId) ?? [];
    list.push(p);
    out.set(p.positionId, list);
  }
  return out;
}
