/**
 * Everything the content script does on a page, without extension APIs: choose a painter, scan, keep the
 * highlights in step with a live page (MutationObserver, client-side navigation), hover card, keyboard
 * navigation, the report for badge and popup. The entrypoint wires it to messages and the browser.
 */
import { createCard, type Card, type CardPosition, type CardStrings } from '../card';
import { citation, clipboardPayload } from '../copy';
import type { DocumentMeta, Position } from '../corpus/types';
import { chapterStyle } from '../highlight/colors';
import { createCssPainter, supportsCssHighlights } from '../highlight/css-painter';
import type { Painter } from '../highlight/painter';
import { createWrapPainter } from '../highlight/wrap-painter';
import type { CompiledLexicon } from '../lexicon/compile';
import { createMatcher } from '../match/matcher';
import type { Hit } from '../match/types';
import type { ContentCommand, PageMatchReport, RevealResult } from '../messages';
import type { Settings } from '../settings/settings';
import { writeClipboard } from './clipboard';
import { createInteraction, type Interaction } from './interaction';
import { PageScanner, type PageHit } from './scanner';
import { isExcluded } from '../dom';

export interface ControllerOptions {
  doc: Document;
  lexicon: CompiledLexicon;
  positions: readonly Position[];
  documents: readonly DocumentMeta[];
  settings: Settings;
  notes?: Record<string, string>;
  cardStrings?: Partial<CardStrings>;
  /** Called (debounced) whenever what the page shows changes. */
  report: (report: PageMatchReport) => void;
  /** "Vis mer": open the position in the popup / side panel. */
  showMore: (positionId: string) => void;
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

export function createPageController(options: ControllerOptions): PageController {
  const { doc } = options;
  const view = doc.defaultView!;
  let settings = options.settings;
  let notes = options.notes ?? {};
  let matcher = createMatcher(options.lexicon);
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

  const makePainter = (): Painter =>
    !options.forceWrapPainter && supportsCssHighlights(doc) ? createCssPainter(doc, settings.look) : createWrapPainter(doc, settings.look);

  // Our own painting (the wrapping painter changes the DOM) must not look like a page change.
  const quiet = (painter: Painter): Painter => ({
    ...painter,
    kind: painter.kind,
    add: (m) => {
      painter.add(m);
      observer.takeRecords();
    },
    remove: (m) => {
      painter.remove(m);
      observer.takeRecords();
    },
    clear: () => {
      painter.clear();
      observer.takeRecords();
    },
    setFocus: (m) => {
      painter.setFocus(m);
      observer.takeRecords();
    },
    rects: (m) => painter.rects(m),
    markOf: (t) => painter.markOf(t),
    ensureStyle: () => painter.ensureStyle(),
    destroy: () => {
      painter.destroy();
      observer.takeRecords();
    },
  });

  let reportTimer = 0;
  const scheduleReport = () => {
    view.clearTimeout(reportTimer);
    reportTimer = view.setTimeout(() => {
      if (!destroyed) options.report(report());
    }, REPORT_DELAY_MS);
  };

  const observer = new view.MutationObserver((records) => onMutations(records));

  let painter = quiet(makePainter());
  const newScanner = () =>
    new PageScanner(doc, {
      matcher,
      painter,
      chapterOf: (id) => positions.get(id)?.chapterIndex ?? 1,
      accept: (hit) => {
        const keep = visiblePositions(hit);
        if (keep.length === hit.positions.length) return true;
        if (!keep.length) return false;
        hit.positions = keep; // show a shared phrase only for the positions still on
        return true;
      },
      onChange: () => {
        interaction?.refresh();
        scheduleReport();
      },
    });
  let scanner = newScanner();

  const cardPositions = (hit: PageHit): CardPosition[] =>
    hit.hit.positions.flatMap((id) => {
      const p = positions.get(id);
      const d = p && documents.get(p.documentId);
      if (!p || !d) return [];
      return [{ id, title: p.title, body: p.body, chapter: p.chapter, chapterIndex: p.chapterIndex, chapterColor: chapterStyle(p.chapterIndex).background, source: citation(d), note: notes[id] ?? null }];
    });

  const card: Card = createCard(doc, {
    strings: options.cardStrings,
    onCopy: async (id) => {
      const p = positions.get(id);
      const d = p && documents.get(p.documentId);
      if (!p || !d) return false;
      return writeClipboard(doc, clipboardPayload(p, d, settings.copyFormat, { note: notes[id], includeNote: settings.copyIncludesNote }));
    },
    onShowMore: (id) => options.showMore(id),
    onClose: () => interaction?.cardClosed(),
  });

  let interaction: Interaction | null = null;
  const newInteraction = () => createInteraction({ doc, scanner, painter, card, cardPositions });

  // ── live pages ──
  const pending = new Set<Node>();
  let debounceTimer = 0;
  let firstPending = 0;
  function onMutations(records: MutationRecord[]) {
    if (!enabled) return;
    for (const r of records) {
      const target = r.target;
      if (card.contains(target) || isExcluded(target)) continue;
      pending.add(target);
    }
    if (!pending.size) return;
    const now = view.performance.now();
    if (!firstPending) firstPending = now;
    view.clearTimeout(debounceTimer);
    const wait = Math.min(options.debounceMs ?? 150, Math.max(0, firstPending + (options.maxWaitMs ?? 1000) - now));
    debounceTimer = view.setTimeout(flush, wait);
  }
  function flush() {
    firstPending = 0;
    const nodes = [...pending];
    pending.clear();
    painter.ensureStyle();
    void scanner.rescan(nodes);
  }

  const observe = () => observer.observe(doc, { subtree: true, childList: true, characterData: true });

  async function scanAll() {
    painter.ensureStyle();
    await scanner.scanAll();
  }

  function report(): PageMatchReport {
    const ranked = enabled ? scanner.ranking() : [];
    return {
      url: view.location.href,
      enabled,
      positionCount: ranked.length,
      positions: ranked.map((r) => {
        const counts = new Map<string, number>();
        for (const h of r.hits) counts.set(h.text, (counts.get(h.text) ?? 0) + 1);
        return { id: r.id, score: r.score, count: r.hits.length, words: [...counts].sort((a, b) => b[1] - a[1]).map(([w]) => w) };
      }),
    };
  }

  async function rebuild() {
    interaction?.destroy();
    scanner.destroy();
    painter = quiet(makePainter());
    scanner = newScanner();
    interaction = newInteraction();
    if (enabled) await scanAll();
    scheduleReport();
  }

  return {
    get enabled() {
      return enabled;
    },
    get scanner() {
      return scanner;
    },
    async start() {
      interaction = newInteraction();
      observe();
      if (enabled) await scanAll();
      scheduleReport();
    },
    async setEnabled(on) {
      if (on === enabled) return;
      enabled = on;
      if (on) await scanAll();
      else {
        card.hide();
        scanner.clear();
      }
      scheduleReport();
    },
    report,
    reveal(positionId, occurrence) {
      const hits = scanner.hitsInOrder().filter((h) => h.hit.positions.includes(positionId));
      if (!hits.length) return { index: 0, total: 0 };
      const index = ((occurrence % hits.length) + hits.length) % hits.length;
      interaction?.focus(hits[index]!);
      return { index, total: hits.length };
    },
    async command(name) {
      if (name === 'toggle-highlights') await this.setEnabled(!enabled);
      else if (enabled) interaction?.step(name === 'next-highlight' ? 1 : -1);
    },
    async updateLexicon(lexicon) {
      matcher = createMatcher(lexicon);
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
      card.hide();
      if (enabled) await scanAll();
      scheduleReport();
    },
    destroy() {
      destroyed = true;
      observer.disconnect();
      view.clearTimeout(debounceTimer);
      view.clearTimeout(reportTimer);
      interaction?.destroy();
      scanner.destroy();
      card.destroy();
    },
  };
}
