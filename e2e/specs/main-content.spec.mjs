// @ts-check
// Main content only (issue 12, point 3): on stortinget.no and regjeringen.no the document is read, not
// the page furniture around and inside it (menu, site search, left-column table of contents, breadcrumbs,
// «Relaterte saker», share bar, footer, cookie bar). The fixtures mark that furniture with data-furniture;
// it holds KS terms that the document itself has highlighted, so a rule that let it through would show.
import { collectByScrolling, readHighlights, waitForScan } from '../harness/highlights.mjs';
import { expect, privacyCheck, test, waitFor } from '../harness/test.mjs';

const PAGES = [
  {
    name: 'stortinget.no innstilling',
    host: 'www.stortinget.no',
    path: '/no/Saker-og-publikasjoner/Publikasjoner/Innstillinger/Stortinget/2024-2025/inns-202425-418s/',
    furniture: ['Bemanningsnormer i skolen', 'Innsigelser i plansaker', 'statlig tilsyn', 'bemanningsnormer'],
  },
  {
    name: 'regjeringen.no proposition chapter',
    host: 'www.regjeringen.no',
    path: '/nn/dokument/dep/kdd/prop-102-ls-20242025/kapittel-5/',
    furniture: ['Bemanningsnormer', 'Innsigelser i plansaker', 'statleg tilsyn', 'motsegner'],
  },
];

const FURNITURE = '[data-furniture]';
const collapse = (/** @type {string | null | undefined} */ s) => (s ?? '').replace(/\s+/g, ' ').trim();

for (const fixture of PAGES) {
  test(`${fixture.name}: the document is highlighted, none of the page furniture is`, async ({ ext, server }) => {
    const { page } = await ext.openTab(server.url(fixture.host, fixture.path));
    await waitForScan(page);
    // The furniture is there, visible, and holds the terms (so the test can fail).
    const furnitureText = await page.$$eval(FURNITURE, (els) =>
      els
        .filter((el) => el.checkVisibility())
        .map((el) => el.textContent)
        .join(' '),
    );
    for (const words of fixture.furniture) expect(collapse(furnitureText), 'furniture holds KS terms').toContain(words);

    const { highlights } = await collectByScrolling(page, { exclude: FURNITURE });
    expect(highlights.length, 'the document keeps its highlights').toBeGreaterThan(5);
    const inFurniture = highlights.filter((h) => h.blockedBy && h.blockedBy !== 'not rendered');
    expect(
      inFurniture.map((h) => `${h.text} (in ${h.blockedBy})`),
      'no highlight in page furniture',
    ).toEqual([]);
  });
}

test('a live page: furniture added later stays unhighlighted, new content is highlighted', async ({ ext, server }) => {
  const { host, path } = /** @type {(typeof PAGES)[number]} */ (PAGES[0]);
  const { page } = await ext.openTab(server.url(host, path));
  await waitForScan(page);
  await page.evaluate(() => {
    const main = /** @type {HTMLElement} */ (document.querySelector('main'));
    const related = document.createElement('aside');
    related.className = 'related-items';
    related.setAttribute('data-furniture', '');
    related.textContent = 'Relaterte saker: Innsigelser i plansaker';
    main.prepend(related);
    const cookie = document.createElement('div');
    cookie.className = 'cookie-consent';
    cookie.setAttribute('data-furniture', '');
    cookie.textContent = 'Informasjonskapsler om bemanningsnormer';
    main.prepend(cookie);
    const outside = document.createElement('div');
    outside.setAttribute('data-furniture', '');
    outside.textContent = 'Utenfor hovedinnholdet: innsigelser og bemanningsnormer';
    document.body.prepend(outside);
    const fresh = document.createElement('p');
    fresh.id = 'fresh';
    fresh.textContent = 'Komiteen peker på innsigelser fra statlige etater.';
    main.prepend(fresh);
    window.scrollTo(0, 0);
  });
  await waitFor(async () => (await readHighlights(page, { exclude: '#fresh' })).some((h) => h.blockedBy === 'p'), {
    timeoutMs: 8000,
    what: 'the new paragraph highlighted',
  });
  const now = await readHighlights(page, { exclude: FURNITURE });
  expect(now.filter((h) => h.blockedBy && h.blockedBy !== 'not rendered').map((h) => h.text)).toEqual([]);
});

privacyCheck();
