// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCssPainter, supportsCssHighlights } from './css-painter';
import type { Mark } from './painter';

// happy-dom has no Highlight API: a minimal stand-in with the same shape (a Set of ranges + a registry Map).
class FakeHighlight extends Set<AbstractRange> {
  priority = 0;
}
class FakeStaticRange {
  startContainer: Node;
  startOffset: number;
  endContainer: Node;
  endOffset: number;
  constructor(init: { startContainer: Node; startOffset: number; endContainer: Node; endOffset: number }) {
    ({
      startContainer: this.startContainer,
      startOffset: this.startOffset,
      endContainer: this.endContainer,
      endOffset: this.endOffset,
    } = init);
  }
}
const win = window as unknown as Record<string, unknown>;

describe('CSS highlight painter', () => {
  let registry: Map<string, FakeHighlight>;
  beforeEach(() => {
    registry = new Map();
    win.Highlight = FakeHighlight;
    win.StaticRange = FakeStaticRange;
    // happy-dom builds a new CSS object on every access; pin one that has a registry.
    Object.defineProperty(window, 'CSS', { value: { highlights: registry }, configurable: true });
    document.body.innerHTML = '<p>Være tilbakeholdne med å bruke innsigelser og motsegn.</p>';
  });
  afterEach(() => {
    delete win.Highlight;
    Object.defineProperty(window, 'CSS', { value: {}, configurable: true });
  });

  const text = () => document.querySelector('p')!.firstChild as Text;
  const mark = (start: number, end: number, chapterIndex: number): Mark => ({
    span: { startContainer: text(), startOffset: start, endContainer: text(), endOffset: end },
    chapterIndex,
  });

  it('is detected only where the API exists', () => {
    expect(supportsCssHighlights(document)).toBe(true);
    delete win.Highlight;
    expect(supportsCssHighlights(document)).toBe(false);
  });

  it('puts the other occurrences of a demand into the «same» highlight, above the chapters and below the focus', () => {
    const painter = createCssPainter(document);
    const a = mark(29, 39, 1);
    const b = mark(43, 49, 1);
    const c = mark(0, 4, 6);
    painter.add([a, b, c]);
    painter.setFocus(a);
    painter.setSame([b, c]);
    const same = registry.get('standpunkt-same')!;
    expect([...same].map((r) => r.startOffset)).toEqual([43, 0]);
    expect(same.priority).toBeGreaterThan(registry.get('standpunkt-1')!.priority);
    expect(same.priority).toBeLessThan(registry.get('standpunkt-focus')!.priority);
    painter.remove([c]);
    expect([...same].map((r) => r.startOffset)).toEqual([43]);
    painter.setSame([]);
    expect(same.size).toBe(0);
    painter.destroy();
    expect(registry.has('standpunkt-same')).toBe(false);
  });

  it("paints one highlight per chapter without touching the DOM, and leaves the page's own highlights alone", () => {
    const pageOwn = new FakeHighlight();
    registry.set('page-search', pageOwn);
    const html = document.body.innerHTML;
    const painter = createCssPainter(document);
    const a = mark(29, 39, 1);
    const b = mark(43, 49, 1);
    const c = mark(0, 4, 6);
    painter.add([a, b, c]);
    expect(document.body.innerHTML).toBe(html);
    expect(registry.get('standpunkt-1')!.size).toBe(2);
    expect(registry.get('standpunkt-6')!.size).toBe(1);
    const range = [...registry.get('standpunkt-1')!][0]!;
    expect(range).toBeInstanceOf(FakeStaticRange);
    expect(painter.markOf(range)).toBe(a);

    painter.setFocus(b);
    expect([...registry.get('standpunkt-focus')!].map((r) => painter.markOf(r))).toEqual([b]);
    painter.remove([b]);
    expect(registry.get('standpunkt-1')!.size).toBe(1);
    expect(registry.get('standpunkt-focus')!.size).toBe(0);

    painter.destroy();
    expect([...registry.keys()]).toEqual(['page-search']);
    expect(registry.get('page-search')).toBe(pageOwn);
  });

  it('re-registers its highlights when the page clears the registry', () => {
    const painter = createCssPainter(document);
    painter.add([mark(29, 39, 1)]);
    registry.clear();
    painter.ensureStyle();
    expect(registry.get('standpunkt-1')!.size).toBe(1);
  });
});

describe('CSS highlight painter in shadow roots', () => {
  it('puts its stylesheet into the shadow root that holds a mark', () => {
    (window as unknown as Record<string, unknown>).Highlight = class extends Set {};
    (window as unknown as Record<string, unknown>).StaticRange = class {
      constructor(init: object) {
        Object.assign(this, init);
      }
    };
    Object.defineProperty(window, 'CSS', { value: { highlights: new Map() }, configurable: true });
    document.body.innerHTML = '<div id="host"></div>';
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = '<p>innsigelse</p>';
    const text = shadow.querySelector('p')!.firstChild!;
    const painter = createCssPainter(document);
    expect(shadow.adoptedStyleSheets.length + shadow.querySelectorAll('style').length).toBe(0);
    painter.add([
      { span: { startContainer: text, startOffset: 0, endContainer: text, endOffset: 10 }, chapterIndex: 1 },
    ]);
    expect(shadow.adoptedStyleSheets.length + shadow.querySelectorAll('style').length).toBe(1);
    painter.destroy();
    expect(shadow.adoptedStyleSheets.length + shadow.querySelectorAll('style').length).toBe(0);
  });
});

describe('early stylesheet', () => {
  it('is adopted before the page and kept by the painter instead of adding a second sheet', async () => {
    const { adoptEarly } = await import('./stylesheet');
    (window as unknown as Record<string, unknown>).Highlight = class extends Set {};
    (window as unknown as Record<string, unknown>).StaticRange = class {
      constructor(init: object) {
        Object.assign(this, init);
      }
    };
    Object.defineProperty(window, 'CSS', { value: { highlights: new Map() }, configurable: true });
    document.adoptedStyleSheets = [];
    adoptEarly(document);
    expect(document.adoptedStyleSheets).toHaveLength(1);
    const early = document.adoptedStyleSheets[0];
    const painter = createCssPainter(document);
    painter.ensureStyle();
    expect(document.adoptedStyleSheets).toEqual([early]);
    painter.destroy();
    expect(document.adoptedStyleSheets).toHaveLength(0);
  });
});
