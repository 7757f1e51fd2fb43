// Dark mode (issue 12, point 7): popup, side panel and options follow prefers-color-scheme. Computed
// styles are read with the scheme emulated: a dark page background, light text, and every text sample
// readable on what is behind it (WCAG contrast ≥ 4.5:1).
import { join } from 'node:path';
import { axeViolations } from '../harness/axe.mjs';
import { expect, privacyCheck, test } from '../harness/test.mjs';

const STORTINGET_PAGE = '/no/Saker-og-publikasjoner/Publikasjoner/Innstillinger/Stortinget/2024-2025/inns-202425-418s/';

/** Colour, effective background and contrast of the first element of each selector that exists. */
function readColours(page, selectors) {
  return page.evaluate((selectors) => {
    const rgb = (c) => (c.match(/[\d.]+/g) ?? []).map(Number);
    const background = (el) => {
      for (let e = el; e; e = e.parentElement) {
        const [r, g, b, a = 1] = rgb(getComputedStyle(e).backgroundColor);
        if (a > 0.5) return [r, g, b];
      }
      return [255, 255, 255];
    };
    const lum = ([r, g, b]) => {
      const ch = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * ch(r) + 0.7152 * ch(g) + 0.0722 * ch(b);
    };
    const contrast = (a, b) => {
      const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
      return (hi + 0.05) / (lo + 0.05);
    };
    return Object.fromEntries(
      selectors.flatMap((sel) => {
        const el = document.querySelector(sel);
        if (!el) return [];
        const fg = rgb(getComputedStyle(el).color).slice(0, 3);
        const bg = background(el);
        return [[sel, { fg, bg, bgLum: lum(bg), fgLum: lum(fg), contrast: Math.round(contrast(fg, bg) * 100) / 100 }]];
      }),
    );
  }, selectors);
}

function expectDark(colours, where) {
  const body = colours.body;
  expect(body, `${where}: body read`).toBeTruthy();
  expect(body.bgLum < 0.05, `${where}: dark background ${body.bg}`).toBeTruthy();
  expect(body.fgLum > 0.6, `${where}: light text ${body.fg}`).toBeTruthy();
  for (const [sel, c] of Object.entries(colours)) {
    expect(c.contrast >= 4.5, `${where}: ${sel} contrast ${c.contrast} (${c.fg} on ${c.bg})`).toBeTruthy();
  }
}

const POPUP_TEXT = [
  'body',
  '.section-title',
  '.position-title',
  '.position-meta',
  '.page-summary',
  '.chapter-title',
  '.search-help',
  '.position-copy',
  '.report-note-create',
];

test('popup and side panel are dark with a dark system scheme, and readable', async ({ ext, server, artifactsDir }) => {
  const { page, tabId } = await ext.openTab(server.url('www.stortinget.no', STORTINGET_PAGE));
  await page.waitForFunction(() => document.documentElement.dataset.standpunkt === 'scanned', null, {
    timeout: 15_000,
  });
  const popup = await ext.openPopup({ tabId });
  const panel = await ext.context.newPage();
  try {
    await popup.emulateMedia({ colorScheme: 'dark' });
    await popup.waitForSelector('.page-positions [data-position-id]', { timeout: 10_000 });
    // Expanded, so the body, note editor and copy buttons are measured too.
    await popup.locator('.page-positions .position-expand').first().click();
    const colours = await readColours(popup, [
      ...POPUP_TEXT,
      '.position-body p',
      '.position-note-edit',
      '.position-copy-format',
    ]);
    expectDark(colours, 'popup');
    expect(Object.keys(colours).length >= 10, `measured: ${Object.keys(colours)}`).toBeTruthy();
    await popup.screenshot({ path: join(artifactsDir, 'popup-dark.png') });
    expect(await axeViolations(popup), 'axe-core on the dark popup (WCAG 2.1 AA)').toEqual([]);

    await panel.emulateMedia({ colorScheme: 'dark' });
    await panel.goto(ext.extensionUrl(`sidepanel.html?tabId=${tabId}`));
    await panel.waitForSelector('.page-positions [data-position-id]', { timeout: 10_000 });
    expectDark(await readColours(panel, POPUP_TEXT), 'side panel');

    // The same page in light mode stays light.
    await popup.emulateMedia({ colorScheme: 'light' });
    const light = await readColours(popup, ['body']);
    expect(light.body.bgLum > 0.9, `light background ${light.body.bg}`).toBeTruthy();
  } finally {
    await panel.close();
    await popup.close();
    await page.close();
  }
});

test('the options page is dark with a dark system scheme, and readable', async ({ ext, artifactsDir }) => {
  const options = await ext.context.newPage();
  try {
    await options.emulateMedia({ colorScheme: 'dark' });
    await options.goto(ext.extensionUrl('options.html'));
    await options.waitForSelector('.card h2');
    const colours = await readColours(options, [
      'body',
      '.options-header h1',
      '.card h2',
      '.hint',
      '.card label',
      '.button',
      '.button-quiet',
    ]);
    expectDark(colours, 'options');
    expect(
      colours['.card'] ?? (await readColours(options, ['.card']))['.card'].bgLum < 0.05,
      'dark cards',
    ).toBeTruthy();
    await options.screenshot({ path: join(artifactsDir, 'options-dark.png') });
    expect(await axeViolations(options), 'axe-core on the dark options page (WCAG 2.1 AA)').toEqual([]);
  } finally {
    await options.close();
  }
});

privacyCheck();
