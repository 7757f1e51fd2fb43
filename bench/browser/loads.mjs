// @ts-check
// One measured page load of the browser benchmark (timed, traced and profiled, or mark.js), in a fresh tab.
import { fileURLToPath } from 'node:url';
import { profileScript, traceLongTasks } from '../../e2e/harness/perf.mjs';
import { median } from './figures.mjs';
import { BENCH_INIT, collectTimeline, floorPass, runMarkJs } from './in-page.mjs';

/** @typedef {import('./in-page.mjs').BenchWindow} BenchWindow */

/** @typedef {import('playwright-core').Page} Page */
/** @typedef {Awaited<ReturnType<typeof import('../../e2e/harness/browser.mjs').launchWithExtension>>} Extension */
/** @typedef {Awaited<ReturnType<typeof import('../../e2e/harness/server.mjs').startFixtureServer>>} FixtureServer */
/**
 * A main-thread task of the trace, its time split by kind (ms) as traceLongTasks gives it.
 * @typedef {{ atMs: number, ms: number, ours: boolean, ts: number, dur: number,
 *   script: number, style: number, layout: number, paint: number, parse: number }} TracedTask
 */
/** @typedef {Awaited<ReturnType<typeof timedLoad>>} TimedLoad */
/** @typedef {Awaited<ReturnType<typeof attributedLoad>>} AttributedLoad */
/** @typedef {Awaited<ReturnType<typeof markJsLoad>>} MarkJsLoad */

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const MARK_JS = `${ROOT}node_modules/mark.js/dist/mark.min.js`;
/** mark.js's term-by-term call costs ~80 ms per term per MB here: it is timed on every SAMPLE_STEP-th term. */
export const SAMPLE_STEP = 110;
export const MARK_OPTIONS = { separateWordSearch: false, accuracy: 'complementary', diacritics: false };
const TIMEOUT = 180_000;

/**
 * Heap of the page's renderer after a full GC (V8 heap: JS of all worlds; embedder: Blink objects).
 * @param {Page} page
 */
