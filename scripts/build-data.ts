/** `npm run gen:data`: seeds/ → generated/bundle.json, the data the extension bundles. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildBundle } from '../lib/data/build';
import { readSeeds } from './seeds';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
export const BUNDLE_PATH = join(root, 'generated', 'bundle.json');

const bundle = buildBundle(readSeeds(join(root, 'seeds')));
mkdirSync(dirname(BUNDLE_PATH), { recursive: true });
writeFileSync(BUNDLE_PATH, `${JSON.stringify(bundle, null, 1)}\n`);
console.log(
  `generated/bundle.json: ${bundle.documents.length} document(s), ${bundle.positions.length} positions, dataset ${bundle.datasetVersion}`,
);
