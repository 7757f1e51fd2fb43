// The note for the report (issue 12, point 5): «Lag notat fra siden» in the popup puts the page's title,
// address and date, each reported expectation and the page's passages about it on the clipboard, read
// back here as the search-copy spec does. Needs the content script's getPagePassages (the passages work
// of issue 12): without it the popup says the page did not answer, and this spec fails.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { axeViolations } from '../harness/axe.mjs';
import { openClipboardReader, readRichClipboard } from '../harness/clipboard.mjs';
import { sendToTab } from '../harness/highlights.mjs';
import { expect, privacyCheck, test, waitFor } from '../harness/test.mjs';

const STORTINGET_PAGE = '/no/Saker-og-publikasjoner/Publikasjoner/Innstillinger/Stortinget/2024-2025/inns-202425-418s/';

test('«Lag notat fra siden» copies the note: title, address, each expectation, quoted passages', async ({
  ext,
  server,
  bundle,
  artifactsDir,
}) => {
  const url = server.url('www.stortinget.no', STORTINGET_PAGE);
  const reader = await openClipboardReader(ext, server);
  const { page, tabId } = await ext.openTab(url);
  await page.waitForFunction(() => document.documentElement.dataset.standpunkt === 'scanned', null, {
    timeout: 15_000,
  });
  const popup = await ext.openPopup({ tabId });
  try {
    const report = await sendToTab(ext, tabId, 'getPageMatches');
    expect(report.positions.length > 0, 'the fixture page reports expectations').toBeTruthy();
    await popup.bringToFront();
    await popup.locator('.report-note-create').click();
    const status = await waitFor(async () => (await popup.locator('.announcer-text').textContent()) || null, {
      what: 'note confirmation',
    });
    expect(status, 'the popup confirms the note').toContain('Notatet er kopiert');
    const clip = await readRichClipboard(reader, popup);
    const title = await page.title();
    expect(
      clip.plain.startsWith(`${title}\nAdresse: ${url}\nDato: `),
      `note head: ${clip.plain.slice(0, 200)}`,
    ).toBeTruthy();
    const byId = new Map(bundle.positions.map((p) => [p.id, p]));
    for (const [i, p] of report.positions.entries()) {
      expect(
        clip.plain.includes(`${i + 1}. ${byId.get(p.id).title.replace(/\s+/g, ' ').trim()}`),
        `expectation ${p.id} in the note`,
      ).toBeTruthy();
    }
    expect(/\n«[^»]{20,}/.test(clip.plain), 'at least one quoted passage').toBeTruthy();
    expect(clip.html?.includes('<blockquote>'), 'the rich version quotes in block quotes').toBeTruthy();
    // For people to read: the note as pasted into a plain editor, and the popup at its button.
    writeFileSync(join(artifactsDir, 'note-plain.txt'), clip.plain);
    await popup.locator('.report-note').scrollIntoViewIfNeeded();
    await popup.screenshot({ path: join(artifactsDir, 'note-popup.png') });
    expect(await axeViolations(popup), 'axe-core on the popup after the note (WCAG 2.1 AA)').toEqual([]);

    await popup.locator('.report-note-markdown').click();
    await waitFor(async () => (await readRichClipboard(reader, popup)).plain?.startsWith(`# ${title}`), {
      what: 'Markdown copy',
    });

    const [download] = await Promise.all([
      popup.waitForEvent('download'),
      popup.locator('.report-note-download').click(),
    ]);
    expect(download.suggestedFilename(), 'the file name').toMatch(/^notat-\d{4}-\d\d-\d\d\.md$/);
  } finally {
    await popup.close();
    await page.close();
    await reader.close();
  }
});

privacyCheck();
