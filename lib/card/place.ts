/**
 * Where the card goes: beside the text column where there is room, else above or below the line
 * being read, never over it, always inside the viewport. Pure, in CSS px of the layout viewport
 * (what getBoundingClientRect and `position: fixed` both use, whatever the page zoom).
 */

export interface RectLike {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

export interface Size {
  width: number;
  height: number;
}

export type Side = 'right' | 'left' | 'below' | 'above';

export interface PlaceInput {
  /** The highlighted word (its first box). */
  anchor: RectLike;
  /** The block of text it is in (paragraph, list item, frame); null when unknown. */
  column?: RectLike | null;
  viewport: Size;
  /** The card's preferred width. */
  width: number;
  /** The card's content height at a width (it grows as the card narrows). */
  heightAt: (width: number) => number;
}

export interface Placement {
  left: number;
  top: number;
  width: number;
  side: Side;
  /** Room for the card; its text scrolls inside when the content is taller, its buttons stay. */
  maxHeight: number;
  /** False when the anchor is scrolled out of the viewport: the card should not float alone. */
  visible: boolean;
}

/** Space between the word (or column) and the card. */
export const GAP = 6;
/** Space kept free at the viewport's edges. */
export const MARGIN = 8;
/** Narrowest card worth putting beside the column; with less room it goes above or below the line. */
export const SIDE_MIN_WIDTH = 260;
/** Beside the column, the card's top sits this far above the line, so its title is level with it. */
const SIDE_LIFT = 12;

const clamp = (value: number, low: number, high: number) => Math.max(low, Math.min(value, Math.max(low, high)));

/**
 * Right of the column, else left of it, when SIDE_MIN_WIDTH fits there; otherwise below the line
 * when the card fits there, else above when it fits there, else on the roomier side with its height
 * capped to that room.
 */
export function placeCard({ anchor, column, viewport, width: wanted, heightAt }: PlaceInput): Placement {
  const { width: vw, height: vh } = viewport;
  const visible = anchor.bottom > 0 && anchor.top < vh && anchor.right > 0 && anchor.left < vw;
  const done = (p: Omit<Placement, 'visible'>): Placement => ({
    ...p,
    left: Math.round(p.left),
    top: Math.round(p.top),
    width: Math.floor(p.width),
    maxHeight: Math.floor(Math.max(0, p.maxHeight)),
    visible,
  });

  if (column) {
    // The line is at least the word: a column box narrower than its own text still leaves the word free.
    const colLeft = Math.min(column.left, anchor.left);
    const colRight = Math.max(column.right, anchor.right);
    const right = vw - MARGIN - (colRight + GAP);
    const left = colLeft - GAP - MARGIN;
    const side = right >= SIDE_MIN_WIDTH ? 'right' : left >= SIDE_MIN_WIDTH ? 'left' : null;
    if (side) {
      const width = Math.min(wanted, side === 'right' ? right : left);
      const maxHeight = vh - 2 * MARGIN;
      const height = Math.min(heightAt(width), maxHeight);
      const top = clamp(anchor.top - SIDE_LIFT, MARGIN, vh - MARGIN - height);
      const x = side === 'right' ? colRight + GAP : colLeft - GAP - width;
      return done({ left: x, top, width, side, maxHeight });
    }
  }

  const width = Math.min(wanted, Math.max(0, vw - 2 * MARGIN));
  const left = clamp(anchor.left, MARGIN, vw - MARGIN - width);
  const height = heightAt(width);
  const below = vh - MARGIN - (anchor.bottom + GAP);
  const above = anchor.top - GAP - MARGIN;
  let side: Side;
  if (height <= below) side = 'below';
  else if (height <= above) side = 'above';
  else side = below >= above ? 'below' : 'above';
  const maxHeight = side === 'below' ? below : above;
  const shown = Math.min(height, Math.max(0, maxHeight));
  const top = side === 'below' ? anchor.bottom + GAP : anchor.top - GAP - shown;
  return done({ left, top, width, side, maxHeight });
}
