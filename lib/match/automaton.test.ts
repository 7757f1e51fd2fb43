import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { buildAutomaton, scan, type AutomatonOptions } from './automaton';

/** Every (pattern, end) the automaton reports, as "pattern@end" strings. */
function occurrences(patterns: string[], text: string, options: AutomatonOptions = {}): string[] {
  const a = buildAutomaton(patterns, options);
  const buf = new Uint16Array([...text].map((c) => c.charCodeAt(0)));
  const out = scan(a, buf, buf.length, { pairs: new Int32Array(2), count: 0 });
  const found: string[] = [];
  for (let k = 0; k < out.count; k += 2) {
    const state = out.pairs[k]!;
    for (let o = a.outStart[state]!; o < a.outStart[state + 1]!; o++)
      found.push(`${patterns[a.outList[o]!]}@${out.pairs[k + 1]! + 1}`);
  }
  return found.sort();
}

function naive(patterns: string[], text: string): string[] {
  const found = new Set<string>();
  for (const p of patterns) {
    for (let i = text.indexOf(p); i >= 0; i = text.indexOf(p, i + 1)) found.add(`${p}@${i + p.length}`);
  }
  return [...found].sort();
}

describe('automaton', () => {
  it('finds overlapping and nested patterns', () => {
    const patterns = ['norm', 'bemanningsnorm', 'ann', 'nin'];
    expect(occurrences(patterns, 'bemanningsnormer')).toEqual(naive(patterns, 'bemanningsnormer'));
    expect(occurrences(patterns, 'bemanningsnormer')).toContain('norm@14');
  });

  it('agrees with a naive search on any text (property)', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'æ', ' ', '-'), minLength: 1, maxLength: 5 });
    fc.assert(
      fc.property(
        fc.uniqueArray(word, { minLength: 1, maxLength: 8 }),
        fc.string({ unit: fc.constantFrom('a', 'b', 'æ', ' ', '-', 'x'), maxLength: 40 }),
        (patterns, text) => {
          expect(occurrences(patterns, text)).toEqual(naive(patterns, text));
        },
      ),
    );
  });

  it('agrees with a naive search whichever states get full rows (property)', () => {
    const word = fc.string({ unit: fc.constantFrom('a', 'b', 'æ', ' '), minLength: 1, maxLength: 7 });
    fc.assert(
      fc.property(
        fc.uniqueArray(word, { minLength: 1, maxLength: 10 }),
        fc.string({ unit: fc.constantFrom('a', 'b', 'æ', ' ', 'x'), maxLength: 60 }),
        fc.integer({ min: 0, max: 8 }),
        (patterns, text, denseDepth) => {
          expect(occurrences(patterns, text, { denseDepth })).toEqual(naive(patterns, text));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps full rows for the shallow states only', () => {
    const patterns = ['bemanningsnorm', 'bemanning', 'innsigelse', 'motsegn'];
    const a = buildAutomaton(patterns, { denseDepth: 2 });
    // Root, b, i, m (depth 1), be, in, mo (depth 2).
    expect(a.dense).toBe(7);
    expect(a.delta.length).toBe(7 * a.stride);
    expect(a.states).toBe(1 + 'bemanningsnorm'.length + 'innsigelse'.length + 'motsegn'.length);
    expect(occurrences(patterns, 'bemanningsnormene og motsegn', { denseDepth: 2 })).toEqual([
      'bemanning@9',
      'bemanningsnorm@14',
      'motsegn@28',
    ]);
  });
});

describe('stepwise automaton build', () => {
  it('yields along the way and builds exactly the same automaton', async () => {
    const { buildAutomaton, buildAutomatonSteps } = await import('./automaton');
    const patterns = Array.from({ length: 3000 }, (_, i) => `mønster${i.toString(36)}ord`);
    const steps = buildAutomatonSteps(patterns);
    let yields = 0;
    let next = steps.next();
    while (!next.done) {
      yields++;
      next = steps.next();
    }
    expect(yields).toBeGreaterThan(3);
    const whole = buildAutomaton(patterns);
    expect(next.value.states).toBe(whole.states);
    expect(Array.from(next.value.delta)).toEqual(Array.from(whole.delta));
    expect(Array.from(next.value.childNext)).toEqual(Array.from(whole.childNext));
    expect(Array.from(next.value.outList)).toEqual(Array.from(whole.outList));
  });
});
