/** The one hover card as each surface's interaction sees it: who owns it, and frame rectangles moved into the page. */
import type { Card } from '../card';
import type { RectLike } from '../card/place';
import type { Interaction } from './interaction';

/** A rectangle in a frame's viewport, in the viewport of `pageView` (through every frame in between). */
export function frameRectToPage(rect: RectLike, frameDoc: Document | undefined, pageView: Window): RectLike {
  let dx = 0;
  let dy = 0;
  for (let v: Window | null = frameDoc?.defaultView ?? null; v && v !== pageView; v = v.parent) {
    const el = v.frameElement;
    if (!el) break;
    const box = el.getBoundingClientRect();
    dx += box.left + el.clientLeft;
    dy += box.top + el.clientTop;
  }
  return { left: rect.left + dx, right: rect.right + dx, top: rect.top + dy, bottom: rect.bottom + dy };
}

/** Which interaction (page or frame) the card currently shows a highlight of: it hears when the card closes. */
export interface CardOwnership {
  owner: Interaction | null;
}

/**
 * The card as one interaction sees it: showing it makes that interaction the owner, it is open for that
 * interaction only while it owns it, and a frame's rects are moved from the frame's viewport to the page's.
 */
export function cardProxy(
  card: Card,
  ownership: CardOwnership,
  owner: () => Interaction | null,
  pageView: Window,
  frameDoc?: Document,
): Card {
  const shift = (r: RectLike): RectLike => frameRectToPage(r, frameDoc, pageView);
  return {
    get host() {
      return card.host;
    },
    get root() {
      return card.root;
    },
    get isOpen() {
      return card.isOpen && ownership.owner === owner();
    },
    show(o) {
      ownership.owner = owner();
      card.show({ ...o, anchor: shift(o.anchor) });
    },
    reposition: (anchor) => card.reposition(shift(anchor)),
    hide() {
      if (ownership.owner === owner()) card.hide();
    },
    contains: (node) => card.contains(node),
    destroy: () => {},
  };
}
