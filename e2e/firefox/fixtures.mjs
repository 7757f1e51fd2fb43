// Playwright Test fixtures for the Firefox suite: the fixture server (browser-neutral, ../harness) and
// one Firefox with the add-on for the whole run (`ff`, see launch.mjs). Tests run in order and share it,
// as a user's session does; the last spec's last test is the privacy check over everything before it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, expect } from '@playwright/test';
import { startFixtureServer } from '../harness/server.mjs';
import { launchFirefox } from './launch.mjs';

export { expect };
// Browser-neutral: polls a function until it returns something truthy.
export { waitFor } from '../harness/test.mjs';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const ARTIFACTS_DIR = join(ROOT, 'e2e/artifacts');

export const test = base.extend({
  server: [
    async ({}, use) => {
      const server = await startFixtureServer();
      await use(server);
      await server.close();
    },
    { scope: 'worker' },
  ],
  bundle: [async ({}, use) => use(JSON.parse(readFileSync(join(ROOT, 'generated/bundle.json'), 'utf8'))), { scope: 'worker' }],
  ff: [
    async ({ server }, use) => {
      const ff = await launchFirefox({ port: server.port });
      await use(ff);
      await ff.close();
    },
    { scope: 'worker', timeout: 60_000 },
  ],
});

/**
 * The last test of every Firefox spec file: nothing the browser did so far (this file and the ones before
 * it share the browser) tried to reach a host other than the fixture server.
 */
export function privacyCheck(spec) {
  test(`${spec}: no request left the browser`, async ({ ff }) => {
    expect(ff.guard.violations, 'requests the proxy sink refused').toEqual([]);
  });
}
