// @ts-check
// The browser benchmark's results: a row of medians per page (summarise) and the printed report (report).
import { median, mb, ms, ratio } from './figures.mjs';
import { MARK_OPTIONS, SAMPLE_STEP } from './loads.mjs';

/** @typedef {import('./loads.mjs').TimedLoad} TimedLoad */
/** @typedef {import('./loads.mjs').AttributedLoad} AttributedLoad */
/** @typedef {import('./loads.mjs').MarkJsLoad} MarkJsLoad */
/** Per page name: the timed loads of one build, and its one traced and profiled load.
 * @typedef {Record<string, { runs: TimedLoad[], attributed?: AttributedLoad }>} LexiconRuns */
/** @typedef {ReturnType<typeof summarise>[number]} Row */
/**
 * The machine and the run, as the report's head and the JSON file give them.
 * @typedef {{ cpu: string, cores: number, memory: string, chromium: string, node: string,
 *   loadBefore: string, loadAfter?: string, terms?: number }} Env
 */

/**
 * The entry of one page, which every build and mark.js have (a missing one is a bug of the benchmark).
 * @template T
 * @param {Record<string, T>} byPage
 * @param {string} name
 * @returns {T}
 */
function of(byPage, name) {
  const entry = byPage[name];
  if (entry === undefined) throw new Error(`no figures for the page "${name}"`);
  return entry;
}

/**
 * A quotient of figures that may be missing (null), which reads them as 0 as plain arithmetic on them did.
 * @param {number | null} x
 * @param {number | null} y
 */
const div = (x, y) => Number(x) / Number(y);

/** @typedef {{ [K in keyof TimedLoad]: TimedLoad[K] extends number ? K : never }[keyof TimedLoad]} NumberKey */
/** @typedef {{ [K in keyof TimedLoad]: TimedLoad[K] extends number | null ? K : never }[keyof TimedLoad]} FigureKey */

/**
 * One row per page: medians (and bests) of the timed loads, the attributed load, mark.js, the heaps.
 * @param {readonly { name: string, bytes: number }[]} pages
 * @param {LexiconRuns} real
 * @param {LexiconRuns} scaled
 * @param {Record<string, MarkJsLoad[]>} markjs
 */
export function summarise(pages, real, scaled, markjs) {
  return pages.map((p) => {
    /** @param {LexiconRuns} variant @param {FigureKey} key */
    const m = (variant, key) => median(of(variant, p.name).runs.map((r) => r[key]));
    /** @param {LexiconRuns} variant @param {NumberKey} key */
    const best = (variant, key) => Math.min(...of(variant, p.name).runs.map((r) => r[key]));
    /** @param {LexiconRuns} variant @param {NumberKey} key */
    const all = (variant, key) => of(variant, p.name).runs.map((r) => Math.round(r[key]));
    const marks = of(markjs, p.name);
    /** @param {'js' | 'embedder'} key */
    const heapDiff = (key) => {
      const withExtension = median(of(real, p.name).runs.map((r) => r.heap[key]));
      const without = median(marks.map((r) => r.heap[key]));
      return withExtension !== null && without !== null ? withExtension - without : null;
    };
    const first = /** @type {TimedLoad} */ (of(real, p.name).runs[0]);
    const firstScaled = /** @type {TimedLoad} */ (of(scaled, p.name).runs[0]);
    // benchLexicons gives every page of both builds its attributed load.
    const attributed = /** @type {AttributedLoad} */ (of(real, p.name).attributed);
    const attributedScaled = /** @type {AttributedLoad} */ (of(scaled, p.name).attributed);
    const sample = marks.find((r) => r.perTerm)?.perTerm ?? null;
    const a = m(real, 'a');
    const b = m(real, 'b');
    const c = m(real, 'c');
    const d = sample?.extrapolatedMs ?? null;
    const dRegExp = median(marks.map((r) => r.regexp.paintedMs));
    return {
      page: p.name,
      bytes: p.bytes,
      textChars: first.textChars,
      elements: first.elements,
      painted: first.painted,
      a,
      aWarm: m(real, 'aWarm'),
      b,
      setup: m(real, 'setup'),
      messages: m(real, 'messages'),
      build: m(real, 'build'),
      scan: m(real, 'scan'),
      c,
      fromDcl: m(real, 'fromDcl'),
      v: m(real, 'v'),
      vFromDcl: m(real, 'vFromDcl'),
      scanPerMb: div(m(real, 'scan'), p.bytes / 1_048_576),
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
      markRegExpCount: /** @type {MarkJsLoad} */ (marks[0]).regexp.count,
      slices: m(real, 'slices'),
      longestSlice: m(real, 'longestSlice'),
      longestTaskAfterDcl: m(real, 'longestTaskAfterDcl'),
      longestTaskDuringOurs: m(real, 'longestTaskDuringOurs'),
      longFrames: first.longFramesDuringOurs,
      attributed,
      heapJs: heapDiff('js'),
      heapEmbedder: heapDiff('embedder'),
      heapWith: median(of(real, p.name).runs.map((r) => r.heap.js)),
      heapWithout: median(marks.map((r) => r.heap.js)),
      scaled: {
        b: m(scaled, 'b'),
        setup: m(scaled, 'setup'),
        scan: m(scaled, 'scan'),
        c: m(scaled, 'c'),
        best: { b: best(scaled, 'b'), setup: best(scaled, 'setup'), scan: best(scaled, 'scan') },
        runsB: all(scaled, 'b'),
        painted: firstScaled.painted,
        profileLongest: attributedScaled.profileLongest,
        taskOurs: attributedScaled.longestTaskOurs?.ms ?? 0,
        hot: attributedScaled.hot,
        inLongest: attributedScaled.inLongest,
      },
    };
  });
}

