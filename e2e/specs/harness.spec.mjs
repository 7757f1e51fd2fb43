// @ts-check
// Self-test of the browser-test harness: the privacy guard must see and block the requests that leave any
// kind of context, or the "no request left the browser" checks prove nothing.
// The extension's pages and its service worker have a CSP with connect-src 'none' (wxt.config.ts): the
// browser refuses their fetch() before any request exists, so there is nothing for the guard to see; an
// image from the popup is not under connect-src and does leave, so it stands in for the extension's pages.
import { expect, privacyCheck, test } from '../harness/test.mjs';

test('the privacy guard blocks and records requests from a page and the popup; the service worker cannot send any', async ({
  ext,
  server,
  guard,
}) => {
  /** @type {(target: import('../harness/highlights.mjs').Target, url: string) => Promise<string>} */
  const fetched = (target, url) =>
    target.evaluate(
      (u) =>
        fetch(u).then(
          () => 'answered',
          () => 'blocked',
        ),
      url,
    );
  /** @type {(target: import('../harness/highlights.mjs').Target, url: string) => Promise<string>} */
  const image = (target, url) =>
    target.evaluate(
      (u) =>
        /** @type {Promise<string>} */ (
          new Promise((done) =>
            Object.assign(new Image(), { onload: () => done('answered'), onerror: () => done('blocked'), src: u }),
          )
        ),
      url,
    );
  const page = await ext.context.newPage();
  const popup = await ext.openPopup();
  try {
    await page.goto(server.url('www.stortinget.no', '/'));
    const before = server.requests.length;
    expect(await fetched(ext.serviceWorker, 'http://example.com/from-sw'), 'service worker fetch').toEqual('blocked');
    expect(
      await fetched(ext.serviceWorker, server.url('www.stortinget.no', '/from-sw')),
      'service worker fetch to a site',
    ).toEqual('blocked');
    expect(await fetched(popup, 'http://example.org/fetch-from-popup'), 'popup fetch').toEqual('blocked');
    expect(await fetched(page, 'https://example.net/from-page'), 'page fetch').toEqual('blocked');
    expect(await image(popup, 'http://example.org/from-popup'), 'popup image').toEqual('blocked');
    const seen = guard.violations.join('\n');
    expect(
      seen.includes('https://example.net/from-page (from http://www.stortinget.no/)'),
      `page request recorded:\n${seen}`,
    ).toBeTruthy();
    expect(
      /example\.org\/from-popup \(from chrome-extension:\/\/.*\/popup\.html\)/.test(seen),
      `popup request recorded:\n${seen}`,
    ).toBeTruthy();
    expect(guard.violations.length, 'each request recorded once; the refused fetches never became requests').toEqual(2);
    expect(server.requests.slice(before), 'nothing from the service worker reached even the fixture server').toEqual(
      [],
    );
    // Same-server requests are allowed.
    expect(await fetched(page, server.url('www.stortinget.no', '/')), 'fixture server fetch').toEqual('answered');
  } finally {
    guard.reset();
    await page.close();
    await popup.close();
  }
});

privacyCheck();
