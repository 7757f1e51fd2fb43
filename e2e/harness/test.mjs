// @ts-check
// Playwright Test fixtures for the browser tests against the BUILT extension (.output/chrome-mv3, or
// STANDPUNKT_EXTENSION_DIR) in headless Debian Chromium.
// - `server`, `bundle` (worker): the fixture server (see server.mjs) and generated/bundle.json.
// - `ext` (test): Chromium with the extension, the host mapping and the privacy guard. One browser and
//   a fresh profile per spec file: the tests of a file run in order in one worker and share it (later
//   tests may build on what earlier ones stored, as a user's session does); the next file gets a new one.
// - `guard` (test): that browser's privacy guard (network.mjs). `privacyCheck()` at the end of a spec
//   adds the test "no request left the browser" over everything the file's tests did.
// On failure, the test's trace (Playwright Test records it for every context, ours included) and a
// screenshot of every page it had open, closed ones too, go to its folder under e2e/artifacts/results/.
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test as base, expect } from '@playwright/test';
import { launchWithExtension } from './browser.mjs';
import { guardNetwork } from './network.mjs';
import { startFixtureServer } from './server.mjs';

export { expect };

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** Screenshots the tests take for people to look at (not compared). */
export const ARTIFACTS_DIR = join(ROOT, 'e2e/artifacts');

/**
 * Where a spec file's guard violations are kept, so that the file's privacy check still sees them when
 * a failed test made Playwright start a new worker (and so a new browser) half-way through the file.
 * @param {string} outputDir
 * @param {string} file
 */
function violationLog(outputDir, file) {
  const id = createHash('sha1').update(file).digest('hex').slice(0, 12);
  return join(outputDir, `.privacy-${basename(file)}-${id}.log`);
}

/** @typedef {Awaited<ReturnType<typeof launchWithExtension>>} Ext */
/** @typedef {Awaited<ReturnType<typeof guardNetwork>>} Guard */
/** @typedef {Awaited<ReturnType<typeof startFixtureServer>>} FixtureServer */
/** @typedef {{ file: string | null, ext: Ext | null, guard: Guard | null, close(): Promise<void> }} Session */
/** @typedef {{ measuring: boolean, ext: Ext, guard: Guard, artifactsDir: string }} TestFixtures */
/** @typedef {{ server: FixtureServer, bundle: any, session: Session }} WorkerFixtures */
/** @typedef {import('@playwright/test').PlaywrightTestArgs & import('@playwright/test').PlaywrightTestOptions} BaseTestArgs */
/** @typedef {import('@playwright/test').PlaywrightWorkerArgs & import('@playwright/test').PlaywrightWorkerOptions} BaseWorkerArgs */

