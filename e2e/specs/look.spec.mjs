// How the extension looks and reads: axe-core (WCAG 2.1 AA) on the popup, the options page and the hover
// card in light and dark, and on a highlighted page; visual baselines of the popup, the options page and
// the card in both schemes (e2e/screenshots/, compared with the tolerance set in playwright.config.mjs;
// `npx playwright test look --update-snapshots` renews them after an intended change of look).
// The popup and the options page declare `color-scheme: light` and have no dark theme: their dark
// baselines hold that a dark-mode browser leaves them whole and readable. The card has a dark palette.
import { axeViolations, cardViolations } from '../harness/axe.mjs';
import { cardInspector } from '../harness/card.mjs';
import { readHighlights, waitForScan } from '../harness/highlights.mjs';
import { expect, privacyCheck, test, waitFor } from '../harness/test.mjs';

const INNST_418 = '/no/Saker-og-publikasjoner/Publikasjoner/Innstillinger/Stortinget/2024-2025/inns-202425-418s/';
const SCHEMES = ['light', 'dark'];

/** The popup as opened from the toolbar on a tab where Standpunkt is not active: browsing by chapter. */
async function browsingPopup(ext, colorScheme) {
  const popup = await ext.openPopup();
  await popup.emulateMedia({ colorScheme });
  await popup.waitForSelector('.browse [data-position-id]');
  return popup;
}

async function optionsPage(ext, colorScheme) {
  const page = await ext.context.newPage();
  await page.setViewportSize({ width: 900, height: 1000 });
  await page.emulateMedia({ colorScheme });
  await page.goto(ext.extensionUrl('options.html'));
  await page.waitForSelector('#sites-heading');
  return page;
}

for (const scheme of SCHEMES) {
  test(`popup (${scheme}): no axe-core violations, looks as before`, async ({ ext }) => {
    const popup = await browsingPopup(ext, scheme);
    try {
      expect(await axeViolations(popup), `axe-core on the popup, ${scheme} (WCAG 2.1 AA)`).toEqual([]);
      await expect(popup).toHaveScreenshot(`popup-${scheme}.png`);
    } finally {
      await popup.close();
    }
  });

  test(`options (${scheme}): no axe-core violations, looks as before`, async ({ ext }) => {
    const page = await optionsPage(ext, scheme);
    try {
      expect(await axeViolations(page), `axe-core on the options page, ${scheme} (WCAG 2.1 AA)`).toEqual([]);
      await expect(page).toHaveScreenshot(`options-${scheme}.png`);
    } finally {
      await page.close();
    }
  });
}

test('the hover card (light and dark): no axe-core violations in its shadow root, looks as before', async ({
  ext,
  server,
}) => {
  const { page } = await ext.openTab(server.url('www.stortinget.no', INNST_418));
  const card = await cardInspector(page);
  try {
    await waitForScan(page);
    const found = (await readHighlights(page)).find((h) => h.text === 'lærernormen');
    await page.evaluate((dy) => window.scrollBy(0, dy - window.innerHeight / 2), found.rects[0].y);
    await page.waitForTimeout(150);
    const [word] = (await readHighlights(page)).find((h) => h.text === 'lærernormen').rects;
    await page.mouse.move(word.x + word.width / 2, word.y + word.height / 2, { steps: 4 });
    for (const scheme of SCHEMES) {
      await page.emulateMedia({ colorScheme: scheme });
      await waitFor(async () => (await card.state())?.open, { timeoutMs: 3000, what: 'the hover card to open' });
      expect(
        await cardViolations(ext.context, await card.snapshot(), { colorScheme: scheme }),
        `axe-core on the card, ${scheme} (WCAG 2.1 AA)`,
      ).toEqual([]);
      await page.bringToFront();
      // Where the card has settled (it is placed again once its content is laid out).
      await page.waitForTimeout(300);
      const shown = await card.state();
      expect(shown.open, 'the card is still open').toBeTruthy();
      await expect(page).toHaveScreenshot(`card-${scheme}.png`, { clip: shown.rect });
    }
  } finally {
    await card.close();
    await page.close();
  }
});

test('a highlighted page: the extension adds no axe-core violations', async ({ ext, server }) => {
  const control = await ext.context.newPage();
  const { page } = await ext.openTab(server.url('www.stortinget.no', INNST_418));
  try {
    await control.goto(server.url('www.ikke-stortinget.no', `/stortinget${INNST_418}`));
    await waitForScan(page);
    expect((await readHighlights(page)).length, 'the page is highlighted').toBeGreaterThan(0);
    const without = await axeViolations(control);
    // The fixture page is the sites' markup: whatever axe-core finds there without the extension is theirs.
    const added = (await axeViolations(page)).filter(
      (v) => !without.includes(v.replace(/www\.stortinget\.no/g, 'www.ikke-stortinget.no')),
    );
    expect(added, 'axe-core violations on the page with highlights that the page has not without them').toEqual([]);
    expect(without, 'axe-core on the fixture page itself (WCAG 2.1 AA)').toEqual([]);
  } finally {
    await page.close();
    await control.close();
  }
});

privacyCheck();
