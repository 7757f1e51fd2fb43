// The hover card (issue 12): in the UI language, placed clear of the line being read in any window
// from 320 × 400 up with its buttons in view, «Vis mer» opening the side panel on the position, the
// reader's note written from the card, the source linked to KS. Against the built extension.
import { join } from 'node:path';
import { cardViolations } from '../harness/axe.mjs';
import { launchWithExtension } from '../harness/browser.mjs';
import { cardInspector, centreOn, waitForCard } from '../harness/card.mjs';
import { waitForScan } from '../harness/highlights.mjs';
import { guardNetwork } from '../harness/network.mjs';
import { expect, privacyCheck, test, waitFor } from '../harness/test.mjs';

const INNST_418 = '/no/Saker-og-publikasjoner/Publikasjoner/Innstillinger/Stortinget/2024-2025/inns-202425-418s/';
const WORD = 'lærernormen';
const POSITION = 'ks-2021:unnga-nye-og-utvidede-bindende-bemanningsnormer';
const REQUEST_KEY = 'standpunkt.searchRequest';

const intersects = (a, b) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;
const within = (inner, outer) =>
  inner.x >= outer.x - 0.5 &&
  inner.y >= outer.y - 0.5 &&
  inner.x + inner.width <= outer.x + outer.width + 0.5 &&
  inner.y + inner.height <= outer.y + outer.height + 0.5;

async function open(ext, server, viewport) {
  const { page, tabId } = await ext.openTab(server.url('www.stortinget.no', INNST_418));
  if (viewport) await page.setViewportSize(viewport);
  await waitForScan(page);
  // The reader has answered the cookie banner (the fixture's sticky bar would cover the lower third of a 320×400 window).
  await page.evaluate(() => document.querySelector('.cookie-banner')?.remove());
  return { page, tabId };
}

/** Points at the highlight and waits for the card; returns the word's box and the card's state. */
async function pointAt(page, card, { at = 0.5 } = {}) {
  const [word] = await centreOn(page, WORD, { at });
  await page.mouse.move(word.x + word.width / 2, word.y + word.height / 2, { steps: 4 });
  await waitForCard(card);
  await page.waitForTimeout(250); // placed again once its content is laid out
  return { word, shown: await card.state() };
}

/** The line being read: the word's height across the text block it is in. */
async function lineOf(page, word) {
  const block = await page.evaluate(
    ({ x, y }) => {
      let el = document.elementFromPoint(x, y);
      while (el && getComputedStyle(el).display === 'inline') el = el.parentElement;
      const r = el.getBoundingClientRect();
      return { x: r.x, width: r.width };
    },
    { x: word.x + word.width / 2, y: word.y + word.height / 2 },
  );
  return { x: Math.min(block.x, word.x), width: Math.max(block.width, word.width), y: word.y, height: word.height };
}

/** The card is inside the window, clear of the line, and every button of it is inside the card and the window. */
async function expectWellPlaced(page, shown, word, what) {
  const vp = page.viewportSize();
  const window = { x: 0, y: 0, width: vp.width, height: vp.height };
  const line = await lineOf(page, word);
  expect(
    within(shown.rect, window),
    `${what}: the card ${JSON.stringify(shown.rect)} is inside the ${vp.width}×${vp.height} window`,
  ).toBeTruthy();
  expect(
    !intersects(shown.rect, line),
    `${what}: the card (${shown.side}) ${JSON.stringify(shown.rect)} leaves the line ${JSON.stringify(line)} free`,
  ).toBeTruthy();
  expect(shown.buttons.length >= 4, `${what}: buttons ${shown.buttons.map((b) => b.text)}`).toBeTruthy();
  for (const b of shown.buttons) {
    expect(
      within(b.rect, shown.rect) && within(b.rect, window),
      `${what}: «${b.text}» ${JSON.stringify(b.rect)} is visible in the card ${JSON.stringify(shown.rect)}`,
    ).toBeTruthy();
  }
}

