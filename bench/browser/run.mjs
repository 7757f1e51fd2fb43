// @ts-check
// `npm run bench:browser`: the extension's cost on big pages, measured in headless Debian Chromium with the
// built extension, against a bare text walk (the floor) and mark.js (a common highlighter), on the same
// generated pages in the same run; then the same with the lexicon scaled to 10,000 terms.
// A benchmark, not a test: goals are printed as PASS/MISS; the exit code is non-zero only when the
// benchmark could not run. Usage: npm run bench:browser [-- --reps N]   (default 3)
// The loads themselves are in ./loads.mjs, the summary and report in ./report.mjs.
import { execFileSync } from 'node:child_process';
import { cpus, loadavg, totalmem } from 'node:os';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { CHROMIUM, launchWithExtension } from '../../e2e/harness/browser.mjs';
import { startFixtureServer } from '../../e2e/harness/server.mjs';
import { buildBenchExtensions } from './build.mjs';
import { ms } from './figures.mjs';
import { attributedLoad, markJsLoad, timedLoad } from './loads.mjs';
import { writeBenchPages } from './pages.mjs';
import { report, summarise } from './report.mjs';
import { markJsTerms } from './terms.ts';

/** @typedef {import('./loads.mjs').Extension} Extension */
/** @typedef {import('./loads.mjs').FixtureServer} FixtureServer */
/** @typedef {import('./loads.mjs').MarkJsLoad} MarkJsLoad */
/** @typedef {import('./report.mjs').LexiconRuns} LexiconRuns */
/** @typedef {import('./report.mjs').Env} Env */
/** @typedef {ReturnType<typeof writeBenchPages>} BenchPages */
/** @typedef {(line: string) => void} Log */
/** @typedef {'real' | 'scaled'} Variant */

/** @type {readonly Variant[]} */
const VARIANTS = ['real', 'scaled'];

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const OUT = `${ROOT}.output/bench`;
const args = process.argv.slice(2);
const REPS =
  Number(args[args.indexOf('--reps') + 1]) > 0 && args.includes('--reps')
    ? Number(args[args.indexOf('--reps') + 1])
    : 3;

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

/**
 * The timed loads, real and 10,000-term builds alternating load by load (two browsers), so that load from
 * other work on the machine hits both alike; then one attributed load per page and build.
 */
/**
 * @param {Awaited<ReturnType<typeof buildBenchExtensions>>} dirs
 * @param {FixtureServer} server
 * @param {BenchPages} pages
 * @param {Log} log
 */
async function benchLexicons(dirs, server, pages, log) {
  /** @type {Record<Variant, LexiconRuns>} */
  const out = { real: {}, scaled: {} };
  /** @param {{ path: string }} p */
  const url = (p) => server.url('www.stortinget.no', p.path);
  /** @type {Partial<Record<Variant, Extension>>} */
  const browsers = {};
  // The page that wakes a browser before the timed loads (the 20k-element page).
  const wake = url(/** @type {BenchPages[number]} */ (pages[2]));
  try {
    browsers.real = await launchWithExtension({ port: server.port, extensionDir: dirs.real });
    browsers.scaled = await launchWithExtension({ port: server.port, extensionDir: dirs.scaled });
    // Wake each service worker and let it build its lexicon once, as it is when the user opens a page later.
    for (const ext of Object.values(browsers)) await timedLoad(ext, wake).catch(() => null);
    for (const p of pages) {
      out.real[p.name] = { runs: [] };
      out.scaled[p.name] = { runs: [] };
      for (let i = 0; i < REPS; i++) {
        for (const variant of VARIANTS) {
          const r = await timedLoad(/** @type {Extension} */ (browsers[variant]), url(p));
          /** @type {LexiconRuns[string]} */ (out[variant][p.name]).runs.push(r);
          log(
            `  ${variant === 'real' ? 'real lexicon' : '10,000 terms'} · ${p.name} · run ${i + 1}/${REPS}: b ${ms(r.b, 0)}, c ${ms(r.c, 0)}`,
          );
        }
      }
    }
  } finally {
    for (const ext of Object.values(browsers)) await ext.close().catch(() => {});
  }
  for (const [variant, dir] of /** @type {const} */ ([
    ['real', dirs.readable],
    ['scaled', dirs.scaledReadable],
  ])) {
    const ext = await launchWithExtension({ port: server.port, extensionDir: dir });
    try {
      await timedLoad(ext, wake).catch(() => null);
      for (const p of pages)
        /** @type {LexiconRuns[string]} */ (out[variant][p.name]).attributed = await attributedLoad(
          ext,
          server,
          p.path,
        );
    } finally {
      await ext.close();
    }
    log(`  ${variant === 'real' ? 'real lexicon' : '10,000 terms'}: traced and profiled one load per page`);
  }
  return out;
}

/**
 * mark.js on every page, on the control host where the extension does not run.
 * @param {FixtureServer} server
 * @param {BenchPages} pages
 * @param {string[]} terms
 * @param {Log} log
 */
async function benchMarkJs(server, pages, terms, log) {
  // Any build will do: the control host never gets the content script.
  const ext = await launchWithExtension({ port: server.port, extensionDir: `${OUT}/real/chrome-mv3` });
  /** @type {Record<string, MarkJsLoad[]>} */
  const out = {};
  try {
    for (const p of pages) {
      /** @type {MarkJsLoad[]} */
      const runs = [];
      // The 5 MB page takes mark.js 15–30 s a run: once is enough to place it.
      const reps = p.name.startsWith('5 MB') ? 1 : REPS;
      for (let i = 0; i < reps; i++) {
        const run = await markJsLoad(ext, server, p.path, terms, { sample: i === 0 });
        runs.push(run);
        log(`  mark.js · ${p.name} · run ${i + 1}/${reps}: markRegExp ${ms(run.regexp.paintedMs, 0)}`);
      }
      out[p.name] = runs;
    }
  } finally {
    await ext.close();
  }
  return out;
}

async function main() {
  const started = Date.now();
  /** @type {Log} */
  const log = (s) => console.log(s);
  /** @type {Env} */
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
  /** @type {LexiconRuns} */
  let real;
  /** @type {LexiconRuns} */
  let scaled;
  /** @type {Record<string, MarkJsLoad[]>} */
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
  report(rows, env, REPS, log);
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
