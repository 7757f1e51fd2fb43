// Small helpers for the Firefox specs, on puppeteer pages: the content script's marker, messages to a
// tab in the extension's wire format.

/** Waits for the content script's marker on <html> (`scanned` after the first full scan). */
export async function waitForScan(page, { state = 'scanned', timeoutMs = 15_000 } = {}) {
  await page.waitForFunction((s) => document.documentElement.dataset.standpunkt === s, { timeout: timeoutMs }, state);
}

let messageId = 5000;
/**
 * Sends a message of the extension's contract to a tab's content script, from an extension page, in the
 * wire format of @webext-core/messaging ({ id, type, data, timestamp } → { res } | { err }).
 */
export async function sendToTab(ff, tabId, type, data) {
  const from = await ff.extensionPage();
  const reply = await from.evaluate(
    (tabId, message) => browser.tabs.sendMessage(tabId, message),
    tabId,
    { id: ++messageId, type, data, timestamp: Date.now() },
  );
  if (reply && reply.err) throw new Error(`${type} failed in the tab: ${JSON.stringify(reply.err)}`);
  return reply?.res;
}

export const collapse = (s) => s.replace(/\s+/g, ' ').trim();
