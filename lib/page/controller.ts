/**
 * Everything the content script does on a page, without extension APIs: choose a painter, scan, keep the
 * highlights in step with a live page (MutationObserver, client-side navigation), hover card, keyboard
 * navigation, the report for badge and popup. The entrypoint wires it to messages and the browser.
 */
import { orderByAboutness } from '../match/about';
import type { Card, CardPosition, CardStrings } from '../card';
import type { RectLike } from '../card/place';
import type { ClipboardPayload } from '../copy';
import { citation } from '../copy/citation';
import type { DocumentMeta, Position } from '../corpus/types';
import { chapterStyle } from '../highlight/colors';
import type { CompiledLexicon } from '../match/compiled';
import { createMatcher, createMatcherSteps } from '../match/matcher';
import type { Hit, Matcher } from '../match/types';
import { pageReport, type ContentCommand, type PageMatchReport, type RevealResult } from './report';
import type { Settings } from '../settings/settings';
import { createLazyCard, type CardUi } from './lazy-card';
import { computeSliced, yieldForFrame } from './slicer';
import { createInteraction, type Interaction } from './interaction';
import { nextStop, stopsInOrder, type FrameHits, type Stop } from './stops';
import type { PageHit, PageScanner } from './scanner';
import { Surface } from './surface';
import { frameDocument } from '../dom';

export interface ControllerOptions {
  doc: Document;
  lexicon: CompiledLexicon;
  /** The matcher for `lexicon`, if already built (in slices, by the caller). */
  matcher?: Matcher;
  positions: readonly Position[];
  documents: readonly DocumentMeta[];
  settings: Settings;
  notes?: Record<string, string>;
  cardStrings?: Partial<CardStrings>;
  /** Called (debounced) whenever what the page shows changes. */
  report: (report: PageMatchReport) => void;
  /** "Vis mer": open the position in the popup / side panel. */
  showMore: (positionId: string) => void;
  /** Loads the hover card's code (kept out of the content script until it is needed). */
  loadCardUi: () => Promise<CardUi>;
  /** What "Kopier KS-standpunkt" puts on the clipboard (formatted where the user's settings live). */
  copyPayload: (positionId: string) => Promise<ClipboardPayload>;

  /** Paint with the wrapping painter even where the Highlight API exists (tests of the fallback). */
  forceWrapPainter?: boolean;
  /** Mutations are collected this long before a rescan (ms), and never longer than maxWaitMs. */
  debounceMs?: number;
  maxWaitMs?: number;
}

export interface PageController {
  readonly enabled: boolean;
  readonly scanner: PageScanner;
  /** Starts scanning; resolves when the first full scan is done. */
  start(): Promise<void>;
  setEnabled(enabled: boolean): Promise<void>;
  report(): PageMatchReport;
  reveal(positionId: string, occurrence: number): RevealResult;
  command(command: ContentCommand): Promise<void>;
  updateLexicon(lexicon: CompiledLexicon): Promise<void>;
  updateSettings(settings: Settings, notes?: Record<string, string>): Promise<void>;
  /** The page navigated without a reload (SPA): scan the new content from scratch. */
  navigated(): Promise<void>;
  destroy(): void;
}

const REPORT_DELAY_MS = 300;
const NAVIGATION_SETTLE_MS = 50;
const FRAME_PASS_DELAY_MS = 250;
const FRAME_WORK_SLICE_MS = 8;

