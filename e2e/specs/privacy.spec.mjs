// Privacy: a whole session — install, both sites, hovering a highlight, copying, the popup and its search,
// the options page and an export — and no request leaves the browser from any extension page, the
// service worker or the content script. Two independent records:
// - the harness's network guard (Playwright routing of every page, frame and worker of the profile);
// - Chromium's own NetLog of the whole browser (--log-net-log), which also sees requests no page
//   routing does. Every URL request in it must be either a page load (or subresource) that the same
//   pages make without the extension, or the browser's own background traffic (no initiator; e.g. its
//   update checks, which the host resolver rules send nowhere).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { launchWithExtension } from '../harness/browser.mjs';
import { cardInspector } from '../harness/card.mjs';
import { readClipboard } from '../harness/highlights.mjs';
import { guardNetwork } from '../harness/network.mjs';
import { CONTROL_HOSTS, SITE_FOLDERS } from '../harness/server.mjs';
import { expect, privacyCheck, test, waitFor } from '../harness/test.mjs';

const STORTINGET_PAGE = '/no/Saker-og-publikasjoner/Publikasjoner/Innstillinger/Stortinget/2024-2025/inns-202425-418s/';
const REGJERINGEN_PAGE = '/no/aktuelt/nye-millioner-til-bredband-og-flomsikring/id3091234/';
const VISITS = [
  ['www.stortinget.no', STORTINGET_PAGE],
  ['www.regjeringen.no', REGJERINGEN_PAGE],
];

