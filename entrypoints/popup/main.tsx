import { render } from 'preact';
import { browser } from 'wxt/browser';
import { writeClipboard } from '@/lib/copy/clipboard';
import { t } from '@/components/i18n';
import { App, type AppServices } from './App';
import { activeTab, loadCatalog, pageService, saveNote, sidePanelOpener } from './services';
import './style.css';

/**
 * The popup (and the same page opened as a tab with ?q= by the context menu's fallback, or with
 * ?tabId= by the browser tests). The popup asks the background instead of opening Dexie itself: the
 * background owns the store and answers only once it is open and seeded, and the bundle stays small.
 */
async function start() {
  document.documentElement.lang = t('lang');
  document.title = t('extName');
  const params = new URLSearchParams(location.search);
  const tab = await activeTab(params).catch(() => null);
  // Opened as a page of its own (search from the context menu): no tab to show.
  const standalone = params.has('q') && !params.has('tabId');
  const services: AppServices = {
    loadCatalog,
    saveNote,
    page: standalone ? undefined : pageService(async () => tab),
    // A refusal in our own page is told to the reader (no copy-event fallback).
    writeClipboard: (payload) => writeClipboard(document, payload, { copyEvent: false }),
    openOptions: () => {
      void browser.runtime.openOptionsPage().then(() => window.close());
    },
    openSidePanel: standalone ? undefined : sidePanelOpener(tab?.windowId),
    initialQuery: params.get('q') ?? '',
    focusPositionId: params.get('position') ?? undefined,
  };
  // A page of its own (search, or «Vis mer» where no side panel opens): the view takes the tab's width.
  if (standalone || params.has('position')) document.body.classList.add('page-mode');
  render(<App services={services} />, document.getElementById('app')!);
}

void start();
