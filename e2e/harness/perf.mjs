// @ts-check
// Measuring how a page fares while the extension works on it, for reports (browser tests print these
// numbers; benchmarks with limits are a separate matter).
//
// - PAGE_PERF_INIT: an init script (add it before the page loads) that records Long Tasks, Long Animation
//   Frames and the times the content script's marker changed (ready, scanned).
// - profileScript(): a CPU profile (DevTools protocol) of the page's renderer, reduced to the stretches
//   in which a given script (our content script) was on the stack: the longest such stretch is the
//   longest time our code held the page's main thread without a break.

import { callTree, startCpuProfile, timedSamples } from './cpu-profile.mjs';

/**
 * A DevTools trace event, as far as we read it (times in µs).
 * @typedef {{ name: string, ph: string, pid: number, tid: number, ts: number, dur: number, args?: any }} TraceEvent
 */

/**
 * Source of an init script (add it before the page loads) that records in `window[name]`: Long Tasks
 * (`longTasks`), Long Animation Frames with their scripts (`frames`), and when the content script's marker
 * first took each value (`marker`: ready, scanned). `extra`: more fields to start with; `onMarker`: source
 * run with `state` and `perf` in scope when the marker takes a new value.
 * @param {string} name
 * @param {{ extra?: Record<string, unknown>, onMarker?: string }} [options]
 */
export function longWorkInit(name, { extra = {}, onMarker = '' } = {}) {
  return `(() => {
  const perf = (window[${JSON.stringify(name)}] = Object.assign({ longTasks: [], frames: [], marker: {} }, ${JSON.stringify(extra)}));
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
    ${onMarker}
  }).observe(document, { subtree: true, attributes: true, attributeFilter: ['data-standpunkt'] });
})();`;
}

/** The browser tests' init script; it leaves its findings in window.__standpunktPerf. */
export const PAGE_PERF_INIT = longWorkInit('__standpunktPerf');

/**
 * What the init script recorded, plus the navigation timing.
 * @param {import('playwright-core').Page} page
 */
export function pagePerf(page) {
  return page.evaluate(() => {
    const nav = /** @type {PerformanceNavigationTiming | undefined} */ (performance.getEntriesByType('navigation')[0]);
    return {
      .../** @type {Window & { __standpunktPerf?: object }} */ (window).__standpunktPerf,
      domContentLoaded: nav?.domContentLoadedEventEnd ?? null,
      load: nav?.loadEventEnd ?? null,
    };
  });
}

/**
 * Starts a CPU profile of the page; `stop()` resolves to the stretches (ms) in which a script whose URL
 * contains `urlPart` was on the stack, merged across gaps shorter than `gapMs`.
 * @param {import('playwright-core').Page} page
 * @param {string} urlPart
 */
export async function profileScript(page, urlPart, { intervalUs = 200, gapMs = 1 } = {}) {
  const cdp = await page.context().newCDPSession(page);
  const stopProfile = await startCpuProfile(cdp, intervalUs);
  return {
    async stop() {
      const profile = await stopProfile();
      await cdp.detach().catch(() => {});
      const tree = callTree(profile, urlPart);
      const samples = timedSamples(profile);
      /** @type {{ start: number, end: number, samples: number[] }[]} */
      const stretches = [];
      /** @type {{ start: number, end: number, samples: number[] } | null} */
      let current = null;
      for (const { t, id } of samples) {
        if (tree.innermostOurs(id) === undefined) continue;
        if (current && (t - current.end) / 1000 <= gapMs) {
          current.end = t;
          current.samples.push(id);
        } else {
          current = { start: t, end: t, samples: [id] };
          stretches.push(current);
        }
      }
      const lengths = stretches.map((s) => (s.end - s.start) / 1000 + intervalUs / 1000);
      // Where the longest stretch spent its time: the innermost function of ours (or the native call it made).
      const longest = stretches[lengths.indexOf(Math.max(0, ...lengths))];
      const hot = new Map();
      for (const id of longest?.samples ?? []) {
        const f = tree.frame(id);
        const name = `${f.functionName || '(anonymous)'}${f.url.includes(urlPart) ? `:${f.lineNumber + 1}:${f.columnNumber + 1}` : ''}`;
        hot.set(name, (hot.get(name) ?? 0) + intervalUs / 1000);
      }
      return {
        stretches: lengths.length,
        totalMs: lengths.reduce((a, b) => a + b, 0),
        longestMs: Math.max(0, ...lengths),
        over50: lengths.filter((l) => l > 50).length,
        top: [...lengths]
          .sort((a, b) => b - a)
          .slice(0, 5)
          .map((l) => Math.round(l)),
        longestHot: [...hot]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 8)
          .map(([n, ms]) => `${n} ${Math.round(ms)}`),
        /**
         * Time by function (ms) within [fromUs, toUs] of the trace clock (the same clock as the profile):
         * the frame of ours nearest the top of each stack, or "other".
         */
        window(/** @type {number} */ fromUs, /** @type {number} */ toUs) {
          /** @type {Map<string, number>} */
          const by = new Map();
          for (const { t: at, id: sample } of samples) {
            if (at < fromUs || at > toUs) continue;
            const ours = tree.innermostOurs(sample);
            let label = 'other';
            if (ours !== undefined) {
              const f = tree.frame(ours);
              label = `${f.functionName || '(anonymous)'}:${f.lineNumber + 1}:${f.columnNumber + 1}`;
            }
            const leaf = tree.frame(sample);
            if (!leaf.url.includes(urlPart) && label !== 'other')
              label += ` > ${leaf.functionName || leaf.url || '(native)'}`;
            by.set(label, (by.get(label) ?? 0) + intervalUs / 1000);
          }
          return [...by]
            .sort((a, b) => b[1] - a[1])
            .slice(0, 10)
            .map(([n, ms]) => `${n} ${Math.round(ms)}`);
        },
      };
    },
  };
}

