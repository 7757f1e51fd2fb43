// @ts-check
// Whether a page stays responsive while the extension works on it, and whether its memory stays bounded.
//
// Which long task is OURS: the Long Animation Frames API does not attribute extension scripts (tried in
// Chromium 156: a 120 ms busy loop run in the content script's isolated world gives a frame with an empty
// `scripts` list, while the same loop in the page's world is listed with its function name). So the
// tasks come from a DevTools trace of the page's renderer (`RunTask` events of its main thread: exact
// durations). Which of them are ours: the time our scripts ran in a task (the trace's FunctionCall events
// of our callbacks, or a CPU profile's samples with our code on the stack where more: the trace does not
// name promise continuations) is at least the time the page's own scripts ran in it. Everything that
// happens inside our task — a style recalculation or layout our call forced, a garbage collection our
// allocations triggered — counts as ours: the page could not run meanwhile. The exception is a rendering
// frame (mostly style, layout and paint outside our code) in which a callback of ours ran (an
// IntersectionObserver's): there only our callbacks' own time is ours; such frames are reported apart.
//
// The Long Tasks and Long Animation Frames the page itself can see are recorded too (LONG_WORK_INIT), for
// the report.

import { callTree, startCpuProfile, timedSamples } from './cpu-profile.mjs';
import { longWorkInit } from './perf.mjs';

/** Init script (add before the page loads): records Long Tasks and Long Animation Frames in window.__standpunktLong. */
export const LONG_WORK_INIT = longWorkInit('__standpunktLong');

/**
 * The long tasks and frames the init script saw in the page (its top document) since `since` (ms, the
 * page's clock), summarised.
 * @param {import('playwright-core').Page} page
 */
export async function longWork(page, since = 0) {
  const rec = await page.evaluate(() => window.__standpunktLong ?? { longTasks: [], frames: [] });
  const tasks = rec.longTasks
    .filter((t) => t.start + t.duration >= since)
    .map((t) => Math.round(t.duration))
    .sort((a, b) => b - a);
  const frames = rec.frames.filter((f) => f.start + f.duration >= since);
  const blocking = frames.map((f) => Math.round(f.blocking)).sort((a, b) => b - a);
  return {
    longTasks: tasks.length,
    topTasks: tasks.slice(0, 5),
    longFrames: frames.length,
    topFrameBlocking: blocking.slice(0, 5),
    /** Scripts of 50 ms or more that the API attributed (the page's own: extension scripts are never listed). */
    attributed: frames
      .flatMap((f) => f.scripts)
      .filter((s) => s.duration >= 50)
      .slice(0, 5)
      .map((s) => `${s.fn || '(anonymous)'} ${s.url || '(inline)'} ${Math.round(s.duration)} ms`),
  };
}

/** Now on the page's clock (for `longWork(page, since)`). */
export const pageNow = (/** @type {import('playwright-core').Page} */ page) => page.evaluate(() => performance.now());

/**
 * Starts a DevTools trace and a CPU profile of the page's renderer. `stop()` resolves to a summary of the
 * tasks on its main thread, ours marked (see the top of this file).
 * @param {import('playwright-core').Page} page
 * @param {{ urlPart?: string, intervalUs?: number }} [options] `urlPart` picks our scripts
 */
export async function watchMainThread(page, { urlPart = 'chrome-extension://', intervalUs = 250 } = {}) {
  const cdp = await page.context().newCDPSession(page);
  /** @type {TraceEvent[]} */
  const events = [];
  cdp.on('Tracing.dataCollected', (d) => {
    for (const e of /** @type {TraceEvent[]} */ (/** @type {unknown} */ (d.value))) if (e.ph === 'X') events.push(e);
  });
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: { includedCategories: ['toplevel', 'devtools.timeline', 'disabled-by-default-devtools.timeline'] },
  });
  const stopProfile = await startCpuProfile(cdp, intervalUs);
  return {
    async stop() {
      const profile = await stopProfile();
      const complete = new Promise((ok) => cdp.once('Tracing.tracingComplete', ok));
      await cdp.send('Tracing.end');
      await complete;
      await cdp.detach().catch(() => {});
      return summariseTasks(events, profile, urlPart, intervalUs);
    },
  };
}

