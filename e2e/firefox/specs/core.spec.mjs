// The core journey in Firefox ESR, with the same assertions as the Chromium specs: the store seeded on
// install, highlights through CSS.highlights on a Stortinget and a regjeringen.no fixture with the page's
// DOM unchanged, the popup page listing the page's positions and searching, the sidebar page.
import { join } from 'node:path';
import { FIXTURES, INNST_418, PROP_NN } from '../../harness/expected-highlights.mjs';
import { readHighlights } from '../../harness/highlights.mjs';
import { snapshot } from '../../harness/page-snapshot.mjs';
import { readStore } from '../../harness/store.mjs';
import { ARTIFACTS_DIR, expect, privacyCheck, test, waitFor } from '../fixtures.mjs';
import { collapse, sendToTab, waitForScan } from '../firefox-page.mjs';

const INNSIGELSE = 'ks-2021:vaere-tilbakeholdne-med-a-bruke-innsigelser';
/** utils/search-request.ts: where the context menu leaves a search for the side panel / sidebar. */
const SEARCH_REQUEST_KEY = 'standpunkt.searchRequest';
const fixture = (path) => FIXTURES.find((f) => f.path === path);

test('the privacy guard sees requests to any other host, http and https', async ({ ff, server }) => {
  const page = await ff.openPage(server.url('www.stortinget.no', '/'));
  try {
    await page.evaluate(() => fetch('http://guard-check.example/plain').catch(() => null));
    await page.evaluate(() => fetch('https://guard-check.example/secure').catch(() => null));
    const seen = await waitFor(() => ff.guard.violations.length >= 2 && ff.guard.violations, {
      what: 'both requests at the sink',
    });
    expect([...seen].sort(), 'what the guard recorded').toEqual([
      'CONNECT guard-check.example:443',
      'GET http://guard-check.example/plain',
    ]);
  } finally {
    await page.close();
    ff.guard.reset();
  }
});

test('the background seeds the store on install: every bundled position', async ({ ff, bundle }) => {
  const page = await ff.extensionPage();
  const store = await waitFor(
    async () => {
      const s = await readStore(page);
      return s.exists && s.datasetVersion === bundle.datasetVersion && s;
    },
    { what: 'the seeded dataset version' },
  );
  expect([...store.positionIds].sort(), 'position ids').toEqual(bundle.positions.map((p) => p.id).sort());
  expect(store.chapterCount, 'chapters in the store').toEqual(bundle.chapters.length);
  expect(store.documentCount, 'documents in the store').toEqual(bundle.documents.length);
  expect([store.settings, store.ownTerms, store.notes], 'user tables untouched').toEqual([0, 0, 0]);
});

test('the popup page lists every bundled position under its chapter', async ({ ff, bundle }) => {
  const popup = await ff.openExtensionPage('popup.html');
  try {
    const n = bundle.positions.length;
    await popup.waitForFunction(
      (n) => document.querySelectorAll('[data-position-id]').length === n,
      { timeout: 10_000 },
      n,
    );
    const chapters = await popup.evaluate(() =>
      [...document.querySelectorAll('section.chapter .chapter-name')].map((h) => h.textContent),
    );
    expect(chapters, 'chapter headings').toEqual(
      [...bundle.chapters].sort((a, b) => a.index - b.index).map((c) => c.title),
    );
    await popup.screenshot({ path: join(ARTIFACTS_DIR, 'firefox-popup.png') });
  } finally {
    await popup.close();
  }
});

for (const path of [INNST_418, PROP_NN]) {
  const f = fixture(path);
  test(`${f.name}: exactly the expected words are highlighted through CSS.highlights`, async ({ ff, server }) => {
    const { page } = await ff.openTab(server.url(f.host, f.path));
    try {
      await waitForScan(page);
      await new Promise((r) => setTimeout(r, 500));
      const optional = new Set(f.optional ?? []);
      const got = (await readHighlights(page))
        .map((h) => `${h.chapter} ${collapse(h.text ?? '<invalid range>')}`)
        .filter((h) => !optional.has(h.slice(2)));
      expect(got, 'highlighted words (with their chapter), in document order').toEqual(f.highlights);
      if (f.host === 'www.stortinget.no')
        await page.screenshot({ path: join(ARTIFACTS_DIR, 'firefox-stortinget.png') });
    } finally {
      await page.close();
    }
  });
}

test("the page's DOM and text are the same as without the extension", async ({ ff, server }) => {
  for (const f of [fixture(INNST_418), fixture(PROP_NN)]) {
    const site = f.host === 'www.stortinget.no' ? 'stortinget' : 'regjeringen';
    const control = await ff.openPage(server.url('www.ikke-stortinget.no', `/${site}${f.path}`));
    const { page } = await ff.openTab(server.url(f.host, f.path));
    try {
      await waitForScan(page);
      expect((await readHighlights(page)).length > 0, `${f.name}: highlighted`).toBeTruthy();
      const [before, after] = [await snapshot(control), await snapshot(page)];
      for (const key of Object.keys(before)) expect(after[key], `${f.name}: ${key}`).toEqual(before[key]);
    } finally {
      await page.close();
      await control.close();
    }
  }
});

/** The page's positions as the popup or sidebar page shows them, once it shows `n`. */
async function shownPositions(view, n) {
  await view.waitForFunction(
    (n) => document.querySelectorAll('.page-positions [data-position-id]').length === n,
    { timeout: 10_000 },
    n,
  );
  return view.evaluate(() =>
    [...document.querySelectorAll('.page-positions [data-position-id]')].map((li) =>
      li.getAttribute('data-position-id'),
    ),
  );
}

