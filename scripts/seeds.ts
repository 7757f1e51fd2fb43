/** Node-only: reads every KS document in seeds/ (a <name>.json metadata record beside its text file). */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { DocumentMeta } from '../lib/corpus/types';
import type { SeedSource } from '../lib/data/build';

const REQUIRED: (keyof DocumentMeta)[] = ['id', 'title', 'publisher', 'year', 'period', 'file'];

export function readSeeds(dir: string): SeedSource[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()
    .map((f) => {
      const raw = JSON.parse(readFileSync(join(dir, f), 'utf8')) as DocumentMeta & { headingVerbs?: string[] };
      for (const key of REQUIRED) {
        if (raw[key] === undefined || raw[key] === '') throw new Error(`${f}: metadata field "${key}" is missing`);
      }
      const { headingVerbs, ...meta } = raw;
      return { meta, text: readFileSync(join(dir, meta.file), 'utf8'), options: { headingVerbs } };
    });
}