/** Trace events whose durations are summed per kind in a task's description. */
const KINDS = {
  style: ['UpdateLayoutTree', 'RecalculateStyles'],
  layout: ['Layout'],
  gc: ['MinorGC', 'MajorGC', 'BlinkGC.AtomicPhase'],
  hitTest: ['HitTest'],
  paint: ['Paint', 'PrePaint', 'Layerize', 'Commit'],
  parse: ['ParseHTML'],
};

/** @typedef {import('./perf.mjs').TraceEvent} TraceEvent */
/** @typedef {'ours' | 'page' | 'other'} SampleKind */
/**
 * A task of the main thread with what ran in it; the times (µs) are filled in after the samples.
 * @typedef {{ task: TraceEvent, ours: number, page: number, samples: { t: number, id: number, kind: SampleKind }[],
 *   children: TraceEvent[], ourUs: number, pageUs: number, renderUs: number, frame: boolean }} TaskInfo
 */

/**
 * The main thread's tasks from trace events and profile samples; see watchMainThread.
 * @param {TraceEvent[]} events
 * @param {import('./cpu-profile.mjs').Profile} profile
 * @param {string} urlPart
 * @param {number} intervalUs
 */
export function summariseTasks(events, profile, urlPart, intervalUs) {
  const tree = callTree(profile, urlPart);
  /** @type {Map<number, SampleKind>} */
  const memo = new Map();
  /**
   * Whose a sample's stack is; ours wins (a page function we called is our time).
   * @param {number} id
   * @returns {SampleKind}
   */
  const whose = (id) => {
    const known = memo.get(id);
    if (known) return known;
    const url = tree.frame(id).url;
    /** @type {SampleKind} */
    let kind = 'other';
    if (url.includes(urlPart)) kind = 'ours';
    else {
      const up = tree.parentOf(id);
      const upKind = up !== undefined ? whose(up) : 'other';
      kind = upKind === 'ours' ? 'ours' : /^https?:/.test(url) ? 'page' : upKind;
    }
    memo.set(id, kind);
    return kind;
  };
  /**
   * The innermost function of ours in a sample's stack, with what it was calling.
   * @param {number} id
   */
  const label = (id) => {
    const leaf = tree.frame(id);
    const at = tree.innermostOurs(id);
    if (at === undefined) return leaf.functionName || '(program)';
    const f = tree.frame(at);
    const name = `${f.functionName || '(anonymous)'}:${f.lineNumber + 1}`;
    return at === id ? name : `${name} > ${leaf.functionName || '(native)'}`;
  };
  const samples = timedSamples(profile).map((s) => ({ ...s, kind: whose(s.id) }));

  // The page's main thread: the thread whose tasks hold the samples (the profile is of the page's isolate).
  /** @type {Map<string, TraceEvent[]>} */
  const runTasks = new Map();
  for (const e of events) {
    if (e.name !== 'RunTask') continue;
    const key = `${e.pid}:${e.tid}`;
    if (!runTasks.has(key)) runTasks.set(key, []);
    runTasks.get(key)?.push(e);
  }
  /** How many of the (ascending) times `xs` fall inside one of the tasks in `list` (sweep). */
  /** @type {(list: TraceEvent[], xs: number[]) => number} */
  const countInside = (list, xs) => {
    const sorted = [...list].sort((a, b) => a.ts - b.ts);
    let n = 0;
    let j = 0;
    let reach = -Infinity; // furthest end among tasks started so far
    for (const x of xs) {
      for (let e = sorted[j]; e && e.ts <= x; e = sorted[++j]) reach = Math.max(reach, e.ts + e.dur);
      if (x <= reach) n++;
    }
    return n;
  };
  /** @type {string | null} */
  let thread = null;
  let best = -1;
  const probe = samples.filter((_s, i) => i % 10 === 0).map((s) => s.t);
  for (const [key, list] of runTasks) {
    const n = countInside(list, probe);
    if (n > best) [thread, best] = [key, n];
  }
  if (!thread)
    return {
      error: 'no tasks in the trace',
      tasks: 0,
      ourTasks: 0,
      ourTotalMs: 0,
      longestOurs: 0,
      oursOver50: [],
      framesWithOurCallbacks: 0,
      longestFrameWithOurCallbacks: 0,
      longCount: 0,
      long: [],
    };
  // Top-level tasks only (a nested run loop's tasks are part of their parent).
  const all = (runTasks.get(thread) ?? []).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
  /** @type {TraceEvent[]} */
  const tasks = [];
  for (const k of all) {
    const last = tasks.at(-1);
    if (!last || k.ts >= last.ts + last.dur) tasks.push(k);
  }
  const [pid, tid] = thread.split(':').map(Number);

  /** @param {number} ts */
  const enclosing = (ts) => {
    let lo = 0;
    let hi = tasks.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const task = /** @type {TraceEvent} */ (tasks[mid]);
      if (task.ts + task.dur < ts) lo = mid + 1;
      else if (task.ts > ts) hi = mid - 1;
      else return mid;
    }
    return -1;
  };
  const info = tasks.map(
    (task) =>
      /** @type {TaskInfo} */ ({
        task,
        ours: 0,
        page: 0,
        samples: [],
        children: [],
        // Set for every task below, once the samples and events are in.
        ourUs: 0,
        pageUs: 0,
        renderUs: 0,
        frame: false,
      }),
  );
  for (const s of samples) {
    const i = enclosing(s.t);
    const x = info[i];
    if (!x) continue; // i < 0: outside every task
    x.samples.push(s);
    if (s.kind === 'ours') x.ours++;
    else if (s.kind === 'page') x.page++;
  }
  for (const e of events) {
    if (e.pid !== pid || e.tid !== tid || e.name === 'RunTask') continue;
    const i = enclosing(e.ts);
    if (i >= 0) info[i]?.children.push(e);
  }
  /** Time (µs) of the outermost script events in a task whose URL passes `test`. */
  /** @type {(x: TaskInfo, test: (url: string) => boolean) => number} */
  const scriptTime = (x, test) => {
    const own = x.children.filter((e) => test(e.args?.data?.url ?? ''));
    return own
      .filter((e) => !own.some((o) => o !== e && o.ts <= e.ts && o.ts + o.dur >= e.ts + e.dur && o.dur > e.dur))
      .reduce((n, e) => n + e.dur, 0);
  };
  const interval = intervalUs;
  const RENDERING = new Set([...KINDS.style, ...KINDS.layout, ...KINDS.paint]);
  for (const x of info) {
    // The trace times callbacks exactly; the samples also see promise continuations, which it does not name.
    const ourEvents = x.children.filter((e) => (e.args?.data?.url ?? '').includes(urlPart));
    x.ourUs = Math.max(
      scriptTime(x, (u) => u.includes(urlPart)),
      x.ours * interval,
    );
    x.pageUs = Math.max(
      scriptTime(x, (u) => /^https?:/.test(u)),
      x.page * interval,
    );
    // Rendering the frame (style, layout, paint) outside our callbacks: the browser's work, not ours.
    const own = x.children.filter(
      (e) => RENDERING.has(e.name) && !ourEvents.some((o) => o.ts <= e.ts && o.ts + o.dur >= e.ts + e.dur),
    );
    const top = own.filter(
      (e) => !own.some((o) => o !== e && o.ts <= e.ts && o.ts + o.dur >= e.ts + e.dur && o.dur > e.dur),
    );
    x.renderUs = top.reduce((n, e) => n + e.dur, 0);
    x.frame = x.renderUs > x.task.dur / 2;
  }
  const isOurs = (/** @type {TaskInfo} */ x) => x.ourUs > 0 && x.ourUs >= x.pageUs;
  /**
   * How long we held the thread in a task of ours: all of it, except in a rendering frame where our
   * callbacks (an IntersectionObserver's, a requestAnimationFrame's) ran: there only their own time.
   */
  // Likewise a task of the browser's (frame loading, parsing: "(program)") in which a callback of ours ran
  // for a moment (a requestAnimationFrame that only schedules the next slice): when our code had under a
  // tenth of the task, the rest was not ours to yield.
  const brief = (/** @type {TaskInfo} */ x) => x.ourUs * 10 < x.task.dur;
  const heldUs = (/** @type {TaskInfo} */ x) => (x.frame || brief(x) ? x.ourUs : x.task.dur);
  const describe = (/** @type {TaskInfo} */ x) => {
    /** @type {Record<string, number>} */
    const split = {};
    for (const [kind, names] of Object.entries(KINDS)) {
      const own = x.children.filter((e) => names.includes(e.name));
      const top = own.filter(
        (e) => !own.some((o) => o !== e && o.ts <= e.ts && o.ts + o.dur >= e.ts + e.dur && o.dur > e.dur),
      );
      const ms = Math.round(top.reduce((n, e) => n + e.dur, 0) / 1000);
      if (ms > 0) split[kind] = ms;
    }
    /** @type {Map<string, number>} */
    const hot = new Map();
    for (const s of x.samples) {
      const name = label(s.id);
      hot.set(name, (hot.get(name) ?? 0) + intervalUs / 1000);
    }
    return {
      ms: Math.round(x.task.dur / 1000),
      ours: isOurs(x),
      ...(isOurs(x) && (x.frame || brief(x)) ? { frame: x.frame, heldMs: Math.round(x.ourUs / 1000) } : {}),
      ourScriptMs: Math.round(x.ourUs / 1000),
      pageScriptMs: Math.round(x.pageUs / 1000),
      ...split,
      sampled: [...hot]
        .sort((a, b) => b[1] - a[1])
        .slice(0, 4)
        .map(([n, v]) => `${n} ${Math.round(v)}`),
    };
  };
  const ours = info.filter(isOurs).sort((a, b) => heldUs(b) - heldUs(a));
  const long = info.filter((x) => x.task.dur >= 50_000).sort((a, b) => b.task.dur - a.task.dur);
  return {
    tasks: tasks.length,
    ourTasks: ours.length,
    ourTotalMs: Math.round(ours.reduce((n, x) => n + heldUs(x), 0) / 1000),
    /** The longest time a task of ours held the main thread (ms). */
    longestOurs: ours[0] ? Math.round(heldUs(ours[0]) / 100) / 10 : 0,
    /** Our tasks over 50 ms, longest first, with where their time went. */
    oursOver50: ours
      .filter((x) => heldUs(x) > 50_000)
      .slice(0, 5)
      .map(describe),
    /** Rendering frames in which callbacks of ours ran, and the longest of them (ms; reported, not ours). */
    framesWithOurCallbacks: ours.filter((x) => x.frame).length,
    longestFrameWithOurCallbacks: Math.round(Math.max(0, ...ours.filter((x) => x.frame).map((x) => x.task.dur)) / 1000),
    /** Every task of 50 ms or more on the page's main thread (ours or not). */
    longCount: long.length,
    long: long.slice(0, 6).map(describe),
  };
}

/**
 * The page renderer's memory after a full garbage collection: V8 heap in use (all worlds of the page,
 * our content script's included), DOM nodes alive (detached ones too), documents, event listeners.
 * @param {import('playwright-core').Page} page
 */
export async function memoryAfterGc(page) {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Performance.enable');
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    const { metrics } = await cdp.send('Performance.getMetrics');
    const m = Object.fromEntries(metrics.map((x) => [x.name, x.value]));
    return { jsHeapUsed: m.JSHeapUsedSize, nodes: m.Nodes, documents: m.Documents, listeners: m.JSEventListeners };
  } finally {
    await cdp.detach().catch(() => {});
  }
}

/** Bytes → MB with two decimals. */
export const mb = (/** @type {number} */ bytes) => Math.round((bytes / 1048576) * 100) / 100;
