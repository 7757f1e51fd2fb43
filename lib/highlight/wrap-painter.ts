import { isExcluded } from '../dom';
import { PREFIX, type DomSpan, type Mark, type Painter } from './painter';
import { ScopedSheets, highlightCss, type HighlightLook } from './stylesheet';

interface Wrapped {
  /** The page's text node we split; gets its text back on unwrap. */
  original: Text;
  element: HTMLElement;
  /** Text nodes split off after the mark, merged back on unwrap. */
  tail: Text | null;
}

const MARK_ATTR = `data-${PREFIX}-mark`;
const FOCUS_ATTR = `data-${PREFIX}-focus`;
const SAME_ATTR = `data-${PREFIX}-same`;

/** The text nodes a span covers, with the covered part of each. */
function pieces(span: DomSpan): { node: Text; start: number; end: number }[] {
  const doc = span.startContainer.ownerDocument!;
  const out: { node: Text; start: number; end: number }[] = [];
  const root =
    span.startContainer === span.endContainer
      ? span.startContainer
      : commonAncestor(span.startContainer, span.endContainer);
  const walker = doc.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  let node: Node | null = root.nodeType === 3 ? root : walker.nextNode();
  let inside = false;
  while (node) {
    const text = node as Text;
    if (text === span.startContainer) inside = true;
    // A span may run across a skipped element (<style>, <script>): its text is not ours to wrap.
    if (inside && !(text.parentNode && isExcluded(text.parentNode))) {
      const start = text === span.startContainer ? span.startOffset : 0;
      const end = text === span.endContainer ? span.endOffset : text.data.length;
      if (end > start) out.push({ node: text, start, end });
    }
    if (text === span.endContainer) break;
    node = walker.nextNode();
  }
  return out;
}

function commonAncestor(a: Node, b: Node): Node {
  const seen = new Set<Node>();
  for (let n: Node | null = a; n; n = n.parentNode) seen.add(n);
  for (let n: Node | null = b; n; n = n.parentNode) if (seen.has(n)) return n;
  return a.ownerDocument!.documentElement;
}

/**
 * The fallback painter for browsers without the CSS Custom Highlight API: wraps each covered piece of text in
 * <mark data-standpunkt-mark>, and on removal puts the exact text back into the page's own text node.
 * Marks must be added in document order and never overlap (the matcher guarantees non-overlapping hits).
 */
export function createWrapPainter(doc: Document, look: HighlightLook = 'fill'): Painter {
  const wrapped = new Map<Mark, Wrapped[]>();
  const markOfElement = new WeakMap<Element, Mark>();
  const sheet = new ScopedSheets(doc, highlightCss(look));
  let focused: Mark | null = null;
  let same: readonly Mark[] = [];

  const wrap = (mark: Mark) => {
    const out: Wrapped[] = [];
    // Last piece first, so that splitting one node does not move the offsets of the pieces before it.
    for (const { node, start, end } of pieces(mark.span).reverse()) {
      const middle = start > 0 ? node.splitText(start) : node;
      const tail = end - start < middle.data.length ? middle.splitText(end - start) : null;
      const element = doc.createElement('mark');
      element.setAttribute(MARK_ATTR, String(mark.chapterIndex));
      middle.parentNode!.insertBefore(element, middle);
      element.appendChild(middle);
      markOfElement.set(element, mark);
      out.push({ original: start > 0 ? node : middle, element, tail });
    }
    wrapped.set(mark, out);
  };

  const unwrap = (mark: Mark) => {
    for (const { original, element, tail } of wrapped.get(mark) ?? []) {
      const inner = element.firstChild as Text | null;
      if (!element.parentNode) continue; // The page removed it; nothing of ours is left in the DOM.
      if (inner && inner !== original) {
        original.data += inner.data;
        element.remove();
      } else if (inner) {
        element.replaceWith(inner);
      } else element.remove();
      if (tail && tail.parentNode) {
        original.data += tail.data;
        tail.remove();
      }
    }
    wrapped.delete(mark);
  };

  return {
    kind: 'wrap',
    add(marks) {
      sheet.ensure();
      // Wrapping later marks first keeps the spans of earlier marks valid.
      for (const mark of [...marks].reverse()) {
        if (wrapped.has(mark)) continue;
        wrap(mark);
        sheet.cover(mark.span.startContainer);
      }
    },
    remove(marks) {
      for (const mark of marks) {
        if (focused === mark) this.setFocus(null);
        if (same.includes(mark)) same = same.filter((m) => m !== mark);
        unwrap(mark);
      }
    },
    clear() {
      this.setFocus(null);
      this.setSame([]);
      for (const mark of [...wrapped.keys()].reverse()) unwrap(mark);
    },
    setFocus(mark) {
      for (const w of (focused && wrapped.get(focused)) || []) w.element.removeAttribute(FOCUS_ATTR);
      focused = mark;
      for (const w of (mark && wrapped.get(mark)) || []) w.element.setAttribute(FOCUS_ATTR, '');
    },
    setSame(marks) {
      for (const m of same) for (const w of wrapped.get(m) ?? []) w.element.removeAttribute(SAME_ATTR);
      same = [...marks];
      for (const m of same) for (const w of wrapped.get(m) ?? []) w.element.setAttribute(SAME_ATTR, '');
    },
    rects(mark) {
      return (wrapped.get(mark) ?? []).flatMap((w) => [...w.element.getClientRects()]);
    },
    markOf(thing) {
      const el = 'closest' in thing ? (thing as Element).closest(`mark[${MARK_ATTR}]`) : null;
      return el ? markOfElement.get(el) : undefined;
    },
    ensureStyle() {
      sheet.ensure();
    },
    destroy() {
      this.clear();
      sheet.remove();
    },
  };
}
