/**
 * The overview strip's marks (pure): where each highlight lies in the document, mapped onto a strip as
 * tall as the window, with marks that would touch merged into one (the first hit of a group is where a
 * click jumps; the group's colour is its most frequent chapter).
 */

export interface OverviewHit<T> {
  /** Top of the hit in document coordinates (px from the top of the page). */
  top: number;
  chapterIndex: number;
  item: T;
}

export interface OverviewMark<T> {
  /** Top of the mark on the strip, px. */
  y: number;
  height: number;
  chapterIndex: number;
  /** The hits the mark stands for, in document order; a click goes to the first. */
  items: T[];
}

export interface OverviewLayout {
  /** Scrollable height of the document, px. */
  documentHeight: number;
  /** Height of the strip (the window's inner height), px. */
  stripHeight: number;
  /** Height of one mark, px. */
  markHeight?: number;
  /** Marks closer than this (px on the strip) become one. */
  mergeGap?: number;
}

/** Marks for hits (any order), top to bottom; none when the page or the strip has no height. */
export function overviewMarks<T>(hits: readonly OverviewHit<T>[], layout: OverviewLayout): OverviewMark<T>[] {
  const { documentHeight, stripHeight } = layout;
  const markHeight = layout.markHeight ?? 4;
  const gap = layout.mergeGap ?? 2;
  if (documentHeight <= 0 || stripHeight <= markHeight) return [];
  const scale = (stripHeight - markHeight) / documentHeight;
  const sorted = [...hits].sort((a, b) => a.top - b.top);
  const groups: { y: number; bottom: number; hits: OverviewHit<T>[] }[] = [];
  for (const hit of sorted) {
    const y = Math.min(stripHeight - markHeight, Math.max(0, hit.top * scale));
    const last = groups.at(-1);
    if (last && y <= last.bottom + gap) {
      last.hits.push(hit);
      last.bottom = Math.max(last.bottom, y + markHeight);
    } else groups.push({ y, bottom: y + markHeight, hits: [hit] });
  }
  return groups.map((g) => ({
    y: Math.round(g.y),
    height: Math.round(g.bottom - g.y),
    chapterIndex: mostFrequent(g.hits.map((h) => h.chapterIndex)),
    items: g.hits.map((h) => h.item),
  }));
}

/** The most frequent value; ties go to the one seen first. */
function mostFrequent(values: readonly number[]): number {
  const counts = new Map<number, number>();
  let best = values[0]!;
  for (const v of values) {
    const n = (counts.get(v) ?? 0) + 1;
    counts.set(v, n);
    if (n > counts.get(best)!) best = v;
  }
  return best;
}
