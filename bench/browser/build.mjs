// @ts-check
// Builds the two extensions the browser benchmark loads, each into its own folder (never the
// .output/chrome-mv3 that the browser tests use):
// - .output/bench/real/chrome-mv3: the production build, unchanged (same sources, same config);
// - .output/bench/scaled/chrome-mv3: the same, except that the background's page handler imports
//   bench/browser/scaled-lexicon.ts (10,000 terms) instead of lib/lexicon. A Vite resolve hook does
//   that, so no shipped source file knows about the benchmark;
// - .output/bench/readable and scaled-readable: the same two unminified, for CPU profiles only.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'wxt';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SCALED = fileURLToPath(new URL('./scaled-lexicon.ts', import.meta.url));
const PAGE_HANDLER = /\/entrypoints\/background\/page\.ts$/;
/** What page.ts's `@/lib/lexicon` can look like once WXT's alias ran (or before it). */
const LEXICON_IMPORT = /(^@\/lib\/lexicon|\/lib\/lexicon(\/index(\.ts)?)?)$/;

export const BENCH_DIRS = {
  real: `${ROOT}.output/bench/real`,
  scaled: `${ROOT}.output/bench/scaled`,
  readable: `${ROOT}.output/bench/readable`,
  scaledReadable: `${ROOT}.output/bench/scaled-readable`,
};

/** Vite plugin: page.ts gets the scaled lexicon. */
function scaledLexicon() {
  let hits = 0;
  return {
    name: 'standpunkt-bench-scaled-lexicon',
    enforce: 'pre',
    /**
     * @param {string} source
     * @param {string | undefined} importer
     */
    resolveId(source, importer) {
      if (!importer || !PAGE_HANDLER.test(importer.split('?')[0] ?? '') || !LEXICON_IMPORT.test(source)) return null;
      hits += 1;
      return SCALED;
    },
    get hits() {
      return hits;
    },
  };
}

/**
 * @param {string} outDir
 * @param {Record<string, unknown> | null} vite Vite config merged into WXT's
 */
async function buildOne(outDir, vite) {
  await build({
    root: ROOT,
    outDir,
    logger: {
      ...console,
      info: () => {},
      success: () => {},
      log: () => {},
      debug: () => {},
      warn: console.warn,
      error: console.error,
      fatal: console.error,
      level: 0,
    },
    ...(vite ? { vite: () => vite } : {}),
  });
  return `${outDir}/chrome-mv3`;
}

/** Builds the variants; returns their extension folders. */
export async function buildBenchExtensions({ log = console.log } = {}) {
  const started = Date.now();
  const real = await buildOne(BENCH_DIRS.real, null);
  const plugin = scaledLexicon();
  const scaled = await buildOne(BENCH_DIRS.scaled, { plugins: [plugin] });
  // Unminified, for CPU profiles whose function names mean something; never timed.
  const readable = await buildOne(BENCH_DIRS.readable, { build: { minify: false } });
  const scaledReadable = await buildOne(BENCH_DIRS.scaledReadable, {
    plugins: [scaledLexicon()],
    build: { minify: false },
  });
  const background = readFileSync(`${scaled}/background.js`, 'utf8');
  // The hook must have taken effect, or the "10,000 terms" figures would be the real lexicon's.
  if (plugin.hits === 0 || !background.includes('synthetic:p')) {
    throw new Error('the scaled-lexicon hook did not reach entrypoints/background/page.ts');
  }
  if (readFileSync(`${real}/background.js`, 'utf8').includes('synthetic:p'))
    throw new Error('the real build contains synthetic terms');
  if (!readFileSync(`${scaledReadable}/background.js`, 'utf8').includes('synthetic:p'))
    throw new Error('the readable scaled build lacks the synthetic terms');
  if (!readFileSync(`${readable}/content-scripts/content.js`, 'utf8').includes('visibleBlocks'))
    log('note: the readable builds are minified after all');
  const dirs = [real, scaled, readable, scaledReadable];
  log(`built ${dirs.map((d) => d.slice(ROOT.length)).join(', ')} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return { real, scaled, readable, scaledReadable };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  await buildBenchExtensions();
  if (!existsSync(`${BENCH_DIRS.real}/chrome-mv3/manifest.json`)) process.exit(1);
}
