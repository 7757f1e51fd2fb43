import { onMessage, sendMessage } from '@/lib/messages';
import { createPageController, type PageController } from '@/lib/page/controller';
import type { CardUi } from '@/lib/page/lazy-card';
import { createMatcherSteps } from '@/lib/match/matcher';
import { computeSliced } from '@/lib/page/slicer';
import { takePageData } from './page-data';

/** Marker a browser test (and a curious developer) can read; a data attribute changes nothing visible. */
const READY_ATTRIBUTE = 'standpunkt';

// Never opens IndexedDB: here it would be the page's origin. Data comes from the background.
export default defineContentScript({
  matches: ['*://*.stortinget.no/*', '*://*.regjeringen.no/*'],
  async main(ctx) {
    // Timeline marks for `npm run bench:browser` (visible to the page; they carry no page data).
    performance.mark('standpunkt:start');
    // Taken before our own listeners are set up: it ends the prefetch's listeners for the same messages.
    const pageData = takePageData();
    let controller: PageController | null = null;
    const removers = [
      onMessage('ping', () => ({ ready: true as const, url: location.href })),
      onMessage('getPageMatches', () => controller?.report() ?? { url: location.href, enabled: false, positionCount: 0, positions: [] }),
      onMessage('revealPosition', ({ data }) => controller?.reveal(data.positionId, data.occurrence) ?? { index: 0, total: 0 }),
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
        const notes = await sendMessage('getNotes').catch(() => undefined);
        await controller?.updateSettings(data, notes);
      }),
    ];
    ctx.onInvalidated(() => {
      removers.forEach((remove) => remove());
      controller?.destroy();
      controller = null;
      delete document.documentElement.dataset[READY_ATTRIBUTE];
    });

    const cardUi = () => (globalThis as { __standpunktCardUi?: CardUi }).__standpunktCardUi;
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

    const { settings, lexicon: payload, positions, info, notes } = await pageData;
    if (ctx.isInvalid) return;
    performance.mark('standpunkt:data');
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
      notes,
      report: (report) => void sendMessage('pageMatches', report).catch(() => {}),
      showMore: (id) => void sendMessage('openPosition', id).catch(() => {}),
      loadCardUi,
      copyPayload: (id) => sendMessage('getCopyPayload', id),
    });
    ctx.addEventListener(window, 'wxt:locationchange', () => void controller?.navigated());
    document.documentElement.dataset[READY_ATTRIBUTE] = 'ready';
    performance.mark('standpunkt:scan-start');
    await controller.start();
    if (ctx.isInvalid) return;
    const slices = controller.scanner.stats;
    performance.mark('standpunkt:scan-end', { detail: { slices: slices.reduce((n, s) => n + s.slices, 0), longestSliceMs: Math.max(0, ...slices.map((s) => s.longestMs)) } });
    performance.measure('standpunkt:scan', 'standpunkt:start', 'standpunkt:scan-end');
    document.documentElement.dataset[READY_ATTRIBUTE] = 'scanned';
    // A page with highlights will likely be pointed at: fetch the card's code while the page is idle,
    // so the first card opens at once.
    if (controller.report().positionCount > 0) {
      const prefetch = () => void loadCardUi().catch(() => {});
      if (typeof requestIdleCallback === 'function') ctx.requestIdleCallback(prefetch, { timeout: 5000 });
      else ctx.setTimeout(prefetch, 1000);
    }
  },
});
