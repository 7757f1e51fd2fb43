// @ts-check
// `npm run test:e2e [-- <playwright test args>]`: builds, then runs the browser tests.
// `--browser firefox` runs the Firefox ESR suite (e2e/firefox) against .output/firefox-mv2 instead of the
// Chromium one; Playwright Test's own --browser would pick a Playwright browser build, which we never download.
// Without firefox-esr the Firefox suite is skipped with a message, except in CI (CI=true), where that fails.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { FIREFOX } from './launch.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));

/**
 * The value of `--browser x` / `--browser=x`, and the other arguments.
 * @param {string[]} argv
 */
function parse(argv) {
  /** @type {string[]} */
  const rest = [];
  let browser = 'chromium';
  for (let i = 0; i < argv.length; i++) {
    const arg = /** @type {string} */ (argv[i]);
    if (arg === '--browser') browser = argv[++i] ?? '';
    else if (arg.startsWith('--browser=')) browser = arg.slice('--browser='.length);
    else rest.push(arg);
  }
  return { browser, rest };
}

/**
 * @param {string} cmd
 * @param {string[]} args
 */
function run(cmd, args) {
  const { status, error } = spawnSync(cmd, args, { cwd: ROOT, stdio: 'inherit' });
  if (error) throw error;
  if (status !== 0) process.exit(status ?? 1);
}

const { browser, rest } = parse(process.argv.slice(2));
if (browser === 'firefox') {
  if (!existsSync(FIREFOX)) {
    const why = `Firefox ESR not found at ${FIREFOX} (apt-get install firefox-esr, or set FIREFOX_PATH)`;
    if (process.env.CI === 'true') {
      console.error(`${why}: the Firefox suite cannot run in CI.\n0 passed, 1 failed`);
      process.exit(1);
    }
    console.log(`${why}: Firefox suite skipped.`);
    process.exit(0);
  }
  run('npm', ['run', 'build:firefox']);
  run('npx', ['playwright', 'test', '-c', 'e2e/firefox/playwright.config.mjs', ...rest]);
} else if (browser === 'chromium') {
  run('npm', ['run', 'build']);
  run('npx', ['playwright', 'test', ...rest]);
} else {
  console.error(`unknown --browser ${browser} (chromium or firefox)`);
  process.exit(2);
}
