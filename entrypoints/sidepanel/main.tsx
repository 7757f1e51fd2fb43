import { render } from 'preact';
import { browser } from 'wxt/browser';
import { writeClipboard } from '@/lib/copy/clipboard';
import { t } from '@/components/i18n';
import { App, type AppServices } from '../popup/App';
import { activeTab, loadCatalog, pageService, saveNote } from '../popup/services';
import '../popup/style.css';
import { SEARCH_REQUEST_KEY, searchRequestArea, type SearchRequest } from '@/utils/search-request';

/** A request older than this (the panel was opened some other way later) is ignored. */
const REQUEST_FRESH_MS = 60_000;

/**
 * The side panel (Chrome side_panel, Firefox sidebar_action): the popup's view for reading long
 * documents. It follows the active tab of its window, and takes searches from the context menu and
 * positions from the card's «Vis mer».
 */
async function start() {
  document.documentElement.lang = t('lang');
  document.title = t('extName');
  // Tall and read alongside a document: full group lines (the popup keeps them to one line).
  document.body.classList.add('side-panel');
  const params = new URLSearchParams(location.search);
  const area = searchRequestArea();
  // A search request is used once: taken on load (if recent), then removed, so the panel does not
  // reopen on an old query.
  const stored = (await area.get(SEARCH_REQUEST_KEY).catch(() => ({}))) as Record<string, SearchRequest | undefined>;
  const pending = stored[SEARCH_REQUEST_KEY];
  const fresh = (pending?.at ?? 0) > Date.now() - REQUEST_FRESH_MS;
  const initialQuery = fresh && pending?.query !== undefined ? pending.query : '';
  // «Vis mer» on the card: that position, expanded.
  const focusPositionId = fresh && typeof pending?.position === 'string' ? pending.position : undefined;
  if (pending) void area.remove(SEARCH_REQUEST_KEY).catch(() => {});

  /** Requests written while the panel is open; one taken by `take` is removed (used once). */
  const watchRequests = (take: (request: SearchRequest) => boolean) => {
    const listener = (changes: Record<string, { newValue?: unknown }>) => {
      const next = changes[SEARCH_REQUEST_KEY]?.newValue as SearchRequest | undefined;
      if (next && take(next)) void area.remove(SEARCH_REQUEST_KEY).catch(() => {});
    };
    area.onChanged.addListener(listener);
    return () => area.onChanged.removeListener(listener);
  };

  const services: AppServices = {
    loadCatalog,
    saveNote,
    page: pageService(
      // ?tabId= pins the panel to one tab (the browser tests load this page as a tab of its own).
      () => activeTab(params.has('tabId') ? params : new URLSearchParams()),
      (onChange) => {
        const activated = () => onChange();
        const updated = (_id: number, info: { status?: string }, tab: { active?: boolean }) => {
          if (tab.active && info.status === 'complete') onChange();
        };
        browser.tabs.onActivated.addListener(activated);
        browser.tabs.onUpdated.addListener(updated);
        return () => {
          browser.tabs.onActivated.removeListener(activated);
          browser.tabs.onUpdated.removeListener(updated);
        };
      },
    ),
    // A refusal in our own page is told to the reader (no copy-event fallback).
    writeClipboard: (payload) => writeClipboard(document, payload, { copyEvent: false }),
    openOptions: () => void browser.runtime.openOptionsPage(),
    initialQuery,
    focusPositionId,
    subscribeQuery: (onQuery) =>
      watchRequests((r) => {
        if (r.query === undefined) return false;
        onQuery(r.query);
        return true;
      }),
    subscribePosition: (onPosition) =>
      watchRequests((r) => {
        if (typeof r.position !== 'string') return false;
        onPosition(r.position);
        return true;
      }),
  };
  render(<App services={services} />, document.getElementById('app')!);
}

void start();
