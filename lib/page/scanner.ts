/**
 * Finds KS terms on a live page and keeps the painted marks in step with it. Standard DOM only.
 *
 * A scan goes through the page in units (lib/page/units), extracts each unit's visible text (lib/dom),
 * matches it (lib/match) in chunks cut at block boundaries, and paints the hits (lib/highlight), all in
 * slices that give the page back its event loop (lib/page/slicer). The part of the page in view is scanned
 * first. A rescan of changed blocks removes exactly the marks inside them and adds what is found there now.
 */
import { BLOCK_SEPARATOR, extractText, isExcluded, nearestBlock, type ExtractOptions } from '../dom';
import type { Mark, Painter } from '../highlight/painter';
import type { Hit, Matcher } from '../match/types';
import { runSliced, type SliceOptions, type SliceStats } from './slicer';
import { BlockContext } from './block-context';
import { HitIndex, type PositionTally } from './hit-index';
import { DEFAULT_UNITS, scanUnits, type UnitOptions } from './units';

export type { PositionTally } from './hit-index';

export interface PageHit extends Mark {
  hit: Hit;
  /** The block the hit lies in: what a rescan re-reads. */
  block: Node;
}

export interface ScannerOptions {
  matcher: Matcher;
  painter: Painter;
  /** Chapter (colour) of a position. */
  chapterOf: (positionId: string) => number;
  /** Which hits to show (chapters the user turned off are filtered here). */
  accept?: (hit: Hit) => boolean;
  /**
   * Whether the element holding a hit is rendered (CSS `display:none`, `visibility:hidden`): the tag
   * rules of lib/dom cannot see stylesheets. Asked once per element per scan. Default: everything is.
   */
  isRendered?: (element: Element) => boolean;
  slice?: Partial<SliceOptions>;
  units?: UnitOptions;
  extract?: ExtractOptions;
  /** Scan what is in view first (default). Off for frames: asking where things are forces layout. */
  visibleFirst?: boolean;
  /**
   * Called after every change of the set of hits: `removed` when hits went away (rescans, clear), so
   * holders of hit objects must look again; only additions otherwise. Keep it cheap: it runs per unit.
   */
  onChange?: (removed: boolean) => void;
  /**
   * Called once per full scan, as soon as the hits of what is in view have gone to the painter (the
   * blocks sampled in view, or, from the top, every unit above the viewport's bottom edge).
   */
  onInView?: () => void;
}

/** Match text in pieces of about this size, cut at block boundaries. */
const CHUNK = 65_536;
/** Overlap of pieces cut inside one huge block (no block boundary to cut at). */
const OVERLAP = 256;
const DEFAULT_BUDGET_MS = 12;

const ELEMENT_NODE = 1;

/** [start, end) pieces of `text`, cut after a block separator where possible. */
export function chunkBounds(text: string, size = CHUNK): [number, number][] {
  const out: [number, number][] = [];
  let start = 0;
  while (start < text.length) {
    if (text.length - start <= size) {
      out.push([start, text.length]);
      break;
    }
    const cut = text.lastIndexOf(BLOCK_SEPARATOR, start + size);
    if (cut > start) {
      out.push([start, cut]);
      start = cut + BLOCK_SEPARATOR.length;
    } else {
      const space = text.lastIndexOf(' ', start + size);
      const end = space > start + OVERLAP ? space : start + size;
      out.push([start, end]);
      start = end - OVERLAP;
    }
  }
  return out;
}

export class PageScanner {
  private readonly hits: HitIndex;
  private readonly context: BlockContext;
  private readonly queue: Node[] = [];
  private running: Promise<void> | null = null;
  private controller = new AbortController();
  private blockCache = new WeakMap<Node, Node>();
  private renderedCache = new WeakMap<Element, boolean>();
  /** Whether this scan has yet to report its in-view part (onInView). */
  private inViewPending = false;
  /** The in-view blocks queued first, not yet scanned. */
  private readonly inViewRoots = new Set<Node>();
  /** Slices of the last runs, for tests and the benchmark. */
  readonly stats: SliceStats[] = [];

  constructor(
    private readonly doc: Document,
    private readonly options: ScannerOptions,
  ) {
    this.hits = new HitIndex(options.painter);
    this.context = new BlockContext(options.extract, options.units ?? DEFAULT_UNITS);
  }

