// The rest of the core journey in Firefox ESR: the hover card opens and copies (plain, then rich), the
// options page adds a site (permission request and content script registration), an own term reaches an
// open tab, export and import round-trip, and a live page is rescanned.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { INNST_418, LIVE, LIVE_STEPS } from '../../harness/expected-highlights.mjs';
import { highlightedTexts, readHighlights } from '../../harness/highlights.mjs';
import { readUserTables } from '../../harness/store.mjs';
import { ARTIFACTS_DIR, expect, privacyCheck, test, waitFor } from '../fixtures.mjs';
import { cardBox, clipboardPage, collapse, focusInCard, sendToTab, waitForScan } from '../firefox-page.mjs';

const INNSIGELSE = 'ks-2021:vaere-tilbakeholdne-med-a-bruke-innsigelser';
const SOURCE = '(Kilde: KS, «Kommunesektorens forventninger til nytt Storting», 2021';
const EXTRA_SITE = 'www.ikke-stortinget.no';

async function openOptions(ff) {
  const page = await ff.openExtensionPage('options.html', { viewport: { width: 900, height: 1000 } });
  await page.waitForSelector('#sites-heading');
  return page;
}

/** The user tables, read from an extension page, with the settings as one object. */
async function userTables(ff) {
  const tables = await readUserTables(await ff.extensionPage());
  return { ...tables, settings: Object.fromEntries(tables.settings.map((r) => [r.key, r.value])) };
}

/** Scrolls a highlight to the middle of the viewport and returns its first box. */
async function centreOn(page, text) {
  const find = async () => (await readHighlights(page)).find((h) => collapse(h.text ?? '') === text);
  const found = await find();
  if (!found) throw new Error(`no highlight «${text}»`);
  await page.evaluate((dy) => window.scrollBy(0, dy - window.innerHeight / 2), found.rects[0].y);
  await new Promise((r) => setTimeout(r, 150));
  return (await find()).rects[0];
}

test('resting the pointer on a highlight opens the card beside the word; Escape closes it', async ({ ff, server }) => {
  const { page } = await ff.openTab(server.url('www.stortinget.no', INNST_418));
  try {
    await waitForScan(page);
    const word = await centreOn(page, 'lærernormen');
    expect(await cardBox(page), 'no card before pointing').toEqual(null);
    await page.mouse.move(word.x + word.width / 2, word.y + word.height / 2, { steps: 4 });
    const box = await waitFor(() => cardBox(page), { timeoutMs: 5000, what: 'the hover card to open' });
    const covers =
      box.x < word.x + word.width &&
      word.x < box.x + box.width &&
      box.y < word.y + word.height &&
      word.y < box.y + box.height;
    expect(covers, `the card ${JSON.stringify(box)} leaves the word ${JSON.stringify(word)} free`).toBeFalsy();
    const focus = await readHighlights(page, { focus: true });
    expect(
      focus.map((h) => h.text),
      'the pointed word has the focus style',
    ).toEqual(['lærernormen']);
    await page.screenshot({ path: join(ARTIFACTS_DIR, 'firefox-card.png') });
    await page.keyboard.press('Escape');
    await waitFor(async () => (await cardBox(page)) === null, { timeoutMs: 3000, what: 'the card to close' });
  } finally {
    await page.close();
  }
});

/** Opens the card on the first highlight from the keyboard and copies with Enter; returns the paste. */
async function copyFromCard(ff, server) {
  const clip = await clipboardPage(ff, server);
  const { page, tabId } = await ff.openTab(server.url('www.stortinget.no', INNST_418));
  try {
    await waitForScan(page);
    await clip.reset();
    expect((await clip.paste()).plain, 'the clipboard before copying').toEqual('tom');
    await page.bringToFront();
    await sendToTab(ff, tabId, 'runCommand', 'next-highlight');
    const [first] = await readHighlights(page, { focus: true });
    expect(first?.text, 'the first highlight has focus').toEqual('Kommuneproposisjonen');
    await page.keyboard.press('Enter');
    await waitFor(() => focusInCard(page), { timeoutMs: 3000, what: 'focus in the card (on its copy button)' });
    await page.keyboard.press('Enter');
    return await waitFor(
      async () => {
        const got = await clip.paste();
        return got.plain !== 'tom' && got;
      },
      { timeoutMs: 5000, what: 'the copied demand on the clipboard' },
    );
  } finally {
    await page.close();
    await clip.page.close();
  }
}

