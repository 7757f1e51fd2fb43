// @ts-check
// Reading what the extension painted, from the page's main world. The CSS highlight registry is per
// document and shared by all worlds, so `CSS.highlights` here sees the content script's StaticRanges.
/// <reference types="chrome" />

/** A page or a frame: what page.evaluate runs in. */
/** @typedef {Pick<import('playwright-core').Frame, 'evaluate'>} Target */
/** @typedef {Awaited<ReturnType<typeof import('./browser.mjs').launchWithExtension>>} Ext */
/** @typedef {{ x: number, y: number, width: number, height: number }} Rect */
/**
 * One painted range (see readHighlights).
 * @typedef {{ name: string, chapter: string, text: string | null, rects: Rect[], inShadow: boolean, blockedBy: string | null, key: string }} Highlight
 */

/** Our highlight names: one per chapter (`standpunkt-1` …) and the focus (`standpunkt-focus`). */
export const PREFIX = 'standpunkt-';
export const FOCUS = 'standpunkt-focus';
/** The «same demand» highlight: the other occurrences of the demand pointed at or focused. */
export const SAME = 'standpunkt-same';

/**
 * Waits for the content script's marker (`ready`, then `scanned` after the first full scan).
 * @param {import('playwright-core').Page | import('playwright-core').Frame} page
 */
export async function waitForScan(page, { state = 'scanned', timeoutMs = 15_000 } = {}) {
  await page.waitForFunction((s) => document.documentElement.dataset.standpunkt === s, state, { timeout: timeoutMs });
}

/**
 * Every painted range of our highlights in a document (a page or a frame), in document order
 * (composed tree: text in an open shadow root sorts where its host is).
 * Each: { name, chapter, text, rects: [{x,y,width,height}], inShadow, blockedBy, key } (`key`: where it
 * starts, unique per range).
 * `focus: true` reads only the focus highlight, `same: true` only the «same demand» one; `exclude` (a
 * selector) fills `blockedBy`.
 * @param {Target} target
 * @param {{ focus?: boolean, same?: boolean, exclude?: string | null }} [options]
 * @returns {Promise<Highlight[]>}
 */
export function readHighlights(target, { focus = false, same = false, exclude = null } = {}) {
  return target.evaluate(
    ({ prefix, focusName, sameName, focus, same, exclude }) => {
      /** @type {(Omit<Highlight, 'key'> & { path: number[] })[]} */
      const out = [];
      for (const [name, highlight] of CSS.highlights) {
        if (!name.startsWith(prefix)) continue;
        if (same !== (name === sameName)) continue;
        if (!same && focus !== (name === focusName)) continue;
        for (const r of highlight) {
          const live = document.createRange();
          /** @type {string | null} */
          let text = null;
          /** @type {Rect[]} */
          let rects = [];
          try {
            live.setStart(r.startContainer, r.startOffset);
            live.setEnd(r.endContainer, r.endOffset);
            text = live.toString();
            rects = [...live.getClientRects()].map((b) => ({ x: b.x, y: b.y, width: b.width, height: b.height }));
          } catch {
            text = null; // a range the page has invalidated since it was painted
          }
          // Composed-tree path of the start point, for sorting in document order.
          /** @type {number[]} */
          const path = [];
          /** @type {Node | null} */
          let node = r.startContainer;
          let inShadow = false;
          while (node) {
            /** @type {Node | null} */
            const parent = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
            if (node instanceof ShadowRoot) {
              inShadow = true;
              path.unshift(-1); // shadow content before the host's light children
            } else if (parent) {
              path.unshift([...parent.childNodes].indexOf(/** @type {ChildNode} */ (node)));
            }
            node = parent;
          }
          path.push(r.startOffset);
          // With `exclude` (a selector): the element that should have kept this range out, if any, or
          // "not rendered" for text in a display:none subtree.
          /** @type {string | null} */
          let blockedBy = null;
          if (exclude) {
            const parent = r.startContainer.parentNode;
            const el = parent instanceof ShadowRoot ? parent.host : r.startContainer.parentElement;
            const blocked = el?.closest(exclude);
            if (blocked) blockedBy = blocked.localName;
            else if (el && !el.checkVisibility({ visibilityProperty: true })) blockedBy = 'not rendered';
          }
          out.push({ name, chapter: name.slice(prefix.length), text, rects, inShadow, path, blockedBy });
        }
      }
      out.sort((a, b) => {
        for (let i = 0; i < Math.min(a.path.length, b.path.length); i++)
          if (a.path[i] !== b.path[i]) return /** @type {number} */ (a.path[i]) - /** @type {number} */ (b.path[i]);
        return a.path.length - b.path.length;
      });
      return out.map(({ path, ...rest }) => ({ ...rest, key: path.join('.') }));
    },
    { prefix: PREFIX, focusName: FOCUS, sameName: SAME, focus, same, exclude },
  );
}

