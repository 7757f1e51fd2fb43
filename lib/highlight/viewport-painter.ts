/**
 * Keeps the browser's highlight work proportional to what is on screen. Every change to a highlight makes
 * the browser re-run highlight styling for ALL registered ranges (measured: ~120 ms a frame at 70,000
 * ranges on a 5 MB page). Below a threshold everything is painted at once; above it, only the marks of
 * blocks near the viewport are handed to the real painter, and blocks are painted and unpainted as they
 * come near and go (IntersectionObserver). Find-in-page and copy are unaffected: nothing is in the DOM.
 */
import type { Mark, Painter } from './painter';

export interface ViewportPainterOptions {
  /** Up to this many marks, paint everything (no observer). */
  threshold?: number;
  /** How far beyond the viewport blocks count as near (IntersectionObserver rootMargin). */
  margin?: string;
  /** The block element a mark lies in. */
  blockOf: (mark: Mark) => Element | null;
  /** For tests: the observer constructor. */
  Observer?: typeof IntersectionObserver;
}

export const DEFAULT_VIEWPORT_THRESHOLD = 4000;

export function createViewportPainter(inner: Painter, doc: Document, options: ViewportPainterOptions): Painter {
  const threshold = options.threshold ?? DEFAULT_VIEWPORT_THRESHOLD;
  const Observer = options.Observer ?? doc.defaultView?.IntersectionObserver;
  const byBlock = new Map<Element, Set<Mark>>();
  const blockOfMark = new Map<Mark, Element | null>();
  const near = new Set<Element>();
  let virtual = false;
  let observer: IntersectionObserver | null = null;
  let focused: Mark | null = null;
  let same: readonly Mark[] = [];

  const onIntersect = (entries: IntersectionObserverEntry[]) => {
    const show: Mark[] = [];
    const hide: Mark[] = [];
    for (const entry of entries) {
      const marks = byBlock.get(entry.target);
      if (!marks) continue;
      if (entry.isIntersecting) {
        if (!near.has(entry.target)) show.push(...marks);
        near.add(entry.target);
      } else {
        if (near.has(entry.target)) hide.push(...[...marks].filter((m) => m !== focused));
        near.delete(entry.target);
      }
    }
    if (hide.length) inner.remove(hide);
    if (show.length) inner.add(show);
    // Marks of the pointed-at demand that come near now get its style too.
    if (show.length && same.length) inner.setSame(same);
  };

  /** Past the threshold: from now on only near blocks are painted. */
  const goVirtual = () => {
    if (virtual || !Observer) return;
    virtual = true;
    observer = new Observer(onIntersect, { root: null, rootMargin: options.margin ?? '150% 0px' });
    inner.clear();
    if (focused) {
      inner.add([focused]);
      inner.setFocus(focused);
    }
    for (const block of byBlock.keys()) observer.observe(block);
  };

  const index = (mark: Mark) => {
    const block = options.blockOf(mark);
    blockOfMark.set(mark, block);
    if (!block) return;
    let set = byBlock.get(block);
    if (!set) {
      set = new Set();
      byBlock.set(block, set);
      observer?.observe(block);
    }
    set.add(mark);
  };

  return {
    kind: inner.kind,
    add(marks) {
      for (const mark of marks) index(mark);
      if (!virtual && blockOfMark.size > threshold) goVirtual();
      if (!virtual) return inner.add(marks);
      // Blocks already near are painted now; the rest when the observer says they come near.
      const now = marks.filter((m) => {
        const block = blockOfMark.get(m);
        return !block || near.has(block);
      });
      if (now.length) inner.add(now);
    },
    remove(marks) {
      for (const mark of marks) {
        const block = blockOfMark.get(mark);
        blockOfMark.delete(mark);
        if (focused === mark) focused = null;
        const set = block && byBlock.get(block);
        if (set) {
          set.delete(mark);
          if (!set.size) {
            byBlock.delete(block);
            near.delete(block);
            observer?.unobserve(block);
          }
        }
      }
      inner.remove(marks);
    },
    clear() {
      focused = null;
      same = [];
      observer?.disconnect();
      observer = null;
      virtual = false;
      byBlock.clear();
      blockOfMark.clear();
      near.clear();
      inner.clear();
    },
    setFocus(mark) {
      // A mark far away (next/previous) is painted for as long as it has focus.
      const old = focused;
      focused = mark;
      if (virtual && mark) inner.add([mark]);
      inner.setFocus(mark);
      const oldBlock = old && blockOfMark.get(old);
      if (virtual && old && old !== mark && oldBlock && !near.has(oldBlock)) inner.remove([old]);
    },
    setSame(marks) {
      same = [...marks];
      inner.setSame(same);
    },
    rects: (mark) => inner.rects(mark),
    markOf: (thing) => inner.markOf(thing),
    ensureStyle: () => inner.ensureStyle(),
    destroy() {
      observer?.disconnect();
      inner.destroy();
    },
  };
}
