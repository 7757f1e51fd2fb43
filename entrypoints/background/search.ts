/** Search from anywhere: the context menu on selected text, and opening the side panel (or a tab) with a query. */
import { browser } from 'wxt/browser';
import { SEARCH_REQUEST_KEY, searchRequestArea, sidebarAction, type SearchRequest } from '@/utils/search-request';

export const CONTEXT_MENU_ID = 'standpunkt-search-selection';
/** Longest selection taken over into the search box. */
const MAX_QUERY = 200;

/**
 * Opens the search with a query. Chrome: the side panel of the tab (sidePanel.open must run before
 * any await, while the click still counts as a user gesture). Firefox: the sidebar (sidebarAction.open,
 * same rule). The query travels through storage.session, which the side panel reads on load and
 * watches while open. Where neither opens (no gesture, an old browser), the popup page opens in a
 * new tab with ?q=.
 */
export async function openSearch(
  query: string,
  target: { tabId?: number; windowId?: number } = {},
): Promise<{ where: 'sidepanel' | 'tab' }> {
  const q = query.replace(/\s+/g, ' ').trim().slice(0, MAX_QUERY);
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
  const request: SearchRequest = { query: q, at: Date.now() };
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
  await browser.tabs.create({ url: browser.runtime.getURL(`/popup.html?q=${encodeURIComponent(q)}`) });
  return { where: 'tab' };
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
