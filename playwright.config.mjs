// @ts-check
// Browser tests (e2e/specs) on Playwright Test, against the built extension in Debian's Chromium
// (/usr/bin/chromium, or CHROMIUM_PATH): no Playwright browser download. `npm run test:e2e` builds first.
// The fixtures that start the browser with the extension are in e2e/harness/test.mjs.
import { defineConfig } from '@playwright/test';

const LONG = ['**/hostile.spec.mjs', '**/highlight-big.spec.mjs'];

export default defineConfig({
  testDir: 'e2e/specs',
  testMatch: '*.spec.mjs',
  // A spec file's tests share one browser profile and run in order; different files run side by side.
  fullyParallel: false,
  workers: 2,
  // A test's state builds on the ones before it in its file: a retry in a fresh worker would not
  // repeat the failure honestly, so none.
  retries: 0,
  timeout: 30_000,
  outputDir: 'e2e/artifacts/results',
  snapshotPathTemplate: 'e2e/screenshots/{arg}{ext}',
  expect: {
    // Fonts and anti-aliasing may differ slightly between Chromium builds: compare with a tolerance.
    toHaveScreenshot: { maxDiffPixelRatio: 0.01, threshold: 0.2, animations: 'disabled', caret: 'hide' },
  },
  reporter: [['list'], ['./e2e/harness/summary-reporter.mjs']],
  use: {
    // Recorded for every browser context, the extension's persistent one included; kept for failed
    // tests. DOM snapshots, no screencast: on 2 cores the screencast alone slowed every test down.
    trace: { mode: 'retain-on-failure', snapshots: true, screenshots: false },
    screenshot: 'only-on-failure',
  },
  // Both the Chromium build. The long specs (minutes of hostile pages, the 1 MB page) are a project of
  // their own only so that they are handed to a worker first, instead of starting last and running alone.
  projects: [
    { name: 'chromium-long', testMatch: LONG },
    { name: 'chromium', testIgnore: LONG },
  ],
});