test('the card copies the demand from the keyboard: plain text with its source', async ({ ff, server, bundle }) => {
  const pasted = await copyFromCard(ff, server);
  const position = bundle.positions.find((p) => pasted.plain.startsWith(`KS mener: ${p.title}`));
  expect(position?.id, `the copied demand: ${pasted.plain.slice(0, 80)}`).toEqual(
    'ks-2021:sorge-for-en-kommuneokonomi-som-gir',
  );
  expect(pasted.plain.includes(SOURCE), 'with its source').toBeTruthy();
});

test('options: adding a site asks for its permission and runs the content script there', async ({ ff, server }) => {
  const url = server.url(EXTRA_SITE, `/stortinget${INNST_418}`);
  const before = await ff.openPage(url);
  await new Promise((r) => setTimeout(r, 800));
  expect(await before.evaluate(() => document.documentElement.dataset.standpunkt ?? null), 'not active before').toEqual(
    null,
  );
  await before.close();

  const options = await openOptions(ff);
  try {
    await options.type('#site-input', EXTRA_SITE);
    await options.click('form.inline-form button[type=submit]');
    await options.waitForSelector(`.site[data-site="${EXTRA_SITE}"] .site-state`, { timeout: 10_000 });
    expect(await options.$eval('#site-error', (e) => e.textContent), 'no error').toEqual('');
    const granted = await (
      await ff.extensionPage()
    ).evaluate((o) => browser.permissions.contains({ origins: [o] }), `*://${EXTRA_SITE}/*`);
    expect(granted, 'host permission granted').toBeTruthy();
    expect((await userTables(ff)).settings.extraSites, 'stored').toEqual([EXTRA_SITE]);

    const page = await ff.openPage(url);
    try {
      await waitForScan(page);
      expect((await highlightedTexts(page)).length > 0, 'highlights on the added site').toBeTruthy();
    } finally {
      await page.close();
    }
    await options.click(`.site[data-site="${EXTRA_SITE}"] button`);
    await waitFor(async () => (await userTables(ff)).settings.extraSites?.length === 0, { what: 'the site removed' });
  } finally {
    await options.close();
  }
});

test('an own term highlights on an open page without a reload, and goes away when removed', async ({ ff, server }) => {
  const { page, tabId } = await ff.openTab(server.url('www.stortinget.no', INNST_418));
  const options = await openOptions(ff);
  const komiteen = async () => (await highlightedTexts(page)).filter((t) => /^komiteen/i.test(t));
  try {
    await waitForScan(page);
    expect(await komiteen(), '"Komiteen" is not highlighted before').toEqual([]);
    await options.type('#term-input', 'komiteen');
    await options.select('#term-position', INNSIGELSE);
    await options.click('form.stack-form button[type=submit]');
    await options.waitForSelector('.term-table .term-word');
    const painted = await waitFor(
      async () => {
        const found = await komiteen();
        return found.length > 0 && found;
      },
      { what: 'the own term painted on the open page' },
    );
    expect(painted.length >= 8, `"Komiteen" painted ${painted.length} times`).toBeTruthy();
    const report = await sendToTab(ff, tabId, 'getPageMatches');
    const entry = report.positions.find((p) => p.id === INNSIGELSE);
    expect(
      entry?.words.some((w) => /^komiteen/i.test(w)),
      `the report has the own term: ${JSON.stringify(entry?.words)}`,
    ).toBeTruthy();
    expect((await userTables(ff)).ownTerms, 'stored own terms').toEqual([{ term: 'komiteen', positionId: INNSIGELSE }]);
    await options.click('.term-table button');
    await waitFor(async () => (await komiteen()).length === 0, { what: 'the own term gone from the page' });
  } finally {
    await options.close();
    await page.close();
  }
});

