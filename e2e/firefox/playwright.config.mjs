// @ts-check
// The Firefox suite: e2e/firefox/specs on Playwright Test as the runner only; the browser is Debian's
// Firefox ESR driven by puppeteer-core over WebDriver BiDi (launch.mjs). Run with
// `npm run test:e2e -- --browser firefox` (builds .output/firefox-mv2 first).
import { defineConfig } from '@playwright/test';

export default defineConfig({
  testDir: 'specs',
  testMatch: '*.spec.mjs',
  // One Firefox for the whole suite (fixtures.mjs): its files run in order, one after the other.
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 60_000,
  outputDir: '../artifacts/firefox-results',
  reporter: [['list'], ['../harness/summary-reporter.mjs']],
});
