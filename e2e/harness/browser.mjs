// @ts-check
/// <reference types="chrome" />
// Launches Debian Chromium with the built extension, offline: the fixture hosts resolve to the local
// fixture server, every other host name fails to resolve.
import { mkdtempSync, rmSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CONTROL_HOSTS, SITE_FOLDERS } from './server.mjs';

// STANDPUNKT_EXTENSION_DIR tests another build (e.g. one made from a clean checkout while the tree is being edited).
export const EXTENSION_DIR =
  process.env.STANDPUNKT_EXTENSION_DIR ?? fileURLToPath(new URL('../../.output/chrome-mv3/', import.meta.url));
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * `--host-resolver-rules` value: our hosts → the fixture server, everything else → not found.
 * @param {number} port
 */
export function hostResolverRules(port) {
  const hosts = [...Object.keys(SITE_FOLDERS), ...CONTROL_HOSTS];
  // EXCLUDE keeps 127.0.0.1 itself reachable (the catch-all would also swallow IP literals).
  return [...hosts.map((h) => `MAP ${h} 127.0.0.1:${port}`), 'EXCLUDE 127.0.0.1', 'MAP * ~NOTFOUND'].join(', ');
}

/**
 * @param {{ port: number, headless?: boolean, extensionDir?: string, lang?: string, viewport?: {width:number,height:number} | null, userDataDir?: string, args?: string[] }} options
 *   `userDataDir`: use (and keep on close) this profile instead of a fresh one, e.g. to start the browser
 *   again on the same profile; `args`: more command-line switches.
 */
export async function launchWithExtension({
  port,
  headless = true,
  extensionDir = EXTENSION_DIR,
  lang = 'nb',
  viewport,
  userDataDir: profile,
  args = [],
}) {
  const ext = resolve(extensionDir);
  if (!existsSync(join(ext, 'manifest.json'))) {
    throw new Error(`No built extension in ${ext}. Run \`npm run build\` first.`);
  }
  const userDataDir = profile ?? mkdtempSync(join(tmpdir(), 'standpunkt-profile-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless,
    viewport: viewport === undefined ? { width: 1200, height: 900 } : viewport,
    locale: lang,
    // Chromium picks its UI language (and so the extension's _locales) from LANGUAGE and --lang; the
    // Norwegian UI needs Debian's chromium-l10n, without it Chromium falls back to en-US.
    env: { ...process.env, LANGUAGE: lang },
    args: [
      `--disable-extensions-except=${ext}`,
      `--load-extension=${ext}`,
      `--host-resolver-rules=${hostResolverRules(port)}`,
      `--lang=${lang}`,
      '--no-first-run',
      '--no-default-browser-check',
      ...args,
    ],
  });
  const serviceWorker =
    context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker', { timeout: 15_000 }));
  // The id depends on the folder's absolute path, so it differs between clones: read it, never hard-code it.
  const extensionId = new URL(serviceWorker.url()).host;

  return {
    context,
    serviceWorker,
    extensionId,
    extensionUrl: (/** @type {string} */ path) => `chrome-extension://${extensionId}/${path.replace(/^\//, '')}`,
    /**
     * Opens the popup as a tab. Pass the tab it should act on (the popup tab is itself the active tab).
     * @param {{ tabId?: number | null, viewport?: { width: number, height: number } }} [options]
     */
    async openPopup({ tabId, viewport: vp = { width: 400, height: 600 } } = {}) {
      const page = await context.newPage();
      await page.setViewportSize(vp);
      await page.goto(`chrome-extension://${extensionId}/popup.html${tabId != null ? `?tabId=${tabId}` : ''}`);
      return page;
    },
    /**
     * Opens `url` in a new tab created by the extension itself, so its tab id is known (without the
     * `tabs` permission the extension cannot look tabs up by URL). Resolves when the page has loaded.
     * @param {string} url
     */
    async openTab(url) {
      // Tests run one at a time, so the next new page is this tab.
      const [page, tabId] = await Promise.all([
        context.waitForEvent('page', { timeout: 10_000 }),
        serviceWorker.evaluate(async (u) => (await chrome.tabs.create({ url: u })).id, url),
      ]);
      await page.waitForURL(url, { waitUntil: 'load' });
      return { page, tabId };
    },
    async close() {
      await context.close();
      if (!profile) rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}