test('export, then import of the edited file replaces the data', async ({ ff }) => {
  const options = await openOptions(ff);
  try {
    await options.click('section[aria-labelledby="backup-heading"] .button-row button');
    // Read once Firefox has written all of it (the file appears first, empty).
    const exported = await waitFor(
      () => {
        const name = readdirSync(ff.downloadDir).find((f) => /^standpunkt-brukerdata-\d{4}-\d\d-\d\d\.json$/.test(f));
        return name && JSON.parse(readFileSync(join(ff.downloadDir, name), 'utf8'));
      },
      { what: 'the exported file in the download folder' },
    );
    expect([exported.format, exported.version], 'format id and version').toEqual(['standpunkt-brukerdata', 1]);

    const good = {
      ...exported,
      settings: { ...exported.settings, copyFormat: 'html' },
      ownTerms: [{ term: 'lærertetthet', positionId: INNSIGELSE }],
      notes: [{ positionId: INNSIGELSE, text: 'Fra sikkerhetskopien' }],
    };
    const file = join(ff.downloadDir, 'backup.json');
    writeFileSync(file, JSON.stringify(good));
    const input = await options.$('input[type=file]');
    await input.uploadFile(file);
    await options.waitForSelector('.import-confirm button', { timeout: 10_000 });
    expect((await userTables(ff)).ownTerms, 'nothing written before confirmation').toEqual([]);
    await options.click('.import-confirm button');
    await options.waitForSelector('.import-status .form-ok', { timeout: 10_000 });
    const after = await userTables(ff);
    expect(after.ownTerms, 'own terms replaced').toEqual([{ term: 'lærertetthet', positionId: INNSIGELSE }]);
    expect(after.notes, 'notes replaced').toEqual([{ positionId: INNSIGELSE, text: 'Fra sikkerhetskopien' }]);
    expect(after.settings.copyFormat, 'settings replaced').toEqual('html');
    await options.screenshot({ path: join(ARTIFACTS_DIR, 'firefox-options-imported.png') });
  } finally {
    await options.close();
  }
});

test('with the HTML copy format (imported above), the card copies rich text with a plain fallback', async ({
  ff,
  server,
}) => {
  const pasted = await copyFromCard(ff, server);
  expect(
    pasted.plain.startsWith('KS mener: ') && pasted.plain.includes(SOURCE),
    `plain fallback: ${pasted.plain.slice(0, 80)}`,
  ).toBeTruthy();
  expect(
    /<(p|blockquote|strong|a)\b/.test(pasted.html),
    `HTML on the clipboard: ${pasted.html.slice(0, 120)}`,
  ).toBeTruthy();
});

test('the popup page copies a demand through the Clipboard API: HTML with a plain fallback', async ({
  ff,
  server,
  bundle,
}) => {
  const clip = await clipboardPage(ff, server);
  const popup = await ff.openExtensionPage('popup.html');
  try {
    await clip.reset();
    await popup.type('#standpunkt-search', 'innsigelse');
    const button = `.results [data-position-id="${INNSIGELSE}"] .position-copy`;
    await popup.waitForSelector(button, { timeout: 10_000 });
    const label = await popup.$eval(button, (b) => b.textContent);
    await popup.bringToFront();
    await popup.click(button);
    await waitFor(async () => (await popup.$eval(button, (b) => b.textContent)) !== label, {
      what: 'the copy confirmation',
    });
    const pasted = await clip.paste();
    const title = bundle.positions.find((p) => p.id === INNSIGELSE).title;
    // The popup writes in the UI language (en-US without Firefox's nb language pack): title and source only.
    const source = '«Kommunesektorens forventninger til nytt Storting», 2021';
    expect(
      pasted.plain.includes(title) && pasted.plain.includes(source),
      `plain fallback: ${pasted.plain.slice(0, 80)}`,
    ).toBeTruthy();
    expect(
      pasted.html.includes(title) && /<(p|strong)\b/.test(pasted.html),
      `HTML on the clipboard: ${pasted.html.slice(0, 120)}`,
    ).toBeTruthy();
  } finally {
    await popup.close();
    await clip.page.close();
  }
});

test('a live page is rescanned: added text is highlighted, stale highlights go', async ({ ff, server }) => {
  const { page } = await ff.openTab(server.url('www.regjeringen.no', `${LIVE}?manual`));
  const texts = async () => (await highlightedTexts(page)).map(collapse);
  try {
    await waitForScan(page);
    for (let step = 0; step < LIVE_STEPS.length; step++) {
      if (step > 0) expect(await page.evaluate(() => window.__live.next()), `the page ran step ${step}`).toEqual(step);
      let last = null;
      await waitFor(async () => JSON.stringify((last = await texts())) === JSON.stringify(LIVE_STEPS[step]), {
        timeoutMs: 5000,
        what: `highlights after step ${step}: want ${JSON.stringify(LIVE_STEPS[step])}, got ${JSON.stringify(last)}`,
      });
    }
  } finally {
    await page.close();
  }
});

privacyCheck('journey');
