/**
 * The text of a page as a browser shows it, with a map back to the DOM (see text-map.ts).
 * One walk over the composed tree (open shadow roots, slots), no per-character objects.
 * Whitespace inside text is kept as written; normalising it is lib/match's job.
 */
import {
  BLOCK_KIND,
  BLOCK_SEPARATOR,
  KIND_MASK,
  SKIP,
  SKIP_WORD,
  TEXT_HIDDEN,
  WORD_EDGES,
  WORD_SEPARATOR,
  classify,
  type ExtractOptions,
} from './rules';
import { TextMap } from './text-map';

export interface ExtractedText {
  /** Visible text; blocks separated by BLOCK_SEPARATOR, inline elements joined with nothing added. */
  text: string;
  map: TextMap;
  /** iframe/frame elements found in the scanned parts, in text order: extract their documents
   *  separately (frameDocuments in frames.ts); their offsets are not part of `text`. */
  frames: Element[];
}

const ELEMENT = 1;
const TEXT = 3;
const DOCUMENT = 9;
const FRAGMENT = 11;

/** HTML's collapsible whitespace; a text node of only this between blocks is not shown. */
const COLLAPSIBLE = /^[ \t\n\r\f]*$/;
const COLLAPSIBLE_START = /^[ \t\n\r\f]/;
const COLLAPSIBLE_END = /[ \t\n\r\f]$/;

/** classify() with the content scope's furniture skipped as a whole. */
function kindOf(el: Element, options: ExtractOptions): number {
  return options.scope?.isFurniture(el) ? SKIP : classify(el, options.style);
}

/** Reverses stack[from..] in place: children are pushed in order and must pop in order. */
function reverse<T>(stack: T[], from: number): void {
  for (let i = from, j = stack.length - 1; i < j; i++, j--) {
    const t = stack[i]!;
    stack[i] = stack[j]!;
    stack[j] = t;
  }
}

class Walker {
  private readonly parts: string[] = [];
  private readonly starts: number[] = [];
  private readonly ends: number[] = [];
  private readonly nodes: Text[] = [];
  private readonly trees: Node[] = [];
  readonly frames: Element[] = [];
  private length = 0;
  private pendingBreak = false;
  private pendingWordBreak = false;
  /** Whether the text so far ends in whitespace (then a word break adds nothing). */
  private endsInSpace = true;
  /** Whitespace-only nodes seen since the last text: kept if more inline text follows, dropped at a block edge. */
  private pendingSpace: Text[] = [];
  private pendingSpaceTrees: Node[] = [];

  constructor(private readonly options: ExtractOptions) {}

  private push(t: Text, tree: Node): void {
    const data = t.data;
    this.parts.push(data);
    this.starts.push(this.length);
    this.length += data.length;
    this.ends.push(this.length);
    this.nodes.push(t);
    this.trees.push(tree);
  }

  private wordEdge(): void {
    this.pendingWordBreak = true;
  }

  private blockEdge(): void {
    this.pendingBreak = true;
    this.pendingWordBreak = false;
    this.pendingSpace.length = 0;
    this.pendingSpaceTrees.length = 0;
  }

  text(t: Text, tree: Node, hidden: boolean): void {
    if (hidden || t.data.length === 0) return;
    if (COLLAPSIBLE.test(t.data)) {
      if (this.length > 0 && !this.pendingBreak) {
        this.pendingSpace.push(t);
        this.pendingSpaceTrees.push(tree);
      }
      return;
    }
    if (this.pendingBreak) {
      if (this.length > 0) {
        this.parts.push(BLOCK_SEPARATOR);
        this.length += BLOCK_SEPARATOR.length;
      }
      this.pendingBreak = false;
    } else if (this.pendingSpace.length > 0) {
      for (let i = 0; i < this.pendingSpace.length; i++) this.push(this.pendingSpace[i]!, this.pendingSpaceTrees[i]!);
      this.pendingSpace.length = 0;
      this.pendingSpaceTrees.length = 0;
    } else if (this.pendingWordBreak && !this.endsInSpace && !COLLAPSIBLE_START.test(t.data)) {
      this.parts.push(WORD_SEPARATOR);
      this.length += WORD_SEPARATOR.length;
    }
    this.pendingWordBreak = false;
    this.push(t, tree);
    this.endsInSpace = COLLAPSIBLE_END.test(t.data);
  }

