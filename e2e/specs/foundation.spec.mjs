// Foundation: the service worker seeds the store, the popup lists every bundled position by chapter,
// the content script runs on the two sites and nowhere else.
import { join } from 'node:path';
import { expect, privacyCheck, test, waitFor } from '../harness/test.mjs';
import { readStore } from '../harness/store.mjs';

const STORTINGET_PAGE = '/no/Saker-og-publikasjoner/Publikasjoner/Innstillinger/Stortinget/2024-2025/inns-202425-418s/';
const REGJERINGEN_PAGE = '/nn/dokument/dep/kdd/prop-102-ls-20242025/kapittel-5/';

/** The bundle's positions in the order the popup must show them. */
function expectedOrder(bundle) {
  return [...bundle.positions].sort(
    (a, b) => a.documentId.localeCompare(b.documentId) || a.chapterIndex - b.chapterIndex || a.order - b.order,
  );
}

async function contentMarker(page) {
  return page.evaluate(() => document.documentElement.dataset.standpunkt ?? null);
}

test('the service worker seeds the store on install, before any page asks', async ({ ext, bundle }) => {
  // Read from the service worker's own context with raw IndexedDB: no message was sent yet.
  const store = await waitFor(
    async () => {
      const s = await readStore(ext.serviceWorker);
      return s.exists && s.datasetVersion === bundle.datasetVersion && s;
    },
    { what: 'the seeded dataset version' },
  );
  expect(store.positionIds.length, 'positions in the store').toEqual(bundle.positions.length);
  expect([...store.positionIds].sort(), 'position ids').toEqual(bundle.positions.map((p) => p.id).sort());
  expect(store.chapterCount, 'chapters in the store').toEqual(bundle.chapters.length);
  expect(store.documentCount, 'documents in the store').toEqual(bundle.documents.length);
  expect(store.stores, 'tables').toEqual([
    'chapters',
    'documents',
    'meta',
    'notes',
    'ownTerms',
    'positions',
    'recovered',
    'settings',
  ]);
  expect([store.settings, store.ownTerms, store.notes], 'user tables untouched').toEqual([0, 0, 0]);
});

test('an extension page sees the same seeded store', async ({ ext, bundle }) => {
  const page = await ext.context.newPage();
  try {
    await page.goto(ext.extensionUrl('popup.html'));
    const store = await readStore(page);
    expect(store.datasetVersion, 'dataset version seen from the popup page').toEqual(bundle.datasetVersion);
    expect(store.positionIds.length, 'positions seen from the popup page').toEqual(bundle.positions.length);
  } finally {
    await page.close();
  }
});

test('the popup lists every bundled position under its chapter, in order', async ({ ext, bundle, artifactsDir }) => {
  const popup = await ext.openPopup();
  try {
    const expected = expectedOrder(bundle);
    await popup.waitForFunction((n) => document.querySelectorAll('[data-position-id]').length === n, expected.length, {
      timeout: 10_000,
    });
    const shown = await popup.evaluate(() =>
      [...document.querySelectorAll('section.chapter')].map((section) => ({
        chapterIndex: Number(section.getAttribute('data-chapter-index')),
        heading: section.querySelector('.chapter-name')?.textContent,
        items: [...section.querySelectorAll('[data-position-id]')].map((li) => ({
          id: li.getAttribute('data-position-id'),
          title: li.querySelector('.position-title')?.textContent?.slice(1),
        })),
      })),
    );
    const chapters = [...bundle.chapters].sort((a, b) => a.index - b.index);
    expect(
      shown.map((s) => [s.chapterIndex, s.heading]),
      'chapter headings',
    ).toEqual(chapters.map((c) => [c.index, c.title]));
    for (const section of shown) {
      const want = expected.filter((p) => p.chapterIndex === section.chapterIndex);
      expect(section.items, `positions of chapter ${section.chapterIndex}`).toEqual(
        want.map((p) => ({ id: p.id, title: p.title })),
      );
    }
    expect(shown.flatMap((s) => s.items).length, 'positions in the popup').toEqual(bundle.positions.length);

    const header = await popup.locator('.popup-source').first().textContent();
    expect(
      header?.includes(`${bundle.positions.length}\u00a0forventninger`),
      `header names the number of demands: ${header}`,
    ).toBeTruthy();

    // Expanding a demand shows its justification.
    const first = expected.find((p) => p.body.trim() !== '') ?? expected[0];
    const item = popup.locator(`[data-position-id="${first.id}"]`);
    await item.locator('button.position-title').click();
    const body = (await item.locator('.position-body').innerText()).replace(/\s+/g, ' ').trim();
    const wantStart = (first.body.split(/\n{2,}/)[0] || 'Dokumentet har ingen begrunnelse')
      .replace(/\s+/g, ' ')
      .slice(0, 60);
    expect(
      body.startsWith(wantStart),
      `expanded body starts with "${wantStart}", got "${body.slice(0, 80)}"`,
    ).toBeTruthy();
    await popup.screenshot({ path: join(artifactsDir, 'popup.png') });
  } finally {
    await popup.close();
  }
});

