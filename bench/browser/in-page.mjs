// @ts-check
// What the benchmark runs inside the page's main world. Functions here are passed to page.evaluate /
// addInitScript, so each must be self-contained (no closure over module scope; JSDoc types are comments).
import { longWorkInit } from '../../e2e/harness/perf.mjs';

/**
 * What BENCH_INIT records in `window.__bench` (see longWorkInit in e2e/harness/perf.mjs).
 * @typedef {{
 *   longTasks: { start: number, duration: number }[],
 *   frames: { start: number, duration: number, renderStart: number }[],
 *   marker: Record<string, number>,
 *   raf: number | null,
 *   painted: number | null,
 * }} BenchState
 */
/** @typedef {Window & { __bench: BenchState }} BenchWindow */
/**
 * mark.js's constructor, which the benchmark injects into the page (it sets `window.Mark`).
 * @typedef {new (root: Element) => {
 *   mark(terms: string[], options: object): void,
 *   markRegExp(re: RegExp, options: object): void,
 * }} MarkConstructor
 */

/**
 * Init script (runs before the page's own scripts): records Long Tasks, Long Animation Frames with their
 * scripts, the times the content script's marker changed, and, once the marker says "scanned", the end of
 * the next rendered frame (a requestAnimationFrame callback, then a message posted from it: that task
 * runs after the frame's style, layout and paint).
 */
export const BENCH_INIT = longWorkInit('__bench', {
  extra: { raf: null, painted: null },
  onMarker: `if (state === 'scanned') {
      requestAnimationFrame(() => {
        perf.raf = performance.now();
        const channel = new MessageChannel();
        channel.port1.onmessage = () => { perf.painted = performance.now(); };
        channel.port2.postMessage(0);
      });
    }`,
});

/** What the init script and the content script's timeline marks recorded. */
export function collectTimeline() {
  /** @param {string} name */
  const mark = (name) =>
    /** @type {PerformanceMark | undefined} */ (performance.getEntriesByName(name, 'mark')[0]) ?? null;
  const nav = /** @type {PerformanceNavigationTiming | undefined} */ (performance.getEntriesByType('navigation')[0]);
  const end = mark('standpunkt:scan-end');
  return {
    .../** @type {BenchWindow} */ (/** @type {unknown} */ (window)).__bench,
    start: mark('standpunkt:start')?.startTime ?? null,
    data: mark('standpunkt:data')?.startTime ?? null,
    scanStart: mark('standpunkt:scan-start')?.startTime ?? null,
    scanEnd: end?.startTime ?? null,
    firstPaint: mark('standpunkt:first-paint')?.startTime ?? null,
    scanDetail: /** @type {{ slices?: number, longestSliceMs?: number } | null} */ (end?.detail ?? null),
    domContentLoaded: nav?.domContentLoadedEventEnd ?? null,
    domContentLoadedStart: nav?.domContentLoadedEventStart ?? null,
    load: nav?.loadEventEnd ?? null,
    highlights: [...CSS.highlights.keys()]
      .filter((k) => k.startsWith('standpunkt'))
      .reduce((n, k) => n + (CSS.highlights.get(k)?.size ?? 0), 0),
    elements: document.getElementsByTagName('*').length,
  };
}

/** The floor: one TreeWalker pass over the body reading every text node's data. */
export function floorPass() {
  const t0 = performance.now();
  const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
  let nodes = 0;
  let chars = 0;
  for (let n = walker.nextNode(); n; n = walker.nextNode()) {
    chars += /** @type {Text} */ (n).data.length;
    nodes += 1;
  }
  return { ms: performance.now() - t0, nodes, chars };
}

/**
 * mark.js on the page (already injected): marks `terms`, then waits for the next rendered frame, as (c)
 * does for our highlights. Returns the call's time and the time to the frame after it.
 * With `oneRegExp`: mark.js at its best with many terms, ONE RegExp of all terms (longest first), each
 * extended to the whole word around it as accuracy 'complementary' does, marked with markRegExp in one pass.
 * @param {{ terms: string[], options?: object, oneRegExp?: boolean }} args
 */
export async function runMarkJs({ terms, options = {}, oneRegExp = false }) {
  let re = null;
  if (oneRegExp) {
    /** @param {string} s */
    const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
    const alternatives = [...terms]
      .sort((x, y) => y.length - x.length)
      .map(escape)
      .join('|');
    re = new RegExp(`(?<![\\p{L}\\p{N}])[\\p{L}\\p{N}]*(?:${alternatives})[\\p{L}\\p{N}]*`, 'giu');
  }
  const t0 = performance.now();
  let count = 0;
  /** @param {number} n */
  const done = (n) => (count = n);
  const Mark = /** @type {{ Mark: MarkConstructor }} */ (/** @type {unknown} */ (window)).Mark;
  const mark = new Mark(document.body);
  if (re) mark.markRegExp(re, { done });
  else mark.mark(terms, { ...options, done });
  const t1 = performance.now();
  /** @type {number} */
  const painted = await new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(0);
    }),
  );
  return { markMs: t1 - t0, paintedMs: painted - t0, count, elements: document.querySelectorAll('mark').length };
}
