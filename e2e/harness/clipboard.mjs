// @ts-check
// Reading the clipboard's rich contents back in a test. The extension's pages write it with the user's click;
// CDP cannot grant clipboard-read to an extension origin ("opaque origin"), so a page of the fixture
// server reads it.

/**
 * A page of the fixture server allowed to read the clipboard.
 * @param {{ context: import('@playwright/test').BrowserContext }} ext
 * @param {{ url: (host: string, path: string) => string }} server
 */
export async function openClipboardReader(ext, server) {
  await ext.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
    origin: server.url('127.0.0.1', '').replace(/\/$/, ''),
  });
  const reader = await ext.context.newPage();
  await reader.goto(server.url('127.0.0.1', '/'));
  return reader;
}

/**
 * What the clipboard holds now: its plain text and, if any, its HTML; then `backTo` is in front again.
 * @param {import('@playwright/test').Page} reader
 * @param {import('@playwright/test').Page} backTo
 * @returns {Promise<{ plain: string | null, html: string | null }>}
 */
export async function readRichClipboard(reader, backTo) {
  await reader.bringToFront();
  const result = await reader.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    /** @param {string} type */
    const text = async (type) => (item && item.types.includes(type) ? (await item.getType(type)).text() : null);
    return { plain: await text('text/plain'), html: await text('text/html') };
  });
  await backTo.bringToFront();
  return result;
}
