import { describe, expect, it } from 'vitest';
import { createBm25 } from './bm25';

const docs = [
  { id: 'a', terms: ['tilsyn', 'veiledning', 'tilsyn', 'stat'] },
  { id: 'b', terms: ['barnehag', 'stat', 'finansi'] },
  { id: 'c', terms: ['innsigels', 'plan', 'stat', 'plan', 'kommun', 'kommun', 'kommun'] },
];

describe('createBm25', () => {
  const index = createBm25(docs);

  it('ranks the document sharing the rarer and more frequent terms first, with why', () => {
    const results = index.search(['tilsyn', 'stat']);
    expect(results.map((r) => r.id)).toEqual(['a', 'b', 'c']);
    expect(results[0]!.terms.map((t) => t.term)).toEqual(['tilsyn', 'stat']);
    expect(results[0]!.score).toBeCloseTo(results[0]!.terms.reduce((s, t) => s + t.score, 0));
  });

  it('gives rarer terms a higher idf, never a negative one, and leaves out unknown terms', () => {
    expect(index.idf('tilsyn')).toBeGreaterThan(index.idf('stat'));
    expect(index.idf('stat')).toBeGreaterThan(0);
    expect(index.df('stat')).toBe(3);
    expect(index.search(['ukjent'])).toEqual([]);
  });

  it('counts a repeated query term once, and saturates a repeated document term', () => {
    expect(index.search(['plan', 'plan'])[0]!.score).toBeCloseTo(index.search(['plan'])[0]!.score);
    const one = createBm25([
      { id: 'x', terms: ['a'] },
      { id: 'y', terms: ['b'] },
    ]).search(['a'])[0]!.score;
    const many = createBm25([
      { id: 'x', terms: ['a', 'a', 'a', 'a'] },
      { id: 'y', terms: ['b', 'b', 'b', 'b'] },
    ]).search(['a'])[0]!.score;
    expect(many).toBeGreaterThan(one);
    expect(many).toBeLessThan(4 * one);
  });

  it('penalises longer documents for the same count (b), not at all with b = 0', () => {
    const d = [
      { id: 'short', terms: ['a', 'x'] },
      { id: 'long', terms: ['a', 'y', 'y', 'y', 'y', 'y'] },
      { id: 'z', terms: ['z'] },
    ];
    const ranked = createBm25(d).search(['a']);
    expect(ranked.map((r) => r.id)).toEqual(['short', 'long']);
    const flat = createBm25(d, { b: 0 }).search(['a']);
    expect(flat[0]!.score).toBeCloseTo(flat[1]!.score);
  });

  it('handles an empty collection', () => {
    expect(createBm25([]).search(['a'])).toEqual([]);
  });
});
