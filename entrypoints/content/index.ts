import { browser } from 'wxt/browser';
import { onMessage, sendMessage } from '@/utils/messaging';
import type { PageMatchReport } from '@/lib/protocol';
import { cardStringsFrom } from '@/lib/card/strings';
import { createPageController, type PageController } from '@/lib/page/controller';
import type { CardUi } from '@/lib/page/lazy-card';
import { DEFAULT_SITE_PATTERNS, type Settings } from '@/lib/settings/settings';
import { createMatcherSteps } from '@/lib/match/matcher';
import { computeSliced } from '@/lib/page/slicer';
import { guardPageBoundary, ownGlobal, TEST_HOOKS } from './guard';
import { takePageData } from './page-data';

/** Marker a browser test can read (test and bench builds only: a page can read it too). */
const READY_ATTRIBUTE = 'standpunkt';
const mark = (name: string, options?: PerformanceMarkOptions) => void (TEST_HOOKS && performance.mark(name, options));
const setReady = (state: 'ready' | 'scanned') =>
  void (TEST_HOOKS && (document.documentElement.dataset[READY_ATTRIBUTE] = state));

// Never opens IndexedDB: here it would be the page's origin. Data comes from the background.
export default defineContentScript({
  matches: DEFAULT_SITE_PATTERNS,
  // WXT's postMessage('*') of its started event told every page the event's name (see guard.ts).
  noScriptStartedPostMessage: true,
  async main(ctx) {
    guardPageBoundary(ctx);
    // Timeline marks for `npm run bench:browser` (test and bench builds only; they carry no page data).
    mark('standpunkt:start');
    // Taken before our own listeners are set up: it ends the prefetch's listeners for the same messages.
    const pageData = takePageData();
    let controller: PageController | null = null;
    let currentSettings: Settings | null = null;
    const removers = [
      onMessage('ping', () => ({ ready: true as const, url: location.href })),
      onMessage(
        'getPageMatches',
        () =>
          controller?.report() ?? { url: location.href, enabled: false, positionCount: 0, positions: [], mentions: [] },
      ),
      onMessage(
        'revealPosition',
        ({ data }) => controller?.reveal(data.positionId, data.occurrence) ?? { index: 0, total: 0 },
      ),
      onMessage(
        'getPagePassages',
        async () =>
          (await controller?.passages()) ?? {
            url: location.href,
            title: document.title,
            passages: [],
            truncated: false,
          },
      ),
      onMessage('revealPassage', ({ data }) => controller?.revealPassage(data.index) ?? { index: 0, total: 0 }),
      onMessage('setHighlighting', async ({ data }) => {
        await controller?.setEnabled(data);
        return controller?.enabled ?? false;
      }),
      onMessage('runCommand', ({ data }) => controller?.command(data)),
      onMessage('lexiconChanged', async () => {
        const next = await sendMessage('getLexicon');
        await controller?.updateLexicon(next.lexicon);
      }),
      onMessage('settingsChanged', async ({ data }) => {
        currentSettings = data;
        // Notes may have changed too: ask again for those of the positions found so far.
        const notes = await notesOf([...notesAsked]);
        await controller?.updateSettings(data, notes);
      }),
    ];
    ctx.onInvalidated(() => {
      removers.forEach((remove) => remove());
      controller?.destroy();
      controller = null;
      delete document.documentElement.dataset[READY_ATTRIBUTE];
    });

    // Only what our injected script put there: a page element with this id is no card UI.
    const cardUi = () =>
      ownGlobal<CardUi>(
        '__standpunktCardUi',
        (ui) =>
          typeof (ui as Partial<CardUi>).createCard === 'function' &&
          typeof (ui as Partial<CardUi>).createPassageList === 'function' &&
          typeof (ui as Partial<CardUi>).createOverviewStrip === 'function',
      );

    // The background gives a content script only the notes of positions it names: those found on the page.
    const notesAsked = new Set<string>();
    const notesOf = (ids: string[]) =>
      ids.length ? sendMessage('getNotesOf', ids).catch(() => undefined) : Promise.resolve(undefined);
    const askNotes = async (report: PageMatchReport) => {
      const found = [...report.positions, ...((report as { mentions?: { id: string }[] }).mentions ?? [])].map(
        (p) => p.id,
      );
      const fresh = found.filter((id) => !notesAsked.has(id));
      if (!fresh.length) return;
      fresh.forEach((id) => notesAsked.add(id));
      const notes = await notesOf([...notesAsked]);
      if (notes && controller && currentSettings) await controller.updateSettings(currentSettings, notes);
    };
    let loadingCardUi: Promise<CardUi> | null = null;
    const loadCardUi = () =>
      (loadingCardUi ??= (async () => {
        if (!cardUi()) await sendMessage('loadCardUi');
        const ui = cardUi();
        if (!ui) throw new Error('the hover card did not load');
        return ui;
      })().catch((error: unknown) => {
        loadingCardUi = null;
        throw error;
      }));

    const { settings, lexicon: payload, positions, info } = await pageData;
    if (ctx.isInvalid) return;
    currentSettings ??= settings;
    mark('standpunkt:data');
    let firstPaintAsked = false;
    // Receiving the lexicon is one task; building its automaton runs in slices.
    const matcher = await computeSliced(createMatcherSteps(payload.lexicon), { budgetMs: 12, signal: ctx.signal });
    if (ctx.isInvalid) return;
    controller = createPageController({
      doc: document,
      lexicon: payload.lexicon,
      matcher,
      positions,
      documents: info.documents,
      settings,
      notes: {},
      // The card's words in the browser's UI language (its code loads later; the strings are small).
      cardStrings: cardStringsFrom((key) =>
        browser.i18n.getMessage(key as Parameters<typeof browser.i18n.getMessage>[0]),
      ),
      report: (report) => {
        void sendMessage('pageMatches', report).catch(() => {});
        void askNotes(report).catch(() => {});
      },
      showMore: (id) => void sendMessage('openPosition', id).catch(() => {}),
      saveNote: async (positionId, text) => (await sendMessage('setNote', { positionId, text })).ok,
      loadCardUi,
      copyPayload: (id) => sendMessage('getCopyPayload', id),
      // The card's group line in the UI's language (the message `lang` is nb, nn or en).
      speakerLang: () => (browser.i18n.getMessage('lang') === 'nn' ? 'nn' : 'nb'),
      // What the reader sees first: the frame that paints the highlights in view (the first scan's only).
      onInView: TEST_HOOKS
        ? () => {
            if (firstPaintAsked) return;
            firstPaintAsked = true;
            requestAnimationFrame(() => void (ctx.isInvalid || mark('standpunkt:first-paint')));
          }
        : undefined,
    });
    ctx.addEventListener(window, 'wxt:locationchange', () => void controller?.navigated());
    setReady('ready');
    mark('standpunkt:scan-start');
    await controller.start();
    if (ctx.isInvalid) return;
    const slices = controller.scanner.stats;
    if (TEST_HOOKS) {
      mark('standpunkt:scan-end', {
        detail: {
          slices: slices.reduce((n, s) => n + s.slices, 0),
          longestSliceMs: Math.max(0, ...slices.map((s) => s.longestMs)),
        },
      });
      performance.measure('standpunkt:scan', 'standpunkt:start', 'standpunkt:scan-end');
    }
    setReady('scanned');
    // A page with highlights will likely be pointed at: fetch the card's code while the page is idle,
    // so the first card opens at once.
    if (controller.report().positionCount > 0) {
      const prefetch = () => void loadCardUi().catch(() => {});
      if (typeof requestIdleCallback === 'function') ctx.requestIdleCallback(prefetch, { timeout: 5000 });
      else ctx.setTimeout(prefetch, 1000);
    }
  },
});
