import { describe, expect, it } from 'vitest';
import { buildAutomaton } from './automaton';
import { scan, type ScanOutput } from './automaton-scan';

const units = (s: string): Uint16Array => Uint16Array.from(s, (c) => c.charCodeAt(0));

/** (state, end index) pairs of a scan, as [patterns ending there, end] for readability. */
function ends(patterns: string[], text: string, denseDepth: number, out?: ScanOutput): [string[], number][] {
  const a = buildAutomaton(patterns, { denseDepth });
  const buf = units(text);
  const res = scan(a, buf, buf.length, out ?? { pairs: new Int32Array(2), count: 0 });
  const list: [string[], number][] = [];
  for (let k = 0; k < res.count; k += 2) {
    const st = res.pairs[k]!;
    const names: string[] = [];
    for (let o = a.outStart[st]!; o < a.outStart[st + 1]!; o++) names.push(patterns[a.outList[o]!]!);
    list.push([names, res.pairs[k + 1]!]);
  }
  return list;
}

describe('scan', () => {
  it('grows its output buffer', () => {
    expect(ends(['a'], 'a'.repeat(100), 4)).toHaveLength(100);
  });

  it('records one pair per end index, with every pattern ending there (longest first)', () => {
    expect(ends(['norm', 'orm', 'skole'], 'skolenorm', 4)).toEqual([
      [['skole'], 4],
      [['norm', 'orm'], 8],
    ]);
  });

  it('follows failure links through deep states alike (no full rows at all)', () => {
    const patterns = ['abcd', 'bce', 'c'];
    expect(ends(patterns, 'abce abcd', 0)).toEqual(ends(patterns, 'abce abcd', 8));
    expect(ends(patterns, 'abce', 0)).toEqual([
      [['c'], 2],
      [['bce'], 3],
    ]);
  });

  it('considers only [0, len) and reuses the output object it is given', () => {
    const a = buildAutomaton(['ab']);
    const out: ScanOutput = { pairs: new Int32Array(8), count: 0 };
    const res = scan(a, units('ab ab'), 2, out);
    expect(res).toBe(out);
    expect(res.count).toBe(2);
  });
});
