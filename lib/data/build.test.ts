import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readSeeds } from '../../scripts/seeds';
import { buildBundle, contentHash } from './build';

describe('bundled data', () => {
  it('is up to date with seeds/ and the parser (run `npm run gen:data` if this fails)', () => {
    const fresh = buildBundle(readSeeds(resolve('seeds')));
    const shipped = JSON.parse(readFileSync(resolve('generated/bundle.json'), 'utf8'));
    expect(shipped).toEqual(fresh);
  });

  it('is reproducible', () => {
    expect(buildBundle(readSeeds(resolve('seeds')))).toEqual(buildBundle(readSeeds(resolve('seeds'))));
  });

  it('changes its dataset version when any text changes', () => {
    const [seed] = readSeeds(resolve('seeds'));
    const a = buildBundle([seed!]);
    const b = buildBundle([{ ...seed!, text: seed!.text.replace('bemanningsnormene', 'bemanningsnormane') }]);
    expect(a.datasetVersion).not.toBe(b.datasetVersion);
  });

  it('refuses a seed the parser cannot read cleanly', () => {
    const [seed] = readSeeds(resolve('seeds'));
    expect(() => buildBundle([{ ...seed!, text: 'Bare tekst uten struktur.' }])).toThrow(/no chapter intro found/);
  });

  it('refuses two documents with the same positions', () => {
    const [seed] = readSeeds(resolve('seeds'));
    expect(() => buildBundle([seed!, { ...seed!, meta: { ...seed!.meta } }])).toThrow(/Duplicate position id/);
  });
});

describe('contentHash', () => {
  it('is stable and sensitive', () => {
    expect(contentHash('abc')).toBe(contentHash('abc'));
    expect(contentHash('abc')).not.toBe(contentHash('abd'));
    expect(contentHash('abc')).toMatch(/^[0-9a-f]{16}$/);
  });
});
