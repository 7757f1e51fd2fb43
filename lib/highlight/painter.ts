/**
 * A painter shows marks on a page and takes them away again. Two implementations behind this one narrow
 * interface: the CSS Custom Highlight API (the page's DOM is never touched) and, where that API is missing,
 * a painter that wraps text in <mark> elements and unwraps it exactly.
 */

/** Where a mark is in the DOM; the shape of StaticRangeInit. */
export interface DomSpan {
  startContainer: Node;
  startOffset: number;
  endContainer: Node;
  endOffset: number;
}

export interface Mark {
  span: DomSpan;
  /** Chapter of the strongest position the phrase points to: picks the colour. */
  chapterIndex: number;
}

export interface Painter {
  readonly kind: 'css' | 'wrap';
  add(marks: readonly Mark[]): void;
  remove(marks: readonly Mark[]): void;
  clear(): void;
  /** The mark that has keyboard focus or an open card, drawn in the focus style; null for none. */
  setFocus(mark: Mark | null): void;
  /** The other occurrences of the demand pointed at or focused, drawn in the «same demand» style; [] for none. */
  setSame(marks: readonly Mark[]): void;
  /** The boxes a painted mark occupies on screen (for placing the card, scrolling into view). */
  rects(mark: Mark): DOMRect[];
  /** The mark a painted range or element belongs to (hit-testing). */
  markOf(thing: AbstractRange | Element): Mark | undefined;
  /** Puts back our stylesheet if the page removed it; cheap, call before painting. */
  ensureStyle(): void;
  destroy(): void;
}

/** Name prefix of our highlights in CSS.highlights and of our attributes. */
export const PREFIX = 'standpunkt';
/** Marks our own elements so that the page-text reader skips them. */
export const UI_ATTRIBUTE = 'data-standpunkt-ui';
