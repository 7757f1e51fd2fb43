// `npm run bench:browser`: the extension's cost on big pages, measured in headless Debian Chromium with the
// built extension, against a bare text walk (the floor) and mark.js (a common highlighter), on the same
// generated pages in the same run; then the same with the lexicon scaled to 10,000 terms.
// A benchmark, not a test: goals are printed as PASS/MISS; the exit code is non-zero only when the
// benchmark could not run. Usage: npm run bench:browser [-- --reps N]   (default 3)
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CHROMIUM, launchWithExtension } from '../../e2e/harness/browser.mjs';
import { profileScript, traceLongTasks } from '../../e2e/harness/perf.mjs';
import { startFixtureServer } from '../../e2e/harness/server.mjs';
import { buildBenchExtensions } from './build.mjs';
import { BENCH_INIT, collectTimeline, floorPass, runMarkJs } from './in-page.mjs';
import { writeBenchPages } from './pages.mjs';
import { markJsTerms } from './terms.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const OUT = `${ROOT}.output/bench`;
const MARK_JS = `${ROOT}node_modules/mark.js/dist/mark.min.js`;
const args = process.argv.slice(2);
const REPS =
  Number(args[args.indexOf('--reps') + 1]) > 0 && args.includes('--reps')
    ? Number(args[args.indexOf('--reps') + 1])
    : 3;
/** mark.js's term-by-term call costs ~80 ms per term per MB here: it is timed on every SAMPLE_STEP-th term. */
const SAMPLE_STEP = 110;
const TIMEOUT = 180_000;
const MARK_OPTIONS = { separateWordSearch: false, accuracy: 'complementary', diacritics: false };