/** A fixture-server request as "<site folder>/<path>", the same for a site host and a control host. */
function fixtureKey({ host, path }) {
  const folder = SITE_FOLDERS[host];
  return folder ? `${folder}${path}` : path.replace(/^\//, '');
}

/** URL requests in a NetLog file: { url, initiator, method }. */
function netLogRequests(file) {
  const log = JSON.parse(readFileSync(file, 'utf8'));
  const names = Object.fromEntries(Object.entries(log.constants.logEventTypes).map(([name, id]) => [id, name]));
  return log.events
    .filter((e) => names[e.type] === 'URL_REQUEST_START_JOB' && e.params?.url)
    .map((e) => ({ url: e.params.url, initiator: e.params.initiator ?? null, method: e.params.method ?? null }));
}

test('a whole session — install, both sites, hover, copy, popup, search, options, export — sends nothing out', async ({
  server,
}) => {
  test.setTimeout(120_000);
  const dir = mkdtempSync(join(tmpdir(), 'standpunkt-netlog-'));
  const netLog = join(dir, 'net.json');
  const fixtureHosts = new Set([...Object.keys(SITE_FOLDERS), ...CONTROL_HOSTS, '127.0.0.1']);
  let ext;
  try {
    // What the pages themselves load, seen on a host where the content script does not run.
    const control = new Map();
    {
      const plain = await launchWithExtension({ port: server.port });
      try {
        const page = await plain.context.newPage();
        for (const [host, path] of VISITS) {
          const from = server.requests.length;
          await page.goto(server.url(CONTROL_HOSTS[0], `/${SITE_FOLDERS[host]}${path}`), { waitUntil: 'load' });
          await page.waitForTimeout(1000);
          for (const r of server.requests.slice(from)) control.set(fixtureKey(r), r.status);
        }
      } finally {
        await plain.close();
      }
    }

    // The session, on a fresh profile: installing is part of it.
    const first = server.requests.length;
    ext = await launchWithExtension({
      port: server.port,
      args: [`--log-net-log=${netLog}`, '--net-log-capture-mode=Default'],
    });
    const guard = await guardNetwork(ext.context, server.port);
    const steps = [];

    const { page, tabId } = await ext.openTab(server.url(...VISITS[0]));
    await page.waitForFunction(() => document.documentElement.dataset.standpunkt === 'scanned', null, {
      timeout: 15_000,
    });
    steps.push('stortinget.no scanned');

    // Hover a highlight: the card opens (its code is loaded from the extension); copy the demand.
    const card = await cardInspector(page);
    const box = await page.evaluate(() => {
      for (const [name, h] of CSS.highlights) {
        if (!name.startsWith('standpunkt-') || name.endsWith('focus')) continue;
        for (const r of h) {
          const live = new Range();
          live.setStart(r.startContainer, r.startOffset);
          live.setEnd(r.endContainer, r.endOffset);
          live.startContainer.parentElement.scrollIntoView({ block: 'center' });
          const b = live.getClientRects()[0];
          if (b) return { x: b.x + b.width / 2, y: b.y + b.height / 2 };
        }
      }
      return null;
    });
    expect(box, 'a highlight to hover').toBeTruthy();
    await page.mouse.move(box.x, box.y, { steps: 4 });
    const shown = await waitFor(
      async () => {
        const s = await card.state();
        return s?.open && s;
      },
      { what: 'the hover card', timeoutMs: 5000 },
    );
    const copy = shown.buttons.find((b) => b.text === 'Kopier forventningen');
    await page.mouse.move(copy.x, copy.y, { steps: 8 });
    await page.mouse.click(copy.x, copy.y);
    await waitFor(async () => (await card.state())?.positions?.[0]?.status === 'Kopiert!', {
      what: 'the copy confirmation',
      timeoutMs: 3000,
    });
    expect((await readClipboard(ext)).includes('KS mener:'), 'the demand is on the clipboard').toBeTruthy();
    steps.push('card opened, demand copied');

    const { page: news } = await ext.openTab(server.url(...VISITS[1]));
    await news.waitForFunction(() => document.documentElement.dataset.standpunkt === 'scanned', null, {
      timeout: 15_000,
    });
    steps.push('regjeringen.no scanned');

    const popup = await ext.openPopup({ tabId });
    await popup.waitForSelector('[data-position-id]', { timeout: 10_000 });
    await popup.fill('#standpunkt-search', 'barnehage');
    await popup.waitForSelector('.results [data-position-id]', { timeout: 5000 });
    steps.push('popup opened, searched');

    const options = await ext.context.newPage();
    await options.goto(ext.extensionUrl('options.html'));
    await options.waitForSelector('#sites-heading');
    const [download] = await Promise.all([
      options.waitForEvent('download'),
      options.getByRole('button', { name: 'Eksporter til fil' }).click(),
    ]);
    const exported = JSON.parse(readFileSync(await download.path(), 'utf8'));
    expect(exported.format, 'the export').toEqual('standpunkt-brukerdata');
    steps.push('options opened, exported');

    // Idle a while: nothing is sent later either (timers, beacons on close).
    await page.waitForTimeout(3000);
    for (const p of [popup, options, news, page]) await p.close();
    await new Promise((r) => setTimeout(r, 500));
    const violations = guard.violations;
    await ext.close();
    ext = null;
    const session = server.requests.slice(first);

    // 1. The network guard.
    expect(violations, 'requests the network guard blocked').toEqual([]);

    // 2. The fixture server: only what the pages load by themselves.
    const extra = session.filter((r) => !control.has(fixtureKey(r)) && !r.path.startsWith('/favicon.ico'));
    expect(
      extra.map((r) => `${r.host}${r.path}`),
      'requests to the fixture server beyond what the pages load themselves',
    ).toEqual([]);

    // 3. Chromium's NetLog of the whole browser.
    const requests = netLogRequests(netLog);
    const external = requests.filter((r) => {
      const url = new URL(r.url);
      return !(url.protocol === 'http:' && fixtureHosts.has(url.hostname));
    });
    const ours = external.filter((r) => r.initiator && r.initiator !== 'not an origin');
    const browsers = external.filter((r) => !ours.includes(r));
    const toFixtures = requests.filter((r) => !external.includes(r));
    console.log(`      session: ${steps.join('; ')}`);
    console.log(
      `      NetLog: ${requests.length} URL requests: ${toFixtures.length} to the fixture server, ${browsers.length} of the browser's own (${[...new Set(browsers.map((r) => new URL(r.url).host))].join(', ') || 'none'}), ${ours.length} from a page or the extension to elsewhere`,
    );
    expect(
      ours.map((r) => `${r.method} ${r.url} (initiator ${r.initiator})`),
      'requests from an extension page, the worker or a page to anywhere but the fixture server',
    ).toEqual([]);
    const fromExtension = requests.filter(
      (r) => (r.initiator ?? '').startsWith('chrome-extension://') && !fixtureHosts.has(new URL(r.url).hostname),
    );
    expect(fromExtension, 'requests initiated by the extension').toEqual([]);
  } finally {
    await ext?.close().catch(() => {});
    rmSync(dir, { recursive: true, force: true });
  }
});

privacyCheck();
