/**
 * Everything the content script does on a page, without extension APIs: choose a painter, scan, keep the
 * highlights in step with a live page (MutationObserver, client-side navigation), hover card, keyboard
 * navigation, the report for badge and popup. The entrypoint wires it to messages and the browser.
 */
import type { Card, CardPosition, CardStrings } from '../card';
import type { ClipboardPayload } from '../copy';
import { citation } from '../copy/citation';
import type { DocumentMeta, Position } from '../corpus/types';
import { contentScope } from '../dom';
import { chapterStyle } from '../highlight/colors';
import { orderByAboutness } from '../match/about';
import type { CompiledLexicon } from '../match/compiled';
import { createMatcher, createMatcherSteps } from '../match/matcher';
import type { Hit, Matcher } from '../match/types';
import { overviewShown, type Settings } from '../settings/settings';
import type { SpeakerLang } from '../speakers';
import { cardProxy, type CardOwnership } from './card-proxy';
import { Frames } from './frames';
import { createInteraction, type Interaction } from './interaction';
import { createLazyCard, type CardUi } from './lazy-card';
import { Navigation } from './navigation';
import type { OverviewStrip } from './overview-strip';
import type { PassageList } from './passage-list';
import { pageReport, type ContentCommand, type PageMatchReport, type PagePassages, type RevealResult } from './report';
import type { PageHit, PageScanner } from './scanner';
import { computeSliced } from './slicer';
import { stopsInOrder, type Stop } from './stops';
import { Surface } from './surface';

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
  /** Saves the reader's note from the card ('' deletes it): true when saved, false or a message when not. */
  saveNote?: (positionId: string, text: string) => Promise<boolean | string>;
  /** Loads the hover card's code (kept out of the content script until it is needed). */
  loadCardUi: () => Promise<CardUi>;
  /** What "Kopier forventningen" puts on the clipboard (formatted where the user's settings live). */
  copyPayload: (positionId: string) => Promise<ClipboardPayload>;
  /** The language of the card's party-group line (issue 13); bokmål when not given. */
  speakerLang?: () => SpeakerLang;

  /** Each full scan of the page itself: the hits in view have gone to the painter (for timeline marks). */
  onInView?: () => void;

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
  /** The highlighted passages in page order (issue 12, 13): built now, on request (their code loads first). */
  passages(): Promise<PagePassages>;
  /** Focuses one passage of the last `passages()` answer. */
  revealPassage(index: number): RevealResult;
  command(command: ContentCommand): Promise<void>;
  updateLexicon(lexicon: CompiledLexicon): Promise<void>;
  updateSettings(settings: Settings, notes?: Record<string, string>): Promise<void>;
  /** The page navigated without a reload (SPA): scan the new content from scratch. */
  navigated(): Promise<void>;
  destroy(): void;
}