export function createPageController(options: ControllerOptions): PageController {
  const { doc } = options;
  const view = doc.defaultView!;
  let settings = options.settings;
  let notes = options.notes ?? {};
  let matcher = options.matcher ?? createMatcher(options.lexicon);
  const positions = new Map(options.positions.map((p) => [p.id, p]));
  const documents = new Map(options.documents.map((d) => [d.id, d]));
  let enabled = settings.highlighting;
  let destroyed = false;

  const hidden = () => new Set(settings.hiddenChapters);
  const chapterKey = (p: Position) => `${p.documentId}#${p.chapterIndex}`;
  const visiblePositions = (hit: Hit) => {
    const off = hidden();
    return hit.positions.filter((id) => {
      const p = positions.get(id);
      return p && !off.has(chapterKey(p));
    });
  };

  let reportTimer = 0;
  /** At most one report per REPORT_DELAY_MS while the page changes (ranking all hits is not free). */
  const scheduleReport = () => {
    if (reportTimer) return;
    reportTimer = view.setTimeout(() => {
      reportTimer = 0;
      if (!destroyed) options.report(report());
    }, REPORT_DELAY_MS);
  };

  const newSurface = (target: Document) =>
    new Surface(target, {
      visibleFirst: target === doc,
      look: settings.look,
      forceWrapPainter: options.forceWrapPainter,
      active: () => enabled,
      ignore: (node) => card.contains(node),
      debounceMs: options.debounceMs,
      maxWaitMs: options.maxWaitMs,
      scanner: {
        matcher,
        chapterOf: (id) => positions.get(id)?.chapterIndex ?? 1,
        // checkVisibility forces the browser to bring the document's style up to date. In the page itself
        // that is worth it; a page with hundreds of frames would pay it once per frame.
        isRendered: target === doc ? isRendered : undefined,
        accept: (hit) => {
          const keep = visiblePositions(hit);
          if (keep.length === hit.positions.length) return true;
          if (!keep.length) return false;
          hit.positions = keep; // show a shared phrase only for the positions still on
          return true;
        },
        onChange: (removed) => {
          if (removed) (target === doc ? interaction : [...frameInteractions].find(([s]) => s.doc === target)?.[1])?.refresh();
          scheduleReport();
        },
      },
    });

  /**
   * Hidden by the page's CSS (print-only blocks, collapsed menus): not highlighted, not counted.
   * checkVisibility where the browser has it; happy-dom and old browsers show everything.
   */
  function isRendered(element: Element): boolean {
    const check = (element as Element & { checkVisibility?: (o?: object) => boolean }).checkVisibility;
    return typeof check === 'function' ? check.call(element, { visibilityProperty: true, checkVisibilityCSS: true }) : true;
  }

  /** The page itself; hover card and keyboard navigation work here. */
  let main = newSurface(doc);
  /** Same-origin frames in the page, each painted in its own document. */
  const frames = new Map<Element, Surface>();
  const surfaces = () => [main, ...frames.values()];

  // A phrase shared by several demands shows first the ones the page is about, strongest first.
  const cardPositions = (hit: PageHit): CardPosition[] => {
    return orderByAboutness(hit.hit.positions, report()).flatMap((id) => {
      const p = positions.get(id);
      const d = p && documents.get(p.documentId);
      if (!p || !d) return [];
      return [{ id, title: p.title, body: p.body, chapter: p.chapter, chapterIndex: p.chapterIndex, chapterColor: chapterStyle(p.chapterIndex).background, source: citation(d), note: notes[id] ?? null }];
    });
  };

  const card: Card = createLazyCard(
    doc,
    {
      strings: options.cardStrings,
      onCopy: async (id) => {
        const [ui, payload] = await Promise.all([options.loadCardUi(), options.copyPayload(id)]);
        return ui.writeClipboard(doc, payload);
      },
      onShowMore: (id) => options.showMore(id),
      onClose: () => cardOwner?.cardClosed(),
    },
    async () => (await options.loadCardUi()).createCard,
  );

  /** The interaction (page or frame) whose highlight the card shows: it hears when the card closes. */
  let cardOwner: Interaction | null = null;
  /**
   * The one card, as one surface's interaction sees it: showing it makes that interaction the owner, and a
   * frame's rects are moved from the frame's viewport to the page's.
   */
  function cardFor(owner: () => Interaction | null, frameDoc?: Document): Card {
    const shift = <R extends RectLike>(r: R): RectLike => {
      let dx = 0;
      let dy = 0;
      for (let v: Window | null = frameDoc?.defaultView ?? null; v && v !== view; v = v.parent) {
        const el = v.frameElement;
        if (!el) break;
        const box = el.getBoundingClientRect();
        dx += box.left + el.clientLeft;
        dy += box.top + el.clientTop;
      }
      return { left: r.left + dx, right: r.right + dx, top: r.top + dy, bottom: r.bottom + dy };
    };
    return {
      get host() {
        return card.host;
      },
      get root() {
        return card.root;
      },
      get isOpen() {
        return card.isOpen && cardOwner === owner();
      },
      show(o) {
        cardOwner = owner();
        card.show({ ...o, anchor: shift(o.anchor) });
      },
      reposition: (anchor) => card.reposition(shift(anchor)),
      hide() {
        if (cardOwner === owner()) card.hide();
      },
      contains: (node) => card.contains(node),
      destroy: () => {},
    };
  }

  let interaction: Interaction | null = null;
  const newInteraction = () =>
    createInteraction({ doc, scanner: main.scanner, painter: main.painter, card: cardFor(() => interaction), cardPositions });
  /** Pointing and Enter work in same-origin frames too. */
  const frameInteractions = new Map<Surface, Interaction>();

  /** Whose highlight has the keyboard focus: the page's interaction or a frame's. */
  let stepOwner: Interaction | null = null;
  /** The frame's element in the page itself (for a frame inside a frame, the outermost one). */
  const pageFrameElement = (surface: Surface): Element | null => {
    let element = [...frames].find(([, s]) => s === surface)?.[0] ?? null;
    while (element && element.ownerDocument !== doc) element = element.ownerDocument.defaultView?.frameElement ?? null;
    return element;
  };
  /** Every highlight of the page and its same-origin frames, in the order a reader meets them. */
  function allStops(): Stop<Interaction>[] {
    if (!interaction) return [];
    const framed: FrameHits<Interaction>[] = [];
    for (const [surface, owner] of frameInteractions) {
      const element = pageFrameElement(surface);
      const hits = surface.scanner.hitsInOrder();
      if (element && hits.length) framed.push({ owner, element, hits });
    }
    return stopsInOrder({ owner: interaction, hits: main.scanner.hitsInOrder() }, framed);
  }
  /** Gives one highlight the focus (taking it from any other frame's) and brings it into view. */
  function focusStop(stop: Stop<Interaction>): void {
    if (stepOwner && stepOwner !== stop.owner) stepOwner.blur();
    stepOwner = stop.owner;
    // The frame comes into view in the page first; then the highlight within the frame.
    stop.frame?.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    stop.owner.focus(stop.hit);
  }
  /** Next/previous through the page and its same-origin frames, wrapping at both ends. */
  function step(direction: 1 | -1): void {
    const target = nextStop(allStops(), stepOwner?.focused ?? null, direction);
    if (target) focusStop(target);
  }
  const addFrameInteraction = (surface: Surface) => {
    let frameInteraction: Interaction | null = null;
    frameInteraction = createInteraction({
      doc: surface.doc,
      scanner: surface.scanner,
      painter: surface.painter,
      card: cardFor(() => frameInteraction, surface.doc),
      cardPositions,
      keyDoc: doc,
    });
    frameInteractions.set(surface, frameInteraction);
  };
  const dropSurface = (surface: Surface) => {
    if (stepOwner && stepOwner === frameInteractions.get(surface)) stepOwner = null;
    frameInteractions.get(surface)?.destroy();
    frameInteractions.delete(surface);
    surface.destroy();
  };

  const MAX_FRAME_DEPTH = 3;
  /** Finds same-origin frames (and frames in them) and scans the ones not seen yet. */
  /** Start of the current run of frame work without a yield (one pass may visit hundreds of frames). */
  let frameWorkSince = 0;
  async function scanFrames(root: Document = doc, depth = 0): Promise<void> {
    if (depth >= MAX_FRAME_DEPTH) return;
    if (depth === 0) frameWorkSince = view.performance.now();
    for (const frame of root.querySelectorAll('iframe, frame')) {
      // Awaiting an async call that has nothing to wait for is only a microtask: yield for real.
      if (view.performance.now() - frameWorkSince > FRAME_WORK_SLICE_MS) {
        await yieldForFrame();
        frameWorkSince = view.performance.now();
      }
      const frameDoc = frameDocument(frame);
      if (!frameDoc || !frameDoc.body) continue;
      let surface = frames.get(frame);
      if (surface && surface.doc !== frameDoc) {
        dropSurface(surface); // the frame navigated: a new document
        surface = undefined;
      }
      if (!surface) {
        surface = newSurface(frameDoc);
        frames.set(frame, surface);
        addFrameInteraction(surface);
        surface.observe();
        if (enabled) await surface.scanAll();
        await yieldForFrame(); // one frame's scan never runs on into the next in the same task
        frameWorkSince = view.performance.now();
      }
      await scanFrames(frameDoc, depth + 1);
    }
    for (const [frame, surface] of frames) {
      if (!frame.isConnected) {
        dropSurface(surface);
        frames.delete(frame);
      }
    }
  }
  // Frames load one by one (a page may have hundreds): one pass over them after the loads settle.
  let framePass: number | null = null;
  const onFrameLoad = (event: Event) => {
    const target = event.target as Element | null;
    if (!enabled || !target || (target.localName !== 'iframe' && target.localName !== 'frame') || framePass !== null) return;
    framePass = view.setTimeout(() => {
      framePass = null;
      void scanFrames();
    }, FRAME_PASS_DELAY_MS);
  };

  async function scanAll() {
    await main.scanAll();
    await scanFrames();
  }

  function report(): PageMatchReport {
    return pageReport(view.location.href, enabled, surfaces().map((s) => s.scanner.tally()), (terms) => matcher.scoreTerms(terms));
  }

  async function rebuild() {
    interaction?.destroy();
    main.destroy();
    for (const s of frames.values()) dropSurface(s);
    frames.clear();
    main = newSurface(doc);
    main.observe();
    interaction = newInteraction();
    stepOwner = null;
    if (enabled) await scanAll();
    scheduleReport();
  }

  return {
    get enabled() {
      return enabled;
    },
    get scanner() {
      return main.scanner;
    },
    async start() {
      interaction = newInteraction();
      main.observe();
      doc.addEventListener('load', onFrameLoad, true);
      if (enabled) await scanAll();
      scheduleReport();
    },
    async setEnabled(on) {
      if (on === enabled) return;
      enabled = on;
      if (on) await scanAll();
      else {
        card.hide();
        for (const s of surfaces()) s.scanner.clear();
      }
      scheduleReport();
    },
    report,
    reveal(positionId, occurrence) {
      // The page's and its frames' occurrences alike, in reading order.
      const stops = allStops().filter((s) => s.hit.hit.positions.includes(positionId));
      if (!stops.length) return { index: 0, total: 0 };
      const index = ((occurrence % stops.length) + stops.length) % stops.length;
      focusStop(stops[index]!);
      return { index, total: stops.length };
    },
    async command(name) {
      if (name === 'toggle-highlights') await this.setEnabled(!enabled);
      else if (enabled) step(name === 'next-highlight' ? 1 : -1);
    },
    async updateLexicon(lexicon) {
      matcher = await computeSliced(createMatcherSteps(lexicon), { budgetMs: 12 });
      await rebuild();
    },
    async updateSettings(next, nextNotes) {
      const repaint = next.look !== settings.look || next.hiddenChapters.join() !== settings.hiddenChapters.join();
      const toggled = next.highlighting !== settings.highlighting;
      settings = next;
      if (nextNotes) notes = nextNotes;
      if (toggled) enabled = next.highlighting;
      if (repaint || toggled) await rebuild();
    },
    async navigated() {
      // WXT reports a pushState synchronously, before the page has swapped its content: let the page
      // finish its task first; later swaps arrive as mutations.
      await new Promise((resolve) => view.setTimeout(resolve, NAVIGATION_SETTLE_MS));
      if (destroyed) return;
      card.hide();
      if (enabled) await scanAll();
      scheduleReport();
    },
    destroy() {
      destroyed = true;
      doc.removeEventListener('load', onFrameLoad, true);
      view.clearTimeout(reportTimer);
      interaction?.destroy();
      main.destroy();
      for (const s of frames.values()) dropSurface(s);
      frames.clear();
      card.destroy();
    },
  };
}