test('in a large window the card sits clear of the line, in the viewport, its source linked to KS', async ({
  ext,
  server,
  bundle,
  artifactsDir,
}) => {
  const { page } = await open(ext, server);
  const card = await cardInspector(page);
  try {
    const { word, shown } = await pointAt(page, card);
    console.log(
      `      1200×900: card ${shown.side} the line, ${Math.round(shown.rect.width)}×${Math.round(shown.rect.height)}`,
    );
    await expectWellPlaced(page, shown, word, '1200×900');
    expect(
      shown.positions.map((p) => p.title),
      'the demand',
    ).toEqual([bundle.positions.find((p) => p.id === POSITION).title]);
    expect(
      shown.buttons.map((b) => b.text),
      'buttons',
    ).toEqual(['×', 'Kopier forventningen', 'Vis mer', 'Skriv notat']);
    // The seed has KS' web site, not the document's own address (seeds/ks-2021.json).
    expect(shown.positions[0].sourceHref, 'source link').toEqual(bundle.documents[0].url);
    expect(
      shown.positions[0].source.startsWith('Kilde: KS, «Kommunesektorens forventninger til nytt Storting», 2021'),
      shown.positions[0].source,
    ).toBeTruthy();
    await page.screenshot({ path: join(artifactsDir, 'card-normal.png') });
    expect(await cardViolations(ext.context, await card.snapshot()), 'axe-core on the card (WCAG 2.1 AA)').toEqual([]);
  } finally {
    await card.close();
    await page.close();
  }
});

for (const viewport of [
  { width: 640, height: 450 },
  { width: 320, height: 400 },
]) {
  test(`in a ${viewport.width}×${viewport.height} window (200 % zoom) the card's buttons are in view and the line stays free`, async ({
    ext,
    server,
    artifactsDir,
  }) => {
    const { page } = await open(ext, server, viewport);
    const card = await cardInspector(page);
    try {
      for (const at of [0.5, 0.2, 0.85]) {
        const { word, shown } = await pointAt(page, card, { at });
        await expectWellPlaced(page, shown, word, `${viewport.width}×${viewport.height}, word at ${at * 100} %`);
        if (at === 0.5)
          await page.screenshot({ path: join(artifactsDir, `card-${viewport.width}x${viewport.height}.png`) });
        await page.mouse.move(2, 2);
        await waitForCard(card, false);
      }
    } finally {
      await card.close();
      await page.close();
    }
  });
}

test('the card speaks the UI language: nynorsk and English', async ({ server, artifactsDir }) => {
  const expected = {
    nn: { source: 'Kjelde: ', buttons: ['×', 'Kopier forventninga', 'Vis meir', 'Skriv notat'] },
    en: { source: 'Source: ', buttons: ['×', 'Copy the expectation', 'Show more', 'Write a note'] },
  };
  for (const [lang, want] of Object.entries(expected)) {
    const ext = await launchWithExtension({ port: server.port, lang });
    const guard = await guardNetwork(ext.context, server.port);
    try {
      const { page } = await open(ext, server);
      const card = await cardInspector(page);
      const { shown } = await pointAt(page, card);
      expect(shown.positions[0].source.startsWith(want.source), `${lang}: ${shown.positions[0].source}`).toBeTruthy();
      expect(
        shown.buttons.map((b) => b.text),
        `${lang}: buttons`,
      ).toEqual(want.buttons);
      if (lang === 'nn') await page.screenshot({ path: join(artifactsDir, 'card-nynorsk.png') });
      await card.close();
      expect(guard.violations, `${lang}: requests the privacy guard blocked`).toEqual([]);
    } finally {
      await ext.close();
    }
  }
});

