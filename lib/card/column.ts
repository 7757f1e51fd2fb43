/**
 * The text column a highlighted word sits in: the nearest block box under it (paragraph, list item,
 * cell; a frame element for a word inside a frame). The card goes beside it so it never covers the
 * line being read.
 */
import { UI_ATTRIBUTE } from '../dom/rules';
import type { RectLike } from './place';

/** Boxes that hold lines of text; inline boxes (the highlight's own <mark>, <a>, <em>) are passed over. */
const INLINE = new Set(['inline', 'contents', 'none', 'ruby', 'ruby-text']);

export function textColumnAt(doc: Document, anchor: RectLike): RectLike | null {
  const view = doc.defaultView;
  if (!view || typeof doc.elementsFromPoint !== 'function') return null;
  const x = (anchor.left + anchor.right) / 2;
  const y = (anchor.top + anchor.bottom) / 2;
  for (const element of doc.elementsFromPoint(x, y)) {
    if (element.closest(`[${UI_ATTRIBUTE}]`)) continue; // our own card
    if (element === doc.documentElement || element === doc.body) return null;
    if (INLINE.has(view.getComputedStyle(element).display)) continue;
    const r = element.getBoundingClientRect();
    if (r.width <= 0 || r.height <= 0) continue;
    return { left: r.left, top: r.top, right: r.right, bottom: r.bottom };
  }
  return null;
}
