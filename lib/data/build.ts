import { parseDocument, type ParseOptions } from '../corpus/parse';
import type { DocumentMeta } from '../corpus/types';
import type { Bundle } from './bundle';

export interface SeedSource {
  meta: DocumentMeta;
  text: string;
  options?: ParseOptions;
}

/** FNV-1a over UTF-16 code units, two seeds → 64 bits: enough to notice any change in the bundled data. */
export function contentHash(text: string): string {
  let a = 0x811c9dc5;
  let b = 0x01000193 ^ 0x5bd1e995;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    a = Math.imul(a ^ c, 0x01000193);
    b = Math.imul(b ^ c, 0x01000193) ^ (b >>> 13);
  }
  return (a >>> 0).toString(16).padStart(8, '0') + (b >>> 0).toString(16).padStart(8, '0');
}

/** Every seed document → the data the extension bundles. Pure and deterministic: same seeds, same bundle. */
export function buildBundle(sources: SeedSource[]): Bundle {
  const sorted = [...sources].sort((x, y) => x.meta.id.localeCompare(y.meta.id));
  const parsed = sorted.map((s) => parseDocument(s.meta, s.text, s.options));
  const problems = parsed.flatMap((p) => p.warnings.map((w) => `${p.document.id}: ${w}`));
  if (problems.length) throw new Error(`Seed parsing problems:\n${problems.join('\n')}`);
  const ids = new Set<string>();
  for (const p of parsed.flatMap((d) => d.positions)) {
    if (ids.has(p.id)) throw new Error(`Duplicate position id across documents: ${p.id}`);
    ids.add(p.id);
  }
  const data = {
    documents: parsed.map((p) => p.document),
    chapters: parsed.flatMap((p) => p.chapters),
    positions: parsed.flatMap((p) => p.positions),
  };
  return { datasetVersion: contentHash(JSON.stringify(data)), ...data };
}