const REPORT_DELAY_MS = 300;
const NAVIGATION_SETTLE_MS = 50;

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
      if (destroyed) return;
      const current = report();
      options.report(current);
      showOverview(
        enabled && overviewShown(view.location.hostname, settings),
        current.positionCount + current.mentions.length > 0,
      );
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
        // Only the document's content is read: not the site's navigation, tables of contents, footers.
        extract: { scope: contentScope(target) },
        chapterOf: (id) => positions.get(id)?.chapterIndex ?? 1,
        // checkVisibility forces the browser to bring the document's style up to date. In the page itself
        // that is worth it; a page with hundreds of frames would pay it once per frame.
        isRendered: target === doc ? isRendered : undefined,
        onInView: target === doc ? options.onInView : undefined,
        accept: (hit) => {
          const keep = visiblePositions(hit);
          if (keep.length === hit.positions.length) return true;
          if (!keep.length) return false;
          hit.positions = keep; // show a shared phrase only for the positions still on
          return true;
        },
        onChange: (removed) => {
          passageList?.changed();
          if (removed) (target === doc ? interaction : frames.interactionOf(target))?.refresh();
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
    return typeof check === 'function'
      ? check.call(element, { visibilityProperty: true, checkVisibilityCSS: true })
      : true;
  }

  /** The page itself; hover card and keyboard navigation work here. */
  let main = newSurface(doc);

  /** Which hit each card's positions are for: a card that waited for its code gets its group line then. */
  const positionsOf = new WeakMap<CardPosition[], PageHit>();
  // A phrase shared by several demands shows first the ones the page is about, strongest first.
  const cardPositions = (hit: PageHit): CardPosition[] => {
    const out = orderByAboutness(hit.hit.positions, report()).flatMap((id) => {
      const p = positions.get(id);
      const d = p && documents.get(p.documentId);
      if (!p || !d) return [];
      return [
        {
          id,
          title: p.title,
          body: p.body,
          chapter: p.chapter,
          chapterIndex: p.chapterIndex,
          chapterColor: chapterStyle(p.chapterIndex).background,
          source: citation(d),
          sourceUrl: d.url ?? null,
          note: notes[id] ?? null,
          group: passageList?.groupOf(hit, options.speakerLang?.()) ?? null,
        },
      ];
    });
    positionsOf.set(out, hit);
    return out;
  };

  /** A note saved from the card shows at once in the next card too, before the background tells the tabs. */
  const saveNote =
    (save: NonNullable<ControllerOptions['saveNote']>) =>
    async (id: string, text: string): Promise<boolean | string> => {
      const result = await save(id, text);
      if (result === true) {
        notes = { ...notes };
        if (text) notes[id] = text;
        else delete notes[id];
      }
      return result;
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
      onSaveNote: options.saveNote && saveNote(options.saveNote),
      onClose: () => ownership.owner?.cardClosed(),
    },
    async () => {
      await passageTools();
      return (await options.loadCardUi()).createCard;
    },
    (show) => {
      const hit = positionsOf.get(show.positions);
      return hit ? { ...show, positions: cardPositions(hit) } : show;
    },
  );

  /** The interaction (page or frame) whose highlight the card shows: it hears when the card closes. */
  const ownership: CardOwnership = { owner: null };

  let interaction: Interaction | null = null;
  const newInteraction = () =>
    createInteraction({
      doc,
      scanner: main.scanner,
      painter: main.painter,
      card: cardProxy(card, ownership, () => interaction, view),
      cardPositions,
    });

  /**
   * Where the highlights are, along the window's edge; a click focuses the hit (the page's own, not frames').
   * Its code comes with the card's, loaded once the page has highlights.
   */
  let overview: OverviewStrip | null = null;
  let loadingOverview = false;
  const showOverview = (shown: boolean, anyHits: boolean) => {
    if (overview) return overview.update(shown);
    if (!shown || !anyHits || loadingOverview) return;
    loadingOverview = true;
    void options
      .loadCardUi()
      .then((ui) => {
        if (destroyed) return;
        overview = ui.createOverviewStrip({
          doc,
          hits: () => main.scanner.allHits(),
          onJump: (hit) => interaction?.focus(hit),
        });
        overview.update(enabled && overviewShown(view.location.hostname, settings));
      })
      .catch(() => {})
      .finally(() => {
        loadingOverview = false;
      });
  };

  /** Same-origin frames, each painted in its own document; pointing and Enter work there too. */
  const frames = new Frames({
    doc,
    enabled: () => enabled,
    newSurface,
    newInteraction: (surface) => {
      const frameInteraction: Interaction = createInteraction({
        doc: surface.doc,
        scanner: surface.scanner,
        painter: surface.painter,
        card: cardProxy(card, ownership, () => frameInteraction, view, surface.doc),
        cardPositions,
        keyDoc: doc,
      });
      return frameInteraction;
    },
    dropped: (frameInteraction) => {
      if (frameInteraction) navigation.forget(frameInteraction);
    },
  });
  const surfaces = () => [main, ...frames.all()];

  /** Every highlight of the page and its same-origin frames, in the order a reader meets them. */
  const stops = (): Stop<Interaction>[] =>
    interaction ? stopsInOrder({ owner: interaction, hits: main.scanner.hitsInOrder() }, frames.hits()) : [];
  const navigation = new Navigation(stops);
  /** Passages and party groups: their code comes with the card's, loaded on first use. */
  let passageList: PassageList<Stop<Interaction>> | null = null;
  const passageTools = async () =>
    (passageList ??= (await options.loadCardUi()).createPassageList({
      doc,
      stops,
      reported: () => new Set(report().positions.map((p) => p.id)),
      focus: (stop) => navigation.focus(stop),
    }));

  async function scanAll() {
    await main.scanAll();
    await frames.scan();
  }

  function report(): PageMatchReport {
    return pageReport(
      view.location.href,
      enabled,
      surfaces().map((s) => s.scanner.tally()),
      (terms) => matcher.scoreTerms(terms),
    );
  }

  async function rebuild() {
    interaction?.destroy();
    main.destroy();
    frames.clear();
    main = newSurface(doc);
    main.observe();
    interaction = newInteraction();
    navigation.reset();
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
      frames.listen();
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
    reveal: (positionId, occurrence) => navigation.reveal(positionId, occurrence),
    passages: async () => (await passageTools()).list(),
    revealPassage: (index) => passageList?.reveal(index) ?? { index: 0, total: 0 },
    async command(name) {
      if (name === 'toggle-highlights') await this.setEnabled(!enabled);
      else if (enabled) navigation.step(name === 'next-highlight' ? 1 : -1);
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
      else scheduleReport(); // the overview setting may have changed
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
      view.clearTimeout(reportTimer);
      interaction?.destroy();
      main.destroy();
      frames.destroy();
      card.destroy();
      overview?.destroy();
    },
  };
}
