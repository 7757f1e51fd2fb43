// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import type { Mark, Painter } from './painter';
import { createViewportPainter } from './viewport-painter';

class Recorder implements Painter {
  readonly kind = 'css' as const;
  painted = new Set<Mark>();
  focus: Mark | null = null;
  add(m: readonly Mark[]) {
    m.forEach((x) => this.painted.add(x));
  }
  remove(m: readonly Mark[]) {
    m.forEach((x) => this.painted.delete(x));
  }
  clear() {
    this.painted.clear();
  }
  setSame() {}
  setFocus(m: Mark | null) {
    this.focus = m;
  }
  rects() {
    return [];
  }
  markOf() {
    return undefined;
  }
  ensureStyle() {}
  destroy() {}
}

/** An IntersectionObserver we drive by hand. */
let last: FakeObserver | null = null;
class FakeObserver {
  observed = new Set<Element>();
  constructor(readonly callback: (entries: IntersectionObserverEntry[]) => void) {
    last = this;
  }
  observe(el: Element) {
    this.observed.add(el);
  }
  unobserve(el: Element) {
    this.observed.delete(el);
  }
  disconnect() {
    this.observed.clear();
  }
  fire(el: Element, isIntersecting: boolean) {
    this.callback([{ target: el, isIntersecting } as IntersectionObserverEntry]);
  }
}

function marksIn(blocks: Element[], perBlock: number) {
  const text = document.createTextNode('x');
  const blockOf = new Map<Mark, Element>();
  const marks: Mark[] = [];
  for (const b of blocks) {
    for (let i = 0; i < perBlock; i++) {
      const m: Mark = {
        span: { startContainer: text, startOffset: 0, endContainer: text, endOffset: 1 },
        chapterIndex: 1,
      };
      blockOf.set(m, b);
      marks.push(m);
    }
  }
  return { marks, blockOf };
}

describe('viewport painter', () => {
  const blocks = Array.from({ length: 10 }, () => document.createElement('p'));

  it('paints everything below the threshold', () => {
    const inner = new Recorder();
    const { marks, blockOf } = marksIn(blocks, 2);
    const painter = createViewportPainter(inner, document, {
      threshold: 100,
      blockOf: (m) => blockOf.get(m)!,
      Observer: FakeObserver as unknown as typeof IntersectionObserver,
    });
    painter.add(marks);
    expect(inner.painted.size).toBe(20);
  });

  it('above the threshold paints only blocks near the viewport, and follows scrolling', () => {
    const inner = new Recorder();
    const { marks, blockOf } = marksIn(blocks, 5);
    const painter = createViewportPainter(inner, document, {
      threshold: 10,
      blockOf: (m) => blockOf.get(m)!,
      Observer: FakeObserver as unknown as typeof IntersectionObserver,
    });
    painter.add(marks);
    expect(inner.painted.size).toBe(0);
    expect(last!.observed.size).toBe(10);
    last!.fire(blocks[0]!, true);
    last!.fire(blocks[1]!, true);
    expect(inner.painted.size).toBe(10);
    last!.fire(blocks[0]!, false);
    expect(inner.painted.size).toBe(5);
    // A far mark that gets focus is painted while it has it.
    const far = marks[45]!;
    painter.setFocus(far);
    expect(inner.painted.has(far)).toBe(true);
    painter.setFocus(marks[5]!);
    expect(inner.painted.has(far)).toBe(false);
    // Removing all marks of a block stops observing it.
    painter.remove(marks.slice(0, 5));
    expect(last!.observed.has(blocks[0]!)).toBe(false);
  });
});
