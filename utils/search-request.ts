/** A search or position asked for outside the side panel (context menu, card): how it travels to the panel, and the Firefox sidebar API. */
import { browser } from 'wxt/browser';

/** storage.session key the background writes a search into and the side panel reads (and watches). */
export const SEARCH_REQUEST_KEY = 'standpunkt.searchRequest';

export interface SearchRequest {
  query?: string;
  /** A position to show, expanded («Vis mer» on the card). */
  position?: string;
  /** When it was asked (ms since the epoch): the panel ignores an old request. */
  at?: number;
}

/** Where a search request is kept: session storage where the browser has it, else local. */
export const searchRequestArea = () => browser.storage.session ?? browser.storage.local;

/** Firefox's sidebar (sidebar_action): not in Chrome's typings. */
export type SidebarAction = { open(): Promise<void> };

/** The sidebar API where the browser has it (Firefox), else undefined. */
export const sidebarAction = (): SidebarAction | undefined =>
  (browser as unknown as { sidebarAction?: SidebarAction }).sidebarAction;