const median = (xs) => {
  const s = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (!s.length) return null;
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (x, d = 1) => (x === null || x === undefined ? '–' : `${x.toFixed(d)} ms`);
const ratio = (x, d = 2) => (x === null || !Number.isFinite(x) ? '–' : x < 0.01 ? x.toExponential(1) : x.toFixed(d));
const mb = (bytes) => `${(bytes / 1_048_576).toFixed(2)} MB`;

function machine() {
  const cpu = readFileSync('/proc/cpuinfo', 'utf8').match(/model name\s*:\s*(.*)/)?.[1] ?? cpus()[0]?.model ?? '?';
  let chromium = '?';
  try {
    chromium = execFileSync(CHROMIUM, ['--version'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    // no Chromium: the report says unknown
  }
  return {
    cpu,
    cores: cpus().length,
    memory: `${Math.round(totalmem() / 2 ** 30)} GiB`,
    chromium,
    node: process.version,
  };
}

/** Heap of the page's renderer after a full GC (V8 heap: JS of all worlds; embedder: Blink objects). */
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

/** One timed load of a page with the extension: (a), (b), (c), the long tasks, the heap. */
async function timedLoad(ext, url) {
  const page = await ext.context.newPage();
  try {
    await page.addInitScript(BENCH_INIT);
    await page.goto(url, { waitUntil: 'load', timeout: TIMEOUT });
    await page.waitForFunction(() => window.__bench.painted !== null, null, { timeout: TIMEOUT, polling: 50 });
    const t = await page.evaluate(collectTimeline);
    const floorCold = await page.evaluate(floorPass);
    const warm = [];
    for (let i = 0; i < 5; i++) warm.push((await page.evaluate(floorPass)).ms);
    const mem = await heap(page);
    const afterDcl = t.longTasks.filter((l) => l.start >= t.domContentLoaded);
    // Long tasks that overlap our work (content-script start → highlights painted).
    const during = t.longTasks.filter((l) => l.start + l.duration > t.start && l.start < t.painted);
    return {
      a: floorCold.ms,
      aWarm: median(warm),
      textNodes: floorCold.nodes,
      textChars: floorCold.chars,
      b: t.scanEnd - t.start,
      setup: t.scanStart - t.start,
      messages: t.data - t.start,
      build: t.scanStart - t.data,
      scan: t.scanEnd - t.scanStart,
      c: t.painted - t.start,
      // What the reader waits for once the page is parsed: Chrome starts document_idle scripts later.
      fromDcl: t.painted - t.domContentLoadedStart,
      slices: t.scanDetail?.slices ?? null,
      longestSlice: t.scanDetail?.longestSliceMs ?? null,
      longestTaskAfterDcl: Math.max(0, ...afterDcl.map((l) => l.duration)),
      longestTaskDuringOurs: Math.max(0, ...during.map((l) => l.duration)),
      longFramesDuringOurs: t.frames
        .filter((f) => f.start + f.duration > t.start && f.start < t.painted)
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
 */
async function attributedLoad(ext, server, path) {
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
    const trace = await traceLongTasks(page, { urlPart: 'chrome-extension://', pagePath: path, minMs: 30 });
    await page.goto(server.url('www.stortinget.no', path), { waitUntil: 'load', timeout: TIMEOUT });
    await page.waitForFunction(() => window.__bench.painted !== null, null, { timeout: TIMEOUT, polling: 50 });
    await page.waitForTimeout(500); // the report and prefetch that follow the scan
    // Only tasks from the page's own parse on (the first page shares the renderer).
    const tasks = ((await trace.stop()).tasks ?? []).filter((t) => t.atMs >= 0);
    const p = await profile.stop();
    // Where our time went over the whole load: the innermost function of ours on each sample.
    const hot = p.window ? p.window(0, Number.MAX_SAFE_INTEGER) : [];
    const ours = tasks.filter((t) => t.ours);
    // And inside the longest task that ran our code (trace and profile share one clock).
    const inLongest = p.window && ours[0] ? p.window(ours[0].ts, ours[0].ts + ours[0].dur) : [];
    const strip = ({ ts: _ts, dur: _dur, ...rest }) => rest;
    return {
      profileLongest: p.longestMs,
      profileTotal: p.totalMs,
      profileTop: p.top,
      profileHot: p.longestHot ?? [],
      hot,
      inLongest,
      longestTaskOurs: ours[0] ? strip(ours[0]) : null,
      longestTaskOther: tasks.find((t) => !t.ours) ? strip(tasks.find((t) => !t.ours)) : null,
    };
  } finally {
    await page.close();
  }
}

/** mark.js on the page without the extension (control host): heap first, then the two ways of calling it. */
async function markJsLoad(ext, server, path, terms, { sample }) {
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

/**
 * The timed loads, real and 10,000-term builds alternating load by load (two browsers), so that load from
 * other work on the machine hits both alike; then one attributed load per page and build.
 */
async function benchLexicons(dirs, server, pages, log) {
  const out = { real: {}, scaled: {} };
  const url = (p) => server.url('www.stortinget.no', p.path);
  const browsers = {};
  try {
    browsers.real = await launchWithExtension({ port: server.port, extensionDir: dirs.real });
    browsers.scaled = await launchWithExtension({ port: server.port, extensionDir: dirs.scaled });
    // Wake each service worker and let it build its lexicon once, as it is when the user opens a page later.
    for (const ext of Object.values(browsers)) await timedLoad(ext, url(pages[2])).catch(() => null);
    for (const p of pages) {
      out.real[p.name] = { runs: [] };
      out.scaled[p.name] = { runs: [] };
      for (let i = 0; i < REPS; i++) {
        for (const variant of ['real', 'scaled']) {
          const r = await timedLoad(browsers[variant], url(p));
          out[variant][p.name].runs.push(r);
          log(
            `  ${variant === 'real' ? 'real lexicon' : '10,000 terms'} · ${p.name} · run ${i + 1}/${REPS}: b ${ms(r.b, 0)}, c ${ms(r.c, 0)}`,
          );
        }
      }
    }
  } finally {
    for (const ext of Object.values(browsers)) await ext.close().catch(() => {});
  }
  for (const [variant, dir] of [
    ['real', dirs.readable],
    ['scaled', dirs.scaledReadable],
  ]) {
    const ext = await launchWithExtension({ port: server.port, extensionDir: dir });
    try {
      await timedLoad(ext, url(pages[2])).catch(() => null);
      for (const p of pages) out[variant][p.name].attributed = await attributedLoad(ext, server, p.path);
    } finally {
      await ext.close();
    }
    log(`  ${variant === 'real' ? 'real lexicon' : '10,000 terms'}: traced and profiled one load per page`);
  }
  return out;
}

async function benchMarkJs(server, pages, terms, log) {
  // Any build will do: the control host never gets the content script.
  const ext = await launchWithExtension({ port: server.port, extensionDir: `${OUT}/real/chrome-mv3` });
  const out = {};
  try {
    for (const p of pages) {
      const runs = [];
      // The 5 MB page takes mark.js 15–30 s a run: once is enough to place it.
      const reps = p.name.startsWith('5 MB') ? 1 : REPS;
      for (let i = 0; i < reps; i++) {
        runs.push(await markJsLoad(ext, server, p.path, terms, { sample: i === 0 }));
        log(`  mark.js · ${p.name} · run ${i + 1}/${reps}: markRegExp ${ms(runs.at(-1).regexp.paintedMs, 0)}`);
      }
      out[p.name] = runs;
    }
  } finally {
    await ext.close();
  }
  return out;
}

function summarise(pages, real, scaled, markjs) {
  return pages.map((p) => {
    const m = (variant, key) => median(variant[p.name].runs.map((r) => r[key]));
    const best = (variant, key) => Math.min(...variant[p.name].runs.map((r) => r[key]));
    const all = (variant, key) => variant[p.name].runs.map((r) => Math.round(r[key]));
    const heapDiff = (key) =>
      median(real[p.name].runs.map((r) => r.heap[key])) !== null &&
      median(markjs[p.name].map((r) => r.heap[key])) !== null
        ? median(real[p.name].runs.map((r) => r.heap[key])) - median(markjs[p.name].map((r) => r.heap[key]))
        : null;
    const sample = markjs[p.name].find((r) => r.perTerm)?.perTerm ?? null;
    const a = m(real, 'a');
    const b = m(real, 'b');
    const c = m(real, 'c');
    const d = sample?.extrapolatedMs ?? null;
    const dRegExp = median(markjs[p.name].map((r) => r.regexp.paintedMs));
    return {
      page: p.name,
      bytes: p.bytes,
      textChars: real[p.name].runs[0].textChars,
      elements: real[p.name].runs[0].elements,
      painted: real[p.name].runs[0].painted,
      a,
      aWarm: m(real, 'aWarm'),
      b,
      setup: m(real, 'setup'),
      messages: m(real, 'messages'),
      build: m(real, 'build'),
      scan: m(real, 'scan'),
      c,
      fromDcl: m(real, 'fromDcl'),
      best: {
        a: best(real, 'a'),
        b: best(real, 'b'),
        setup: best(real, 'setup'),
        scan: best(real, 'scan'),
        c: best(real, 'c'),
      },
      runsB: all(real, 'b'),
      d,
      dSample: sample,
      dRegExp,
      markRegExpCount: markjs[p.name][0].regexp.count,
      slices: m(real, 'slices'),
      longestSlice: m(real, 'longestSlice'),
      longestTaskAfterDcl: m(real, 'longestTaskAfterDcl'),
      longestTaskDuringOurs: m(real, 'longestTaskDuringOurs'),
      longFrames: real[p.name].runs[0].longFramesDuringOurs,
      attributed: real[p.name].attributed,
      heapJs: heapDiff('js'),
      heapEmbedder: heapDiff('embedder'),
      heapWith: median(real[p.name].runs.map((r) => r.heap.js)),
      heapWithout: median(markjs[p.name].map((r) => r.heap.js)),
      scaled: {
        b: m(scaled, 'b'),
        setup: m(scaled, 'setup'),
        scan: m(scaled, 'scan'),
        c: m(scaled, 'c'),
        best: { b: best(scaled, 'b'), setup: best(scaled, 'setup'), scan: best(scaled, 'scan') },
        runsB: all(scaled, 'b'),
        painted: scaled[p.name].runs[0].painted,
        profileLongest: scaled[p.name].attributed.profileLongest,
        taskOurs: scaled[p.name].attributed.longestTaskOurs?.ms ?? 0,
        hot: scaled[p.name].attributed.hot,
        inLongest: scaled[p.name].attributed.inLongest,
      },
    };
  });
}

function report(rows, env, log) {
  log(`\nMachine: ${env.cpu}, ${env.cores} cores, ${env.memory}; ${env.chromium} (headless); Node ${env.node}`);
  log(
    `Load average before/after: ${env.loadBefore} / ${env.loadAfter} (other work on this machine makes the figures noisy)`,
  );
  log(`Medians of ${REPS} loads per page (fresh tab each); times from the content script's start (performance marks).`);
  log(
    '(a) floor: one TreeWalker pass reading every text node (main world, first pass on a fresh page; warm = later passes)',
  );
  log(
    '(b) content script start → first full scan done (setup: messages to the background and matcher; scan: walk, match, hand marks to the painter)',
  );
  log(
    '(c) (b) + the next rendered frame (rAF, then a task after it). Pages with > 4,000 marks are painted only near the viewport:',
  );
  log('    "painted" counts the ranges registered at that moment, not all marks.');
  log(
    `(d) mark.js 8.11.1 on the same page without the extension: new Mark(document.body).mark(terms, ${JSON.stringify(MARK_OPTIONS)})`,
  );
  log(
    `    with terms = the ${env.terms} stems our automaton searches for (bench/browser/terms.ts). mark.js walks the page once per term`,
  );
  log(
    `    (~80 ms per term per MB here), so it is timed on every ${SAMPLE_STEP}th term and extrapolated linearly to all ${env.terms};`,
  );
  log(
    `    d′ = mark.js markRegExp with ONE RegExp of all ${env.terms} stems (whole words around them), fully measured.`,
  );
  for (const r of rows) {
    log(
      `\n── ${r.page}: ${mb(r.bytes)} HTML, ${r.textChars.toLocaleString('en')} characters of text, ${r.elements.toLocaleString('en')} elements`,
    );
    log(`   (a) floor            ${ms(r.a)} (best ${ms(r.best.a)}; warm ${ms(r.aWarm)})`);
    log(`   (b) scan + match     ${ms(r.b)} (best ${ms(r.best.b)}; runs ${r.runsB.join(', ')})`);
    log(
      `       = setup ${ms(r.setup)} (best ${ms(r.best.setup)}; messages ${ms(r.messages)}, matcher ${ms(r.build)}) + scan ${ms(r.scan)} (best ${ms(r.best.scan)}) in ${r.slices} slices, longest slice ${ms(r.longestSlice)}`,
    );
    log(
      `   (c) painted          ${ms(r.c)} (best ${ms(r.best.c)}; from DOMContentLoaded ${ms(r.fromDcl)}; ${r.painted.toLocaleString('en')} ranges painted at that frame)`,
    );
    log(
      `   (d) mark.js          ${ms(r.d, 0)} extrapolated (${r.dSample ? `${r.dSample.terms} terms took ${ms(r.dSample.paintedMs, 0)}, ${r.dSample.count} marks` : '–'})`,
    );
    log(`   (d′) mark.js 1 regex ${ms(r.dRegExp, 0)}   (${r.markRegExpCount.toLocaleString('en')} marks)`);
    const at = r.attributed;
    const task = (t) =>
      t
        ? `${t.ms} ms at ${t.atMs} ms (script ${t.script}, style ${t.style}, layout ${t.layout}, paint ${t.paint})`
        : 'none ≥ 30 ms';
    log(
      `   (e) longest long task after DOMContentLoaded ${ms(r.longestTaskAfterDcl, 0)}; overlapping our work ${ms(r.longestTaskDuringOurs, 0)}`,
    );
    log(`       trace, longest task with our code: ${task(at.longestTaskOurs)}`);
    if (at.inLongest.length) log(`         in it, by function (ms): ${at.inLongest.slice(0, 6).join(', ')}`);
    log(`       trace, longest task without it:   ${task(at.longestTaskOther)}`);
    log(
      `       CPU profile, our JS only: longest stretch ${ms(at.profileLongest)} (top ${at.profileTop.join(', ')} ms; total ${ms(at.profileTotal, 0)})`,
    );
    if (at.profileHot.length) log(`         in the longest: ${at.profileHot.join(', ')}`);
    if (at.hot.length) log(`         whole load, by function (ms): ${at.hot.slice(0, 8).join(', ')}`);
    log(
      `       long animation frames during our work: ${r.longFrames.map((f) => `${f.ms} ms (render ${f.renderMs})`).join(', ') || 'none over 50 ms'}`,
    );
    log(
      `   (f) heap after GC, with − without the extension: JS ${r.heapJs === null ? '–' : mb(r.heapJs)}, Blink ${r.heapEmbedder === null ? '–' : mb(r.heapEmbedder)} (JS ${mb(r.heapWith)} vs ${mb(r.heapWithout)})`,
    );
    log(
      `   ratios: b/a ${ratio(r.b / r.a, 1)}, c/a ${ratio(r.c / r.a, 1)}, c/d ${ratio(r.c / r.d, 4)}, c/d′ ${ratio(r.c / r.dRegExp, 3)}`,
    );
    const s = r.scaled;
    log(
      `   10,000 terms: b ${ms(s.b)} (best ${ms(s.best.b)}; runs ${s.runsB.join(', ')}) = setup ${ms(s.setup)} + scan ${ms(s.scan)}; c ${ms(s.c)};` +
        ` longest task with our code ${ms(s.taskOurs, 0)}`,
    );
    if (s.inLongest.length) log(`     in that task, by function (ms): ${s.inLongest.slice(0, 6).join(', ')}`);
    if (s.hot.length) log(`     whole load, by function (ms): ${s.hot.slice(0, 8).join(', ')}`);
    log(
      `   10k/real: scan ${ratio(s.scan / r.scan)} (best/best ${ratio(s.best.scan / r.best.scan)}), setup ${ratio(s.setup / r.setup)} (best/best ${ratio(s.best.setup / r.best.setup)}), b ${ratio(s.b / r.b)}`,
    );
  }
  const by = Object.fromEntries(rows.map((r) => [r.page, r]));
  const goal = (ok, text) => log(`  ${ok ? 'PASS' : 'MISS'}  ${text}`);
  log('\nGoals (issue 6):');
  for (const r of rows) goal(r.b / r.a <= 2, `b/a ≤ 2 on ${r.page}: ${ratio(r.b / r.a, 1)}`);
  goal(by['1 MB text'].c <= 50, `c ≤ 50 ms on 1 MB: ${ms(by['1 MB text'].c)}`);
  for (const r of rows)
    goal(
      r.c / r.d <= 0.05,
      `c/d ≤ 0.05 on ${r.page}: ${ratio(r.c / r.d, 4)} (against one-regex mark.js: ${ratio(r.c / r.dRegExp, 3)})`,
    );
  const five = by['5 MB text'];
  const ours5 = five.attributed.longestTaskOurs?.ms ?? 0;
  goal(
    ours5 <= 50,
    `longest task of ours ≤ 50 ms on 5 MB: ${ours5 ? `${ours5} ms (trace: task with our code)` : 'no task ≥ 30 ms with our code'}; ` +
      `our JS alone ${ms(five.attributed.profileLongest)} (CPU profile); longest task after DOMContentLoaded ${ms(five.longestTaskAfterDcl, 0)}`,
  );
  for (const r of rows)
    goal(
      r.scaled.scan / r.scan <= 1.3,
      `flat cost at 10,000 terms on ${r.page}: scan ${ratio(r.scaled.scan / r.scan)}× (≤ 1.3, as npm run bench); whole b ${ratio(r.scaled.b / r.b)}×`,
    );
}

async function main() {
  const started = Date.now();
  const log = (s) => console.log(s);
  const env = {
    ...machine(),
    loadBefore: loadavg()
      .map((x) => x.toFixed(2))
      .join(' '),
  };
  log(`bench:browser — ${REPS} runs per page; building the extensions…`);
  const dirs = await buildBenchExtensions({ log });
  const pagesDir = `${OUT}/pages`;
  rmSync(pagesDir, { recursive: true, force: true });
  const pages = writeBenchPages(pagesDir);
  const terms = markJsTerms();
  env.terms = terms.length;
  const server = await startFixtureServer({ root: pagesDir });
  let real;
  let scaled;
  let markjs;
  try {
    ({ real, scaled } = await benchLexicons(dirs, server, pages, log));
    log('mark.js (no extension on the page):');
    markjs = await benchMarkJs(server, pages, terms, log);
  } finally {
    await server.close();
  }
  env.loadAfter = loadavg()
    .map((x) => x.toFixed(2))
    .join(' ');
  const rows = summarise(pages, real, scaled, markjs);
  report(rows, env, log);
  mkdirSync(OUT, { recursive: true });
  writeFileSync(
    `${OUT}/browser-latest.json`,
    JSON.stringify({ env, reps: REPS, rows, raw: { real, scaled, markjs } }, null, 1),
  );
  log(`\nRaw figures: .output/bench/browser-latest.json · finished in ${((Date.now() - started) / 1000).toFixed(0)} s`);
}

main().catch((error) => {
  console.error('bench:browser could not run:', error);
  process.exit(1);
});