  /** Open shadow roots that hold hits: hit-testing must name them to see inside. */
  get shadowRoots(): ReadonlySet<ShadowRoot> {
    return this.hits.shadowRoots;
  }

  /** Every painted hit (unordered). */
  allHits(): PageHit[] {
    return this.hits.all();
  }

  /** The painted hits in document order (for next/previous). */
  hitsInOrder(): PageHit[] {
    return this.hits.inOrder();
  }

  /** Per position: occurrences, term and word counts of the painted hits. */
  tally(): ReadonlyMap<string, PositionTally> {
    return this.hits.tally();
  }

  /** The painted hit at a DOM point (from caretPositionFromPoint), if any. */
  hitAt(node: Node, offset: number): PageHit | undefined {
    return this.hits.at(node, offset);
  }

  /** Scans the whole document (again): clears everything first. */
  async scanAll(): Promise<void> {
    this.clear();
    const signal = this.controller.signal;
    // Let the browser finish its own pending layout in its own task before we ask where things are:
    // elementFromPoint would otherwise force that layout inside our task.
    if (this.options.visibleFirst !== false) {
      await this.nextFrame();
      if (signal.aborted) return;
    }
    // Only the document's content: its root(s), looked up again now (the page may have changed layout).
    const scope = this.options.extract?.scope;
    const roots = scope ? scope.refresh() : [this.doc.body ?? this.doc.documentElement];
    const visible = this.options.visibleFirst === false ? [] : this.visibleBlocks();
    visible.forEach((block) => this.inViewRoots.add(block));
    this.inViewPending = !!this.options.onInView;
    return this.enqueue([...visible, ...roots]);
  }

  private nextFrame(): Promise<void> {
    const view = this.doc.defaultView;
    if (!view?.requestAnimationFrame) return Promise.resolve();
    return new Promise((resolve) => view.requestAnimationFrame(() => view.setTimeout(resolve, 0)));
  }

  /** Re-reads the blocks around these changed nodes. */
  rescan(nodes: Iterable<Node>): Promise<void> {
    const blocks = new Set<Node>();
    for (const node of nodes) {
      if (!node.isConnected || isExcluded(node, this.options.extract)) continue;
      const block = nearestBlock(node, this.options.extract) ?? this.doc.body ?? node;
      blocks.add(block);
      // A heading and the block after it share context: re-read the one whose hits may depend on this.
      if (block.nodeType === ELEMENT_NODE && block !== this.doc.body) {
        for (const neighbour of this.context.sharingContext(block as Element)) blocks.add(neighbour);
      }
    }
    // Outermost only: a block inside another block being re-read is covered by it.
    const outer = [...blocks].filter((b) => ![...blocks].some((o) => o !== b && o.contains(b)));
    this.blockCache = new WeakMap(); // elements may have moved
    this.renderedCache = new WeakMap(); // and their styles changed
    this.hits.dropStale();
    for (const block of outer) this.hits.removeWithin(block);
    if (outer.length) this.options.onChange?.(true);
    return this.enqueue(outer);
  }

  /** Removes every mark and stops any scan under way. */
  clear(): void {
    this.controller.abort();
    this.controller = new AbortController();
    this.queue.length = 0;
    this.inViewPending = false;
    this.inViewRoots.clear();
    this.options.painter.clear();
    this.hits.clear();
    this.blockCache = new WeakMap();
    this.renderedCache = new WeakMap();
    this.options.onChange?.(true);
  }

  destroy(): void {
    this.clear();
    this.options.painter.destroy();
  }

  /** A few blocks in the middle of the viewport: scanned first, so what the reader sees lights up first. */
  private visibleBlocks(): Node[] {
    const view = this.doc.defaultView;
    if (!view || typeof this.doc.elementFromPoint !== 'function') return [];
    // At the top of a page without an anchor, what is in view comes first in document order anyway; only
    // a restored scroll position or a #fragment needs elementFromPoint (which may force a layout).
    if (view.scrollY === 0 && !view.location.hash) return [];
    const out = new Set<Node>();
    const w = view.innerWidth || 0;
    const h = view.innerHeight || 0;
    for (const fy of [0.2, 0.4, 0.6, 0.8]) {
      for (const fx of [0.3, 0.6]) {
        const el = this.doc.elementFromPoint(w * fx, h * fy);
        const block = el && nearestBlock(el, this.options.extract);
        if (block && block !== this.doc.body && block !== this.doc.documentElement && !this.excluded(block))
          out.add(block);
      }
    }
    return [...out];
  }

