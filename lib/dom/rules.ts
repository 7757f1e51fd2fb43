/**
 * What counts as page text: which elements are skipped, which ones separate blocks.
 * Standard DOM only; no globals (`Node`, `Element`…) so it runs on any DOM implementation,
 * including a happy-dom Window that is not installed globally (the CLI).
 */

/** Attribute that marks the extension's own UI (hover card host, toolbars): never scanned. */
export const UI_ATTRIBUTE = 'data-standpunkt-ui';

/**
 * Put between the text of two blocks. The matcher never matches across a blank line, and its
 * context rules treat "\n\n" as the end of a block (paragraph, list item, cell).
 */
export const BLOCK_SEPARATOR = '\n\n';

/** Subset of CSSStyleDeclaration we read; `window.getComputedStyle` fits. */
export interface StyleLike {
  display: string;
  visibility: string;
}
export type StyleFn = (el: Element) => StyleLike;

export interface ExtractOptions {
  /**
   * Computed-style lookup (e.g. `el => getComputedStyle(el)`). When given, `display:none` subtrees
   * are skipped, text directly inside `visibility:hidden|collapse` elements is skipped, and block vs
   * inline follows the computed `display` instead of the tag name. It costs one style lookup per
   * element, so it is opt-in.
   */
  style?: StyleFn;
}

/** Never rendered as text (display:none in every UA sheet, or not document content). */
const INVISIBLE = new Set([
  'script', 'style', 'noscript', 'template', 'head', 'title', 'meta', 'link', 'base',
  'noembed', 'noframes', 'param', 'source', 'track', 'datalist', 'area', 'map',
]);

/**
 * Opaque boxes: replaced/embedded content and form controls. Their text (fallback content, labels,
 * values) is not prose a reader reads as part of a sentence, and a hit must not run across them,
 * so they are skipped AND act as a block boundary.
 */
const OPAQUE = new Set([
  'input', 'textarea', 'select', 'option', 'optgroup', 'button', 'iframe', 'frame', 'frameset',
  'object', 'embed', 'video', 'audio', 'canvas', 'svg', 'math', 'img', 'picture', 'meter', 'progress',
]);

/** Block-level by the HTML rendering section (used when no style function is given). */
const BLOCK = new Set([
  'html', 'body', 'address', 'article', 'aside', 'blockquote', 'caption', 'center', 'dd', 'details',
  'dialog', 'dir', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2',
  'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'legend', 'li', 'listing', 'main', 'menu', 'nav',
  'ol', 'p', 'plaintext', 'pre', 'search', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th',
  'thead', 'tr', 'ul', 'xmp', 'br',
]);

/** Computed `display` values that keep an element in the line of text around it. */
const INLINE_DISPLAY = new Set([
  'inline', 'inline-block', 'inline-flex', 'inline-grid', 'inline-table', 'contents',
  'ruby', 'ruby-base', 'ruby-text', 'ruby-base-container', 'ruby-text-container', '',
]);

/** How the walker treats one element (plain numbers: cheap to compare, no enum emit). */
export const INLINE = 0; // walk its children; adds nothing
export const BLOCK_KIND = 1; // walk its children between two block separators
export const SKIP = 2; // skip the subtree; the text on both sides joins, as it does on screen
export const SKIP_BREAK = 3; // skip the subtree and separate the text on both sides
/** Flag added to INLINE/BLOCK_KIND: the element's own text nodes are `visibility:hidden`. */
export const TEXT_HIDDEN = 4;

function editable(el: Element): boolean {
  const v = el.getAttribute('contenteditable');
  if (v === null) return false;
  // "", "true" and "plaintext-only" make an element editable; "false" and invalid values do not.
  const l = v.toLowerCase();
  return l === '' || l === 'true' || l === 'plaintext-only';
}

/** `hidden` hides the element, except `hidden="until-found"`, which find-in-page reveals in place. */
function hiddenAttr(el: Element): boolean {
  const v = el.getAttribute('hidden');
  return v !== null && v.toLowerCase() !== 'until-found';
}

/**
 * Classify one element: SKIP, SKIP_BREAK, or INLINE/BLOCK_KIND possibly with TEXT_HIDDEN.
 * Rules that need no style come first: they are cheap, and skipped subtrees cost no style lookup.
 */
export function classify(el: Element, style?: StyleFn): number {
  const name = el.localName;
  if (INVISIBLE.has(name)) return SKIP;
  if (OPAQUE.has(name)) return SKIP_BREAK;
  if (hiddenAttr(el) || el.hasAttribute(UI_ATTRIBUTE)) return SKIP;
  if (editable(el)) return SKIP_BREAK;
  // A closed <dialog> is display:none in every UA stylesheet.
  if (name === 'dialog' && !el.hasAttribute('open')) return SKIP;
  if (!style) return BLOCK.has(name) ? BLOCK_KIND : INLINE;
  const s = style(el);
  if (s.display === 'none') return SKIP;
  const hidden = s.visibility === 'hidden' || s.visibility === 'collapse' ? TEXT_HIDDEN : 0;
  // <br>/<hr> break the line whatever their computed display says.
  const block = name === 'br' || name === 'hr' || !INLINE_DISPLAY.has(s.display);
  return (block ? BLOCK_KIND : INLINE) | hidden;
}
