// The overview strip (issue 12, point 8): a thin column at the window's right edge, left of the page's
// scrollbar, with a mark per highlight (close ones merged) in its chapter's colour; a click scrolls to the
// hit and focuses it. It is on by default on stortinget.no/regjeringen.no, gone when highlighting is off,
// and the options turn it off.
import { join } from 'node:path';
import { readHighlights, runCommand, waitForScan } from '../harness/highlights.mjs';
import { expect, privacyCheck, test, waitFor } from '../harness/test.mjs';

const INNST_418 = '/no/Saker-og-publikasjoner/Publikasjoner/Innstillinger/Stortinget/2024-2025/inns-202425-418s/';

/** The strip as the page sees it: host box, the page's client width, and each mark's box and colour. */
function readStrip(page) {
  return page.evaluate(() => {
    const host = document.querySelector('standpunkt-overview');
    if (!host?.shadowRoot) return null;
    const box = (el) => {
      const r = el.getBoundingClientRect();
      return { x: r.x, y: r.y, width: r.width, height: r.height };
    };
    return {
      host: box(host),
      position: getComputedStyle(host).position,
      clientWidth: document.documentElement.clientWidth,
      marks: [...host.shadowRoot.querySelectorAll('.mark')].map((m) => ({
        ...box(m),
        chapter: Number(m.dataset.chapter),
        background: getComputedStyle(m).backgroundColor,
      })),
    };
  });
}

test('the strip marks the highlights in chapter colours beside the scrollbar; a click jumps to a hit', async ({
  ext,
  server,
  artifactsDir,
}) => {
  const { page, tabId } = await ext.openTab(server.url('www.stortinget.no', INNST_418));
  await waitForScan(page);
  const layoutBefore = await page.evaluate(() => [
    document.body.getBoundingClientRect().width,
    document.documentElement.scrollHeight,
  ]);
  const strip = await waitFor(
    async () => {
      const s = await readStrip(page);
      return s && s.marks.length > 0 && s;
    },
    { timeoutMs: 5000, what: 'the overview strip with marks' },
  );

  expect(strip.position, 'a fixed host: out of the page flow').toBe('fixed');
  expect(Math.round(strip.host.x + strip.host.width), 'ends where the page scrollbar begins').toBeLessThanOrEqual(
    strip.clientWidth,
  );
  expect(strip.host.width).toBeLessThanOrEqual(12);
  expect(strip.marks.length, "several marks for the page's highlights").toBeGreaterThanOrEqual(5);
  // Marks are in document order down the strip, each in the colour of a chapter the page has highlights in.
  const ys = strip.marks.map((m) => m.y);
  expect([...ys].sort((a, b) => a - b)).toEqual(ys);
  const chaptersOnPage = new Set((await readHighlights(page)).map((h) => Number(h.chapter)));
  for (const m of strip.marks)
    expect(chaptersOnPage.has(m.chapter) || m.chapter > 0, `mark chapter ${m.chapter}`).toBeTruthy();
  expect(new Set(strip.marks.map((m) => m.background)).size, 'more than one chapter colour').toBeGreaterThan(1);
  const layoutAfter = await page.evaluate(() => [
    document.body.getBoundingClientRect().width,
    document.documentElement.scrollHeight,
  ]);
  expect(layoutAfter, 'the page layout is unchanged by the strip').toEqual(layoutBefore);
  await page.screenshot({ path: join(artifactsDir, 'overview.png') });

  // Click the lowest mark: the page scrolls there and the hit is focused, in view.
  const last = strip.marks.at(-1);
  expect(await page.evaluate(() => window.scrollY)).toBe(0);
  await page.mouse.click(last.x + last.width / 2, last.y + last.height / 2);
  const focus = await waitFor(
    async () => {
      const f = await readHighlights(page, { focus: true });
      return f.length === 1 && f[0];
    },
    { timeoutMs: 3000, what: 'the hit focused after the click' },
  );
  expect(await page.evaluate(() => window.scrollY), 'scrolled down').toBeGreaterThan(0);
  const viewport = page.viewportSize();
  const r = focus.rects[0];
  expect(
    r.y >= 0 && r.y + r.height <= viewport.height,
    `the focused hit is in view (${JSON.stringify(r)})`,
  ).toBeTruthy();
  await page.screenshot({ path: join(artifactsDir, 'overview-jump.png') });

  // Highlighting off: the strip goes; on again: it comes back.
  await runCommand(ext, tabId, 'toggle-highlights');
  await waitFor(async () => (await readStrip(page)) === null, {
    timeoutMs: 3000,
    what: 'the strip gone with highlighting off',
  });
  await runCommand(ext, tabId, 'toggle-highlights');
  await waitFor(async () => ((await readStrip(page))?.marks.length ?? 0) > 0, {
    timeoutMs: 5000,
    what: 'the strip back',
  });
});

test('the options turn the strip off', async ({ ext, server }) => {
  const options = await ext.context.newPage();
  await options.goto(ext.extensionUrl('options.html'));
  await options.waitForSelector('#sites-heading');
  const off = options.getByRole('group', { name: /Oversiktsstripe/ }).getByRole('radio', { name: 'Av' });
  await off.check();
  await options.close();
  const { page } = await ext.openTab(server.url('www.stortinget.no', INNST_418));
  await waitForScan(page);
  await waitFor(async () => (await readHighlights(page)).length > 0, { what: 'highlights' });
  await page.waitForTimeout(800); // longer than the report delay and the strip's throttle
  expect(await readStrip(page), 'no strip').toBeNull();
});

privacyCheck();
