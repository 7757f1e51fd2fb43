// Highlighting on pages that change after load: content added, text rewritten in place, text replaced,
// and a client-side navigation (history.pushState + a new article, and back). After every change the
// highlights must be exactly those of what the page now shows: new words painted, stale ones gone,
// none twice.
import {
  badgeText,
  highlightedTexts,
  readHighlights,
  runCommand,
  sendToTab,
  waitForScan,
} from '../harness/highlights.mjs';
import { LIVE, LIVE_POSITIONS, LIVE_STEPS } from '../harness/expected-highlights.mjs';
import { expect, privacyCheck, test, waitFor } from '../harness/test.mjs';

const CASES = '/no/Saker-og-publikasjoner/Saker/Sak/';

const collapse = (s) => (s ?? '').replace(/\s+/g, ' ').trim();

/** Waits until the page's highlights are exactly `want`; on timeout says what they were. */
async function expectHighlights(page, want, what, timeoutMs = 4000) {
  let last = null;
  try {
    await waitFor(
      async () => {
        last = (await highlightedTexts(page)).map(collapse);
        return JSON.stringify(last) === JSON.stringify(want);
      },
      { timeoutMs, intervalMs: 50, what },
    );
  } catch {
    throw new Error(`${what}: expected ${JSON.stringify(want)}, got ${JSON.stringify(last)}`);
  }
}

/** Ranges the page has invalidated (text shortened or removed under a painted StaticRange). */
async function staleRanges(page) {
  return (await readHighlights(page)).filter((h) => h.text === null || h.rects.length === 0).map((h) => h.text);
}

test('a live page: added entries get highlighted, rewritten text loses stale highlights and gets new ones, none twice', async ({
  ext,
  server,
}) => {
  const { page, tabId } = await ext.openTab(server.url('www.regjeringen.no', `${LIVE}?manual`));
  try {
    await waitForScan(page);
    await expectHighlights(page, LIVE_STEPS[0], 'after load');
    for (let step = 1; step < LIVE_STEPS.length; step++) {
      const started = Date.now();
      expect(await page.evaluate(() => window.__live.next()), `the page ran step ${step}`).toEqual(step);
      // Debounced 150 ms, at most 1 s, while the clock keeps the page busy: allow some margin.
      await expectHighlights(page, LIVE_STEPS[step], `after step ${step}`);
      const took = Date.now() - started;
      expect(await staleRanges(page), `no stale ranges after step ${step}`).toEqual([]);
      const want = LIVE_POSITIONS[step];
      if (want) {
        await waitFor(async () => (await badgeText(ext, tabId)) === String(want.positions.length), {
          what: `badge ${want.positions.length} after step ${step}`,
          timeoutMs: 3000,
        });
        const report = await sendToTab(ext, tabId, 'getPageMatches');
        expect(report.positions.map((p) => p.id).sort(), `demands in the report after step ${step}`).toEqual(
          want.positions,
        );
        expect(report.mentions.map((p) => p.id).sort(), `mentions in the report after step ${step}`).toEqual(
          want.mentions,
        );
      }
      console.log(`      step ${step}: highlights right after ${took} ms`);
    }
    // The added editable note and textarea hold terms; they stay unpainted (checked by the exact lists).
    const added = await page.evaluate(() =>
      [...document.querySelectorAll('#strom .note, #strom textarea')].map((e) => e.textContent),
    );
    expect(added.length, 'the note and the textarea were added').toEqual(2);
  } finally {
    await page.close();
  }
});

test('the same page running its steps by itself ends with the same highlights', async ({ ext, server }) => {
  const { page } = await ext.openTab(server.url('www.regjeringen.no', LIVE));
  try {
    await waitForScan(page);
    await page.waitForFunction(() => window.__live.done === window.__live.steps, null, { timeout: 10_000 });
    await expectHighlights(page, LIVE_STEPS.at(-1), 'after the page ran all its steps');
    expect(await staleRanges(page), 'no stale ranges').toEqual([]);
  } finally {
    await page.close();
  }
});

test('changes made while highlighting is off are picked up when it is turned back on', async ({ ext, server }) => {
  const { page, tabId } = await ext.openTab(server.url('www.regjeringen.no', `${LIVE}?manual`));
  try {
    await waitForScan(page);
    await expectHighlights(page, LIVE_STEPS[0], 'after load');
    await runCommand(ext, tabId, 'toggle-highlights');
    await expectHighlights(page, [], 'off');
    await page.evaluate(() => {
      window.__live.next();
      window.__live.next();
    });
    await page.waitForTimeout(1200); // longer than the longest debounce: nothing may be painted while off
    expect(await highlightedTexts(page), 'nothing painted while off').toEqual([]);
    await runCommand(ext, tabId, 'toggle-highlights');
    await expectHighlights(page, LIVE_STEPS[2], 'on again');
  } finally {
    await page.close();
  }
});

/** The two cases of the client-side case view. */
const CASE_A = [
  'lokalisering av statlige arbeidsplasser',
  'utflytting av statlige virksomheter',
  'statlige arbeidsplasser',
  'utenfor Oslo',
];
const CASE_B = ['barnehageloven', 'private barnehager', 'pensjonspåslaget', 'barnehagemyndighet', 'barnehagekjedene'];

test('client-side navigation: after pushState and a new article only its words are highlighted; back restores the first; the badge follows', async ({
  ext,
  server,
}) => {
  const { page, tabId } = await ext.openTab(server.url('www.stortinget.no', `${CASES}?p=101234`));
  try {
    await waitForScan(page);
    await expectHighlights(page, CASE_A, 'case 101234');
    await waitFor(async () => (await badgeText(ext, tabId)) === '1', { what: 'badge 1 on case 101234' });

    await page.click('button[data-sak="101235"]');
    expect(page.url().endsWith('?p=101235'), `the address changed without a load: ${page.url()}`).toBeTruthy();
    await expectHighlights(page, CASE_B, 'case 101235 after pushState');
    expect(await staleRanges(page), 'no stale ranges after navigating').toEqual([]);
    await waitFor(async () => (await badgeText(ext, tabId)) === '2', { what: 'badge 2 on case 101235' });
    const report = await sendToTab(ext, tabId, 'getPageMatches');
    expect(report.url, 'the report is for the new address').toEqual(page.url());
    expect(report.positions.map((p) => p.id).sort(), 'demands of case 101235').toEqual([
      'ks-2021:sorge-for-at-lokale-folkevalgte-fortsatt',
      'ks-2021:sorge-for-okonomiske-og-juridiske-rammevilkar',
    ]);

    // Wait past the location watcher's tick and any rescan: still exactly case B, nothing doubled.
    await page.waitForTimeout(1500);
    await expectHighlights(page, CASE_B, 'case 101235 after settling');

    await page.goBack();
    expect(page.url().endsWith('?p=101234'), `back to ${page.url()}`).toBeTruthy();
    await expectHighlights(page, CASE_A, 'case 101234 after back');
    await waitFor(async () => (await badgeText(ext, tabId)) === '1', { what: 'badge 1 after back' });

    // next-highlight walks the new article only.
    await runCommand(ext, tabId, 'next-highlight');
    const focus = await readHighlights(page, { focus: true });
    expect(
      focus.map((h) => h.text),
      'the first highlight of the current article has focus',
    ).toEqual([CASE_A[0]]);
  } finally {
    await page.close();
  }
});

privacyCheck();
