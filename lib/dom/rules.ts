/**
 * What counts as page text: which elements are skipped, which ones separate blocks.
 * Standard DOM only; no globals (`Node`, `Element`…) so it runs on any DOM implementation,
 * including a happy-dom Window that is not installed globally (the CLI).
 */
import type { ContentScope } from './content-root';

/** Attribute that marks the extension's own UI (hover card host, toolbars): never scanned. */
export const UI_ATTRIBUTE = 'data-standpunkt-ui';

/**
 * Put between the text of two blocks. The matcher never matches across a blank line, and its
 * context rules treat "\n\n" as the end of a block (paragraph, list item, cell).
 */
export const BLOCK_SEPARATOR = '\n\n';

/**
 * Put where an inline box that is not text (an image, a form field) or a footnote mark (<sup>)
 * meets text, unless whitespace is already there: "kommuneloven<sup>3</sup>" must not read as the
 * one word "kommuneloven3", nor "Trykk<button>…</button>her" as "Trykkher".
 */
export const WORD_SEPARATOR = ' ';

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
  /**
   * The document's content (lib/dom/content-root): outside its roots nothing is read, and its furniture
   * (navigation, tables of contents, share bars…) is skipped like a hidden subtree.
   */
  scope?: ContentScope;
}

/** Never rendered as text (display:none in every UA sheet, or not document content). */
const INVISIBLE = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'head',
  'title',
  'meta',
  'link',
  'base',
  'noembed',
  'noframes',
  'param',
  'source',
  'track',
  'datalist',
  'area',
  'map',
]);

/**
 * Opaque boxes: replaced/embedded content and form controls. Their text (fallback content, labels,
 * values) is not prose a reader reads as part of a sentence, and a hit must not run across them,
 * so they are skipped and act as a word break (WORD_SEPARATOR).
 */
const OPAQUE = new Set([
  'input',
  'textarea',
  'select',
  'option',
  'optgroup',
  'button',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'video',
  'audio',
  'canvas',
  'svg',
  'math',
  'img',
  'picture',
  'meter',
  'progress',
]);

/** Block-level by the HTML rendering section (used when no style function is given). */
const BLOCK = new Set([
  'html',
  'body',
  'address',
  'article',
  'aside',
  'blockquote',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'legend',
  'li',
  'listing',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'plaintext',
  'pre',
  'search',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
  'xmp',
  'br',
]);

/** Computed `display` values that keep an element in the line of text around it. */
const INLINE_DISPLAY = new Set([
  'inline',
  'inline-block',
  'inline-flex',
  'inline-grid',
  'inline-table',
  'contents',
  'ruby',
  'ruby-base',
  'ruby-text',
  'ruby-base-container',
  'ruby-text-container',
]);

/** How the walker treats one element (plain numbers: cheap to compare, no enum emit). */
export const INLINE = 0; // walk its children; adds nothing
export const BLOCK_KIND = 1; // walk its children between two block separators
export const SKIP = 2; // skip the subtree; the text on both sides joins, as it does on screen
export const SKIP_WORD = 3; // skip the subtree; it separates words (WORD_SEPARATOR)
/** Mask of the kind above; the bits above it are flags. */
export const KIND_MASK = 3;
/** Flag on INLINE/BLOCK_KIND: the element's own text nodes are `visibility:hidden`. */
export const TEXT_HIDDEN = 4;
/** Flag on INLINE: its edges separate words (footnote marks). */
export const WORD_EDGES = 8;

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
 * Classify one element: SKIP, SKIP_WORD, or INLINE/BLOCK_KIND with flags (TEXT_HIDDEN, WORD_EDGES).
 * Rules that need no style come first: they are cheap, and skipped subtrees cost no style lookup.
 */
export function classify(el: Element, style?: StyleFn): number {
  const name = el.localName;
  if (INVISIBLE.has(name)) return SKIP;
  if (OPAQUE.has(name)) return SKIP_WORD;
  if (hiddenAttr(el) || el.hasAttribute(UI_ATTRIBUTE)) return SKIP;
  if (editable(el)) return SKIP_WORD;
  // A closed <dialog> is display:none in every UA stylesheet.
  if (name === 'dialog' && !el.hasAttribute('open')) return SKIP;
  // <sup> on these sites is a footnote mark far more often than part of a word; <sub> stays inline ("CO2").
  const edges = name === 'sup' ? WORD_EDGES : 0;
  if (!style) return BLOCK.has(name) ? BLOCK_KIND : INLINE | edges;
  const s = style(el);
  if (s.display === 'none') return SKIP;
  const hidden = s.visibility === 'hidden' || s.visibility === 'collapse' ? TEXT_HIDDEN : 0;
  // <br>/<hr> break the line whatever their computed display says; an empty display (a DOM without a
  // full UA stylesheet, e.g. happy-dom) falls back to the tag.
  const block = name === 'br' || name === 'hr' || (s.display === '' ? BLOCK.has(name) : !INLINE_DISPLAY.has(s.display));
  return (block ? BLOCK_KIND : INLINE | edges) | hidden;
}
