/**
 * What the reader does with highlights: point at one (or press Enter on the focused one) to open the hover
 * card, jump to the next or previous one. Highlights are not elements, so pointing is found by hit-testing:
 * `CSS.highlights.highlightsFromPoint` where the browser has it, else the caret position under the pointer
 * looked up in the scanner's hit index, checked against the mark's boxes.
 */
import type { Card, CardPosition } from '../card';
import type { Painter } from '../highlight/painter';
import type { PageHit, PageScanner } from './scanner';

export interface InteractionOptions {
  doc: Document;
  scanner: PageScanner;
  painter: Painter;
  card: Card;
  /** The positions a hit points to, ready for the card (several when several share the phrase). */
  cardPositions: (hit: PageHit) => CardPosition[];
  /** Pointer rest before the card opens, ms. */
  hoverDelayMs?: number;
  /** Grace period to move from the word into the card, ms. */
  leaveDelayMs?: number;
  /**
   * Where Enter on the focused highlight is heard: a frame's highlights are focused by next/previous
   * while the keyboard stays in the page itself. Default: `doc`.
   */
  keyDoc?: Document;
}

export interface Interaction {
  readonly focused: PageHit | null;
  /** Focuses this highlight and scrolls it into view. */
  focus(hit: PageHit): void;
  /** Drops the focus (it moved to a highlight in another frame). */
  blur(): void;
  /** Opens the card for a hit (the focused one by default). */
  open(hit?: PageHit | null, fromKeyboard?: boolean): boolean;
  /** The highlight under a viewport point. */
  hitFromPoint(x: number, y: number): PageHit | undefined;
  /** Forget a hit that is gone (after rescans). */
  refresh(): void;
  /** The card was closed by the reader (its onClose): keep the highlight's focus, forget the card. */
  cardClosed(): void;
  destroy(): void;
}

type HitResult = { ranges?: AbstractRange[] };
type PointOptions = { shadowRoots?: ShadowRoot[] };
type CaretDoc = Document & {
  caretPositionFromPoint?: (
    x: number,
    y: number,
    options?: PointOptions,
  ) => { offsetNode: Node; offset: number } | null;
  caretRangeFromPoint?: (x: number, y: number) => Range | null;
};

const inside = (r: DOMRect, x: number, y: number) => x >= r.left && x <= r.right && y >= r.top && y <= r.bottom;

function isEditable(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  if (!el || el.nodeType !== 1) return false;
  return el.isContentEditable || /^(input|textarea|select)$/i.test(el.localName);
}

