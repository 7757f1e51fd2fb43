import { PREFIX, type Mark, type Painter } from './painter';
import { ScopedSheets, highlightCss, type HighlightLook } from './stylesheet';

type View = Window & typeof globalThis;

/** True where the CSS Custom Highlight API can paint this document. */
export function supportsCssHighlights(doc: Document): boolean {
  const view = doc.defaultView as View | null;
  return (
    !!view && typeof view.Highlight === 'function' && !!view.CSS?.highlights && typeof view.StaticRange === 'function'
  );
}

/**
 * Paints with the CSS Custom Highlight API: one named Highlight per chapter plus one for focus, holding
 * StaticRanges (live Ranges would be updated by the browser on every DOM change of the page). Our names are
 * prefixed; the page's own highlights in the same registry are never touched.
 */
export function createCssPainter(doc: Document, look: HighlightLook = 'fill'): Painter {
  const view = doc.defaultView as View;
  const registry = view.CSS.highlights;
  const byChapter = new Map<number, Highlight>();
  const rangeOf = new Map<Mark, StaticRange>();
  const markOfRange = new WeakMap<AbstractRange, Mark>();
  const focus = new view.Highlight();
  focus.priority = 2;
  // Above the chapters (it only adds lines), below the focus.
  const same = new view.Highlight();
  same.priority = 1;
  let focused: Mark | null = null;
  const sheet = new ScopedSheets(doc, highlightCss(look));

  const highlightFor = (chapterIndex: number) => {
    let h = byChapter.get(chapterIndex);
    if (!h) {
      h = new view.Highlight();
      byChapter.set(chapterIndex, h);
    }
    return h;
  };
  /** Re-registers our highlights if the page cleared the registry or replaced an entry. */
  const register = () => {
    for (const [chapter, h] of byChapter) {
      const name = `${PREFIX}-${chapter}`;
      if (registry.get(name) !== h) registry.set(name, h);
    }
    if (registry.get(`${PREFIX}-focus`) !== focus) registry.set(`${PREFIX}-focus`, focus);
    if (registry.get(`${PREFIX}-same`) !== same) registry.set(`${PREFIX}-same`, same);
  };

  return {
    kind: 'css',
    add(marks) {
      for (const mark of marks) {
        if (rangeOf.has(mark)) continue;
        const range = new view.StaticRange(mark.span);
        rangeOf.set(mark, range);
        markOfRange.set(range, mark);
        highlightFor(mark.chapterIndex).add(range);
        sheet.cover(mark.span.startContainer);
      }
      sheet.ensure();
      register();
    },
    remove(marks) {
      for (const mark of marks) {
        const range = rangeOf.get(mark);
        if (!range) continue;
        byChapter.get(mark.chapterIndex)?.delete(range);
        same.delete(range);
        rangeOf.delete(mark);
        if (focused === mark) this.setFocus(null);
      }
    },
    clear() {
      for (const h of byChapter.values()) h.clear();
      focus.clear();
      same.clear();
      rangeOf.clear();
      focused = null;
    },
    setFocus(mark) {
      focus.clear();
      focused = mark;
      const range = mark && rangeOf.get(mark);
      if (range) focus.add(range);
      register();
    },
    setSame(marks) {
      same.clear();
      for (const mark of marks) {
        const range = rangeOf.get(mark);
        if (range) same.add(range);
      }
      register();
    },
    rects(mark) {
      const range = rangeOf.get(mark);
      if (!range) return [];
      const live = doc.createRange();
      try {
        live.setStart(range.startContainer, range.startOffset);
        live.setEnd(range.endContainer, range.endOffset);
        return [...live.getClientRects()];
      } catch {
        return []; // The page removed or shortened the text since it was painted.
      }
    },
    markOf(thing) {
      return 'nodeType' in thing ? undefined : markOfRange.get(thing);
    },
    ensureStyle() {
      sheet.ensure();
      if (rangeOf.size) register();
    },
    destroy() {
      this.clear();
      for (const [chapter, h] of byChapter)
        if (registry.get(`${PREFIX}-${chapter}`) === h) registry.delete(`${PREFIX}-${chapter}`);
      if (registry.get(`${PREFIX}-focus`) === focus) registry.delete(`${PREFIX}-focus`);
      if (registry.get(`${PREFIX}-same`) === same) registry.delete(`${PREFIX}-same`);
      byChapter.clear();
      sheet.remove();
    },
  };
}
