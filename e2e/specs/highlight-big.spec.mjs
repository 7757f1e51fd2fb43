// A 1 MB page (generated Stortinget minutes, e2e/harness/big-page.mjs): every expected highlight appears
// and nothing in the form fields, editable or hidden parts. The test prints how long the page took to be
// scanned and the longest tasks (Long Tasks API, Long Animation Frames, and a CPU profile of the content
// script), with the same page on a host without the extension as the baseline. It asserts no timings:
// limits belong to the benchmarks.
import { BIG_PAGE_PATH, bigPage } from '../harness/big-page.mjs';
import {
  badgeText,
  collectByScrolling,
  readHighlights,
  runCommand,
  sendToTab,
  waitForScan,
} from '../harness/highlights.mjs';
import { PAGE_PERF_INIT, pagePerf, profileScript, traceLongTasks } from '../harness/perf.mjs';
import { MEASURING, expect, privacyCheck, test, waitFor } from '../harness/test.mjs';

// It measures the page's main thread: nothing of the test runner may run there meanwhile.
test.use(MEASURING);

const EXCLUDED = 'input, textarea, [contenteditable], script, [hidden]';
const round = (n) => (n == null ? null : Math.round(n));

function summary(perf) {
  const tasks = perf.longTasks.map((t) => t.duration).sort((a, b) => b - a);
  const frames = perf.frames.map((f) => f.blocking).sort((a, b) => b - a);
  return {
    load: round(perf.load),
    ready: round(perf.marker.ready),
    scanned: round(perf.marker.scanned),
    longTasks: tasks.length,
    longestTask: round(tasks[0] ?? 0),
    longTasksTop: tasks.slice(0, 5).map(round),
    longTasksAfterReady: perf.longTasks
      .filter((t) => perf.marker.ready !== undefined && t.start + t.duration >= perf.marker.ready)
      .map((t) => round(t.duration)),
    frameBlockingTop: frames.slice(0, 3).map(round),
  };
}

