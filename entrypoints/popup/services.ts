import { browser } from 'wxt/browser';
import type { InactiveReason, PageState } from '@/components/PageSection';
import { sendMessage } from '@/utils/messaging';
import { sidebarAction } from '@/utils/search-request';
import { isSiteEnabled, sitePattern, type Settings } from '@/lib/settings/settings';
import type { Catalog, PageService } from './App';

/**
 * The browser side of the popup and the side panel: everything comes from the background or the
 * tab's content script by message (no Dexie in these bundles; the background owns the store).
 */

export interface TargetTab {
  id: number;
  windowId?: number;
  /** Known only with a grant for the tab (activeTab after the toolbar click, or a host permission). */
  url?: string;
}

export async function loadCatalog(): Promise<Catalog> {
  const [positions, info, settings, notes, searchTerms] = await Promise.all([
    sendMessage('getPositions'),
    sendMessage('getDatasetInfo'),
    sendMessage('getSettings'),
    sendMessage('getNotes'),
    sendMessage('getSearchTerms'),
  ]);
  return { positions, info, settings, notes, searchTerms };
}

export function saveNote(positionId: string, text: string) {
  return sendMessage('setNote', { positionId, text });
}

/** The tab the popup acts on: `?tabId=` (tests, and a popup opened as a tab), else the active tab. */
export async function activeTab(
  params: URLSearchParams = new URLSearchParams(location.search),
): Promise<TargetTab | null> {
  const fromParam = Number(params.get('tabId'));
  if (params.has('tabId') && Number.isInteger(fromParam)) {
    const tab = await browser.tabs.get(fromParam).catch(() => null);
    return { id: fromParam, windowId: tab?.windowId, url: tab?.url };
  }
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id !== undefined ? { id: tab.id, windowId: tab.windowId, url: tab.url } : null;
}

/** Why a tab has no content script, from what little we know of it. */
export function inactiveReason(
  url: string | undefined,
  settings: Pick<Settings, 'extraSites'> | null,
): { reason: InactiveReason; host: string | null } {
  if (!url) return { reason: 'unknown', host: null };
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { reason: 'unknown', host: null };
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return { reason: 'unsupported', host: null };
  const host = parsed.hostname.toLowerCase();
  if (isSiteEnabled(host, { extraSites: settings?.extraSites ?? [] })) return { reason: 'reload', host };
  return { reason: 'offer', host };
}

const ANSWER_WITHIN_MS = 2500;

function withTimeout<T>(promise: Promise<T>, ms: number): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('timeout')), ms);
    promise.then(
      (v) => (clearTimeout(timer), resolve(v)),
      (e: unknown) => (clearTimeout(timer), reject(e)),
    );
  });
}

export function pageService(
  getTab: () => Promise<TargetTab | null>,
  subscribe?: PageService['subscribe'],
): PageService {
  async function tabOrThrow(): Promise<TargetTab> {
    const tab = await getTab();
    if (!tab) throw new Error('no tab');
    return tab;
  }
  return {
    async load(): Promise<PageState> {
      const tab = await getTab();
      if (!tab) return { status: 'inactive', reason: 'unknown', host: null };
      try {
        const report = await withTimeout(sendMessage('getPageMatches', undefined, tab.id), ANSWER_WITHIN_MS);
        return { status: 'ready', report };
      } catch {
        const settings = await sendMessage('getSettings').catch(() => null);
        return { status: 'inactive', ...inactiveReason(tab.url, settings) };
      }
    },
    async reveal(positionId, occurrence) {
      return sendMessage('revealPosition', { positionId, occurrence }, (await tabOrThrow()).id);
    },
    async passages() {
      return withTimeout(sendMessage('getPagePassages', undefined, (await tabOrThrow()).id), ANSWER_WITHIN_MS);
    },
    async revealPassage(index) {
      return sendMessage('revealPassage', { index }, (await tabOrThrow()).id);
    },
    async setHighlighting(enabled) {
      return sendMessage('setHighlighting', enabled, (await tabOrThrow()).id);
    },
    async enableSite(host) {
      // permissions.request must come first, straight from the click (a user gesture).
      const granted = await browser.permissions.request({ origins: [sitePattern(host)] }).catch(() => false);
      if (!granted) return 'denied';
      const tab = await getTab();
      const result = await sendMessage('addSite', { site: host, tabId: tab?.id }).catch(() => null);
      return result?.ok ? 'enabled' : 'failed';
    },
    subscribe,
  };
}

/** Opens the side panel (Chrome) or sidebar (Firefox) from a click; undefined where neither exists. */
export function sidePanelOpener(windowId: number | undefined): (() => void) | undefined {
  const sidebar = sidebarAction();
  if (browser.sidePanel?.open && windowId !== undefined) {
    return () => {
      void browser.sidePanel.open({ windowId }).then(
        () => window.close(),
        (err: unknown) => console.warn('[standpunkt] side panel:', err),
      );
    };
  }
  if (sidebar?.open) {
    return () => {
      void sidebar.open().then(() => window.close());
    };
  }
  return undefined;
}