test("the popup page lists the page's positions as the content script reports them, and searches", async ({
  ff,
  server,
}) => {
  const { page, tabId } = await ff.openTab(server.url('www.stortinget.no', INNST_418));
  await waitForScan(page);
  const popup = await ff.openExtensionPage(`popup.html?tabId=${tabId}`);
  try {
    const report = await sendToTab(ff, tabId, 'getPageMatches');
    expect([...report.positions.map((p) => p.id)].sort(), 'the reported positions').toEqual(
      [...fixture(INNST_418).positions].sort(),
    );
    expect(await shownPositions(popup, report.positions.length), 'ranked as the content script reports').toEqual(
      report.positions.map((p) => p.id),
    );
    // Firefox's MV2 build has browserAction, not action.
    const badge = async () =>
      (await ff.extensionPage()).evaluate((id) => browser.browserAction.getBadgeText({ tabId: id }), tabId);
    const want = String(report.positions.length);
    await waitFor(async () => (await badge()) === want, { what: `badge ${want}`, timeoutMs: 5000 }).catch(
      async (err) => {
        throw new Error(`${err.message}; badge is «${await badge()}»`);
      },
    );
    await popup.screenshot({ path: join(ARTIFACTS_DIR, 'firefox-popup-page.png') });

    await popup.type('#standpunkt-search', 'innsigelsar');
    const first = await waitFor(
      () =>
        popup.evaluate(() => document.querySelector('.results [data-position-id]')?.getAttribute('data-position-id')),
      {
        what: 'a search result',
      },
    );
    expect(first, 'first hit for the nynorsk "innsigelsar"').toEqual(INNSIGELSE);
  } finally {
    await popup.close();
    await page.close();
  }
});

test("the popup's ◨ button opens Firefox's sidebar", async ({ ff }) => {
  const isOpen = async () => (await ff.extensionPage()).evaluate(() => browser.sidebarAction.isOpen({}));
  expect(await isOpen(), 'closed before').toEqual(false);
  const popup = await ff.openExtensionPage('popup.html');
  try {
    await popup.waitForSelector('.popup button.tool');
    await popup.bringToFront();
    // The first tool button is ◨ (the side panel / sidebar); a click is the user gesture open() needs.
    await popup.click('.popup button.tool');
    await waitFor(isOpen, { what: 'the sidebar to open', timeoutMs: 5000 });
  } finally {
    if (!popup.isClosed()) await popup.close().catch(() => {});
    await (await ff.extensionPage()).evaluate(() => browser.sidebarAction.close()).catch(() => {});
  }
});

test('the sidebar page shows the same view of the page and takes searches through storage.session', async ({
  ff,
  server,
}) => {
  const { page, tabId } = await ff.openTab(server.url('www.regjeringen.no', PROP_NN));
  await waitForScan(page);
  const side = await ff.openExtensionPage(`sidepanel.html?tabId=${tabId}`);
  try {
    const report = await sendToTab(ff, tabId, 'getPageMatches');
    expect(await shownPositions(side, report.positions.length), 'the sidebar lists the page report').toEqual(
      report.positions.map((p) => p.id),
    );
    await side.screenshot({ path: join(ARTIFACTS_DIR, 'firefox-sidebar.png') });

    // As the context menu hands a search over (MV2 in Firefox has storage.session too).
    const ext = await ff.extensionPage();
    await ext.evaluate(
      (key) => browser.storage.session.set({ [key]: { query: 'innsigelser', at: Date.now() } }),
      SEARCH_REQUEST_KEY,
    );
    await side.waitForSelector(`.results [data-position-id="${INNSIGELSE}"]`, { timeout: 10_000 });
    expect(await side.$eval('#standpunkt-search', (i) => i.value), 'search box filled from storage.session').toEqual(
      'innsigelser',
    );
    await waitFor(
      async () =>
        !(SEARCH_REQUEST_KEY in (await ext.evaluate((key) => browser.storage.session.get(key), SEARCH_REQUEST_KEY))),
      {
        what: 'the search request consumed',
      },
    );
  } finally {
    await side.close();
    await page.close();
  }
});

test('the extension speaks the UI language: bokmål for a Norwegian Firefox, else English', async ({ ff }) => {
  const shown = await (
    await ff.extensionPage()
  ).evaluate(async () => {
    const messages = {};
    for (const lang of ['nb', 'en'])
      messages[lang] = await (await fetch(browser.runtime.getURL(`_locales/${lang}/messages.json`))).json();
    return {
      ui: browser.i18n.getUILanguage(),
      title: await browser.browserAction.getTitle({}),
      description: browser.runtime.getManifest().description,
      messages,
    };
  });
  // Firefox is Norwegian only with Debian's firefox-esr-l10n-nb-no language pack.
  const lang = /^(nb|no)\b/.test(shown.ui) ? 'nb' : shown.ui.startsWith('en') ? 'en' : null;
  expect(lang !== null, `unexpected UI language ${shown.ui}`).toBeTruthy();
  if (lang !== 'nb')
    console.log(`      (note: Firefox UI is ${shown.ui}; install firefox-esr-l10n-nb-no to test the bokmål UI)`);
  expect(shown.title, `toolbar title for UI ${shown.ui}`).toEqual(shown.messages[lang].actionTitle.message);
  expect(shown.description, `description for UI ${shown.ui}`).toEqual(shown.messages[lang].extDescription.message);
});

privacyCheck('core');