test('a 1 MB page: every expected highlight, none in the excluded parts; the numbers are reported', async ({
  ext,
  server,
}) => {
  test.setTimeout(120_000);
  const expected = bigPage();
  await ext.context.addInitScript(PAGE_PERF_INIT);

  // Baseline: the same page where the content script does not run.
  const control = await ext.context.newPage();
  await control.goto(server.url('www.ikke-stortinget.no', `/stortinget${BIG_PAGE_PATH}`), { waitUntil: 'load' });
  await control.waitForTimeout(1500);
  const baseline = summary(await pagePerf(control));
  const chars = await control.evaluate(() => document.body.innerText.length);
  await control.close();

  // With the extension, profiled from before the page loads.
  const page = await ext.context.newPage();
  const profile = await profileScript(page, '/content-scripts/');
  const trace = await traceLongTasks(page, { pagePath: BIG_PAGE_PATH });
  const started = Date.now();
  await page.goto(server.url('www.stortinget.no', BIG_PAGE_PATH), { waitUntil: 'load' });
  await waitForScan(page, { timeoutMs: 60_000 });
  const wall = Date.now() - started;
  await page.waitForTimeout(1000); // let late long tasks (painting) be recorded
  const ours = await profile.stop();
  const traced = await trace.stop();
  const measured = summary(await pagePerf(page));

  console.log(
    `      page: ${(chars / 1e6).toFixed(2)} M characters of text, ${expected.texts.length} expected highlights`,
  );
  console.log(
    `      without the extension: load ${baseline.load} ms, long tasks ${JSON.stringify(baseline.longTasksTop)} ms`,
  );
  console.log(
    `      with it: load ${measured.load} ms, content script ready at ${measured.ready} ms, scanned at ${measured.scanned} ms (${wall} ms wall from goto)`,
  );
  console.log(
    `      long tasks: ${measured.longTasks}, longest ${measured.longestTask} ms, top ${JSON.stringify(measured.longTasksTop)}; after "ready": ${JSON.stringify(measured.longTasksAfterReady)}`,
  );
  console.log(`      long animation frames, blocking ms: ${JSON.stringify(measured.frameBlockingTop)}`);
  console.log(`      tasks ≥ 50 ms on the page's main thread (trace, ms from parsing start): ${traced.error ?? ''}`);
  for (const t of traced.tasks)
    console.log(
      `        ${t.ms} ms at ${t.atMs}${t.ours ? ' (content script)' : ''}: script ${t.script}, style ${t.style}, layout ${t.layout}, paint ${t.paint}, parse ${t.parse}`,
    );
  console.log(
    `      content script on the main thread (CPU profile): ${round(ours.totalMs)} ms in ${ours.stretches} stretches, longest ${round(ours.longestMs)} ms, ${ours.over50} over 50 ms, top ${JSON.stringify(ours.top)}`,
  );
  const worst = traced.tasks.find((t) => t.ours);
  if (worst)
    console.log(
      `        our longest task (${worst.ms} ms) by function, ms: ${ours.window(worst.ts, worst.ts + worst.dur).join(', ')}`,
    );

  try {
    // With many marks the extension paints only near the viewport: scroll through and collect.
    await page.setViewportSize({ width: 1200, height: 3000 });
    const started = Date.now();
    const { highlights: all, stops, mostAtOnce } = await collectByScrolling(page, { exclude: EXCLUDED });
    console.log(
      `      collected by scrolling in ${stops} stops (${Date.now() - started} ms); at most ${mostAtOnce} ranges painted at once`,
    );
    const inside = all.filter((h) => h.blockedBy).map((h) => `${h.text} (in ${h.blockedBy})`);
    expect(inside, 'highlights in the excluded parts').toEqual([]);
    const texts = all.map((h) => (h.text ?? '').replace(/\s+/g, ' '));
    const firstDiff = texts.findIndex((t, i) => t !== expected.texts[i]);
    expect(
      texts.length === expected.texts.length && firstDiff === -1,
      `highlights: ${texts.length} of ${expected.texts.length}; first difference at #${firstDiff}: got ${JSON.stringify(texts.slice(firstDiff, firstDiff + 3))}, expected ${JSON.stringify(expected.texts.slice(firstDiff, firstDiff + 3))}`,
    ).toBeTruthy();
  } finally {
    await page.close();
  }
});

test('a 1 MB page: the badge counts its demands, and next-highlight reaches the end of the page', async ({
  ext,
  server,
}) => {
  test.setTimeout(90_000);
  const expected = bigPage();
  const { page, tabId } = await ext.openTab(server.url('www.stortinget.no', BIG_PAGE_PATH));
  try {
    await waitForScan(page, { timeoutMs: 60_000 });
    await waitFor(async () => (await badgeText(ext, tabId)) === String(expected.positions.length), {
      what: `badge ${expected.positions.length}`,
      timeoutMs: 5000,
    });
    const report = await sendToTab(ext, tabId, 'getPageMatches');
    expect(report.positions.map((p) => p.id).sort(), 'demands in the report').toEqual(expected.positions);
    const total = report.positions.reduce((n, p) => n + p.count, 0);
    // A phrase shared by two demands counts once for each in the report.
    const shared = expected.texts.filter((t) => t === 'private barnehager').length;
    expect(total, 'occurrences in the report').toEqual(expected.texts.length + shared);

    // previous from nothing jumps to the very last highlight, far down the page.
    await runCommand(ext, tabId, 'previous-highlight');
    await page.waitForTimeout(500);
    const [focus] = await readHighlights(page, { focus: true });
    expect(focus?.text, 'the last highlight has focus').toEqual(expected.texts.at(-1));
    const where = await page.evaluate(() => ({
      y: window.scrollY,
      max: document.documentElement.scrollHeight - window.innerHeight,
      h: window.innerHeight,
    }));
    expect(where.y > where.max - 3 * where.h, `scrolled to the end: ${JSON.stringify(where)}`).toBeTruthy();
    const r = focus.rects[0];
    expect(
      r && r.y >= 0 && r.y + r.height <= where.h,
      `the focused highlight is in view: ${JSON.stringify(r)}`,
    ).toBeTruthy();
  } finally {
    await page.close();
  }
});

privacyCheck();
