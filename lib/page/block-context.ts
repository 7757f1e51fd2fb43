/** Which neighbouring blocks share a block's context when the page is matched block by block: a heading and what it heads. */
import { extractText, isExcluded, nearestBlock, type ExtractOptions } from '../dom';
import { HEADING_CONTEXT_MAX, looksLikeHeading } from '../match/heading';
import { textExceeds, type UnitOptions } from './units';

const ELEMENT_NODE = 1;
const TEXT_NODE = 3;
const COMMENT_NODE = 8;

export class BlockContext {
  constructor(
    private readonly extract: ExtractOptions | undefined,
    private readonly units: UnitOptions,
  ) {}

  /**
   * The context a unit is matched with: the heading right above it, and, when the unit (text `text`) is a
   * heading itself, the block below it. Hits inside the context belong to those blocks, not to the unit.
   */
  around(unit: Node, text: string): { before: string | null; after: string | null } {
    const element = unit.nodeType === ELEMENT_NODE && this.isBlock(unit as Element) ? (unit as Element) : null;
    if (!element) return { before: null, after: null };
    const before = this.headingText(this.neighbour(element, false));
    const after = looksLikeHeading(text) ? this.blockText(this.neighbour(element, true)) : null;
    return { before, after };
  }

  /** The blocks whose hits may depend on this one: the heading above it; the block below it, if it is a heading. */
  sharingContext(block: Element): Element[] {
    if (!this.isBlock(block)) return [];
    const out: Element[] = [];
    const previous = this.neighbour(block, false);
    if (previous && this.headingText(previous) !== null) out.push(previous);
    const next = this.neighbour(block, true);
    if (next && this.headingText(block) !== null) out.push(next);
    return out;
  }

  /** Whether the extractor reads this element as a block of its own (a paragraph, a heading…). */
  private isBlock(element: Element): boolean {
    return nearestBlock(element, this.extract) === element;
  }

  /**
   * The block right before or after a block: its sibling, past comments, blank text and parts we skip
   * (scripts, hidden elements). Null when text or an inline element comes first.
   */
  private neighbour(element: Element, forward: boolean): Element | null {
    let n = forward ? element.nextSibling : element.previousSibling;
    while (n) {
      const skip =
        n.nodeType === COMMENT_NODE ||
        (n.nodeType === TEXT_NODE && !(n as Text).data.trim()) ||
        (n.nodeType === ELEMENT_NODE && isExcluded(n, this.extract));
      if (!skip) break;
      n = forward ? n.nextSibling : n.previousSibling;
    }
    if (!n || n.nodeType !== ELEMENT_NODE) return null;
    return this.isBlock(n as Element) ? (n as Element) : null;
  }

  /** The text of a block that may be a heading (short, no closing punctuation), else null. */
  private headingText(element: Element | null): string | null {
    if (!element || textExceeds(element, HEADING_CONTEXT_MAX)) return null;
    const text = extractText(element, this.extract).text;
    return looksLikeHeading(text) ? text.trim() : null;
  }

  /** The text of the block below a heading, as its context (not past the size of one unit). */
  private blockText(element: Element | null): string | null {
    if (!element) return null;
    if (textExceeds(element, this.units.maxChars)) return null;
    return extractText(element, this.extract).text || null;
  }
}
