// @ts-check
// Small helpers for the Firefox specs, on puppeteer pages: the content script's marker, messages to a
// tab in the extension's wire format.

/** @typedef {import('puppeteer-core').Page} Page */
/** @typedef {import('./fixtures.mjs').Firefox} Firefox */

/**
 * Waits for the content script's marker on <html> (`scanned` after the first full scan).
 * @param {Page} page
 */
export async function waitForScan(page, { state = 'scanned', timeoutMs = 15_000 } = {}) {
  await page.waitForFunction((s) => document.documentElement.dataset.standpunkt === s, { timeout: timeoutMs }, state);
}

let messageId = 5000;
/**
 * Sends a message of the extension's contract to a tab's content script, from an extension page, in the
 * wire format of @webext-core/messaging ({ id, type, data, timestamp } → { res } | { err }).
 * @param {Firefox} ff
 * @param {number} tabId
 * @param {string} type
 * @param {unknown} [data]
 * @returns {Promise<any>}
 */
export async function sendToTab(ff, tabId, type, data) {
  const from = await ff.extensionPage();
  const reply = await from.evaluate(
    (tabId, message) =>
      /** @type {Promise<{ res?: unknown, err?: unknown } | undefined>} */ (browser.tabs.sendMessage(tabId, message)),
    tabId,
    {
      id: ++messageId,
      type,
      data,
      timestamp: Date.now(),
    },
  );
  if (reply && reply.err) throw new Error(`${type} failed in the tab: ${JSON.stringify(reply.err)}`);
  return reply?.res;
}

export const collapse = (/** @type {string} */ s) => s.replace(/\s+/g, ' ').trim();

const CARD = 'standpunkt-card';

/**
 * Whether the hover card shows: some point of the viewport hits its host (its shadow root is closed, so
 * a page sees the host for any point on the card). Returns the box of those points, or null.
 * @param {Page} page
 */
export function cardBox(page) {
  return page.evaluate((tag) => {
    const xs = [];
    const ys = [];
    for (let y = 4; y < innerHeight; y += 12) {
      for (let x = 4; x < innerWidth; x += 12) {
        if (document.elementFromPoint(x, y)?.localName !== tag) continue;
        xs.push(x);
        ys.push(y);
      }
    }
    if (xs.length === 0) return null;
    const [x, y] = [Math.min(...xs), Math.min(...ys)];
    return { x, y, width: Math.max(...xs) - x, height: Math.max(...ys) - y };
  }, CARD);
}

/**
 * Whether keyboard focus is inside the card.
 * @param {Page} page
 */
export function focusInCard(page) {
  return page.evaluate((tag) => document.activeElement?.localName === tag, CARD);
}

/**
 * A scratch page on 127.0.0.1 (no content script there) for the clipboard: `reset()` copies a known word
 * with Ctrl+C, `paste()` pastes with Ctrl+V into an editable box and returns what the paste event carried
 * ({ plain, html }). Reading through a paste needs no clipboard permission.
 * @param {Firefox} ff
 * @param {import('../harness/test.mjs').FixtureServer} server
 */
export async function clipboardPage(ff, server) {
  const page = await ff.openPage(server.url('127.0.0.1', '/stortinget/index.html'));
  await page.evaluate(() => {
    const box = document.createElement('div');
    box.contentEditable = 'true';
    box.id = 'paste-box';
    box.textContent = 'tom';
    box.addEventListener('paste', (e) => {
      const data = /** @type {DataTransfer} */ (e.clipboardData);
      window.__pasted = { plain: data.getData('text/plain'), html: data.getData('text/html') };
      e.preventDefault();
    });
    document.body.prepend(box);
  });
  const chord = async (/** @type {import('puppeteer-core').KeyInput} */ key) => {
    await page.bringToFront();
    await page.keyboard.down('Control');
    await page.keyboard.press(key);
    await page.keyboard.up('Control');
  };
  return {
    page,
    async reset() {
      await page.evaluate(() => {
        const box = /** @type {HTMLElement} */ (document.getElementById('paste-box'));
        box.focus();
        /** @type {Selection} */ (getSelection()).selectAllChildren(box);
      });
      await chord('c');
    },
    async paste() {
      await page.evaluate(() => {
        window.__pasted = null;
        /** @type {HTMLElement} */ (document.getElementById('paste-box')).focus();
      });
      await chord('v');
      await page.waitForFunction(() => window.__pasted !== null, { timeout: 5000 });
      return page.evaluate(() => window.__pasted);
    },
  };
}
