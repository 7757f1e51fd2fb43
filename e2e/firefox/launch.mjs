// @ts-check
/// <reference types="chrome" />
// Launches Debian's Firefox ESR with the built Firefox add-on, offline, over WebDriver BiDi (puppeteer-core;
// no browser download). The one module that knows how Firefox is started:
// - the add-on (.output/firefox-mv2) is installed as a temporary add-on (BiDi webExtension.install), under a
//   fixed UUID (`extensions.webextensions.uuids`), so its pages are moz-extension://<EXTENSION_UUID>/…;
// - a PAC script sends the fixture hosts to the fixture server (it answers absolute-URI proxy requests) and
//   every other request to a local sink that records it and refuses it: nothing leaves the machine, and
//   what tried to is reported by the privacy guard.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer from 'puppeteer-core';
import { CONTROL_HOSTS, SITE_FOLDERS } from '../harness/server.mjs';

export const FIREFOX = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
export const EXTENSION_DIR =
  process.env.STANDPUNKT_FIREFOX_EXTENSION_DIR ?? fileURLToPath(new URL('../../.output/firefox-mv2/', import.meta.url));
/** The add-on's id (wxt.config.ts, browser_specific_settings.gecko.id) and the UUID we give it. */
export const EXTENSION_ID = 'standpunkt@ks-standpunkt.no';
export const EXTENSION_UUID = '6f3c1e0a-2b7d-4c59-9a1e-5d7b3c2f8e41';
/** puppeteer's default prefs point Firefox's own services (remote settings, reports) here: not ours. */
const BROWSER_SINK_HOST = 'dummy.test';

/** A local proxy that refuses everything and remembers who asked for what. */
async function startSink() {
  /** @type {Set<string>} */
  const seen = new Set();
  const server = createServer((req, res) => {
    const host = new URL(req.url ?? '/', 'http://x').hostname;
    if (host !== BROWSER_SINK_HOST) seen.add(`${req.method} ${req.url}`);
    res.writeHead(403, { 'content-type': 'text/plain' });
    res.end('blocked by the test harness');
  });
  server.on('connect', (req, socket) => {
    if (!(req.url ?? '').startsWith(`${BROWSER_SINK_HOST}:`)) seen.add(`CONNECT ${req.url}`);
    socket.destroy();
  });
  await new Promise((ok, fail) => {
    server.once('error', fail);
    server.listen(0, '127.0.0.1', () => ok(undefined));
  });
  return {
    port: /** @type {import('node:net').AddressInfo} */ (server.address()).port,
    guard: {
      get violations() {
        return [...seen];
      },
      reset: () => seen.clear(),
    },
    close: () =>
      /** @type {Promise<void>} */ (
        new Promise((ok) => {
          server.closeAllConnections?.();
          server.close(() => ok(undefined));
        })
      ),
  };
}

/**
 * The PAC script: fixture hosts → the fixture server, everything else → the sink.
 * @param {number} fixturePort
 * @param {number} sinkPort
 */
export function proxyScript(fixturePort, sinkPort) {
  const hosts = JSON.stringify([...Object.keys(SITE_FOLDERS), ...CONTROL_HOSTS]);
  return `function FindProxyForURL(url, host) {
  if (${hosts}.indexOf(host) >= 0) return "PROXY 127.0.0.1:${fixturePort}";
  return "PROXY 127.0.0.1:${sinkPort}";
}`;
}

const sleep = (/** @type {number} */ ms) => new Promise((r) => setTimeout(r, ms));

/**
 * Navigates `page` and waits until its document is `url` and loaded. BiDi's navigation events do not
 * follow a tab into the extension's process (page.goto to moz-extension:// never resolves), so this
 * starts the navigation and then asks the document itself.
 * @param {import('puppeteer-core').Page} page
 * @param {string} url
 */
export async function navigate(page, url, { timeoutMs = 15_000 } = {}) {
  const going = page.goto(url, { timeout: timeoutMs }).catch(() => null);
  const end = Date.now() + timeoutMs;
  while (Date.now() < end) {
    const here = await page.evaluate(() => [location.href, document.readyState]).catch(() => null);
    if (here && here[0] === url && here[1] === 'complete') return;
    await sleep(100);
  }
  void going;
  throw new Error(`navigation to ${url} did not complete in ${timeoutMs} ms`);
}

/**
 * @param {{ port: number, extensionDir?: string, headless?: boolean, lang?: string }} options
 */
