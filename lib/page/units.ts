/**
 * Splits a page into scan units: subtrees small enough to extract and match in one slice. A big container
 * is split into its children; text and inline elements directly inside a split container become units of
 * their own (a phrase running across such a split is the price of never blocking the page; in practice big
 * containers hold blocks, not running text).
 */
import { isExcluded } from '../dom';

const ELEMENT = 1;
const TEXT = 3;

export interface UnitOptions {
  /** A subtree with more text than this is split (characters). */
  maxChars: number;
  /** How deep splitting may go; deeper, a subtree is one unit whatever its size (10,000-deep DOMs). */
  maxDepth: number;
}

export const DEFAULT_UNITS: UnitOptions = { maxChars: 32_768, maxDepth: 48 };

/** True when the subtree holds more than `limit` characters of text; stops counting once it knows. */
export function textExceeds(node: Node, limit: number): boolean {
  // textContent is native and fast, but on a huge subtree it builds a huge string: count text nodes instead.
  const doc = node.ownerDocument ?? (node as Document);
  const walker = doc.createTreeWalker(node, 4 /* SHOW_TEXT */);
  let total = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    total += (n as Text).data.length;
    if (total > limit) return true;
  }
  return false;
}

/** Units of `root` in document order. */
export function* scanUnits(root: Node, options: UnitOptions = DEFAULT_UNITS): Generator<Node> {
  if (isExcluded(root)) return;
  yield* split(root, 0, options);
}

function* split(node: Node, depth: number, options: UnitOptions): Generator<Node> {
  const splittable = node.nodeType !== TEXT && depth < options.maxDepth && node.firstChild !== null;
  if (!splittable || !textExceeds(node, options.maxChars)) {
    yield node;
    return;
  }
  // An open shadow root's content is what the page shows for its host (slotted children included).
  const shadow = (node as Element).shadowRoot;
  if (shadow) {
    yield* split(shadow, depth + 1, options);
    return;
  }
  for (let child: Node | null = node.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === ELEMENT || (child.nodeType === TEXT && (child as Text).data.trim() !== '')) {
      yield* split(child, depth + 1, options);
    }
  }
}
