// The options page: settings survive a reload, own terms highlight on an open page at once, notes
// show in the popup, export and import round-trip, and bad import files change nothing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { axeViolations } from '../harness/axe.mjs';
import { sendToTab as askTab } from '../harness/highlights.mjs';
import { checkKeyboardReach } from '../harness/keyboard.mjs';
import { readUserTables } from '../harness/store.mjs';
import { expect, privacyCheck, test, waitFor } from '../harness/test.mjs';

const STORTINGET_PAGE = '/no/Saker-og-publikasjoner/Publikasjoner/Innstillinger/Stortinget/2024-2025/inns-202425-418s/';
const INNSIGELSE = 'ks-2021:vaere-tilbakeholdne-med-a-bruke-innsigelser';

async function openOptions(ext) {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 900, height: 1000 });
  await page.goto(ext.extensionUrl('options.html'));
  await page.waitForSelector('#sites-heading');
  return page;
}

/** The user tables of the store, read in the service worker with raw IndexedDB. */
const userTables = (ext) => readUserTables(ext.serviceWorker);

test('settings survive a reload of the page (and reach the store)', async ({ ext, artifactsDir }) => {
  const page = await openOptions(ext);
  try {
    await page.screenshot({ path: join(artifactsDir, 'options.png'), fullPage: false });
    await page.getByRole('radio', { name: /Farget understrek/ }).check();
    await page.locator('input[data-chapter="ks-2021#2"]').uncheck();
    await page.getByRole('radio', { name: /^Markdown/ }).check();
    await page.getByRole('checkbox', { name: 'Ta med mitt eget notat når jeg kopierer' }).check();
    await waitFor(
      async () => (await userTables(ext)).settings.find((r) => r.key === 'copyIncludesNote')?.value === true,
      { what: 'settings stored' },
    );
    await page.reload();
    await page.waitForSelector('#sites-heading');
    expect(await page.getByRole('radio', { name: /Farget understrek/ }).isChecked(), 'look kept').toBeTruthy();
    expect(!(await page.locator('input[data-chapter="ks-2021#2"]').isChecked()), 'chapter 2 stays off').toBeTruthy();
    expect(await page.locator('input[data-chapter="ks-2021#3"]').isChecked(), 'chapter 3 stays on').toBeTruthy();
    expect(await page.getByRole('radio', { name: /^Markdown/ }).isChecked(), 'copy format kept').toBeTruthy();
    const rows = Object.fromEntries((await userTables(ext)).settings.map((r) => [r.key, r.value]));
    expect(rows, 'settings rows').toEqual({
      copyFormat: 'markdown',
      copyIncludesNote: true,
      extraSites: [],
      hiddenChapters: ['ks-2021#2'],
      highlighting: true,
      look: 'underline',
      overview: 'default-sites',
    });
    expect(await axeViolations(page), 'axe-core on the options page (WCAG 2.1 AA)').toEqual([]);
    expect(await checkKeyboardReach(page), 'controls reached with Tab').toEqual([]);
  } finally {
    await page.close();
  }
});

test('an own term highlights on an open page without a reload, and shows in its report', async ({ ext, server }) => {
  const { page, tabId } = await ext.openTab(server.url('www.stortinget.no', STORTINGET_PAGE));
  const options = await openOptions(ext);
  const komiteen = () =>
    page.evaluate(() => {
      const out = [];
      for (const [name, h] of CSS.highlights) {
        if (!name.startsWith('standpunkt-') || name === 'standpunkt-focus') continue;
        for (const r of h) {
          const live = document.createRange();
          live.setStart(r.startContainer, r.startOffset);
          live.setEnd(r.endContainer, r.endOffset);
          if (/^komiteen/i.test(live.toString())) out.push(live.toString());
        }
      }
      return out;
    });
  try {
    await page.waitForFunction(() => document.documentElement.dataset.standpunkt === 'scanned', null, {
      timeout: 15_000,
    });
    expect(await komiteen(), '"Komiteen" is not highlighted before').toEqual([]);
    await options.getByLabel('Ord eller uttrykk').fill('komiteen');
    await options.getByLabel('Hører til forventningen').selectOption(INNSIGELSE);
    await options.getByRole('button', { name: 'Legg til ord' }).click();
    await options.getByRole('table').getByText('komiteen').waitFor();
    const painted = await waitFor(
      async () => {
        const found = await komiteen();
        return found.length > 0 && found;
      },
      { what: 'the own term painted on the open page', timeoutMs: 10_000 },
    );
    expect(painted.length >= 8, `"Komiteen" painted ${painted.length} times`).toBeTruthy();
    const report = await askTab(ext, tabId, 'getPageMatches');
    const entry = report.positions.find((p) => p.id === INNSIGELSE);
    expect(
      entry?.words.some((w) => /^komiteen/i.test(w)),
      `the report has the own term: ${JSON.stringify(entry)}`,
    ).toBeTruthy();
    expect((await userTables(ext)).ownTerms, 'stored own terms').toEqual([
      { term: 'komiteen', positionId: INNSIGELSE },
    ]);
    // Removing it takes the highlight away again.
    await options.getByRole('button', { name: 'Fjern ordet «komiteen»' }).click();
    await waitFor(async () => (await komiteen()).length === 0, { what: 'the own term gone from the page' });
  } finally {
    await options.close();
    await page.close();
  }
});

