/** The side panel on request: a search from the context menu, a position from the card («Vis mer»), else a tab. */
import { browser } from 'wxt/browser';
import { SEARCH_REQUEST_KEY, searchRequestArea, sidebarAction, type SearchRequest } from '@/utils/search-request';

export const CONTEXT_MENU_ID = 'standpunkt-search-selection';
/** Longest selection taken over into the search box. */
const MAX_QUERY = 200;

type Target = { tabId?: number; windowId?: number };

/**
 * Opens the side panel with a request (a search, or a position to show). Chrome: the side panel of
 * the tab (sidePanel.open must run before any await, while the click still counts as a user
 * gesture). Firefox: the sidebar (sidebarAction.open, same rule). The request travels through
 * storage.session, which the side panel reads on load and watches while open. Where neither opens
 * (no gesture, an old browser), `fallbackPath` (the popup page) opens in a new tab.
 */
export async function openSidePanelWith(
  request: SearchRequest,
  target: Target,
  fallbackPath: string,
  tabIndex?: number,
): Promise<{ where: 'sidepanel' | 'tab' }> {
  let opening: Promise<unknown> | null = null;
  try {
    const sidebar = sidebarAction();
    if (browser.sidePanel?.open && (target.tabId !== undefined || target.windowId !== undefined)) {
      opening = browser.sidePanel.open(
        target.tabId !== undefined ? { tabId: target.tabId } : { windowId: target.windowId! },
      );
    } else if (sidebar?.open) {
      opening = sidebar.open();
    }
  } catch (err) {
    opening = Promise.reject(err);
  }
  await searchRequestArea()
    .set({ [SEARCH_REQUEST_KEY]: request })
    .catch(() => {});
  if (opening) {
    try {
      await opening;
      return { where: 'sidepanel' };
    } catch {
      // Falls through to the tab.
    }
  }
  await browser.tabs.create({
    url: browser.runtime.getURL(fallbackPath as '/popup.html'),
    ...(tabIndex !== undefined ? { index: tabIndex } : {}),
  });
  return { where: 'tab' };
}

/** Opens the search with a query: the side panel, or the popup page in a tab with ?q=. */
export function openSearch(query: string, target: Target = {}): Promise<{ where: 'sidepanel' | 'tab' }> {
  const q = query.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY);
  return openSidePanelWith({ query: q, at: Date.now() }, target, `/popup.html?q=${encodeURIComponent(q)}`);
}

export function setUpContextMenu(): () => void {
  const menus = browser.contextMenus;
  if (!menus) return () => {};
  // Recreated on every start: Firefox's MV2 background forgets menus on restart; removeAll first
  // keeps Chrome's (persisted) menu from being created twice.
  void menus
    .removeAll()
    .then(() =>
      menus.create({
        id: CONTEXT_MENU_ID,
        // %s is the selected text (both browsers); the message puts it in « ».
        title: browser.i18n.getMessage('contextMenuSearch', '%s') || 'Standpunkt: %s',
        contexts: ['selection'],
      }),
    )
    .catch((err: unknown) => console.error('[standpunkt] context menu:', err));
  const listener = (
    info: { menuItemId: string | number; selectionText?: string },
    tab?: { id?: number; windowId?: number },
  ) => {
    if (info.menuItemId !== CONTEXT_MENU_ID) return;
    void openSearch(info.selectionText ?? '', { tabId: tab?.id, windowId: tab?.windowId });
  };
  menus.onClicked.addListener(listener);
  return () => menus.onClicked.removeListener(listener);
}