export async function launchFirefox({ port, extensionDir = EXTENSION_DIR, headless = true, lang = 'nb-NO' }) {
  const dir = resolve(extensionDir);
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(`No built Firefox add-on in ${dir}. Run \`npm run build:firefox\` first.`);
  }
  const sink = await startSink();
  const profile = mkdtempSync(join(tmpdir(), 'standpunkt-firefox-'));
  const downloadDir = mkdtempSync(join(tmpdir(), 'standpunkt-firefox-downloads-'));
  const browser = await puppeteer.launch({
    browser: 'firefox',
    executablePath: FIREFOX,
    headless,
    userDataDir: profile,
    // Lets BiDi navigate a tab to moz-extension:// pages (refused otherwise).
    args: ['--remote-allow-system-access'],
    // Firefox honours services.settings.server (set to dummy.test by puppeteer) only with this set;
    // without it remote settings polls Mozilla's server.
    env: { ...process.env, MOZ_REMOTE_SETTINGS_DEVTOOLS: '1' },
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({ [EXTENSION_ID]: EXTENSION_UUID }),
      'network.proxy.type': 2,
      'network.proxy.autoconfig_url': `data:text/javascript,${encodeURIComponent(proxyScript(port, sink.port))}`,
      'intl.locale.requested': lang,
      'intl.accept_languages': `${lang},nb,no,en`,
      // Downloads (the options page's export) go straight to downloadDir, without a dialog.
      'browser.download.folderList': 2,
      'browser.download.dir': downloadDir,
      'browser.download.useDownloadDir': true,
      'browser.download.always_ask_before_handling_new_types': false,
      'browser.download.start_downloads_in_tmp_dir': false,
      // permissions.request() is granted without Firefox's prompt (a doorhanger BiDi cannot click).
      'extensions.webextOptionalPermissionPrompts': false,
    },
  });
  const id = await browser.installExtension(dir);
  if (id !== EXTENSION_ID) throw new Error(`installed add-on has id ${id}, expected ${EXTENSION_ID}`);

  const extensionUrl = (/** @type {string} */ path) => `moz-extension://${EXTENSION_UUID}/${path.replace(/^\//, '')}`;

  /** An extension page kept open to call extension APIs from (the background page is out of BiDi's reach). */
  /** @type {import('puppeteer-core').Page | null} */
  let driver = null;
  async function extensionPage() {
    if (driver && !driver.isClosed()) return driver;
    driver = await browser.newPage();
    await navigate(driver, extensionUrl('options.html'));
    return driver;
  }

  return {
    browser,
    guard: sink.guard,
    /** Where downloads land. */
    downloadDir,
    extensionUrl,
    extensionPage,
    /**
     * Opens an extension page (popup.html, sidepanel.html, options.html…) in a new tab.
     * @param {string} path
     */
    async openExtensionPage(path, { viewport = { width: 400, height: 600 } } = {}) {
      const page = await browser.newPage();
      await page.setViewport(viewport);
      await navigate(page, extensionUrl(path));
      return page;
    },
    /**
     * Opens a web page in a new tab.
     * @param {string} url
     */
    async openPage(url) {
      const page = await browser.newPage();
      await page.setViewport({ width: 1200, height: 900 });
      await page.goto(url, { waitUntil: 'load' });
      return page;
    },
    /**
     * Opens `url` in a tab the extension creates itself, so its tab id is known. Resolves to the page
     * and the id once the page has loaded.
     * @param {string} url
     */
    async openTab(url) {
      const from = await extensionPage();
      const found = browser.waitForTarget((t) => t.url() === url, { timeout: 15_000 });
      const tabId = await from.evaluate(
        // `browser` here is the page's WebExtension API, not the puppeteer Browser above.
        async (u) =>
          (await /** @type {typeof chrome} */ (/** @type {unknown} */ (browser)).tabs.create({ url: u, active: true }))
            .id,
        url,
      );
      const page = await (await found).page();
      if (!page) throw new Error(`no page for the tab at ${url}`);
      await page.waitForFunction(() => document.readyState === 'complete', { timeout: 15_000 });
      return { page, tabId };
    },
    async close() {
      await browser.close().catch(() => {});
      await sink.close();
      rmSync(profile, { recursive: true, force: true });
      rmSync(downloadDir, { recursive: true, force: true });
    },
  };
}