export function createInteraction(options: InteractionOptions): Interaction {
  const { doc, scanner, painter, card } = options;
  const keyDoc = options.keyDoc ?? doc;
  const view = doc.defaultView!;
  const hoverDelay = options.hoverDelayMs ?? 250;
  const leaveDelay = options.leaveDelayMs ?? 350;
  let focused: PageHit | null = null;
  let shown: PageHit | null = null;
  let openTimer = 0;
  let closeTimer = 0;
  let frame = 0;
  let lastPoint: { x: number; y: number; target: EventTarget | null } | null = null;

  const hitFromPoint = (x: number, y: number): PageHit | undefined => {
    // Ranges inside open shadow roots are only found when the roots are named.
    const shadowRoots = [...scanner.shadowRoots];
    const registry = (view.CSS?.highlights ?? null) as unknown as {
      highlightsFromPoint?: (x: number, y: number, o?: PointOptions) => HitResult[];
    } | null;
    if (painter.kind === 'css' && typeof registry?.highlightsFromPoint === 'function') {
      const results = registry.highlightsFromPoint(x, y, { shadowRoots });
      if (results.every((r) => Array.isArray(r.ranges))) {
        for (const result of results) {
          for (const range of result.ranges!) {
            const mark = painter.markOf(range) as PageHit | undefined;
            if (mark) return mark;
          }
        }
        return undefined;
      }
    }
    if (painter.kind === 'wrap') {
      const el = doc.elementFromPoint(x, y);
      return (el && (painter.markOf(el) as PageHit | undefined)) || undefined;
    }
    const d = doc as CaretDoc;
    let node: Node | null = null;
    let offset = 0;
    const pos = d.caretPositionFromPoint?.(x, y, { shadowRoots });
    if (pos) ({ offsetNode: node, offset } = pos);
    else {
      const range = d.caretRangeFromPoint?.(x, y);
      if (range) ({ startContainer: node, startOffset: offset } = range);
    }
    if (!node) return undefined;
    // The caret lands on the nearest character even beside a word: check the mark's boxes.
    const candidates = [scanner.hitAt(node, offset), offset > 0 ? scanner.hitAt(node, offset - 1) : undefined];
    return candidates.find((hit) => hit && painter.rects(hit).some((r) => inside(r, x, y)));
  };

  const anchorOf = (hit: PageHit) => painter.rects(hit)[0];

  /** The other occurrences of the demand `hit` points to first (as its card shows it) get the «same demand» style. */
  const markSame = (hit: PageHit | null) => {
    const id = hit ? options.cardPositions(hit)[0]?.id : undefined;
    painter.setSame(id ? scanner.allHits().filter((h) => h !== hit && h.hit.positions.includes(id)) : []);
  };

  const open = (hit: PageHit | null | undefined = focused, fromKeyboard = false): boolean => {
    if (!hit) return false;
    const anchor = anchorOf(hit);
    const positions = options.cardPositions(hit);
    if (!anchor || !positions.length) return false;
    shown = hit;
    painter.setFocus(hit);
    markSame(hit);
    card.show({ anchor, positions, focusFirst: fromKeyboard });
    return true;
  };

  const close = () => {
    card.hide();
    shown = null;
    painter.setFocus(focused);
    markSame(focused);
  };

  const onPointerMove = (event: PointerEvent) => {
    lastPoint = { x: event.clientX, y: event.clientY, target: event.target };
    if (frame) return;
    frame = view.requestAnimationFrame(() => {
      frame = 0;
      const point = lastPoint!;
      if (card.contains(point.target as Node | null)) {
        view.clearTimeout(closeTimer);
        return;
      }
      const hit = hitFromPoint(point.x, point.y);
      if (hit && hit === shown) {
        view.clearTimeout(closeTimer);
        return;
      }
      view.clearTimeout(openTimer);
      if (hit) openTimer = view.setTimeout(() => open(hit), hoverDelay);
      if (shown) {
        view.clearTimeout(closeTimer);
        closeTimer = view.setTimeout(() => {
          if (shown && !card.contains(doc.activeElement)) close();
        }, leaveDelay);
      }
    });
  };

  const onKeyDown = (event: KeyboardEvent) => {
    // A card opened by pointing: the next Tab goes into it, not to the page's next link.
    const inCard = card.contains(doc.activeElement) || card.contains(keyDoc.activeElement);
    if (event.key === 'Tab' && !event.shiftKey && shown && card.isOpen && !inCard) {
      if (open(shown, true)) {
        event.preventDefault();
        event.stopPropagation();
      }
      return;
    }
    if (event.key !== 'Enter' || !focused || card.isOpen || isEditable(event.target)) return;
    if (event.altKey || event.ctrlKey || event.metaKey || event.shiftKey) return;
    if (open(focused, true)) {
      event.preventDefault();
      event.stopPropagation();
    }
  };

  const onViewportChange = () => {
    if (!shown) return;
    const anchor = anchorOf(shown);
    if (anchor) card.reposition(anchor);
  };

  doc.addEventListener('pointermove', onPointerMove, { capture: true, passive: true });
  if (keyDoc !== doc) keyDoc.addEventListener('keydown', onKeyDown, true);
  doc.addEventListener('keydown', onKeyDown, true);
  view.addEventListener('scroll', onViewportChange, { capture: true, passive: true });
  view.addEventListener('resize', onViewportChange, { passive: true });

  return {
    get focused() {
      return focused;
    },
    focus(hit) {
      focused = hit;
      if (card.isOpen) close();
      painter.setFocus(hit);
      markSame(hit);
      hit.span.startContainer.parentElement?.scrollIntoView({ block: 'center', inline: 'nearest' });
    },
    blur() {
      focused = null;
      painter.setFocus(shown);
      markSame(shown);
    },
    open,
    hitFromPoint,
    cardClosed() {
      shown = null;
      painter.setFocus(focused);
      markSame(focused);
    },
    refresh() {
      // A rescan of a block makes new hit objects for unchanged text: keep focus and card on the same word.
      const all = scanner.allHits();
      const same = (old: PageHit) =>
        all.includes(old)
          ? old
          : all.find(
              (h) =>
                h.span.startContainer === old.span.startContainer &&
                h.span.startOffset === old.span.startOffset &&
                h.hit.text === old.hit.text,
            );
      if (focused) focused = same(focused) ?? null;
      if (shown) {
        const now = same(shown);
        if (now) shown = now;
        else close();
      }
      painter.setFocus(shown ?? focused);
      markSame(shown ?? focused);
    },
    destroy() {
      view.clearTimeout(openTimer);
      view.clearTimeout(closeTimer);
      if (frame) view.cancelAnimationFrame(frame);
      doc.removeEventListener('pointermove', onPointerMove, true);
      doc.removeEventListener('keydown', onKeyDown, true);
      if (keyDoc !== doc) keyDoc.removeEventListener('keydown', onKeyDown, true);
      view.removeEventListener('scroll', onViewportChange, true);
      view.removeEventListener('resize', onViewportChange);
      card.hide();
      painter.setSame([]);
    },
  };
}
