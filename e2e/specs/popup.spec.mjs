// The popup on a page: the KS positions the content script found, ranked, with chapter colour, words
// and count; clicking walks through the occurrences on the page; not-active pages say so.
// Needs the content script's getPageMatches / revealPosition (the lead's issue 4 work).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { axeViolations } from '../harness/axe.mjs';
import { checkKeyboardReach } from '../harness/keyboard.mjs';
import { expect, privacyCheck, test, waitFor } from '../harness/test.mjs';

const STORTINGET_PAGE = '/no/Saker-og-publikasjoner/Publikasjoner/Innstillinger/Stortinget/2024-2025/inns-202425-418s/';

/** Sends a contract message to a tab from the service worker (the wire format of @webext-core/messaging). */
async function askTab(ext, tabId, type, data) {
  const reply = await ext.serviceWorker.evaluate(
    ({ tabId, type, data }) => chrome.tabs.sendMessage(tabId, { id: Date.now(), type, data, timestamp: Date.now() }),
    { tabId, type, data },
  );
  if (reply?.err) throw new Error(`${type}: ${JSON.stringify(reply.err)}`);
  return reply?.res;
}

async function scannedPage(ext, server) {
  const opened = await ext.openTab(server.url('www.stortinget.no', STORTINGET_PAGE));
  await opened.page.waitForFunction(() => document.documentElement.dataset.standpunkt === 'scanned', null, {
    timeout: 15_000,
  });
  return opened;
}

test('lists the positions found on the page, ranked, with chapter colour, words and count', async ({
  ext,
  server,
  bundle,
  artifactsDir,
}) => {
  const { page, tabId } = await scannedPage(ext, server);
  const popup = await ext.openPopup({ tabId });
  try {
    const report = await askTab(ext, tabId, 'getPageMatches');
    expect(report.positions.length > 0, 'the fixture page has KS positions').toBeTruthy();
    await popup.waitForFunction(
      (n) => document.querySelectorAll('.page-positions [data-position-id]').length === n,
      report.positions.length,
      { timeout: 10_000 },
    );
    const shown = await popup.evaluate(() =>
      [...document.querySelectorAll('.page-positions [data-position-id]')].map((li) => ({
        id: li.getAttribute('data-position-id'),
        title: li.querySelector('.position-title span:last-child')?.textContent,
        meta: li.querySelector('.position-meta')?.textContent,
        swatch: getComputedStyle(li.querySelector('.position-swatch')).backgroundColor,
      })),
    );
    const byId = new Map(bundle.positions.map((p) => [p.id, p]));
    expect(
      shown.map((s) => s.id),
      'ranked as the content script reports',
    ).toEqual(report.positions.map((p) => p.id));
    shown.forEach((s, i) => {
      const p = report.positions[i];
      expect(s.title, `title of ${p.id}`).toEqual(byId.get(p.id).title);
      // Case variants folded (the most frequent form kept); the first five words, the rest counted.
      const words = p.words.filter((w, j) => p.words.findIndex((x) => x.toLowerCase() === w.toLowerCase()) === j);
      expect(s.meta.startsWith(words.slice(0, 5).join(', ')), `words of ${p.id}: ${s.meta}`).toBeTruthy();
      if (words.length > 5)
        expect(s.meta.includes(`+${words.length - 5}\u00a0til`), `more words of ${p.id}: ${s.meta}`).toBeTruthy();
      expect(s.meta.includes(`${p.count}\u00a0forekomst`), `count of ${p.id}: ${s.meta}`).toBeTruthy();
    });
    // Chapter colours: as many distinct swatch colours as distinct chapters.
    const chapters = new Set(report.positions.map((p) => byId.get(p.id).chapterIndex));
    expect(new Set(shown.map((s) => s.swatch)).size, 'one swatch colour per chapter').toEqual(chapters.size);
    await popup.screenshot({ path: join(artifactsDir, 'popup-page.png') });
    expect(await axeViolations(popup), 'axe-core on the popup with page positions (WCAG 2.1 AA)').toEqual([]);
  } finally {
    await popup.close();
    await page.close();
  }
});

