import { describe, expect, it } from 'vitest';
import { rankHits } from './rank';
import type { Hit } from './types';

const hit = (term: string, ...positions: string[]): Hit => ({ start: 0, end: 1, text: term, term, positions });
const weights: Record<string, number> = { bemanningsnorm: 1, norm: 0.5, innsigelse: 0.8, tilsyn: 0.4 };
const rank = (hits: Hit[]) => rankHits(hits, (t) => weights[t] ?? 0);

describe('rankHits', () => {
  it('counts repeats with diminishing returns', () => {
    const once = rank([hit('innsigelse', 'a')])[0]!.score;
    const twice = rank([hit('innsigelse', 'a'), hit('innsigelse', 'a')])[0]!.score;
    const four = rank(Array.from({ length: 4 }, () => hit('innsigelse', 'a')))[0]!.score;
    expect(twice).toBeGreaterThan(once);
    expect(twice).toBeLessThan(2 * once);
    expect(four - twice).toBeLessThan(twice - once + 0.3);
  });

  it('weighs specific terms over short or shared ones', () => {
    const r = rank([hit('norm', 'a'), hit('bemanningsnorm', 'b')]);
    expect(r.map((p) => p.id)).toEqual(['b', 'a']);
  });

  it('several distinct terms of one position count more than one term repeated', () => {
    const r = rank([hit('innsigelse', 'a'), hit('tilsyn', 'a'), hit('innsigelse', 'b'), hit('innsigelse', 'b')]);
    expect(r.map((p) => p.id)).toEqual(['a', 'b']);
    // Without the bonus, 0.8 + 0.4 = 1.2 would lose to 0.8 × (1 + ln 2) ≈ 1.35.
    expect(r[0]!.score).toBeGreaterThan(1.35);
  });

  it('lists each position with its own hits, ties by id', () => {
    const r = rank([hit('norm', 'b', 'a')]);
    expect(r.map((p) => [p.id, p.hits.length])).toEqual([
      ['a', 1],
      ['b', 1],
    ]);
    expect(rank([])).toEqual([]);
  });
});
