// Reading what the extension painted, from the page's main world. The CSS highlight registry is per
// document and shared by all worlds, so `CSS.highlights` here sees the content script's StaticRanges.

/** Our highlight names: one per chapter (`standpunkt-1` …) and the focus (`standpunkt-focus`). */
export const PREFIX = 'standpunkt-';
export const FOCUS = 'standpunkt-focus';

/** Waits for the content script's marker (`ready`, then `scanned` after the first full scan). */
export async function waitForScan(page, { state = 'scanned', timeoutMs = 15_000 } = {}) {
  await page.waitForFunction((s) => document.documentElement.dataset.standpunkt === s, state, { timeout: timeoutMs });
}

/**
 * Every painted range of our highlights in a document (a page or a frame), in document order
 * (composed tree: text in an open shadow root sorts where its host is).
 * Each: { name, chapter, text, rects: [{x,y,width,height}], inShadow }.
 * `focus: true` reads only the focus highlight.
 */
export function readHighlights(target, { focus = false } = {}) {
  return target.evaluate(
    ({ prefix, focusName, focus }) => {
      const out = [];
      for (const [name, highlight] of CSS.highlights) {
        if (!name.startsWith(prefix)) continue;
        if (focus !== (name === focusName)) continue;
        for (const r of highlight) {
          const live = document.createRange();
          let text = null;
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
          const path = [];
          let node = r.startContainer;
          let inShadow = false;
          while (node) {
            const parent = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
            if (node instanceof ShadowRoot) {
              inShadow = true;
              path.unshift(-1); // shadow content before the host's light children
            } else if (parent) {
              path.unshift([...parent.childNodes].indexOf(node));
            }
            node = parent;
          }
          path.push(r.startOffset);
          out.push({ name, chapter: name.slice(prefix.length), text, rects, inShadow, path });
        }
      }
      out.sort((a, b) => {
        for (let i = 0; i < Math.min(a.path.length, b.path.length); i++) if (a.path[i] !== b.path[i]) return a.path[i] - b.path[i];
        return a.path.length - b.path.length;
      });
      return out.map(({ path, ...rest }) => rest);
    },
    { prefix: PREFIX, focusName: FOCUS, focus },
  );
}

/** Just the highlighted strings, in document order, whitespace collapsed. */
export async function highlightedTexts(target) {
  return (await readHighlights(target)).map((h) => (h.text ?? '<invalid range>').replace(/\s+/g, ' '));
}

/** Names of our entries in the registry (e.g. to see that a toggle removed them or left them empty). */
export function highlightSizes(target) {
  return target.evaluate((prefix) => Object.fromEntries([...CSS.highlights].filter(([n]) => n.startsWith(prefix)).map(([n, h]) => [n, h.size])), PREFIX);
}
