// Passages on this page (issue 12 point 4): the popup lists each position's passages with heading and
// snippet; a click scrolls the page to the passage and focuses it; a toggle lists them all in page
// order; a chapter filter; positions on the page are marked in «all».
import { join } from 'node:path';
import { axeViolations } from '../harness/axe.mjs';
import { readHighlights, sendToTab, waitForScan } from '../harness/highlights.mjs';
import { expect, test, waitFor } from '../harness/test.mjs';

const PAGE = '/no/Saker-og-publikasjoner/Publikasjoner/Innstillinger/Stortinget/2024-2025/inns-202425-418s/';

const collapse = (s) =>
  s
    .replace(/\u00ad/g, '')
    .replace(/\s+/g, ' ')
    .trim();

async function popupOn(ext, server) {
  const opened = await ext.openTab(server.url('www.stortinget.no', PAGE));
  await waitForScan(opened.page);
  const popup = await ext.openPopup({ tabId: opened.tabId });
  await popup.waitForSelector('.page-positions .passages-toggle', { timeout: 10_000 });
  return { ...opened, popup };
}

test('the popup lists a position’s passages with heading and snippet; a click scrolls to the hit and focuses it', async ({
  ext,
  server,
  artifactsDir,
}) => {
  const { page, tabId, popup } = await popupOn(ext, server);
  try {
    const answer = await sendToTab(ext, tabId, 'getPagePassages');
    expect(answer.passages.length > 3, `passages on the fixture: ${answer.passages.length}`).toBeTruthy();
    expect(answer.truncated).toEqual(false);
    // Every snippet holds its hit, and the hit is a highlighted word of the page.
    const painted = new Set((await readHighlights(page)).map((h) => collapse(h.text ?? '').toLowerCase()));
    for (const p of answer.passages) {
      const hit = p.snippet.slice(p.mark.start, p.mark.end);
      expect(painted.has(hit.toLowerCase()), `«${hit}» of passage ${p.index} is painted`).toBeTruthy();
      expect(p.snippet.length <= 230, `snippet ${p.index} is one or two lines (${p.snippet.length})`).toBeTruthy();
    }

    // Collapsed by default (the note helper's popup-600 test measures the four positions in 600 px).
    expect(await popup.locator('.page-positions .passage').count(), 'passages collapsed by default').toEqual(0);
    await popup.screenshot({ path: join(artifactsDir, 'popup-passages-collapsed.png') });

    // The last passage of the first position with passages further down the page.
    const target = answer.passages.filter((p) => !p.mention).at(-1);
    const entry = popup.locator(`.page-positions li[data-position-id="${target.positionId}"]`);
    await entry.locator('.passages-toggle').click();
    const item = entry.locator(`.passage[data-passage-index="${target.index}"]`);
    await item.waitFor();
    expect(collapse(await item.locator('.passage-snippet').textContent()), 'the snippet').toEqual(target.snippet);
    if (target.heading)
      expect(await item.locator('.passage-heading').textContent(), 'the heading').toEqual(target.heading);
    expect(await item.locator('.passage-snippet mark').textContent(), 'the hit marked').toEqual(
      target.snippet.slice(target.mark.start, target.mark.end),
    );
    await entry.scrollIntoViewIfNeeded();
    await popup.screenshot({ path: join(artifactsDir, 'popup-passages.png') });
    expect(await axeViolations(popup), 'axe-core on the popup with passages open').toEqual([]);

    await page.evaluate(() => window.scrollTo(0, 0));
    await item.click();
    const focus = await waitFor(
      async () => {
        const f = await readHighlights(page, { focus: true });
        return f.length ? f : null;
      },
      { what: 'a focused highlight after the click' },
    );
    expect(collapse(focus[0].text).toLowerCase(), 'the focused highlight is the passage’s hit').toEqual(
      target.snippet.slice(target.mark.start, target.mark.end).toLowerCase(),
    );
    const inViewport = await page.evaluate((y) => y >= 0 && y <= window.innerHeight, focus[0].rects[0].y);
    expect(inViewport, 'the hit is scrolled into view').toBeTruthy();
  } finally {
    await popup.close();
    await page.close();
  }
});

test('page order lists every passage with its position; the chapter filter narrows both lists; «all» marks positions on the page', async ({
  ext,
  server,
  bundle,
}) => {
  const { page, tabId, popup } = await popupOn(ext, server);
  try {
    const answer = await sendToTab(ext, tabId, 'getPagePassages');
    const report = await sendToTab(ext, tabId, 'getPageMatches');
    const byId = new Map(bundle.positions.map((p) => [p.id, p]));

    await popup.getByRole('button', { name: 'I siderekkefølge' }).click();
    const titles = () =>
      popup.evaluate(() => [...document.querySelectorAll('.page .passage-position')].map((e) => e.textContent));
    expect(await titles(), 'every passage, in page order, named by its position').toEqual(
      answer.passages.map((p) => byId.get(p.positionId).title),
    );

    const chapters = [...new Set(report.positions.map((p) => byId.get(p.id).chapterIndex))].sort((a, b) => a - b);
    if (chapters.length > 1) {
      const chapter = chapters.at(-1);
      await popup.locator('.page .chapter-filter select').selectOption(String(chapter));
      const inChapter = answer.passages.filter((p) => byId.get(p.positionId).chapterIndex === chapter);
      expect(await titles(), `page order, chapter ${chapter} only`).toEqual(
        inChapter.map((p) => byId.get(p.positionId).title),
      );
      await popup.getByRole('button', { name: 'I siderekkefølge' }).click();
      const ids = await popup.evaluate(() =>
        [...document.querySelectorAll('.page-positions > li')].map((li) => li.dataset.positionId),
      );
      expect(ids, `positions of chapter ${chapter} only`).toEqual(
        report.positions.filter((p) => byId.get(p.id).chapterIndex === chapter).map((p) => p.id),
      );
    }

    const marked = await popup.evaluate(() =>
      [...document.querySelectorAll('.browse li')]
        .filter((li) => li.querySelector('.position-on-this-page'))
        .map((li) => li.dataset.positionId),
    );
    expect(marked.sort(), '«all» marks exactly the positions the page is about').toEqual(
      report.positions.map((p) => p.id).sort(),
    );
    // Page entries name their chapter (in «all» the chapter heading above does).
    const named = await popup.evaluate(() =>
      [...document.querySelectorAll('.page-positions > li')].map((li) => [
        li.dataset.positionId,
        li.querySelector('.position-chapter-name')?.checkVisibility()
          ? li.querySelector('.position-chapter-name').textContent
          : null,
      ]),
    );
    for (const [id, text] of named) {
      const p = byId.get(id);
      expect(text, `chapter of ${id}`).toEqual(`Kapittel ${p.chapterIndex}: ${p.chapter}`);
    }
    const badges = await popup.evaluate(
      () => [...document.querySelectorAll('.browse .position-on-this-page')].filter((b) => b.checkVisibility()).length,
    );
    expect(badges, '«På siden» is visible in «all»').toEqual(report.positions.length);
  } finally {
    await popup.close();
    await page.close();
  }
});
