/**
 * The mapping between offsets in extracted text and positions in the DOM.
 * One entry per text node ("segment"), in text order; lookups are binary searches, O(log n).
 * Offsets are those of the extraction: if a node's data changes later, extract again.
 */

/** A position inside a text node, as used by Range/StaticRange boundaries. */
export interface DomPoint {
  node: Text;
  offset: number;
}

/** Compatible with the DOM's StaticRangeInit: `new StaticRange(piece)` or `range.setStart(...)`. */
export interface RangePiece {
  startContainer: Text;
  startOffset: number;
  endContainer: Text;
  endOffset: number;
}

/**
 * 'forward': the point before the character at `offset` (use for a span's start);
 * 'backward': the point after the character at `offset - 1` (use for a span's end).
 * They differ only at a boundary between two text nodes or inside a block separator.
 */
export type Bias = 'forward' | 'backward';

export class TextMap {
  private byNode: Map<Node, number> | undefined;

  /**
   * @param starts text offset where each segment begins (ascending)
   * @param ends text offset where each segment ends (exclusive)
   * @param nodes the text node of each segment
   * @param trees the root (document or shadow root) each segment lives in; a range piece never
   *   spans two trees, because a Range across a shadow boundary is not a valid range there.
   */
  constructor(
    private readonly starts: readonly number[],
    private readonly ends: readonly number[],
    readonly nodes: readonly Text[],
    private readonly trees: readonly Node[],
  ) {}

  /** Number of text nodes mapped. */
  get size(): number {
    return this.nodes.length;
  }

  /** Index of the last segment whose start is <= offset, or -1. */
  private lastStartingAtOrBefore(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    let found = -1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      if (this.starts[mid]! <= offset) {
        found = mid;
        lo = mid + 1;
      } else hi = mid - 1;
    }
    return found;
  }

  /** Index of the segment a point with this bias falls in (see Bias), or -1. */
  private segmentFor(offset: number, bias: Bias): number {
    if (bias === 'forward') {
      const i = this.lastStartingAtOrBefore(offset);
      if (i >= 0 && offset < this.ends[i]!) return i;
      // In a separator (or before the first node): the next node's start.
      return i + 1 < this.starts.length ? i + 1 : -1;
    }
    // Backward: the segment holding the character before `offset`; in a separator, the previous node's end.
    return this.lastStartingAtOrBefore(offset - 1);
  }

  /** The DOM point of a text offset, or null when there is no text node on that side. */
  point(offset: number, bias: Bias = 'forward'): DomPoint | null {
    const i = this.segmentFor(offset, bias);
    if (i < 0) return null;
    const start = this.starts[i]!;
    const end = this.ends[i]!;
    const clamped = offset < start ? start : offset > end ? end : offset;
    return { node: this.nodes[i]!, offset: clamped - start };
  }

  /**
   * The DOM pieces covering the text span [start, end). One piece per run of adjacent text nodes
   * (nodes joined without inserted characters, in the same tree): usually exactly one, even when the
   * span crosses inline elements ("øremerkede <b>midler</b>"). Separators are not covered.
   */
  ranges(start: number, end: number): RangePiece[] {
    const pieces: RangePiece[] = [];
    if (!(end > start)) return pieces;
    let i = this.segmentFor(start, 'forward');
    if (i < 0) return pieces;
    const n = this.starts.length;
    while (i < n && this.starts[i]! < end) {
      const first = i;
      while (
        i + 1 < n &&
        this.starts[i + 1]! < end &&
        this.starts[i + 1] === this.ends[i] &&
        this.trees[i + 1] === this.trees[i]
      )
        i++;
      pieces.push({
        startContainer: this.nodes[first]!,
        startOffset: Math.max(start, this.starts[first]!) - this.starts[first]!,
        endContainer: this.nodes[i]!,
        endOffset: Math.min(end, this.ends[i]!) - this.starts[i]!,
      });
      i++;
    }
    return pieces;
  }

  /**
   * The text offset of a DOM point (e.g. from caretPositionFromPoint), or null when the node was
   * not part of the extracted text (skipped, or not a text node).
   */
  offsetOf(node: Node, offset: number): number | null {
    if (!this.byNode) {
      // Built on first use: most pages never hit-test.
      this.byNode = new Map();
      for (let i = 0; i < this.nodes.length; i++) this.byNode.set(this.nodes[i]!, i);
    }
    const i = this.byNode.get(node);
    if (i === undefined) return null;
    const len = this.ends[i]! - this.starts[i]!;
    return this.starts[i]! + (offset < 0 ? 0 : offset > len ? len : offset);
  }
}