  private excluded(node: Node): boolean {
    return !!this.options.extract?.scope && isExcluded(node, this.options.extract);
  }

  private enqueue(roots: Node[]): Promise<void> {
    this.queue.push(...roots);
    if (!this.running) {
      this.running = (async () => {
        while (this.queue.length) {
          const signal = this.controller.signal;
          const root = this.queue.shift()!;
          const stats = await runSliced(this.work(root), {
            budgetMs: DEFAULT_BUDGET_MS,
            ...this.options.slice,
            signal,
          });
          this.stats.push(stats);
          if (this.inViewRoots.delete(root) && !this.inViewRoots.size) this.inViewDone();
        }
        this.inViewDone(); // the whole page was in view, or the scan ended before passing it
      })().finally(() => {
        this.running = null;
      });
    }
    return this.running;
  }

  private *work(root: Node): Generator<void> {
    const { matcher, painter } = this.options;
    for (const unit of scanUnits(root, this.options.units ?? DEFAULT_UNITS)) {
      if (this.inViewPending && !this.inViewRoots.size && this.belowView(unit)) this.inViewDone();
      yield;
      if (!unit.isConnected) continue;
      const { text, map } = extractText(unit, this.options.extract);
      if (!text.trim()) continue;
      // A unit is matched with its neighbours where they share context (a heading above it; the block
      // below it, when it is a heading itself); hits inside the neighbours are theirs, not painted here.
      const { before, after } = this.context.around(unit, text);
      for (const [from, to] of chunkBounds(text)) {
        const core = from === 0 && to === text.length ? text : text.slice(from, to);
        const pre = from === 0 && before ? before + BLOCK_SEPARATOR : '';
        const post = to === text.length && after ? BLOCK_SEPARATOR + after : '';
        const found = matcher.find(pre || post ? pre + core + post : core);
        yield;
        const added: PageHit[] = [];
        for (const raw of found) {
          if (raw.start < pre.length || raw.end > pre.length + core.length) continue;
          const hit = pre ? { ...raw, start: raw.start - pre.length, end: raw.end - pre.length } : raw;
          if (this.options.accept && !this.options.accept(hit)) continue;
          const holder = map.point(hit.start + from, 'forward')?.node.parentElement;
          if (holder && !this.rendered(holder)) continue;
          const start = map.point(hit.start + from, 'forward');
          const end = map.point(hit.end + from, 'backward');
          if (!start || !end) continue;
          const pieces = map.ranges(hit.start + from, hit.end + from);
          // A hit across a shadow boundary cannot be one range; paint its first piece only.
          const span =
            pieces.length === 1
              ? pieces[0]!
              : {
                  startContainer: start.node,
                  startOffset: start.offset,
                  endContainer: start.node,
                  endOffset: start.node.data.length,
                };
          const page = this.hits.record({
            span,
            chapterIndex: this.chapterOf(hit),
            hit: { ...hit, start: hit.start + from, end: hit.end + from },
            block: this.blockOf(span.startContainer),
          });
          if (page) added.push(page);
        }
        if (added.length) {
          painter.add(added);
          this.options.onChange?.(false);
        }
      }
    }
  }

  /** Whether `unit` starts below the viewport: then everything in view before it has been painted. */
  private belowView(unit: Node): boolean {
    const height = this.doc.defaultView?.innerHeight;
    if (unit.nodeType !== ELEMENT_NODE || !height) return false;
    return (unit as Element).getBoundingClientRect().top >= height;
  }

  private inViewDone(): void {
    if (!this.inViewPending) return;
    this.inViewPending = false;
    this.options.onInView?.();
  }

  private rendered(element: Element): boolean {
    const check = this.options.isRendered;
    if (!check) return true;
    let known = this.renderedCache.get(element);
    if (known === undefined) {
      known = check(element);
      this.renderedCache.set(element, known);
    }
    return known;
  }

  private chapterOf(hit: Hit): number {
    return this.options.chapterOf(hit.positions[0] ?? '');
  }

  private blockOf(node: Node): Node {
    const parent = node.parentNode ?? node;
    let block = this.blockCache.get(parent);
    if (!block) {
      block = nearestBlock(parent, this.options.extract) ?? this.doc.body ?? this.doc.documentElement;
      this.blockCache.set(parent, block);
    }
    return block;
  }
}
