// Self-test of the browser-test harness: the privacy guard must see and block requests from every
// kind of extension context, or the "no request left the browser" checks prove nothing.
import { createSuite, expect } from '../harness/runner.mjs';

export const suite = createSuite('harness');
const { test } = suite;

test('the privacy guard blocks and records requests from the service worker, a page and the popup', async ({ ext, server, guard }) => {
  const failed = (target, url) => target.evaluate((u) => fetch(u).then(() => 'answered', () => 'blocked'), url);
  const page = await ext.context.newPage();
  const popup = await ext.openPopup();
  try {
    await page.goto(server.url('www.stortinget.no', '/'));
    expect.equal(await failed(ext.serviceWorker, 'http://example.com/from-sw'), 'blocked', 'service worker fetch');
    expect.equal(await failed(page, 'https://example.net/from-page'), 'blocked', 'page fetch');
    expect.equal(await failed(popup, 'http://example.org/from-popup'), 'blocked', 'popup fetch');
    const seen = guard.violations.join('\n');
    expect.ok(/example\.com\/from-sw \(from service worker chrome-extension:\/\//.test(seen), `service worker request recorded:\n${seen}`);
    expect.ok(seen.includes('https://example.net/from-page (from http://www.stortinget.no/)'), `page request recorded:\n${seen}`);
    expect.ok(/example\.org\/from-popup \(from chrome-extension:\/\/.*\/popup\.html\)/.test(seen), `popup request recorded:\n${seen}`);
    expect.equal(guard.violations.length, 3, 'each request recorded once');
    // Same-server requests are allowed.
    expect.equal(await failed(page, server.url('www.stortinget.no', '/')), 'answered', 'fixture server fetch');
  } finally {
    guard.reset();
    await page.close();
    await popup.close();
  }
});
