// Prints the size of what runs on every page (the content script) and of the lazily loaded card, after
// a build. A report, not a gate: the target is in the issue (≤ 40 KB minified for the content script).
import { existsSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const TARGET = 40 * 1024;
const dir = process.argv[2] ?? '.output/chrome-mv3';
const files = [
  ['content script (every page)', `${dir}/content-scripts/content.js`],
  ['hover card (loaded on first use)', `${dir}/card-ui.js`],
];
for (const [label, file] of files) {
  if (!existsSync(file)) {
    console.log(`size: ${label}: missing (${file})`);
    continue;
  }
  const raw = readFileSync(file);
  const kb = (n) => `${(n / 1024).toFixed(1)} KB`;
  const note = label.startsWith('content') ? (raw.length <= TARGET ? ' (within the 40 KB target)' : ` (over the 40 KB target by ${kb(raw.length - TARGET)})`) : '';
  console.log(`size: ${label}: ${kb(raw.length)} minified, ${kb(gzipSync(raw).length)} gzipped${note}`);
}
