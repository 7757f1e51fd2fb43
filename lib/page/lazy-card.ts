/**
 * The hover card's code (lib/card) is not part of the content script: it is loaded the first time a card
 * is needed, so the content script that runs on every page stays small. Until then this stand-in answers
 * for it; `show` waits for the code and then shows.
 */
import type { Card, CardOptions, ShowOptions } from '../card';
import type { RectLike } from '../card/place';
import type { ClipboardPayload } from '../copy';
import type { Mark } from '../highlight/painter';
import type { OverviewStrip, OverviewStripOptions } from './overview-strip';
import type { PassageList, PassageListOptions } from './passage-list';
import type { PageHit } from './scanner';

export type CardFactory = (doc: Document, options: CardOptions) => Card;

/**
 * What the lazily loaded chunk provides: the card, clipboard writing for its copy button, the page's
 * passages with their party groups (asked for by the popup and the card's group line), and the overview
 * strip (only on pages with highlights): none of it is needed on every page.
 */
export interface CardUi {
  createCard: CardFactory;
  writeClipboard: (doc: Document, payload: ClipboardPayload) => Promise<boolean>;
  createPassageList: <T extends { hit: PageHit }>(options: PassageListOptions<T>) => PassageList<T>;
  createOverviewStrip: <T extends Mark>(options: OverviewStripOptions<T>) => OverviewStrip;
}

/**
 * `prepare` sees a show that waited for the code, once it has loaded: what it shows may now be
 * complete (the group line comes with the loaded code).
 */
export function createLazyCard(
  doc: Document,
  options: CardOptions,
  load: () => Promise<CardFactory>,
  prepare: (show: ShowOptions) => ShowOptions = (show) => show,
): Card {
  let card: Card | null = null;
  let loading: Promise<Card | null> | null = null;
  let wanted: ShowOptions | null = null;
  let destroyed = false;

  const ensure = () => {
    loading ??= load().then(
      (factory) => (destroyed ? null : (card = factory(doc, options))),
      (error: unknown) => {
        loading = null; // try again next time
        console.warn('[standpunkt] hover card could not be loaded', error);
        return null;
      },
    );
    return loading;
  };

  return {
    get host() {
      return card?.host as HTMLElement;
    },
    get root() {
      return card?.root as ShadowRoot;
    },
    get isOpen() {
      return card?.isOpen ?? wanted !== null;
    },
    show(show) {
      if (card) return card.show(show);
      wanted = show;
      void ensure().then((c) => {
        if (c && wanted) c.show(prepare(wanted));
        wanted = null;
      });
    },
    reposition(anchor: RectLike) {
      if (card) card.reposition(anchor);
      else if (wanted) wanted = { ...wanted, anchor };
    },
    hide() {
      wanted = null;
      card?.hide();
    },
    contains(node) {
      return card?.contains(node) ?? false;
    },
    destroy() {
      destroyed = true;
      wanted = null;
      card?.destroy();
    },
  };
}
