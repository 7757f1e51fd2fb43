/**
 * One document we paint on: the page itself, or a same-origin frame inside it. Each has its own painter
 * (highlight registries and stylesheets are per document), scanner and MutationObserver; they share the
 * matcher and the settings.
 */
import { UI_ATTRIBUTE, isExcluded } from '../dom';
import { createCssPainter, supportsCssHighlights } from '../highlight/css-painter';
import type { Painter } from '../highlight/painter';
import type { HighlightLook } from '../highlight/stylesheet';
import { createViewportPainter } from '../highlight/viewport-painter';
import { createWrapPainter } from '../highlight/wrap-painter';
import { PageScanner, type PageHit, type ScannerOptions } from './scanner';
import { yieldForFrame } from './slicer';

export interface SurfaceOptions {
  look: HighlightLook;
  /** Scan what is in view first (the page itself; not frames). */
  visibleFirst?: boolean;
  forceWrapPainter?: boolean;
  scanner: Omit<ScannerOptions, 'painter'>;
  /** Whether mutations should be acted on now (highlighting on). */
  active: () => boolean;
  /** Ignore mutations of this node (our own card). */
  ignore?: (node: Node) => boolean;
  debounceMs?: number;
  maxWaitMs?: number;
}

const STYLE_CHECK_MS = 500;

export class Surface {
  readonly painter: Painter;
  readonly scanner: PageScanner;
  private readonly observer: MutationObserver;
  private readonly pending = new Set<Node>();
  private debounceTimer = 0;
  private styleTimer = 0;
  private firstPending = 0;

  constructor(
    readonly doc: Document,
    private readonly options: SurfaceOptions,
  ) {
    const view = doc.defaultView!;
    this.observer = new view.MutationObserver((records) => this.onMutations(records));
    // The wrapping fallback changes the DOM, so it is never virtualised: it paints everything once.
    const inner =
      !options.forceWrapPainter && supportsCssHighlights(doc)
        ? createViewportPainter(createCssPainter(doc, options.look), doc, {
            blockOf: (mark) => {
              const block = (mark as PageHit).block;
              return block?.nodeType === 1 ? (block as Element) : null;
            },
          })
        : createWrapPainter(doc, options.look);
    this.painter = this.quiet(inner);
    this.scanner = new PageScanner(doc, {
      ...options.scanner,
      visibleFirst: options.visibleFirst,
      painter: this.painter,
    });
    // A page can drop our stylesheet or clear CSS.highlights without touching its DOM (no mutation to
    // notice): check now and then; it costs two lookups. Only for the page itself: a page with
    // hundreds of frames would otherwise run hundreds of timers.
    if (options.visibleFirst !== false) {
      this.styleTimer = doc.defaultView!.setInterval(() => {
        if (this.options.active()) this.painter.ensureStyle();
      }, STYLE_CHECK_MS);
    }
  }

  observe(): void {
    // `open`/`hidden` switches show or hide text (details, tabs); class and style changes are too
    // frequent on live pages to rescan for.
    this.observer.observe(this.doc, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
      attributeFilter: ['open', 'hidden'],
    });
  }

  async scanAll(): Promise<void> {
    this.painter.ensureStyle();
    await this.scanner.scanAll();
  }

  destroy(): void {
    this.doc.defaultView?.clearInterval(this.styleTimer);
    this.observer.disconnect();
    this.doc.defaultView?.clearTimeout(this.debounceTimer);
    this.scanner.destroy();
  }

  /**
   * Our own painting must not look like a page change. Only the wrapping painter changes the DOM; its
   * records are dropped right after it paints. (The CSS painter changes nothing: taking records there would
   * throw away the page's own changes made in the same task.)
   */
  private quiet(painter: Painter): Painter {
    if (painter.kind === 'css') return painter;
    const settle = () => void this.observer?.takeRecords();
    return {
      kind: painter.kind,
      add: (m) => (painter.add(m), settle()),
      remove: (m) => (painter.remove(m), settle()),
      clear: () => (painter.clear(), settle()),
      setFocus: (m) => (painter.setFocus(m), settle()),
      setSame: (m) => (painter.setSame(m), settle()),
      rects: (m) => painter.rects(m),
      markOf: (t) => painter.markOf(t),
      ensureStyle: () => painter.ensureStyle(),
      destroy: () => (painter.destroy(), settle()),
    };
  }

  private onMutations(records: MutationRecord[]): void {
    if (!this.options.active()) return;
    for (const r of records) {
      // An element that just got hidden is excluded itself: re-read around it.
      const target = r.type === 'attributes' ? (r.target.parentNode ?? r.target) : r.target;
      if (this.options.ignore?.(target) || isExcluded(target)) continue;
      // Our own UI coming and going (the card's host on <html>) is no change of the page's text.
      if (r.type === 'childList' && [...r.addedNodes, ...r.removedNodes].every((n) => this.isOurs(n))) continue;
      this.pending.add(target);
    }
    if (!this.pending.size) return;
    const view = this.doc.defaultView;
    if (!view) return;
    const now = view.performance.now();
    if (!this.firstPending) this.firstPending = now;
    view.clearTimeout(this.debounceTimer);
    // Debounced, but a page that never stops changing still gets a rescan every maxWaitMs.
    const wait = Math.min(
      this.options.debounceMs ?? 150,
      Math.max(0, this.firstPending + (this.options.maxWaitMs ?? 500) - now),
    );
    this.debounceTimer = view.setTimeout(() => this.flush(), wait);
  }

  private isOurs(node: Node): boolean {
    return (node.nodeType === 1 && (node as Element).hasAttribute(UI_ATTRIBUTE)) || !!this.options.ignore?.(node);
  }

  private flush(): void {
    this.firstPending = 0;
    const nodes = [...this.pending];
    this.pending.clear();
    // Rescan after the page has rendered its change: reading styles then does not force a restyle.
    // Turned off meanwhile (a change noted just before the toggle): nothing may be painted.
    void yieldForFrame().then(() => {
      if (!this.options.active()) return;
      this.painter.ensureStyle();
      return this.scanner.rescan(nodes);
    });
  }
}
