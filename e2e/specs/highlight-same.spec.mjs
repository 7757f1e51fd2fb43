// Tell demands apart (issue 12, point 2): pointing at a highlight, or focusing it with next/previous, gives
// the other occurrences of the same demand a second highlight style («standpunkt-same»: lines above and
// below, not a colour); leaving clears it.
import { join } from 'node:path';
import { cardInspector } from '../harness/card.mjs';
import { readHighlights, runCommand, sendToTab, waitForScan } from '../harness/highlights.mjs';
import { expect, privacyCheck, test, waitFor } from '../harness/test.mjs';

const INNST_418 = '/no/Saker-og-publikasjoner/Publikasjoner/Innstillinger/Stortinget/2024-2025/inns-202425-418s/';
const NORMS = 'ks-2021:unnga-nye-og-utvidede-bindende-bemanningsnormer';
const collapse = (s) => (s ?? '').replace(/\s+/g, ' ').trim();

/** The «same demand» highlights in view, as collapsed texts. */
const sameTexts = async (page) => (await readHighlights(page, { same: true })).map((h) => collapse(h.text));

test('pointing at a highlight marks the other occurrences of its demand; leaving clears them', async ({
  ext,
  server,
  artifactsDir,
}) => {
  const { page, tabId } = await ext.openTab(server.url('www.stortinget.no', INNST_418));
  const card = await cardInspector(page);
  await waitForScan(page);
  const report = await sendToTab(ext, tabId, 'getPageMatches');
  const words = new Set(report.positions.find((p) => p.id === NORMS).words.map((w) => collapse(w).toLowerCase()));
  expect(await sameTexts(page), 'nothing marked before pointing').toEqual([]);

  const [target] = (await readHighlights(page)).filter((h) => collapse(h.text) === 'lærernormen');
  await page.evaluate((dy) => window.scrollBy(0, dy - window.innerHeight / 2), target.rects[0].y);
  await page.waitForTimeout(150);
  const [word] = (await readHighlights(page)).filter((h) => collapse(h.text) === 'lærernormen').map((h) => h.rects[0]);
  await page.mouse.move(word.x + word.width / 2, word.y + word.height / 2, { steps: 4 });
  await waitFor(async () => (await card.state())?.open, { timeoutMs: 3000, what: 'the card to open' });

  let same = [];
  await waitFor(async () => (same = await sameTexts(page)).length > 0, { timeoutMs: 3000, what: 'same-demand marks' });
  // Every marked word is one of that demand's words on this page; the pointed word itself is the focus.
  expect(
    same.filter((t) => !words.has(t.toLowerCase())),
    `marked words outside the demand (${[...words]})`,
  ).toEqual([]);
  expect(same.length, 'the other occurrences in view').toBeGreaterThanOrEqual(2);
  expect((await readHighlights(page, { focus: true })).map((h) => collapse(h.text))).toEqual(['lærernormen']);
  await page.screenshot({ path: join(artifactsDir, 'same-demand.png') });

  // Away from every highlight: the card closes and the marks go.
  await page.mouse.move(2, 2, { steps: 4 });
  await waitFor(async () => !(await card.state())?.open, { timeoutMs: 3000, what: 'the card to close' });
  await waitFor(async () => (await sameTexts(page)).length === 0, {
    timeoutMs: 3000,
    what: 'same-demand marks cleared',
  });
});

test('focusing a highlight with next marks its demand elsewhere on the page', async ({ ext, server }) => {
  const { page, tabId } = await ext.openTab(server.url('www.stortinget.no', INNST_418));
  await waitForScan(page);
  await runCommand(ext, tabId, 'next-highlight');
  const focus = await waitFor(
    async () => {
      const f = await readHighlights(page, { focus: true });
      return f.length === 1 && f[0];
    },
    { timeoutMs: 3000, what: 'a focused highlight' },
  );
  const report = await sendToTab(ext, tabId, 'getPageMatches');
  // The demands whose words include the focused one: the marks belong to one of them.
  const owners = report.positions.filter((p) => p.words.some((w) => collapse(w) === collapse(focus.text)));
  expect(owners.length, `a demand for «${collapse(focus.text)}»`).toBeGreaterThan(0);
  const allowed = new Set(owners.flatMap((p) => p.words.map((w) => collapse(w).toLowerCase())));
  const same = await waitFor(
    async () => {
      const s = await sameTexts(page);
      return s.length > 0 && s;
    },
    { timeoutMs: 3000, what: 'same-demand marks for the focused highlight' },
  );
  expect(same.filter((t) => !allowed.has(t.toLowerCase()))).toEqual([]);
});

privacyCheck();