test('«Vis mer» opens the side panel on the position (a full-width tab where no panel opens)', async ({
  ext,
  server,
}) => {
  const { page, tabId } = await open(ext, server);
  const card = await cardInspector(page);
  try {
    await ext.serviceWorker.evaluate((key) => chrome.storage.session.remove(key), REQUEST_KEY);
    const { shown } = await pointAt(page, card);
    const more = shown.buttons.find((b) => b.text === 'Vis mer');
    const newPage = ext.context.waitForEvent('page', { timeout: 6000 }).catch(() => null);
    await page.mouse.move(more.x, more.y, { steps: 6 });
    await page.mouse.click(more.x, more.y);
    const panelContexts = () =>
      ext.serviceWorker.evaluate(async () =>
        (await chrome.runtime.getContexts({ contextTypes: ['SIDE_PANEL'] })).map((c) => c.documentUrl),
      );
    const where = await waitFor(
      async () => ((await panelContexts()).some((u) => u?.includes('/sidepanel.html')) ? 'sidepanel' : null),
      { timeoutMs: 6000, what: 'the side panel' },
    ).catch(() => 'tab');
    console.log(`      «Vis mer» opened: ${where}`);
    if (where === 'sidepanel') {
      // The panel takes the request (that position) on load and removes it: used once.
      await waitFor(
        async () =>
          !(REQUEST_KEY in (await ext.serviceWorker.evaluate((key) => chrome.storage.session.get(key), REQUEST_KEY))),
        { what: 'the side panel took the request' },
      );
      // Closed again, so the next test's panel page is the only one taking requests.
      await ext.serviceWorker.evaluate(
        async (id) => chrome.sidePanel.close({ windowId: (await chrome.tabs.get(id)).windowId }),
        tabId,
      );
      await waitFor(async () => (await panelContexts()).length === 0, { what: 'the side panel closed' });
    } else {
      const tab = await newPage;
      expect(tab, 'a tab opened').toBeTruthy();
      await tab.waitForLoadState();
      const url = new URL(tab.url());
      expect([url.pathname, url.searchParams.get('position'), url.searchParams.get('tabId')]).toEqual([
        '/popup.html',
        POSITION,
        String(tabId),
      ]);
      await tab.waitForSelector(`.focus [data-position-id="${POSITION}"]`);
      const width = await tab.evaluate(() => document.body.getBoundingClientRect().width);
      expect(width > 400, `the page uses the tab's width (${width} px)`).toBeTruthy();
      await tab.close();
    }
  } finally {
    await card.close();
    await page.close();
  }
});

test('the side panel shows the position it is asked for: on load, and while open; the tab fallback is full width', async ({
  ext,
  server,
  bundle,
}) => {
  const { page, tabId } = await open(ext, server);
  const panel = await ext.context.newPage();
  await panel.setViewportSize({ width: 420, height: 800 });
  const other = 'ks-2021:vaere-tilbakeholdne-med-a-bruke-innsigelser';
  const expectShown = async (id) => {
    const entry = panel.locator(`.focus [data-position-id="${id}"]`);
    await entry.waitFor();
    expect(
      await entry.locator('button[aria-expanded]').first().getAttribute('aria-expanded'),
      `${id} expanded`,
    ).toEqual('true');
    expect(await entry.innerText(), 'its title').toContain(bundle.positions.find((p) => p.id === id).title);
    expect(await entry.evaluate((el) => el.contains(document.activeElement)), `${id} focused`).toBeTruthy();
  };
  try {
    // As the background leaves it for a panel that is opening.
    await ext.serviceWorker.evaluate(
      ({ key, position }) => chrome.storage.session.set({ [key]: { position, at: Date.now() } }),
      { key: REQUEST_KEY, position: POSITION },
    );
    await panel.goto(ext.extensionUrl(`sidepanel.html?tabId=${tabId}`));
    await expectShown(POSITION);
    // A panel already open follows the next «Vis mer».
    await ext.serviceWorker.evaluate(
      ({ key, position }) => chrome.storage.session.set({ [key]: { position, at: Date.now() } }),
      { key: REQUEST_KEY, position: other },
    );
    await expectShown(other);
    await waitFor(
      async () =>
        !(REQUEST_KEY in (await ext.serviceWorker.evaluate((key) => chrome.storage.session.get(key), REQUEST_KEY))),
      { what: 'the request used once' },
    );

    // Where no panel opens, the background's fallback: the popup page in a tab, using the tab's width.
    const tab = await ext.context.newPage();
    try {
      await tab.setViewportSize({ width: 1100, height: 800 });
      await tab.goto(ext.extensionUrl(`popup.html?position=${encodeURIComponent(POSITION)}&tabId=${tabId}`));
      await tab.locator(`.focus [data-position-id="${POSITION}"]`).waitFor();
      const width = await tab.evaluate(() => document.querySelector('main').getBoundingClientRect().width);
      expect(width > 600, `the page is not a 400 px column (${width} px)`).toBeTruthy();
    } finally {
      await tab.close();
    }
  } finally {
    await panel.close();
    await page.close();
  }
});

