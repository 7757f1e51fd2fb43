import { createCard } from '@/lib/card';
import { writeClipboard } from '@/lib/copy/clipboard';
import type { CardUi } from '@/lib/page/lazy-card';
import { createOverviewStrip } from '@/lib/page/overview-strip';
import { PassageList } from '@/lib/page/passage-list';

/**
 * The hover card's code, with the page's passages and party groups (lib/speakers) and the overview strip, injected into the content script's isolated world the first time a card is
 * needed (background: scripting.executeScript), so that the content script on every page stays small.
 */
export default defineUnlistedScript(() => {
  const ui: CardUi = {
    createCard,
    writeClipboard,
    createPassageList: (options) => new PassageList(options),
    createOverviewStrip,
  };
  (globalThis as { __standpunktCardUi?: CardUi }).__standpunktCardUi = ui;
});