test('a note shows in the popup', async ({ ext }) => {
  const options = await openOptions(ext);
  try {
    await options.getByLabel('Forventning', { exact: true }).selectOption(INNSIGELSE);
    await options.getByLabel('Notat', { exact: true }).fill('Tas opp i høringssvaret.');
    await options.getByRole('button', { name: 'Lagre notat' }).click();
    await options.getByText('Notatet er lagret.').waitFor();
    const popup = await ext.openPopup();
    try {
      await popup.fill('#standpunkt-search', 'innsigelser');
      const item = popup.locator(`.results [data-position-id="${INNSIGELSE}"]`);
      await item.locator('.position-title').click();
      expect((await item.locator('.position-note').innerText()).replace(/\n+/g, ' / '), 'note in the popup').toEqual(
        'Ditt notat / Tas opp i høringssvaret.',
      );
    } finally {
      await popup.close();
    }
  } finally {
    await options.close();
  }
});

test('export, then import of a good file replaces the data; bad files change nothing', async ({
  ext,
  artifactsDir,
}) => {
  const options = await openOptions(ext);
  try {
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Eksporter til fil' }).click(),
    ]);
    expect(
      /^standpunkt-brukerdata-\d{4}-\d\d-\d\d\.json$/.test(download.suggestedFilename()),
      `file name ${download.suggestedFilename()}`,
    ).toBeTruthy();
    const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
    expect([exported.format, exported.version], 'format id and version').toEqual(['standpunkt-brukerdata', 1]);
    const before = await userTables(ext);
    expect(
      exported.notes.map((n) => n.text),
      'the export has the stored notes',
    ).toEqual(before.notes.map((n) => n.text));

    const choose = async (name, text) => {
      await options
        .locator('input[type="file"]')
        .setInputFiles({ name, mimeType: 'application/json', buffer: Buffer.from(text) });
    };
    const statusText = () => options.locator('.import-status').innerText();

    // Bad files: each says what is wrong, and the store is exactly as before.
    for (const [name, text, want] of [
      ['tull.json', '{"format": ', /^Ingenting er endret\. Filen er ikke en JSON-fil/],
      [
        'annet.json',
        JSON.stringify({ format: 'noe-annet', version: 1 }),
        /Filen er ikke en sikkerhetskopi fra Standpunkt \(formatet er «noe-annet»\)/,
      ],
      [
        'ny.json',
        JSON.stringify({ ...exported, version: 9 }),
        /laget av en nyere versjon av Standpunkt \(filversjon 9\)/,
      ],
      [
        'feil.json',
        JSON.stringify({
          ...exported,
          ownTerms: [
            { term: 'ok', positionId: INNSIGELSE },
            { term: '!', positionId: INNSIGELSE },
          ],
        }),
        /Ordet «!» kan ikke brukes.*\(Sted i filen: ownTerms\[1\]\.term\.\)/,
      ],
    ]) {
      await choose(name, text);
      const shown = await waitFor(async () => ((await statusText()).match(want) ? statusText() : null), {
        what: `the message for ${name}`,
      });
      expect(want.test(shown), `${name}: ${shown}`).toBeTruthy();
      expect(await userTables(ext), `store unchanged after ${name}`).toEqual(before);
    }
    await options.screenshot({ path: join(artifactsDir, 'options-import-error.png') });

    // A good file: checked first (nothing written), then imported on confirmation.
    const good = {
      ...exported,
      settings: { ...exported.settings, look: 'fill', copyFormat: 'html' },
      ownTerms: [{ term: 'lærertetthet', positionId: INNSIGELSE }],
      notes: [{ positionId: INNSIGELSE, text: 'Fra sikkerhetskopien' }],
    };
    await choose('backup.json', JSON.stringify(good));
    await options.getByText('Filen «backup.json» er i orden.').waitFor();
    expect(await userTables(ext), 'nothing written before confirmation').toEqual(before);
    await options.getByRole('button', { name: 'Importer og erstatt' }).click();
    await options.getByText(/^Importert\./).waitFor();
    const after = await userTables(ext);
    expect(after.ownTerms, 'own terms replaced').toEqual([{ term: 'lærertetthet', positionId: INNSIGELSE }]);
    expect(after.notes, 'notes replaced').toEqual([{ positionId: INNSIGELSE, text: 'Fra sikkerhetskopien' }]);
    expect(after.settings.find((r) => r.key === 'copyFormat')?.value, 'settings replaced').toEqual('html');
    expect(
      await options.getByRole('radio', { name: /Formatert \(HTML\)/ }).isChecked(),
      'the page shows the imported settings',
    ).toBeTruthy();
  } finally {
    await options.close();
  }
});

privacyCheck();