test('clicking a position walks through its occurrences on the page: 1 av N, 2 av N …', async ({ ext, server }) => {
  const { page, tabId } = await scannedPage(ext, server);
  const popup = await ext.openPopup({ tabId });
  try {
    const report = await askTab(ext, tabId, 'getPageMatches');
    const target = report.positions.find((p) => p.count > 1) ?? report.positions[0];
    const item = popup.locator(`.page-positions [data-position-id="${target.id}"]`);
    await item.waitFor({ timeout: 10_000 });
    const focusText = () =>
      page.evaluate(() => {
        const h = CSS.highlights.get('standpunkt-focus');
        if (!h) return null;
        return [...h].map((r) => {
          const live = document.createRange();
          live.setStart(r.startContainer, r.startOffset);
          live.setEnd(r.endContainer, r.endOffset);
          return live.toString();
        });
      });
    const seen = [];
    for (let i = 0; i < Math.min(target.count, 3) + 1; i++) {
      await item.locator('.position-title').click();
      const want = `viser ${(i % target.count) + 1}\u00a0av ${target.count}`;
      await waitFor(async () => (await item.locator('.position-shown').textContent())?.includes(want), { what: want });
      const focused = await waitFor(focusText, { what: 'a focused highlight on the page' });
      seen.push(focused.join(' '));
      const words = target.words.map((w) => w.toLowerCase());
      expect(
        focused.some((t) => words.some((w) => t.toLowerCase().includes(w) || w.includes(t.toLowerCase()))),
        `the focused text "${focused}" is one of the position's words ${words}`,
      ).toBeTruthy();
    }
    // Keyboard: Enter on the focused entry reveals too.
    await item.locator('.position-title').focus();
    await popup.keyboard.press('Enter');
    await waitFor(async () => /viser \d+\s+av/.test((await item.locator('.position-shown').textContent()) ?? ''), {
      what: 'Enter reveals',
    });
  } finally {
    await popup.close();
    await page.close();
  }
});

test('says so on a page where Standpunkt is not active', async ({ ext, server, artifactsDir }) => {
  const { page, tabId } = await ext.openTab(server.url('www.ikke-stortinget.no', `/stortinget${STORTINGET_PAGE}`));
  const popup = await ext.openPopup({ tabId });
  try {
    const text = await waitFor(
      async () => {
        const t = await popup
          .locator('.status-inactive')
          .textContent()
          .catch(() => null);
        return t || null;
      },
      { what: 'the inactive message' },
    );
    // Without the toolbar click (activeTab) the popup cannot read the tab's address: no offer, a plain message.
    expect(/ikke slått på for dette nettstedet/.test(text), `message: ${text}`).toBeTruthy();
    // Browsing and search still work.
    await popup.waitForSelector('.browse [data-position-id]');
    await popup.screenshot({ path: join(artifactsDir, 'popup-inactive.png') });
  } finally {
    await popup.close();
    await page.close();
  }
});

test('every control of the popup is reachable with Tab', async ({ ext, server }) => {
  const { page, tabId } = await scannedPage(ext, server);
  const popup = await ext.openPopup({ tabId });
  try {
    await popup.waitForSelector('.page-positions [data-position-id]', { timeout: 10_000 });
    await popup.waitForSelector('.browse [data-position-id]');
    expect(await checkKeyboardReach(popup, { maxTabs: 600 }), 'controls reached with Tab').toEqual([]);
  } finally {
    await popup.close();
    await page.close();
  }
});

/** `npm run ks -- scan <file> --json` on a fixture file, as a user would run it. */
function cliScan(file) {
  const root = fileURLToPath(new URL('../..', import.meta.url));
  const out = execFileSync(
    process.execPath,
    [join(root, 'node_modules/tsx/dist/cli.mjs'), join(root, 'cli/ks.ts'), 'scan', file, '--json'],
    {
      cwd: root,
      encoding: 'utf8',
    },
  );
  return JSON.parse(out);
}