  /**
   * Walks `n` and everything under it in the composed tree. Iterative, with an explicit stack: a page
   * may nest 10,000 elements deep, far beyond the JavaScript call stack.
   */
  node(root: Node, rootTree: Node, rootHidden: boolean): void {
    type Step = { n: Node; tree: Node; hidden: boolean } | { exit: number };
    const stack: Step[] = [{ n: root, tree: rootTree, hidden: rootHidden }];
    const pushChildren = (parent: Node, tree: Node, hidden: boolean) => {
      const first = stack.length;
      for (let c = parent.firstChild; c; c = c.nextSibling) stack.push({ n: c, tree, hidden });
      reverse(stack, first);
    };
    while (stack.length) {
      const step = stack.pop()!;
      if ('exit' in step) {
        if (step.exit === BLOCK_KIND) this.blockEdge();
        else if (step.exit === WORD_EDGES) this.wordEdge();
        continue;
      }
      const { n, tree, hidden } = step;
      const type = n.nodeType;
      if (type === TEXT) {
        this.text(n as Text, tree, hidden);
        continue;
      }
      if (type === DOCUMENT) {
        const de = (n as Document).documentElement;
        if (de) stack.push({ n: de, tree: n, hidden });
        continue;
      }
      if (type === FRAGMENT) {
        pushChildren(n, n, hidden);
        continue;
      }
      if (type !== ELEMENT) continue; // Comments, processing instructions, doctypes: not shown.

      const el = n as Element;
      const k = kindOf(el, this.options);
      const kind = k & KIND_MASK;
      if (kind === SKIP) continue;
      if (kind === SKIP_WORD) {
        const name = el.localName;
        if (name === 'iframe' || name === 'frame') this.frames.push(el);
        this.wordEdge();
        continue;
      }
      const childHidden = (k & TEXT_HIDDEN) !== 0;
      const edges = (k & WORD_EDGES) !== 0;
      if (kind === BLOCK_KIND) this.blockEdge();
      else if (edges) this.wordEdge();
      // What to do after the children: close the block or the word.
      stack.push({ exit: kind === BLOCK_KIND ? BLOCK_KIND : edges ? WORD_EDGES : 0 });
      const shadow = el.shadowRoot; // open roots only; closed ones are out of reach by design
      if (shadow) {
        // The composed tree: the shadow content replaces the host's children (which show only through slots).
        pushChildren(shadow, shadow, childHidden);
      } else if (el.localName === 'slot' && tree.nodeType === FRAGMENT) {
        const assigned = (el as HTMLSlotElement).assignedNodes?.() ?? [];
        if (assigned.length > 0) {
          const lightTree = assigned[0]!.getRootNode();
          const first = stack.length;
          for (const a of assigned) stack.push({ n: a, tree: lightTree, hidden: childHidden });
          reverse(stack, first);
        } else pushChildren(el, tree, childHidden); // fallback content
      } else pushChildren(el, tree, childHidden);
    }
  }

  result(): ExtractedText {
    return {
      text: this.parts.join(''),
      map: new TextMap(this.starts, this.ends, this.nodes, this.trees),
      frames: this.frames,
    };
  }
}

/** The slot a light child of a shadow host is shown in, or null. */
function slotOf(n: Node, shadow: ShadowRoot): Element | null {
  const known = (n as Element | Text).assignedSlot;
  if (known !== undefined) return known;
  // DOMs without assignedSlot (happy-dom): ask the host's slots.
  for (const slot of shadow.querySelectorAll('slot')) {
    if ((slot as HTMLSlotElement).assignedNodes?.().includes(n as ChildNode)) return slot;
  }
  return null;
}

/**
 * The composed-tree parent: a slotted node's slot, a shadow root's host, otherwise the parent node.
 * `unslotted` is true when the node is a light child of a shadow host without a slot (not rendered).
 */
function composedParent(n: Node): { parent: Node | null; unslotted: boolean } {
  if (n.nodeType === FRAGMENT) return { parent: (n as ShadowRoot).host ?? null, unslotted: false };
  const p = n.parentNode;
  const shadow = p && p.nodeType === ELEMENT ? (p as Element).shadowRoot : null;
  if (!shadow) return { parent: p, unslotted: false };
  const slot = slotOf(n, shadow);
  return slot ? { parent: slot, unslotted: false } : { parent: p, unslotted: true };
}

/**
 * Whether `node` is in a part of the page that is never scanned: inside script/style/…, a form
 * field, a contenteditable region, a hidden element, the extension's own UI, an unslotted light
 * child of a shadow host, (with options.style) a display:none subtree, or (with options.scope) page
 * furniture or anything outside the content roots. Use it to ignore mutations.
 */
export function isExcluded(node: Node, options: ExtractOptions = {}): boolean {
  let n: Node | null = node;
  while (n) {
    if (n.nodeType === ELEMENT && (kindOf(n as Element, options) & KIND_MASK) >= SKIP) return true;
    const { parent, unslotted } = composedParent(n);
    if (unslotted) return true;
    n = parent;
  }
  // Outside the content roots (a site header, a cookie bar appended to <body>): not the document.
  return !!options.scope && node.nodeType !== DOCUMENT && !options.scope.contains(node);
}

/**
 * The block-level element around `node` (itself if it is one), crossing shadow boundaries: the unit to
 * re-extract when something inside it changes. No hit spans two blocks, so re-matching this block's
 * text alone finds exactly the hits that can have changed. Null when no block encloses it.
 */
export function nearestBlock(node: Node, options: ExtractOptions = {}): Element | null {
  let n: Node | null = node;
  while (n) {
    if (n.nodeType === ELEMENT) {
      const el = n as Element;
      const name = el.localName;
      if (name !== 'br' && name !== 'hr' && (kindOf(el, options) & KIND_MASK) === BLOCK_KIND) return el;
    }
    n = composedParent(n).parent;
  }
  return null;
}

/**
 * The visible text of `root` (a document, element, shadow root or text node) and its DOM map.
 * If `root` lies inside an excluded part of the page (see isExcluded), the text is empty.
 */
export function extractText(root: Node, options: ExtractOptions = {}): ExtractedText {
  const walker = new Walker(options);
  if (root.nodeType === DOCUMENT || root.nodeType === FRAGMENT || !isExcluded(root, options)) {
    const parent = root.nodeType === TEXT ? root.parentNode : null;
    // A lone text node's visibility comes from its parent element.
    const hidden =
      !!parent && parent.nodeType === ELEMENT && (classify(parent as Element, options.style) & TEXT_HIDDEN) !== 0;
    walker.node(root, root.nodeType === DOCUMENT ? root : root.getRootNode(), hidden);
  }
  return walker.result();
}
