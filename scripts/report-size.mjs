// @ts-check
// Prints the size of what runs on every page (the content scripts) and of the lazily loaded card, after
// a build. A report, not a gate: the target is in the issue (≤ 40 KB minified for the content script).
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const TARGET = 40 * 1024;
const dir = process.argv[2] ?? '.output/chrome-mv3';
/** @param {number} n */
const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
/** @param {string} file */
const size = (file) => {
  const raw = readFileSync(file);
  return { raw: raw.length, gz: gzipSync(raw).length };
};
// Both content scripts run on every page of our sites: the stylesheet (and data prefetch) at
// document_start, the main one at document_idle. The target counts what they add up to.
const everyPage = [`${dir}/content-scripts/highlight-style.js`, `${dir}/content-scripts/content.js`];
const missing = everyPage.filter((f) => !existsSync(f));
if (missing.length) console.log(`size: content scripts: missing (${missing.join(', ')})`);
else {
  const [early, main] = /** @type {[ReturnType<typeof size>, ReturnType<typeof size>]} */ (everyPage.map(size));
  const raw = early.raw + main.raw;
  const note = raw <= TARGET ? ' (within the 40 KB target)' : ` (over the 40 KB target by ${kb(raw - TARGET)})`;
  console.log(
    `size: content scripts (every page): ${kb(raw)} minified, ${kb(early.gz + main.gz)} gzipped${note}` +
      ` = document_start ${kb(early.raw)} + main ${kb(main.raw)}`,
  );
}
const card = `${dir}/card-ui.js`;
if (!existsSync(card)) console.log(`size: hover card (loaded on first use): missing (${card})`);
else {
  const { raw, gz } = size(card);
  console.log(`size: hover card (loaded on first use): ${kb(raw)} minified, ${kb(gz)} gzipped`);
}