test('the content script runs on www.stortinget.no and www.regjeringen.no', async ({ ext, server, artifactsDir }) => {
  for (const [host, path] of [
    ['www.stortinget.no', STORTINGET_PAGE],
    ['www.regjeringen.no', REGJERINGEN_PAGE],
  ]) {
    const page = await ext.context.newPage();
    try {
      await page.goto(server.url(host, path));
      await page.waitForFunction(
        () => ['ready', 'scanned'].includes(document.documentElement.dataset.standpunkt),
        null,
        { timeout: 10_000 },
      );
      // A content script's IndexedDB would be the page's: the page origin must have no database of ours.
      const pageDatabases = await page.evaluate(async () => (await indexedDB.databases()).map((d) => d.name));
      expect(pageDatabases, `IndexedDB databases of ${host}`).toEqual([]);
      if (host === 'www.stortinget.no') await page.screenshot({ path: join(artifactsDir, 'stortinget.png') });
    } finally {
      await page.close();
    }
  }
});

test('the content script answers ping through the message contract', async ({ ext, server }) => {
  const url = server.url('www.stortinget.no', STORTINGET_PAGE);
  const { page, tabId } = await ext.openTab(url);
  try {
    await page.waitForFunction(() => ['ready', 'scanned'].includes(document.documentElement.dataset.standpunkt));
    // The wire format of @webext-core/messaging: { id, type, data, timestamp } → { res } | { err }.
    const reply = await ext.serviceWorker.evaluate(
      (id) => chrome.tabs.sendMessage(id, { id: 1, type: 'ping', data: undefined, timestamp: Date.now() }),
      tabId,
    );
    expect(reply, 'ping reply').toEqual({ res: { ready: true, url } });
  } finally {
    await page.close();
  }
});

test('the content script does not run on other hosts', async ({ ext, server }) => {
  // Positive control in the same browser first, so a slow content script cannot pass this test.
  const control = [
    server.url('127.0.0.1', `/stortinget${STORTINGET_PAGE}`),
    server.url('www.ikke-stortinget.no', `/stortinget${STORTINGET_PAGE}`),
    server.url('stortinget.no.example.test', `/regjeringen${REGJERINGEN_PAGE}`),
  ];
  const reference = await ext.context.newPage();
  await reference.goto(server.url('www.stortinget.no', STORTINGET_PAGE));
  await reference.waitForFunction(() => ['ready', 'scanned'].includes(document.documentElement.dataset.standpunkt));
  await reference.close();
  for (const url of control) {
    const page = await ext.context.newPage();
    try {
      const response = await page.goto(url);
      expect(response?.status(), `status of ${url}`).toEqual(200);
      expect((await page.title()).includes('testside'), `fixture served at ${url}`).toBeTruthy();
      await page.waitForTimeout(800);
      expect(await contentMarker(page), `content marker on ${url}`).toEqual(null);
    } finally {
      await page.close();
    }
  }
});

test('the manifest is named, localised (bokmål default), and asks only for the permissions it explains', async ({
  ext,
}) => {
  const manifest = await ext.serviceWorker.evaluate(async () => {
    const messages = {};
    for (const lang of ['nb', 'nn', 'en']) {
      messages[lang] = await (await fetch(chrome.runtime.getURL(`_locales/${lang}/messages.json`))).json();
    }
    return {
      ...chrome.runtime.getManifest(),
      message: chrome.i18n.getMessage('extDescription'),
      actionTitle: chrome.i18n.getMessage('actionTitle'),
      ui: chrome.i18n.getUILanguage(),
      messages,
    };
  });
  expect(manifest.name, 'name').toEqual('Standpunkt');
  expect(manifest.default_locale, 'default locale').toEqual('nb');
  // Each is explained in wxt.config.ts; host access only on request, for sites the user adds.
  expect(manifest.permissions, 'permissions').toEqual([
    'storage',
    'contextMenus',
    'scripting',
    'activeTab',
    'sidePanel',
  ]);
  // The content script's own two sites, so the hover card's code can be injected there on first use.
  expect(manifest.host_permissions ?? [], 'host permissions').toEqual([
    '*://*.stortinget.no/*',
    '*://*.regjeringen.no/*',
  ]);
  expect(manifest.optional_host_permissions, 'optional host permissions').toEqual(['*://*/*']);
  expect(Object.keys(manifest.icons).sort(), 'icon sizes').toEqual(['128', '16', '32', '48']);
  expect(
    /^Viser KS' forventninger/.test(manifest.messages.nb.extDescription.message),
    'bokmål description',
  ).toBeTruthy();
  // Chromium shows the bokmål text when its UI is Norwegian; that needs Debian's chromium-l10n
  // (installed by .ci/run). Without it the UI is en-US and the English text must show instead.
  const lang =
    manifest.ui.startsWith('nb') || manifest.ui.startsWith('no') ? 'nb' : manifest.ui.startsWith('en') ? 'en' : null;
  expect(lang !== null, `unexpected UI language ${manifest.ui}`).toBeTruthy();
  if (lang !== 'nb')
    console.log(`      (note: Chromium UI is ${manifest.ui}; install chromium-l10n to test the bokmål UI)`);
  expect(manifest.actionTitle, `action title shown for UI ${manifest.ui}`).toEqual(
    manifest.messages[lang].actionTitle.message,
  );
  expect(manifest.message, `description shown for UI ${manifest.ui}`).toEqual(
    manifest.messages[lang].extDescription.message,
  );
  // getManifest() returns the manifest with __MSG_…__ already replaced.
  expect(manifest.description, 'manifest description').toEqual(manifest.messages[lang].extDescription.message);
  expect(manifest.action.default_title, 'toolbar title').toEqual(manifest.messages[lang].actionTitle.message);
});

privacyCheck();
