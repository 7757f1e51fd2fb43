// @ts-check
// Colours on screen, for checks a screenshot comparison cannot make ("is this word painted in its
// chapter's colour?"): screenshots decoded with pngjs.
import { PNG } from 'pngjs';

/**
 * "#ffe27a" → [255, 226, 122]
 * @param {string} hex
 * @returns {number[]}
 */
export function hexToRgb(hex) {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a #rrggbb colour: ${hex}`);
  return [1, 2, 3].map((i) => parseInt(m[i] ?? '', 16));
}

/**
 * Share (0..1) of the pixels in a screenshot of `clip` (page coordinates, CSS px) that are within
 * `tolerance` of `hex` on every channel.
 * @param {import('playwright-core').Page} page
 * @param {{ x: number, y: number, width: number, height: number }} clip
 * @param {string} hex
 */
export async function colourShare(page, clip, hex, tolerance = 6) {
  const [r = 0, g = 0, b = 0] = hexToRgb(hex);
  const { width, height, data } = PNG.sync.read(await page.screenshot({ clip, type: 'png' }));
  let hits = 0;
  for (let i = 0; i < data.length; i += 4) {
    if (
      Math.abs(/** @type {number} */ (data[i]) - r) <= tolerance &&
      Math.abs(/** @type {number} */ (data[i + 1]) - g) <= tolerance &&
      Math.abs(/** @type {number} */ (data[i + 2]) - b) <= tolerance
    )
      hits++;
  }
  return hits / (width * height);
}