/**
 * Records a DevTools timeline trace while the page loads; `stop()` resolves to the page main thread's
 * tasks longer than `minMs`, each with `ours` (a function of a script whose URL contains `urlPart` ran
 * in it) and where its time went (script, style, layout, paint), longest first.
 * @param {import('playwright-core').Page} page
 * @param {{ urlPart?: string, pagePath?: string, minMs?: number }} [options]
 */
export async function traceLongTasks(page, { urlPart = '/content-scripts/', pagePath, minMs = 50 } = {}) {
  const cdp = await page.context().newCDPSession(page);
  /** @type {TraceEvent[]} */
  const events = [];
  cdp.on('Tracing.dataCollected', (d) =>
    events.push(.../** @type {TraceEvent[]} */ (/** @type {unknown} */ (d.value))),
  );
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'] },
  });
  return {
    async stop() {
      const complete = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
      await cdp.send('Tracing.end');
      await complete;
      await cdp.detach().catch(() => {});
      // The page's main thread: where its HTML was parsed.
      const parse = events.find(
        (e) => e.name === 'ParseHTML' && (!pagePath || (e.args?.beginData?.url ?? '').includes(pagePath)),
      );
      if (!parse) return { error: 'no ParseHTML event for the page', tasks: [] };
      const thread = events.filter((e) => e.pid === parse.pid && e.tid === parse.tid && e.ph === 'X');
      const origin = parse.ts;
      const tasks = thread.filter((e) => e.name === 'RunTask' && e.dur >= minMs * 1000);
      const kinds = {
        script: [
          'FunctionCall',
          'EvaluateScript',
          'v8.callFunction',
          'RunMicrotasks',
          'v8.evaluateModule',
          'TimerFire',
          'EventDispatch',
        ],
        style: ['UpdateLayoutTree', 'RecalculateStyles', 'ScheduleStyleRecalculation'],
        layout: ['Layout'],
        paint: ['Paint', 'PrePaint', 'Layerize', 'Commit', 'RasterTask'],
        parse: ['ParseHTML'],
      };
      const result = tasks.map((t) => {
        const inside = thread.filter((e) => e !== t && e.ts >= t.ts && e.ts + e.dur <= t.ts + t.dur);
        const ours = inside.some((e) => (e.args?.data?.url ?? '').includes(urlPart));
        /** @type {Record<string, number>} */
        const split = {};
        for (const [kind, names] of Object.entries(kinds)) {
          // Top-level events of each kind only (nested ones are counted in their parent).
          const own = inside.filter((e) => names.includes(e.name));
          const top = own.filter(
            (e) => !own.some((o) => o !== e && o.ts <= e.ts && o.ts + o.dur >= e.ts + e.dur && o.dur > e.dur),
          );
          split[kind] = Math.round(top.reduce((n, e) => n + e.dur, 0) / 1000);
        }
        return {
          atMs: Math.round((t.ts - origin) / 1000),
          ms: Math.round(t.dur / 1000),
          ours,
          ...split,
          ts: t.ts,
          dur: t.dur,
        };
      });
      return { tasks: result.sort((a, b) => b.ms - a.ms) };
    },
  };
}
