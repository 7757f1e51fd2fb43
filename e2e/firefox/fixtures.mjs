// @ts-check
// Playwright Test fixtures for the Firefox suite: the harness's browser-neutral ones (`server`, `bundle`;
// its Chromium ones stay unused) and one Firefox with the add-on for the whole run (`ff`, see launch.mjs).
// Tests run in order and share it, as a user's session does; each spec ends with the privacy check.
import { test as base, expect } from '../harness/test.mjs';
import { launchFirefox } from './launch.mjs';

export { expect };
// Browser-neutral: polls a function until it returns something truthy; where screenshots for people go.
export { ARTIFACTS_DIR, waitFor } from '../harness/test.mjs';

/** @typedef {Awaited<ReturnType<typeof launchFirefox>>} Firefox */

export const test = base.extend(
  /** @type {import('@playwright/test').Fixtures<{}, { ff: Firefox }, {}, { server: import('../harness/test.mjs').FixtureServer }>} */ ({
    ff: [
      async ({ server }, use) => {
        const ff = await launchFirefox({ port: server.port });
        await use(ff);
        await ff.close();
      },
      { scope: 'worker', timeout: 60_000 },
    ],
  }),
);

/**
 * The last test of every Firefox spec file: nothing the browser did so far (this file and the ones before
 * it share the browser) tried to reach a host other than the fixture server.
 * @param {string} spec
 */
export function privacyCheck(spec) {
  test(`${spec}: no request left the browser`, async ({ ff }) => {
    expect(ff.guard.violations, 'requests the proxy sink refused').toEqual([]);
  });
}