/**
 * Prints the figures, page by page, and the goals of issue 6 as PASS/MISS.
 * @param {Row[]} rows
 * @param {Env} env
 * @param {number} reps
 * @param {(line: string) => void} log
 */
export function report(rows, env, reps, log) {
  log(`\nMachine: ${env.cpu}, ${env.cores} cores, ${env.memory}; ${env.chromium} (headless); Node ${env.node}`);
  log(
    `Load average before/after: ${env.loadBefore} / ${env.loadAfter} (other work on this machine makes the figures noisy)`,
  );
  log(`Medians of ${reps} loads per page (fresh tab each); times from the content script's start (performance marks).`);
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
    '(v) content script start → the frame that paints the highlights in view (mark standpunkt:first-paint, set in the',
  );
  log('    rAF after the scanner handed the in-view hits to the painter); also from DOMContentLoaded.');
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
      `   (v) in view painted  ${ms(r.v)} (from DOMContentLoaded ${ms(r.vFromDcl)}); scan per MB of HTML ${ms(r.scanPerMb)}`,
    );
    log(
      `   (d) mark.js          ${ms(r.d, 0)} extrapolated (${r.dSample ? `${r.dSample.terms} terms took ${ms(r.dSample.paintedMs, 0)}, ${r.dSample.count} marks` : '–'})`,
    );
    log(`   (d′) mark.js 1 regex ${ms(r.dRegExp, 0)}   (${r.markRegExpCount.toLocaleString('en')} marks)`);
    const at = r.attributed;
    /** @param {AttributedLoad['longestTaskOurs']} t */
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
      `   ratios: b/a ${ratio(div(r.b, r.a), 1)}, c/a ${ratio(div(r.c, r.a), 1)}, c/d ${ratio(div(r.c, r.d), 4)}, c/d′ ${ratio(div(r.c, r.dRegExp), 3)}`,
    );
    const s = r.scaled;
    log(
      `   10,000 terms: b ${ms(s.b)} (best ${ms(s.best.b)}; runs ${s.runsB.join(', ')}) = setup ${ms(s.setup)} + scan ${ms(s.scan)}; c ${ms(s.c)};` +
        ` longest task with our code ${ms(s.taskOurs, 0)}`,
    );
    if (s.inLongest.length) log(`     in that task, by function (ms): ${s.inLongest.slice(0, 6).join(', ')}`);
    if (s.hot.length) log(`     whole load, by function (ms): ${s.hot.slice(0, 8).join(', ')}`);
    log(
      `   10k/real: scan ${ratio(div(s.scan, r.scan))} (best/best ${ratio(div(s.best.scan, r.best.scan))}), setup ${ratio(div(s.setup, r.setup))} (best/best ${ratio(div(s.best.setup, r.best.setup))}), b ${ratio(div(s.b, r.b))}`,
    );
  }
  const by = Object.fromEntries(rows.map((r) => [r.page, r]));
  /** @param {boolean} ok @param {string} text */
  const goal = (ok, text) => log(`  ${ok ? 'PASS' : 'MISS'}  ${text}`);
  log('\nGoals (issue 15):');
  for (const name of ['1 MB text', '5 MB text']) {
    const r = of(by, name);
    goal(r.v !== null && r.v <= 50, `(v) ≤ 50 ms on ${name}: ${ms(r.v)}`);
    goal(r.scanPerMb <= 90, `scan ≤ 90 ms per MB on ${name}: ${ms(r.scanPerMb)}`);
  }
  log('\nGoals (issue 6):');
  for (const r of rows) goal(div(r.b, r.a) <= 2, `b/a ≤ 2 on ${r.page}: ${ratio(div(r.b, r.a), 1)}`);
  const one = of(by, '1 MB text');
  goal(Number(one.c) <= 50, `c ≤ 50 ms on 1 MB: ${ms(one.c)}`);
  for (const r of rows)
    goal(
      div(r.c, r.d) <= 0.05,
      `c/d ≤ 0.05 on ${r.page}: ${ratio(div(r.c, r.d), 4)} (against one-regex mark.js: ${ratio(div(r.c, r.dRegExp), 3)})`,
    );
  const five = of(by, '5 MB text');
  const ours5 = five.attributed.longestTaskOurs?.ms ?? 0;
  goal(
    ours5 <= 50,
    `longest task of ours ≤ 50 ms on 5 MB: ${ours5 ? `${ours5} ms (trace: task with our code)` : 'no task ≥ 30 ms with our code'}; ` +
      `our JS alone ${ms(five.attributed.profileLongest)} (CPU profile); longest task after DOMContentLoaded ${ms(five.longestTaskAfterDcl, 0)}`,
  );
  for (const r of rows)
    goal(
      div(r.scaled.scan, r.scan) <= 1.3,
      `flat cost at 10,000 terms on ${r.page}: scan ${ratio(div(r.scaled.scan, r.scan))}× (≤ 1.3, as npm run bench); whole b ${ratio(div(r.scaled.b, r.b))}×`,
    );
}
