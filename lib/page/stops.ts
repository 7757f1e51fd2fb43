/**
 * Next/previous across the page and its same-origin frames: one sequence of "stops" in the order a reader
 * meets them, a frame's highlights where the frame stands in the page. Standard DOM only.
 */
import { lowerBound } from '../match/lower-bound';
import type { PageHit } from './scanner';

export interface Stop<T> {
  hit: PageHit;
  /** Whose highlight it is (the page's or a frame's interaction). */
  owner: T;
  /** The frame element in the page that holds it; null for the page's own highlights. */
  frame: Element | null;
}

export interface FrameHits<T> {
  owner: T;
  /** The frame's element in the page (for a frame inside a frame: the outermost one). */
  element: Element;
  hits: PageHit[];
}

const FOLLOWING = 4; // Node.DOCUMENT_POSITION_FOLLOWING

/** The page's hits (in document order) with each frame's hits spliced in where its element stands. */
export function stopsInOrder<T>(page: { owner: T; hits: PageHit[] }, frames: FrameHits<T>[]): Stop<T>[] {
  const pageStops: Stop<T>[] = page.hits.map((hit) => ({ hit, owner: page.owner, frame: null }));
  if (!frames.length) return pageStops;
  // Where each frame goes: before the first page hit that follows its element (binary search; hits are in order).
  const placed = frames
    .filter((f) => f.hits.length > 0)
    .map((f, order) => {
      const at = lowerBound(
        page.hits.length,
        (k) => !(f.element.compareDocumentPosition(page.hits[k]!.span.startContainer) & FOLLOWING),
      );
      return { frame: f, at, order };
    })
    // Frames at the same place keep their own document order, then the order they were given in.
    .sort((a, b) => a.at - b.at || documentOrder(a.frame.element, b.frame.element) || a.order - b.order);
  const out: Stop<T>[] = [];
  let next = 0;
  for (const { frame, at } of placed) {
    while (next < at) out.push(pageStops[next++]!);
    for (const hit of frame.hits) out.push({ hit, owner: frame.owner, frame: frame.element });
  }
  while (next < pageStops.length) out.push(pageStops[next++]!);
  return out;
}

function documentOrder(a: Element, b: Element): number {
  if (a === b) return 0;
  return a.compareDocumentPosition(b) & FOLLOWING ? -1 : 1;
}

/** The stop after (1) or before (-1) the current highlight, wrapping; the first or last when none is current. */
export function nextStop<T>(stops: Stop<T>[], current: PageHit | null, direction: 1 | -1): Stop<T> | null {
  if (!stops.length) return null;
  const at = current ? stops.findIndex((s) => s.hit === current) : -1;
  if (at === -1) return direction === 1 ? stops[0]! : stops[stops.length - 1]!;
  return stops[(at + direction + stops.length) % stops.length]!;
}
