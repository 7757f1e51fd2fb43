/**
 * Where the card goes: next to the highlighted word, never over it. Pure, in CSS px of the layout
 * viewport (what getBoundingClientRect and `position: fixed` both use, whatever the page zoom).
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

export interface Placement {
  left: number;
  top: number;
  side: 'below' | 'above';
  /** Room on the chosen side; the card scrolls inside when its content is taller. */
  maxHeight: number;
  maxWidth: number;
  /** False when the anchor is scrolled out of the viewport: the card should not float alone. */
  visible: boolean;
}

/** Space between the word and the card. */
export const GAP = 6;
/** Space kept free at the viewport's edges. */
export const MARGIN = 8;

/**
 * Below the anchor when the card fits there, else above when it fits there, else on the roomier
 * side with its height capped to that room. Horizontally aligned with the word's start and
 * clamped inside the viewport.
 */
export function placeCard(anchor: RectLike, card: Size, viewport: Size, gap = GAP, margin = MARGIN): Placement {
  const maxWidth = Math.max(0, viewport.width - 2 * margin);
  const width = Math.min(card.width, maxWidth);
  const left = Math.max(margin, Math.min(anchor.left, viewport.width - margin - width));

  const below = viewport.height - margin - (anchor.bottom + gap);
  const above = anchor.top - gap - margin;
  let side: Placement['side'];
  if (card.height <= below) side = 'below';
  else if (card.height <= above) side = 'above';
  else side = below >= above ? 'below' : 'above';

  const maxHeight = Math.max(0, side === 'below' ? below : above);
  const height = Math.min(card.height, maxHeight);
  const top = side === 'below' ? anchor.bottom + gap : anchor.top - gap - height;

  const visible = anchor.bottom > 0 && anchor.top < viewport.height && anchor.right > 0 && anchor.left < viewport.width;
  return { left: Math.round(left), top: Math.round(top), side, maxHeight: Math.floor(maxHeight), maxWidth, visible };
}
