// @ts-check
// Draws the Standpunkt icon (a dark blue speech bubble with a white "S") in headless Chromium's
// canvas and writes public/icon/{16,32,48,128}.png. Run: node scripts/make-icons.mjs
// The PNGs are committed; run this again only to change the design.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const SIZES = [16, 32, 48, 128];
const outDir = join(dirname(fileURLToPath(import.meta.url)), '..', 'public', 'icon');

/** @param {number} size */
function draw(size) {
  const KS_BLUE = '#0b2f5b';
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = size;
  const c = /** @type {CanvasRenderingContext2D} */ (canvas.getContext('2d'));
  const u = size / 128; // design grid: 128 × 128
  // Bubble: rounded square with a tail at the lower left, pointing down.
  const x0 = 6 * u,
    y0 = 6 * u,
    x1 = 122 * u,
    y1 = 100 * u,
    r = 22 * u;
  c.fillStyle = KS_BLUE;
  c.beginPath();
  c.moveTo(x0 + r, y0);
  c.lineTo(x1 - r, y0);
  c.quadraticCurveTo(x1, y0, x1, y0 + r);
  c.lineTo(x1, y1 - r);
  c.quadraticCurveTo(x1, y1, x1 - r, y1);
  c.lineTo(54 * u, y1);
  c.lineTo(26 * u, 124 * u);
  c.lineTo(30 * u, y1);
  c.lineTo(x0 + r, y1);
  c.quadraticCurveTo(x0, y1, x0, y1 - r);
  c.lineTo(x0, y0 + r);
  c.quadraticCurveTo(x0, y0, x0 + r, y0);
  c.closePath();
  c.fill();
  // White "S", centred in the bubble's body; slightly bolder at small sizes to stay legible.
  c.fillStyle = '#ffffff';
  c.textAlign = 'center';
  c.textBaseline = 'middle';
  const px = Math.round((size <= 16 ? 92 : size <= 32 ? 86 : 80) * u);
  c.font = `700 ${px}px "DejaVu Sans", "Liberation Sans", Arial, sans-serif`;
  c.fillText('S', 64 * u, 55 * u);
  return canvas.toDataURL('image/png');
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium', headless: true });
try {
  const page = await browser.newPage();
  mkdirSync(outDir, { recursive: true });
  for (const size of SIZES) {
    const dataUrl = await page.evaluate(draw, size);
    const file = join(outDir, `${size}.png`);
    writeFileSync(file, Buffer.from(dataUrl.split(',')[1] ?? '', 'base64'));
    console.log(`wrote ${file}`);
  }
} finally {
  await browser.close();
}
