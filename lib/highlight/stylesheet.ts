import {
  CHAPTER_BACKGROUNDS,
  CHAPTER_BACKGROUNDS_DARK,
  FOCUS_STYLE,
  FOCUS_STYLE_DARK,
  SAME_DEMAND_DECORATION,
  TEXT_ON_HIGHLIGHT,
  TEXT_ON_HIGHLIGHT_DARK,
  type HighlightStyle,
} from './colors';
import { PREFIX } from './painter';

export type HighlightLook = 'fill' | 'underline';

/** The chapter and focus rules for one palette. */
function paletteRules(
  look: HighlightLook,
  backgrounds: readonly string[],
  text: string,
  focus: HighlightStyle,
): string[] {
  const rules = backgrounds.map((bg, i) => {
    const name = `${PREFIX}-${i + 1}`;
    const paint =
      look === 'fill'
        ? `background-color:${bg};color:${text}`
        : `text-decoration:underline 3px ${bg};text-underline-offset:2px`;
    return `::highlight(${name}){${paint}}\nmark[data-${PREFIX}-mark="${i + 1}"]{${look === 'fill' ? `background-color:${bg};color:${text}` : `background:none;color:inherit;text-decoration:underline 3px ${bg}`}}`;
  });
  rules.push(
    `::highlight(${PREFIX}-focus){background-color:${focus.background};color:${focus.color};text-decoration:underline 2px}`,
    `mark[data-${PREFIX}-focus]{background-color:${focus.background}!important;color:${focus.color}!important;outline:2px solid ${focus.background}}`,
  );
  return rules;
}

/** The document-level rules. `::highlight()` must live in the page's own style scope, not in a shadow root. */
export function highlightCss(look: HighlightLook = 'fill'): string {
  const rules = paletteRules(look, CHAPTER_BACKGROUNDS, TEXT_ON_HIGHLIGHT, FOCUS_STYLE);
  const dark = paletteRules(look, CHAPTER_BACKGROUNDS_DARK, TEXT_ON_HIGHLIGHT_DARK, FOCUS_STYLE_DARK);
  rules.push(`@media (prefers-color-scheme: dark){\n${dark.join('\n')}\n}`);
  // The other occurrences of the demand pointed at: lines above and below, whatever the colour (last: wins).
  rules.push(
    `::highlight(${PREFIX}-same){text-decoration:${SAME_DEMAND_DECORATION}}`,
    `mark[data-${PREFIX}-same]{text-decoration:${SAME_DEMAND_DECORATION}!important}`,
  );
  return rules.join('\n');
}

/**
 * Keeps one stylesheet on a document (or shadow root). Adopted stylesheets first: no element in the page
 * that its scripts could remove or restyle; a <style> element where adopting is not possible.
 */
const isDocument = (scope: Document | ShadowRoot): scope is Document => scope.nodeType === 9;

/** Where the early sheet waits for the content script (both run in the extension's isolated world). */
interface EarlySheet {
  doc: Document;
  sheet: CSSStyleSheet;
  css: string;
}
const EARLY = '__standpunktEarlySheet';

/**
 * Adopts our highlight rules into a document before the page is parsed (a `document_start` script).
 * Adding a stylesheet to a big, finished page makes the browser restyle every element (measured: ~220 ms
 * on a 1 MB page); added to the empty document, the rules are part of the page's own first style pass.
 */
export function adoptEarly(doc: Document, look: HighlightLook = 'fill'): void {
  try {
    const css = highlightCss(look);
    const sheet = new (doc.defaultView?.CSSStyleSheet ?? CSSStyleSheet)();
    sheet.replaceSync(css);
    doc.adoptedStyleSheets = [...doc.adoptedStyleSheets, sheet];
    (globalThis as Record<string, unknown>)[EARLY] = { doc, sheet, css } satisfies EarlySheet;
  } catch {
    // No constructable stylesheets here (Firefox content scripts): the content script adds a <style>.
  }
}

function takeEarly(doc: Document): EarlySheet | null {
  const early = (globalThis as Record<string, unknown>)[EARLY] as EarlySheet | undefined;
  if (!early || early.doc !== doc) return null;
  delete (globalThis as Record<string, unknown>)[EARLY];
  return early;
}

export class SheetKeeper {
  private sheet: CSSStyleSheet | null = null;
  private element: HTMLStyleElement | null = null;

  constructor(
    private readonly scope: Document | ShadowRoot,
    private css: string,
  ) {}

  ensure(): void {
    const scope = this.scope;
    if (this.sheet) {
      if (!scope.adoptedStyleSheets.includes(this.sheet))
        scope.adoptedStyleSheets = [...scope.adoptedStyleSheets, this.sheet];
      return;
    }
    if (!this.element && isDocument(scope)) {
      const early = takeEarly(scope);
      if (early) {
        // It was made with the default look; another look rewrites it (and restyles the page once).
        if (early.css !== this.css) early.sheet.replaceSync(this.css);
        this.sheet = early.sheet;
        if (!scope.adoptedStyleSheets.includes(early.sheet))
          scope.adoptedStyleSheets = [...scope.adoptedStyleSheets, early.sheet];
        return;
      }
    }
    if (!this.element) {
      try {
        const view = (isDocument(scope) ? scope : scope.ownerDocument).defaultView;
        const sheet = new (view?.CSSStyleSheet ?? CSSStyleSheet)();
        sheet.replaceSync(this.css);
        scope.adoptedStyleSheets = [...scope.adoptedStyleSheets, sheet];
        this.sheet = sheet;
        return;
      } catch {
        const doc = isDocument(scope) ? scope : scope.ownerDocument;
        this.element = doc.createElement('style');
        this.element.setAttribute('data-standpunkt-ui', '');
        this.element.textContent = this.css;
      }
    }
    if (!this.element.isConnected) {
      const parent = isDocument(this.scope) ? (this.scope.head ?? this.scope.documentElement) : this.scope;
      parent.appendChild(this.element);
    }
  }

  update(css: string): void {
    this.css = css;
    if (this.sheet) this.sheet.replaceSync(css);
    if (this.element) this.element.textContent = css;
    this.ensure();
  }

  remove(): void {
    if (this.sheet) this.scope.adoptedStyleSheets = this.scope.adoptedStyleSheets.filter((s) => s !== this.sheet);
    this.element?.remove();
    this.sheet = null;
    this.element = null;
  }
}

/**
 * Our stylesheet in every style scope that holds marks: the document, and each open shadow root (page CSS,
 * `::highlight()` rules included, does not reach into a shadow tree).
 */
export class ScopedSheets {
  private readonly keepers = new Map<Document | ShadowRoot, SheetKeeper>();

  constructor(
    private readonly doc: Document,
    private css: string,
  ) {}

  /** Makes sure the scope of `node` has our sheet. */
  cover(node: Node): void {
    const root = node.getRootNode();
    const scope = root.nodeType === 11 && (root as ShadowRoot).host ? (root as ShadowRoot) : this.doc;
    let keeper = this.keepers.get(scope);
    if (!keeper) {
      keeper = new SheetKeeper(scope, this.css);
      this.keepers.set(scope, keeper);
    }
    keeper.ensure();
  }

  ensure(): void {
    if (!this.keepers.has(this.doc)) this.cover(this.doc);
    for (const keeper of this.keepers.values()) keeper.ensure();
  }

  remove(): void {
    for (const keeper of this.keepers.values()) keeper.remove();
    this.keepers.clear();
  }
}
