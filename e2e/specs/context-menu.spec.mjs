// "Finn KS-standpunkt for «…»" on selected text, and the side panel. A native context menu cannot be
// clicked in headless Chromium, so the menu item is checked to exist in the service worker and the
// click's handler path (openSearch) is driven through the background; the side panel page is loaded
// as a tab and fed a search the way the background feeds it (storage.session).
import { join } from 'node:path';
import { axeViolations } from '../harness/axe.mjs';
import { expect, privacyCheck, test, waitFor } from '../harness/test.mjs';

const MENU_ID = 'standpunkt-search-selection';
const SEARCH_REQUEST_KEY = 'standpunkt.searchRequest';
const INNSIGELSE = 'ks-2021:vaere-tilbakeholdne-med-a-bruke-innsigelser';
const STORTINGET_PAGE = '/no/Saker-og-publikasjoner/Publikasjoner/Innstillinger/Stortinget/2024-2025/inns-202425-418s/';

test('the menu item on selected text exists', async ({ ext }) => {
  // update() fails with "Cannot find menu item" unless the item was created.
  const result = await ext.serviceWorker.evaluate(async (id) => {
    try {
      await chrome.contextMenus.update(id, {});
      const missing = await chrome.contextMenus.update('no-such-item', {}).then(
        () => 'found',
        (e) => String(e.message),
      );
      return { ok: true, missing };
    } catch (err) {
      return { ok: false, error: String(err) };
    }
  }, MENU_ID);
  expect(result.ok, `menu item ${MENU_ID}: ${result.error}`).toBeTruthy();
  expect(/Cannot find menu item/i.test(result.missing), `control: ${result.missing}`).toBeTruthy();
});

test('the click handler opens the search with the selection (side panel, or the popup page in a tab)', async ({
  ext,
  server,
}) => {
  const { page, tabId } = await ext.openTab(server.url('www.stortinget.no', STORTINGET_PAGE));
  const sender = await ext.context.newPage();
  try {
    await sender.goto(ext.extensionUrl('popup.html'));
    const opened = ext.context.waitForEvent('page', { timeout: 10_000 }).catch(() => null);
    const reply = await sender.evaluate(
      ({ tabId }) =>
        chrome.runtime.sendMessage({
          id: 1,
          type: 'openSearch',
          data: { query: '  innsigelser\n', tabId },
          timestamp: Date.now(),
        }),
      { tabId },
    );
    expect(reply && !reply.err, `openSearch answered ${JSON.stringify(reply)}`).toBeTruthy();
    console.log(`      opened in: ${reply.res.where}`);
    if (reply.res.where === 'tab') {
      // Nothing opened a side panel, so nothing consumed the request the background left for it.
      const stored = await ext.serviceWorker.evaluate((key) => chrome.storage.session.get(key), SEARCH_REQUEST_KEY);
      expect(stored[SEARCH_REQUEST_KEY]?.query ?? null, 'the query handed to the side panel').toEqual('innsigelser');
      // No user gesture here, so Chrome refuses sidePanel.open(): the fallback tab must carry the search.
      const tab = await opened;
      expect(tab, 'a tab opened').toBeTruthy();
      await tab.waitForLoadState();
      expect(tab.url().endsWith('/popup.html?q=innsigelser'), `tab url ${tab.url()}`).toBeTruthy();
      await tab.waitForSelector(`.results [data-position-id="${INNSIGELSE}"]`);
      expect(await tab.inputValue('#standpunkt-search'), 'search box filled').toEqual('innsigelser');
      expect(await tab.locator('.page').count(), 'no page section in the search tab').toEqual(0);
      await tab.close();
    } else {
      // The panel opened: it takes the request on load and removes it (used once).
      expect(reply.res.where, 'opened where').toEqual('sidepanel');
      await waitFor(
        async () => {
          const left = await ext.serviceWorker.evaluate((key) => chrome.storage.session.get(key), SEARCH_REQUEST_KEY);
          return !(SEARCH_REQUEST_KEY in left);
        },
        { what: 'the side panel took the search request' },
      );
      // Playwright does not list side panels among the context's pages; the runtime knows them.
      const panels = await ext.serviceWorker.evaluate(async () =>
        (await chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] })).map((c) => c.documentUrl),
      );
      expect(
        panels.some((url) => url?.includes('/sidepanel.html')),
        `side panel contexts: ${JSON.stringify(panels)}`,
      ).toBeTruthy();
    }
  } finally {
    await sender.close();
    await page.close();
  }
});

test('the side panel shows the page view and takes searches from the context menu', async ({
  ext,
  server,
  artifactsDir,
}) => {
  const panel = await ext.context.newPage();
  await panel.setViewportSize({ width: 420, height: 800 });
  const { page, tabId } = await ext.openTab(server.url('www.stortinget.no', STORTINGET_PAGE));
  try {
    await page.waitForFunction(() => document.documentElement.dataset.standpunkt === 'scanned', null, {
      timeout: 15_000,
    });
    // Loaded as a tab of its own, the panel would see itself as the active tab: pin it to the page.
    await panel.goto(ext.extensionUrl(`sidepanel.html?tabId=${tabId}`));
    await waitFor(() => panel.locator('.page-positions [data-position-id]').count(), {
      what: 'page positions in the side panel',
    });
    await ext.serviceWorker.evaluate(
      (key) => chrome.storage.session.set({ [key]: { query: 'innsigelser', at: Date.now() } }),
      SEARCH_REQUEST_KEY,
    );
    await panel.waitForSelector(`.results [data-position-id="${INNSIGELSE}"]`);
    expect(await panel.inputValue('#standpunkt-search'), 'search box filled from storage.session').toEqual(
      'innsigelser',
    );
    // Used once: the request is gone, so the panel will not reopen on an old query.
    await waitFor(
      async () => {
        const left = await ext.serviceWorker.evaluate((key) => chrome.storage.session.get(key), SEARCH_REQUEST_KEY);
        return !(SEARCH_REQUEST_KEY in left);
      },
      { what: 'the search request consumed' },
    );
    await panel.screenshot({ path: join(artifactsDir, 'sidepanel.png') });
    expect(await axeViolations(panel), 'axe-core on the side panel (WCAG 2.1 AA)').toEqual([]);
  } finally {
    await panel.close();
    await page.close();
  }
});

privacyCheck();
