// What the benchmark runs inside the page's main world. Functions here are passed to page.evaluate /
// addInitScript, so each must be self-contained (no closure over module scope).

/**
 * Init script (runs before the page's own scripts): records Long Tasks, Long Animation Frames with their
 * scripts, the times the content script's marker changed, and, once the marker says "scanned", the end of
 * the next rendered frame (a requestAnimationFrame callback, then a message posted from it: that task
 * runs after the frame's style, layout and paint).
 */
export const BENCH_INIT = `(() => {
  const perf = (window.__bench = { longTasks: [], frames: [], marker: {}, raf: null, painted: null });
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) perf.longTasks.push({ start: e.startTime, duration: e.duration });
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        perf.frames.push({
          start: e.startTime,
          duration: e.duration,
          blocking: e.blockingDuration,
          renderStart: e.renderStart,
          styleAndLayoutStart: e.styleAndLayoutStart,
          scripts: e.scripts.map((s) => ({
            url: s.sourceURL,
            fn: s.sourceFunctionName,
            invoker: s.invoker,
            type: s.invokerType,
            start: s.startTime,
            duration: s.duration,
            forcedStyleAndLayout: s.forcedStyleAndLayoutDuration,
          })),
        });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {}
  new MutationObserver(() => {
    const state = document.documentElement && document.documentElement.dataset.standpunkt;
    if (!state || perf.marker[state] !== undefined) return;
    perf.marker[state] = performance.now();
    if (state === 'scanned') {
      requestAnimationFrame(() => {
        perf.raf = performance.now();
        const channel = new MessageChannel();
        channel.port1.onmessage = () => { perf.painted = performance.now(); };
        channel.port2.postMessage(0);
      });
    }
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-standpunkt'] });
})();`;

/** What the init script and the content script's timeline marks recorded. */
export function collectTimeline() {
  const mark = (name) => performance.getEntriesByName(name, 'mark')[0] ?? null;
  const nav = performance.getEntriesByType('navigation')[0];
  const end = mark('standpunkt:scan-end');
  return {
    ...window.__bench,
    start: mark('standpunkt:start')?.startTime ?? null,
    data: mark('standpunkt:data')?.startTime ?? null,
    scanStart: mark('standpunkt:scan-start')?.startTime ?? null,
    scanEnd: end?.startTime ?? null,
    scanDetail: end?.detail ?? null,
    domContentLoaded: nav?.domContentLoadedEventEnd ?? null,
    domContentLoadedStart: nav?.domContentLoadedEventStart ?? null,
    load: nav?.loadEventEnd ?? null,
    highlights: [...CSS.highlights.keys()].filter((k) => k.startsWith('standpunkt')).reduce((n, k) => n + CSS.highlights.get(k).size, 0),
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
    chars += n.data.length;
    nodes += 1;
  }
  return { ms: performance.now() - t0, nodes, chars };
}

/**
 * mark.js on the page (already injected): marks `terms`, then waits for the next rendered frame, as (c)
 * does for our highlights. Returns the call's time and the time to the frame after it.
 */
export async function runMarkJs({ terms, options }) {
  const t0 = performance.now();
  let count = 0;
  // eslint-disable-next-line no-undef
  new Mark(document.body).mark(terms, { ...options, done: (n) => (count = n) });
  const t1 = performance.now();
  const painted = await new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(0);
    }),
  );
  return { markMs: t1 - t0, paintedMs: painted - t0, count, elements: document.querySelectorAll('mark').length };
}

/**
 * mark.js at its best with many terms: ONE RegExp of all terms (longest first), each extended to the
 * whole word around it as accuracy 'complementary' does, marked with markRegExp in a single pass.
 */
export async function runMarkRegExp({ terms }) {
  const escape = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/ /g, '\\s+');
  const alternatives = [...terms].sort((x, y) => y.length - x.length).map(escape).join('|');
  const re = new RegExp(`(?<![\\p{L}\\p{N}])[\\p{L}\\p{N}]*(?:${alternatives})[\\p{L}\\p{N}]*`, 'giu');
  const t0 = performance.now();
  let count = 0;
  // eslint-disable-next-line no-undef
  new Mark(document.body).markRegExp(re, { done: (n) => (count = n) });
  const t1 = performance.now();
  const painted = await new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(0);
    }),
  );
  return { markMs: t1 - t0, paintedMs: painted - t0, count };
}
