/** The section heading a block belongs to: the nearest heading above it in the document. Standard DOM only. */
import { extractText, isExcluded, nearestBlock, type ExtractOptions } from '../dom';
import { HEADING_CONTEXT_MAX, looksLikeHeading } from '../match/heading';

const HEADING_TAG = /^h[1-6]$/;
/** How far back to look (elements) before giving up: a page without headings must not cost a full walk per block. */
const MAX_STEPS = 5000;
/** «Forslag 2», «Framlegg 3»: the number of a minority proposal. */
const PROPOSAL_NUMBER = /^(?:Forslag|Framlegg) \d+$/;

export class HeadingFinder {
  /** Per element: the heading that is it or stands above it (blocks asked before, in page order). */
  private readonly above = new Map<Element, string | null>();

  constructor(private readonly extract?: ExtractOptions) {}

  /** The heading text (whitespace collapsed) of the section `block` is in, or null. */
  of(block: Node): string | null {
    if (block.nodeType !== 1) return null;
    const start = block as Element;
    const known = this.above.get(start);
    if (known !== undefined) return known;
    const found = this.find(start);
    this.above.set(start, found);
    return found;
  }

  private find(block: Element): string | null {
    const own = this.headingText(block);
    if (own !== null) return own;
    let el: Element | null = block;
    for (let steps = 0; steps < MAX_STEPS; steps++) {
      el = previousElement(el);
      if (!el) return null;
      if (el.contains(block)) continue; // an ancestor: it holds the block, it does not head it
      const cached = this.above.get(el);
      if (cached !== undefined) return cached; // everything before it was looked at already
      const text = this.headingText(el);
      if (text !== null) return text;
    }
    return null;
  }

  /** The element's text when it is a heading: h1–h6 (or role=heading), or a short block without closing punctuation. */
  private headingText(el: Element): string | null {
    const tagged = HEADING_TAG.test(el.localName) || el.getAttribute('role') === 'heading';
    if (!tagged) {
      // Only paragraphs and divs stand in for headings; list items and cells are short without being headings.
      if (el.localName !== 'p' && el.localName !== 'div') return null;
      if ((el.textContent ?? '').length > HEADING_CONTEXT_MAX || nearestBlock(el, this.extract) !== el) return null;
      if (el.querySelector('p, div, li, table, h1, h2, h3, h4, h5, h6')) return null;
    }
    if (isExcluded(el, this.extract)) return null;
    const text = extractText(el, this.extract)
      .text.replace(/\u00ad/g, '')
      .replace(/\s+/g, ' ')
      .trim();
    if (!text) return null;
    if (tagged) return text;
    // «Forslag fra Høyre:» opens a proposal and «Forslag 2» numbers one: neither is a section.
    return looksLikeHeading(text) && !text.endsWith(':') && !PROPOSAL_NUMBER.test(text) ? text : null;
  }
}

/** The element before `el` in document order (the last descendant of its previous sibling, else its parent). */
function previousElement(el: Element): Element | null {
  let prev = el.previousElementSibling;
  if (!prev) return el.parentElement;
  while (prev.lastElementChild) prev = prev.lastElementChild;
  return prev;
}