async function heap(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    const usage = await cdp.send('Runtime.getHeapUsage');
    const dom = await cdp.send('Memory.getDOMCounters').catch(() => null);
    return { js: usage.usedSize, embedder: usage.embedderHeapUsedSize ?? null, nodes: dom?.nodes ?? null };
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/**
 * One timed load of a page with the extension: (a), (b), (c), the long tasks, the heap.
 * @param {Extension} ext
 * @param {string} url
 */
export async function timedLoad(ext, url) {
  const page = await ext.context.newPage();
  try {
    await page.addInitScript(BENCH_INIT);
    await page.goto(url, { waitUntil: 'load', timeout: TIMEOUT });
    await page.waitForFunction(
      () => /** @type {BenchWindow} */ (/** @type {unknown} */ (window)).__bench.painted !== null,
      null,
      { timeout: TIMEOUT, polling: 50 },
    );
    const t = await page.evaluate(collectTimeline);
    // A mark the content script did not set is null; the arithmetic below reads it as 0, as it always has.
    const start = Number(t.start);
    const data = Number(t.data);
    const scanStart = Number(t.scanStart);
    const scanEnd = Number(t.scanEnd);
    const painted = Number(t.painted);
    const firstPaint = t.firstPaint === null ? null : Number(t.firstPaint);
    const floorCold = await page.evaluate(floorPass);
    const warm = [];
    for (let i = 0; i < 5; i++) warm.push((await page.evaluate(floorPass)).ms);
    const mem = await heap(page);
    const afterDcl = t.longTasks.filter((l) => l.start >= Number(t.domContentLoaded));
    // Long tasks that overlap our work (content-script start → highlights painted).
    const during = t.longTasks.filter((l) => l.start + l.duration > start && l.start < painted);
    return {
      a: floorCold.ms,
      aWarm: median(warm),
      textNodes: floorCold.nodes,
      textChars: floorCold.chars,
      b: scanEnd - start,
      setup: scanStart - start,
      messages: data - start,
      build: scanStart - data,
      scan: scanEnd - scanStart,
      c: painted - start,
      // What the reader waits for once the page is parsed: Chrome starts document_idle scripts later.
      fromDcl: painted - Number(t.domContentLoadedStart),
      // (v): the frame that paints the highlights in view (null: a build without the mark).
      v: firstPaint === null ? null : firstPaint - start,
      vFromDcl: firstPaint === null ? null : firstPaint - Number(t.domContentLoadedStart),
      slices: t.scanDetail?.slices ?? null,
      longestSlice: t.scanDetail?.longestSliceMs ?? null,
      longestTaskAfterDcl: Math.max(0, ...afterDcl.map((l) => l.duration)),
      longestTaskDuringOurs: Math.max(0, ...during.map((l) => l.duration)),
      longFramesDuringOurs: t.frames
        .filter((f) => f.start + f.duration > start && f.start < painted)
        .map((f) => ({
          ms: Math.round(f.duration),
          renderMs: f.renderStart > 0 ? Math.round(f.start + f.duration - f.renderStart) : 0,
        })),
      painted: t.highlights,
      elements: t.elements,
      heap: mem,
    };
  } finally {
    await page.close();
  }
}

/**
 * One load with a CPU profile and a timeline trace: the longest stretch our script held the main thread
 * (profile), and the longest tasks with their split into script/style/layout/paint and whether our code
 * ran in them (trace). Separate from the timed loads, since profiling slows the page down.
 * @param {Extension} ext
 * @param {FixtureServer} server
 * @param {string} path
 */
export async function attributedLoad(ext, server, path) {
  const page = await ext.context.newPage();
  try {
    await page.addInitScript(BENCH_INIT);
    // The profiler belongs to the renderer: load a page of the same site first, then navigate.
    await page.goto(server.url('www.stortinget.no', '/bench-profiler-start/'), { timeout: TIMEOUT });
    // Our content script runs on that page too: let it finish before recording.
    await page
      .waitForFunction(() => document.documentElement.dataset.standpunkt === 'scanned', null, { timeout: 30_000 })
      .catch(() => {});
    const profile = await profileScript(page, 'chrome-extension://');
    // (pagePath is an option traceLongTasks reads without a default, which its inferred type leaves out.)
    const traceOptions = /** @type {{ urlPart: string, minMs: number }} */ ({
      urlPart: 'chrome-extension://',
      pagePath: path,
      minMs: 30,
    });
    const trace = await traceLongTasks(page, traceOptions);
    await page.goto(server.url('www.stortinget.no', path), { waitUntil: 'load', timeout: TIMEOUT });
    await page.waitForFunction(
      () => /** @type {BenchWindow} */ (/** @type {unknown} */ (window)).__bench.painted !== null,
      null,
      { timeout: TIMEOUT, polling: 50 },
    );
    await page.waitForTimeout(500); // the report and prefetch that follow the scan
    // Only tasks from the page's own parse on (the first page shares the renderer).
    const tasks = /** @type {TracedTask[]} */ ((await trace.stop()).tasks ?? []).filter((t) => t.atMs >= 0);
    const p = await profile.stop();
    // Where our time went over the whole load: the innermost function of ours on each sample.
    const hot = p.window(0, Number.MAX_SAFE_INTEGER);
    const ours = tasks.filter((t) => t.ours);
    // And inside the longest task that ran our code (trace and profile share one clock).
    const inLongest = ours[0] ? p.window(ours[0].ts, ours[0].ts + ours[0].dur) : [];
    /**
     * A task without its trace-clock fields (the report needs only its figures).
     * @template {{ ts: unknown, dur: unknown }} T
     * @param {T} task
     * @returns {Omit<T, 'ts' | 'dur'>}
     */
    const strip = ({ ts: _ts, dur: _dur, ...rest }) => rest;
    const other = tasks.find((t) => !t.ours);
    return {
      profileLongest: p.longestMs,
      profileTotal: p.totalMs,
      profileTop: p.top,
      profileHot: p.longestHot ?? [],
      hot,
      inLongest,
      longestTaskOurs: ours[0] ? strip(ours[0]) : null,
      longestTaskOther: other ? strip(other) : null,
    };
  } finally {
    await page.close();
  }
}

/**
 * mark.js on the page without the extension (control host): heap first, then the two ways of calling it.
 * @param {Extension} ext
 * @param {FixtureServer} server
 * @param {string} path
 * @param {string[]} terms
 * @param {{ sample: boolean }} options
 */
export async function markJsLoad(ext, server, path, terms, { sample }) {
  const page = await ext.context.newPage();
  const url = server.url('www.ikke-stortinget.no', `/stortinget${path}`);
  try {
    await page.goto(url, { waitUntil: 'load', timeout: TIMEOUT });
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const mem = await heap(page);
    await page.addScriptTag({ path: MARK_JS });
    const regexp = await page.evaluate(runMarkJs, { terms, oneRegExp: true });
    let perTerm = null;
    if (sample) {
      await page.goto(url, { waitUntil: 'load', timeout: TIMEOUT });
      await page.addScriptTag({ path: MARK_JS });
      const picked = terms.filter((_, i) => i % SAMPLE_STEP === 0);
      const r = await page.evaluate(runMarkJs, { terms: picked, options: MARK_OPTIONS });
      perTerm = { ...r, terms: picked.length, extrapolatedMs: (r.paintedMs / picked.length) * terms.length };
    }
    return { heap: mem, regexp, perTerm };
  } finally {
    await page.close();
  }
}
