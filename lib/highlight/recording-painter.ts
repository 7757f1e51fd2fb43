/**
 * A painter that only records what it would paint: the test double for code that paints (the scanner,
 * the page controller). The text of each mark is read back from the DOM.
 */
import type { Mark, Painter } from './painter';

export class RecordingPainter implements Painter {
  readonly kind = 'css' as const;
  marks = new Set<Mark>();
  add(marks: readonly Mark[]) {
    for (const m of marks) this.marks.add(m);
  }
  remove(marks: readonly Mark[]) {
    for (const m of marks) this.marks.delete(m);
  }
  clear() {
    this.marks.clear();
  }
  /** The marks last given the «same demand» style. */
  same: readonly Mark[] = [];
  setFocus() {}
  setSame(marks: readonly Mark[]) {
    this.same = [...marks];
  }
  rects() {
    return [];
  }
  markOf() {
    return undefined;
  }
  ensureStyle() {}
  destroy() {
    this.clear();
  }
  /** The DOM text under each mark, sorted. */
  texts(): string[] {
    return [...this.marks]
      .map((m) => {
        const r = m.span.startContainer.ownerDocument!.createRange();
        r.setStart(m.span.startContainer, m.span.startOffset);
        r.setEnd(m.span.endContainer, m.span.endOffset);
        return r.toString();
      })
      .sort();
  }
}