export const test = base.extend(
  /** @type {import('@playwright/test').Fixtures<TestFixtures, WorkerFixtures, BaseTestArgs, BaseWorkerArgs>} */ ({
    /** Set by specs that measure the page's main thread (see MEASURING). */
    measuring: [false, { option: true }],

    server: [
      async ({}, use) => {
        const server = await startFixtureServer();
        await use(server);
        await server.close();
      },
      { scope: 'worker' },
    ],

    bundle: [
      async ({}, /** @type {(bundle: any) => Promise<void>} */ use) =>
        use(JSON.parse(readFileSync(join(ROOT, 'generated/bundle.json'), 'utf8'))),
      { scope: 'worker' },
    ],

    /** The worker's current browser: for which spec file, with its guard. */
    session: [
      async ({}, use) => {
        /** @type {Session} */
        const session = {
          file: null,
          ext: null,
          guard: null,
          async close() {
            const ext = this.ext;
            Object.assign(this, { file: null, ext: null, guard: null });
            await ext?.close().catch(() => {});
          },
        };
        await use(session);
        await session.close();
      },
      { scope: 'worker' },
    ],

    ext: async ({ session, server, measuring }, use, testInfo) => {
      if (session.file !== testInfo.file) {
        await session.close();
        const ext = await launchWithExtension({ port: server.port });
        session.guard = await guardNetwork(ext.context, server.port);
        session.ext = ext;
        session.file = testInfo.file;
      }
      const ext = /** @type {Ext} */ (session.ext); // set just above

      // Tests close their pages in `finally`, before the runner knows they failed: keep the last view of
      // each page this test closes, and write them out only if it failed.
      /** @type {Map<import('@playwright/test').Page, Buffer>} */
      const lastViews = new Map();
      const watch = (/** @type {import('@playwright/test').Page} */ page) => {
        if (measuring) return;
        const close = page.close.bind(page);
        page.close = async (options) => {
          const shot = await page.screenshot({ type: 'jpeg', quality: 70, timeout: 3000 }).catch(() => null);
          if (shot) lastViews.set(page, shot);
          return close(options);
        };
      };
      ext.context.pages().forEach(watch);
      ext.context.on('page', watch);

      await use(ext);

      ext.context.off('page', watch);
      const failed = testInfo.status !== testInfo.expectedStatus;
      // (Pages still open are screenshot by Playwright Test itself: `screenshot` in the config.)
      if (failed) {
        let n = 0;
        for (const [page, shot] of lastViews) {
          const name = `closed-page-${++n}-${new URL(page.url() || 'about:blank').host || 'blank'}.jpeg`;
          await testInfo.attach(name, { body: shot, contentType: 'image/jpeg' });
        }
      }
      // Keep what the guard saw beyond this worker's life (see violationLog).
      const seen = session.guard?.violations ?? [];
      if (seen.length) {
        mkdirSync(testInfo.project.outputDir, { recursive: true });
        appendFileSync(violationLog(testInfo.project.outputDir, testInfo.file), seen.map((v) => `${v}\n`).join(''));
      }
    },

    guard: async ({ ext, session }, use) => {
      void ext; // the guard belongs to the browser `ext` starts
      await use(/** @type {Guard} */ (session.guard));
    },

    artifactsDir: async ({}, use) => {
      mkdirSync(ARTIFACTS_DIR, { recursive: true });
      await use(ARTIFACTS_DIR);
    },
  }),
);

/**
 * For specs that measure the page's main thread: no DOM snapshots or screencast in the trace, no
 * screenshots of closing pages (all of them would run in the measured browser).
 */
export const MEASURING = {
  measuring: true,
  trace: { mode: 'retain-on-failure', snapshots: false, screenshots: false },
};

/** The last test of every spec file: no request left the browser during any of the file's tests. */
export function privacyCheck() {
  // Named after the spec, since the test's location is this file.
  const spec = /\/([\w.-]+)\.spec\.mjs:\d+/.exec(new Error().stack ?? '')?.[1] ?? 'spec';
  test(`${spec}: no request left the browser`, async ({ guard }, testInfo) => {
    const log = violationLog(testInfo.project.outputDir, testInfo.file);
    const earlier = existsSync(log) ? readFileSync(log, 'utf8').split('\n').filter(Boolean) : [];
    expect([...new Set([...earlier, ...guard.violations])], 'requests the privacy guard blocked').toEqual([]);
  });
}

/**
 * Polls `fn` until it returns a truthy value.
 * @template T
 * @param {() => T | Promise<T>} fn
 * @returns {Promise<T>}
 */
export async function waitFor(fn, { timeoutMs = 10_000, intervalMs = 100, what = 'condition' } = {}) {
  const end = Date.now() + timeoutMs;
  let last;
  while (Date.now() < end) {
    try {
      last = await fn();
      if (last) return last;
    } catch (err) {
      last = err;
    }
    await new Promise((r) => setTimeout(r, intervalMs));
  }
  throw new Error(
    `timed out waiting for ${what} (last: ${last instanceof Error ? last.message : JSON.stringify(last)})`,
  );
}