test('a note written in the card shows in the card at once and on the options page', async ({ ext, server }) => {
  const { page } = await open(ext, server);
  const card = await cardInspector(page);
  const text = 'Ta opp i høringssvaret til komiteen.';
  try {
    const { shown } = await pointAt(page, card);
    const write = shown.buttons.find((b) => b.text === 'Skriv notat');
    await page.mouse.move(write.x, write.y, { steps: 6 });
    await page.mouse.click(write.x, write.y);
    const editing = await waitFor(
      async () => {
        const s = await card.state();
        return s.buttons.some((b) => b.text === 'Lagre notat') && s;
      },
      { what: 'the note field' },
    );
    expect(editing.focus, 'focus in the note field').toEqual('textarea');
    await page.keyboard.type(text);
    expect(
      await cardViolations(ext.context, await card.snapshot()),
      'axe-core on the card with the note field',
    ).toEqual([]);
    await page.bringToFront();
    const save = editing.buttons.find((b) => b.text === 'Lagre notat');
    await page.mouse.click(save.x, save.y);
    const saved = await waitFor(
      async () => {
        const s = await card.state();
        return s.positions[0].status && s;
      },
      { what: 'the note saved' },
    );
    expect(saved.positions[0].status, 'confirmation').toEqual('Notatet er lagret.');
    expect(saved.positions[0].note, 'the note in the card').toEqual(`Ditt notat: ${text}`);
    expect(
      saved.buttons.map((b) => b.text),
      'buttons back, the note now edited',
    ).toEqual(['×', 'Kopier forventningen', 'Vis mer', 'Endre notat']);

    // Closed and opened again: still there.
    await page.keyboard.press('Escape');
    await waitForCard(card, false);
    await page.mouse.move(2, 2);
    const again = await pointAt(page, card);
    expect(again.shown.positions[0].note, 'the note after reopening').toEqual(`Ditt notat: ${text}`);

    const options = await ext.context.newPage();
    try {
      await options.goto(ext.extensionUrl('options.html'));
      const item = options.locator(`.note-list [data-note-for="${POSITION}"] .note-text`);
      await item.waitFor();
      expect(await item.innerText(), 'the note on the options page').toEqual(text);
    } finally {
      await options.close();
    }
  } finally {
    await card.close();
    await page.close();
  }
});

test('dark mode: the card keeps its dark palette and stays axe-clean', async ({ ext, server, artifactsDir }) => {
  const { page } = await open(ext, server);
  const card = await cardInspector(page);
  try {
    await page.emulateMedia({ colorScheme: 'dark' });
    await pointAt(page, card);
    await page.screenshot({ path: join(artifactsDir, 'card-dark.png') });
    expect(
      await cardViolations(ext.context, await card.snapshot(), { colorScheme: 'dark' }),
      'axe-core on the dark card',
    ).toEqual([]);
  } finally {
    await card.close();
    await page.close();
  }
});

privacyCheck();