for (const [host, path] of [
  ['www.stortinget.no', STORTINGET_PAGE],
  ['www.regjeringen.no', '/nn/dokument/dep/kdd/prop-102-ls-20242025/kapittel-5/'],
]) {
  test(`the popup lists exactly the positions the CLI reports for the same page (${host})`, async ({ ext, server }) => {
    const site = host === 'www.stortinget.no' ? 'stortinget' : 'regjeringen';
    const file = fileURLToPath(new URL(`../fixtures/${site}${path}index.html`, import.meta.url));
    const cli = cliScan(file);
    expect(cli.positions.length > 0, 'the fixture is about some KS positions').toBeTruthy();
    const opened = await ext.openTab(server.url(host, path));
    await opened.page.waitForFunction(() => document.documentElement.dataset.standpunkt === 'scanned', null, {
      timeout: 15_000,
    });
    const popup = await ext.openPopup({ tabId: opened.tabId });
    try {
      const report = await askTab(ext, opened.tabId, 'getPageMatches');
      await popup.waitForFunction(
        (n) => document.querySelectorAll('.page-positions [data-position-id]').length === n,
        report.positions.length,
        {
          timeout: 10_000,
        },
      );
      const shown = await popup.evaluate(() =>
        [...document.querySelectorAll('.page-positions [data-position-id]')].map((li) =>
          li.getAttribute('data-position-id'),
        ),
      );
      const sorted = (ids) => [...ids].sort();
      expect(sorted(shown), 'popup = CLI positions').toEqual(sorted(cli.positions.map((p) => p.id)));
      expect(sorted(report.mentions.map((m) => m.id)), 'page mentions = CLI mentions').toEqual(
        sorted(cli.mentions.map((m) => m.id)),
      );
      expect(report.positionCount, 'badge count = CLI positions').toEqual(cli.positions.length);
    } finally {
      await popup.close();
      await opened.page.close();
    }
  });
}

test('a note written in the popup is saved: there on reopening, and listed on the options page', async ({
  ext,
  bundle,
}) => {
  const target = bundle.positions[0];
  const text = `Notat fra popupen ${Date.now()}`;
  let popup = await ext.openPopup();
  try {
    const item = popup.locator(`.browse [data-position-id="${target.id}"]`);
    await item.locator('.position-title').click();
    await item.locator('.position-note-edit').click();
    await item.locator('.position-note-field').fill(text);
    await item.getByRole('button', { name: 'Lagre notat' }).click();
    await item.locator('.position-note', { hasText: text }).waitFor({ timeout: 5_000 });
    expect(await popup.locator('.announcer-text').textContent(), 'the save is announced').toEqual('Notatet er lagret.');
  } finally {
    await popup.close();
  }
  popup = await ext.openPopup();
  try {
    const item = popup.locator(`.browse [data-position-id="${target.id}"]`);
    await item.locator('.position-title').click();
    expect(await item.locator('.position-note').textContent(), 'the note after reopening').toContain(text);
  } finally {
    await popup.close();
  }
  const options = await ext.context.newPage();
  try {
    await options.goto(ext.extensionUrl('options.html'));
    const listed = options.locator(`.note-list [data-note-for="${target.id}"] .note-text`);
    await listed.waitFor({ timeout: 10_000 });
    expect(await listed.textContent(), 'the options page lists the note').toEqual(text);
  } finally {
    await options.close();
  }
});

test('a 600 px popup shows at least four positions; «Kopiert!» does not move the list and is announced', async ({
  ext,
  server,
  artifactsDir,
}) => {
  const { page, tabId } = await scannedPage(ext, server);
  const popup = await ext.openPopup({ tabId, viewport: { width: 400, height: 600 } });
  try {
    await popup.waitForSelector('.page-positions [data-position-id]', { timeout: 10_000 });
    const visible = await popup.evaluate(
      () =>
        [...document.querySelectorAll('.page-positions [data-position-id]')].filter(
          (li) => li.getBoundingClientRect().bottom <= window.innerHeight,
        ).length,
    );
    await popup.screenshot({ path: join(artifactsDir, 'popup-600.png') });
    expect(visible >= 4, `positions fully visible in 600 px: ${visible}`).toBeTruthy();

    // The side-panel button: a tooltip and an accessible name.
    const tool = popup.getByRole('button', { name: 'Åpne i sidepanelet' });
    expect(await tool.count(), 'the side-panel button, by its accessible name').toEqual(1);
    expect(await tool.getAttribute('title'), 'its tooltip').toEqual('Åpne i sidepanelet');

    const tops = () =>
      popup.evaluate(() =>
        [...document.querySelectorAll('.page-positions [data-position-id]')]
          .slice(0, 4)
          .map((li) => Math.round(li.getBoundingClientRect().top)),
      );
    const before = await tops();
    await popup.locator('.page-positions .position-copy').first().click();
    await popup.waitForFunction(
      () =>
        document
          .querySelector('.announcer-text[role="status"][aria-live="polite"]')
          ?.textContent?.startsWith('Kopiert'),
      null,
      { timeout: 5_000 },
    );
    expect(await tops(), 'the list stays where it was while the confirmation shows').toEqual(before);
  } finally {
    await popup.close();
    await page.close();
  }
});

privacyCheck();