/**
 * Just the highlighted strings, in document order, whitespace collapsed.
 * @param {Target} target
 */
export async function highlightedTexts(target) {
  return (await readHighlights(target)).map((h) => (h.text ?? '<invalid range>').replace(/\s+/g, ' '));
}

/**
 * Names of our entries in the registry (e.g. to see that a toggle removed them or left them empty).
 * @param {Target} target
 * @returns {Promise<Record<string, number>>}
 */
export function highlightSizes(target) {
  return target.evaluate(
    (prefix) =>
      Object.fromEntries([...CSS.highlights].filter(([n]) => n.startsWith(prefix)).map(([n, h]) => [n, h.size])),
    PREFIX,
  );
}

let messageId = 1000;
/**
 * Sends a message of the extension's contract to a tab's content script from the service worker, in
 * the wire format of @webext-core/messaging ({ id, type, data, timestamp } → { res } | { err }).
 * Resolves to `res`; throws on `err`.
 * @param {Ext} ext
 * @param {number} tabId
 * @param {string} type
 * @param {unknown} [data]
 * @returns {Promise<any>}
 */
export async function sendToTab(ext, tabId, type, data) {
  const reply = await ext.serviceWorker.evaluate(
    ({ tabId, message }) =>
      /** @type {Promise<{ res?: unknown, err?: unknown } | undefined>} */ (chrome.tabs.sendMessage(tabId, message)),
    {
      tabId,
      message: { id: ++messageId, type, data, timestamp: Date.now() },
    },
  );
  if (reply && reply.err) throw new Error(`${type} failed in the tab: ${JSON.stringify(reply.err)}`);
  return reply?.res;
}

/**
 * Runs a keyboard command (manifest `commands`) on a tab the way the background forwards it. Headless
 * Chromium does not deliver extension shortcuts typed with page.keyboard (tried: chrome.commands.onCommand
 * never fires), so the test sends the background's `runCommand` message itself.
 * @param {Ext} ext
 * @param {number} tabId
 * @param {string} command
 */
export function runCommand(ext, tabId, command) {
  return sendToTab(ext, tabId, 'runCommand', command);
}

/**
 * The toolbar badge text of a tab.
 * @param {Ext} ext
 * @param {number} tabId
 */
export function badgeText(ext, tabId) {
  return ext.serviceWorker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
}

/**
 * Copies what the clipboard holds, read from an extension page (a secure context; fixture pages are http).
 * @param {Ext} ext
 */
export async function readClipboard(ext) {
  await ext.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await ext.context.newPage();
  try {
    await page.goto(ext.extensionUrl('popup.html'));
    await page.bringToFront();
    return await page.evaluate(() => navigator.clipboard.readText());
  } finally {
    await page.close();
  }
}

/**
 * Puts `text` on the clipboard (so a later read proves that a copy really happened).
 * @param {Ext} ext
 * @param {string} text
 */
export async function writeClipboard(ext, text) {
  await ext.context.grantPermissions(['clipboard-read', 'clipboard-write']);
  const page = await ext.context.newPage();
  try {
    await page.goto(ext.extensionUrl('popup.html'));
    await page.bringToFront();
    await page.evaluate((t) => navigator.clipboard.writeText(t), text);
  } finally {
    await page.close();
  }
}

/**
 * Every highlight the page paints somewhere, for pages that paint only near the viewport: scrolls from
 * top to bottom and collects what is painted at each stop (by start position), in document order.
 * Returns { highlights, stops, mostAtOnce }.
 * @param {import('playwright-core').Page} page
 * @param {{ exclude?: string | null, settleMs?: number }} [options]
 */
export async function collectByScrolling(page, { exclude = null, settleMs = 120 } = {}) {
  /** @type {Map<string, Highlight>} */
  const seen = new Map();
  let mostAtOnce = 0;
  let stops = 0;
  await page.evaluate(() => window.scrollTo(0, 0));
  for (;;) {
    await page.waitForTimeout(settleMs);
    const now = await readHighlights(page, { exclude });
    mostAtOnce = Math.max(mostAtOnce, now.length);
    for (const h of now) if (!seen.has(h.key)) seen.set(h.key, h);
    stops += 1;
    const more = await page.evaluate(() => {
      const before = window.scrollY;
      window.scrollBy(0, window.innerHeight * 2);
      return window.scrollY > before;
    });
    if (!more) break;
  }
  const order = (/** @type {string} */ k) => k.split('.').map(Number);
  const highlights = [...seen.values()].sort((a, b) => {
    const [x, y] = [order(a.key), order(b.key)];
    for (let i = 0; i < Math.min(x.length, y.length); i++)
      if (x[i] !== y[i]) return /** @type {number} */ (x[i]) - /** @type {number} */ (y[i]);
    return x.length - y.length;
  });
  return { highlights, stops, mostAtOnce };
}
